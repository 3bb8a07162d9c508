package ita.analysis;

import ita.model.Tool;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One reported figure (total, a tool, an indicator) against the same figure recomputed from its parts.
 *
 * @param subject    what was checked: {@code total}, {@code iit}, {@code eit}, {@code oit}, {@code ind1} … {@code ind10}
 * @param reported   the reported figure, or null
 * @param computed   the recomputed figure, or null when it could not be computed
 * @param difference reported − computed when both are known, else null
 * @param basis      what {@code computed} was computed from
 * @param missing    for {@link CheckStatus#NOT_CHECKABLE}: what was missing, as codes such as {@code total},
 *                   {@code ind3}, {@code oit}, {@code o22}, {@code i7}
 * @param scale      the decimals the year publishes: figures are quoted with at least these
 */
public record FigureCheck(String subject, CheckStatus status, BigDecimal reported, BigDecimal computed,
                          BigDecimal difference, Basis basis, List<String> missing, int scale) {

    public FigureCheck {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(status, "status");
        basis = basis == null ? Basis.NONE : basis;
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    /** Compares a reported and a computed figure with a tolerance; either may be null. */
    static FigureCheck compare(String subject, BigDecimal reported, BigDecimal computed, Basis basis,
                               List<String> missingParts, ita.framework.YearFramework year) {
        if (computed == null || reported == null) {
            List<String> missing = new java.util.ArrayList<>();
            if (reported == null) {
                missing.add(subject);
            }
            missing.addAll(missingParts);
            return new FigureCheck(subject, CheckStatus.NOT_CHECKABLE, reported, computed, null,
                    computed == null ? Basis.NONE : basis, missing, year.scale());
        }
        BigDecimal diff = reported.subtract(computed);
        CheckStatus s = diff.abs().compareTo(year.tolerance()) <= 0 ? CheckStatus.OK : CheckStatus.MISMATCH;
        return new FigureCheck(subject, s, reported, computed, diff, basis, List.of(), year.scale());
    }

    /** The size of the gap, |reported − computed|, or null. */
    public BigDecimal gap() {
        return difference == null ? null : difference.abs();
    }

    /** The subject in Thai: คะแนนรวม, IIT, ตัวชี้วัดที่ 9. */
    public String subjectLabel() {
        return label(subject);
    }

    /** One Thai line for a report, e.g. "คะแนนรวม ที่รายงาน 81.52 ไม่ตรงกับที่คำนวณจากคะแนนตัวชี้วัด 77.12 (ต่างกัน 4.40)". */
    public String describe() {
        String what = subjectLabel();
        return switch (status) {
            case OK -> what + " ที่รายงาน " + plain(reported, scale) + " ตรงกับที่" + basis.thaiLabel() + " " + plain(computed, scale);
            case MISMATCH -> what + " ที่รายงาน " + plain(reported, scale) + " ไม่ตรงกับที่" + basis.thaiLabel() + " "
                    + plain(computed, scale) + " (ต่างกัน " + plain(gap(), scale) + ")";
            case NOT_CHECKABLE -> "ตรวจสอบ" + what + " ไม่ได้: ขาด " + String.join(", ",
                    missing.stream().map(FigureCheck::label).toList());
        };
    }

    static String label(String code) {
        if (code.equals("total")) {
            return "คะแนนรวม";
        }
        if (code.equals("level")) {
            return "ระดับผลการประเมิน";
        }
        for (Tool t : Tool.values()) {
            if (code.equals(t.name().toLowerCase(java.util.Locale.ROOT))) {
                return t.name();
            }
        }
        if (code.startsWith("ind")) {
            return "ตัวชี้วัดที่ " + code.substring(3);
        }
        return "ข้อ " + code;
    }

    /** A figure as written, with at least {@code scale} decimals: never rounded, so 81.524 is quoted as it is. */
    static String plain(BigDecimal v, int scale) {
        return v == null ? "" : v.setScale(Math.max(scale, v.scale())).toPlainString();
    }
}
