package ita.model;

import java.util.Objects;

/**
 * One agency. {@code id} is its identity across files and years: the ITAS code when known,
 * else type, core name, district and province, normalised.
 *
 * @param name     the full display name, e.g. องค์การบริหารส่วนตำบลนาทราย
 * @param coreName the name without its type prefix, e.g. นาทราย
 * @param district อำเภอ without its prefix, or empty
 * @param province จังหวัด without its prefix, or empty
 * @param code     รหัสหน่วยงาน, or empty
 */
public record Agency(String id, String name, String coreName, AgencyType type, String district, String province,
                     String code) {

    public Agency {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        coreName = coreName == null ? name : coreName;
        type = type == null ? AgencyType.OTHER : type;
        district = district == null ? "" : district;
        province = province == null ? "" : province;
        code = code == null ? "" : code;
    }
}
