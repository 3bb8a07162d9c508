package ita.model;

import ita.text.ThaiText;
import java.util.List;
import java.util.Map;

/**
 * Agency names as written in different years and files: "อบต.นาทราย", "องค์การบริหารส่วนตำบล นาทราย",
 * "อบต. นาทราย" all become type SAO and core name นาทราย, so one agency gets one identity.
 */
public final class AgencyNames {

    /** Prefixes and abbreviations, longest first so that "เทศบาลตำบล" wins over "เทศบาล". */
    private static final List<Map.Entry<String, AgencyType>> PREFIXES = List.of(
            Map.entry("องค์การบริหารส่วนจังหวัด", AgencyType.PAO),
            Map.entry("องค์การบริหารส่วนตำบล", AgencyType.SAO),
            Map.entry("องค์กรบริหารส่วนตำบล", AgencyType.SAO),
            Map.entry("เทศบาลนคร", AgencyType.CITY_MUNICIPALITY),
            Map.entry("เทศบาลเมือง", AgencyType.TOWN_MUNICIPALITY),
            Map.entry("เทศบาลตำบล", AgencyType.SUBDISTRICT_MUNICIPALITY),
            Map.entry("อบจ.", AgencyType.PAO),
            Map.entry("อบจ", AgencyType.PAO),
            Map.entry("อบต.", AgencyType.SAO),
            Map.entry("อบต", AgencyType.SAO),
            Map.entry("ทน.", AgencyType.CITY_MUNICIPALITY),
            Map.entry("ทม.", AgencyType.TOWN_MUNICIPALITY),
            Map.entry("ทต.", AgencyType.SUBDISTRICT_MUNICIPALITY));

    private AgencyNames() {
    }

    /** A name split into its type and the rest. */
    public record Parsed(AgencyType type, String coreName) {
        public String fullName() {
            return type == AgencyType.OTHER ? coreName : type.prefix() + coreName;
        }
    }

    public static Parsed parse(String raw) {
        String s = ThaiText.normalize(raw);
        for (Map.Entry<String, AgencyType> p : PREFIXES) {
            if (s.startsWith(p.getKey()) && s.length() > p.getKey().length()) {
                String core = s.substring(p.getKey().length()).trim();
                return new Parsed(p.getValue(), core);
            }
        }
        return new Parsed(AgencyType.OTHER, s);
    }

    /** The agency type named in a type column ("อบต.", "เทศบาลตำบล", "SAO"), or null when unknown. */
    public static AgencyType typeOf(String raw) {
        String s = ThaiText.normalize(raw);
        if (s.isEmpty()) {
            return null;
        }
        for (Map.Entry<String, AgencyType> p : PREFIXES) {
            if (s.startsWith(p.getKey())) {
                return p.getValue();
            }
        }
        for (AgencyType t : AgencyType.values()) {
            if (t.name().equalsIgnoreCase(s)) {
                return t;
            }
        }
        return null;
    }

    /** "อ.พิบูลย์รักษ์", "อำเภอ พิบูลย์รักษ์" → "พิบูลย์รักษ์". */
    public static String district(String raw) {
        return stripPrefix(ThaiText.normalize(raw), "อำเภอ", "อ.", "เขต");
    }

    /** "จ.อุดรธานี", "จังหวัดอุดรธานี" → "อุดรธานี". */
    public static String province(String raw) {
        return stripPrefix(ThaiText.normalize(raw), "จังหวัด", "จ.");
    }

    private static String stripPrefix(String s, String... prefixes) {
        for (String p : prefixes) {
            if (s.startsWith(p) && s.length() > p.length()) {
                return s.substring(p.length()).trim();
            }
        }
        return s;
    }

    /**
     * The agency for a name as read plus what else is known. Without a code, the identity is
     * type + core name + district + province, compared without spaces.
     */
    public static Agency agency(String rawName, AgencyType typeColumn, String district, String province, String code) {
        Parsed p = parse(rawName);
        AgencyType type = p.type() != AgencyType.OTHER ? p.type() : (typeColumn == null ? AgencyType.OTHER : typeColumn);
        Parsed full = new Parsed(type, p.coreName());
        String d = district(district);
        String pr = province(province);
        String c = ThaiText.normalize(code);
        String id = c.isEmpty()
                ? (type.name() + "|" + ThaiText.key(p.coreName()) + "|" + ThaiText.key(d) + "|" + ThaiText.key(pr))
                : "code:" + c;
        return new Agency(id, full.fullName(), p.coreName(), type, d, pr, c);
    }
}
