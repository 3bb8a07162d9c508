package ita.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The reported level against the level the year's scheme gives for the total (and, from 2567, the tools).
 * Labels compare after normalisation ("a" equals "A"); a label the scheme does not know is a mismatch.
 *
 * @param reported the reported label, or null
 * @param computed the label of the scheme, or null when the total (or a tool score a rule needs) is unknown
 * @param total    the total the level was computed from (the reported one when there is one)
 * @param basis    {@link Basis#REPORTED_TOTAL} or {@link Basis#COMPUTED_TOTAL}, or NONE
 * @param scheme   the name of the year's level scheme
 * @param missing  what was missing for {@link CheckStatus#NOT_CHECKABLE}: {@code level}, {@code total}, tools
 * @param scale    the decimals the year publishes: the total is quoted with at least these
 */
public record LevelCheck(CheckStatus status, String reported, String computed, BigDecimal total, Basis basis,
                         String scheme, List<String> missing, int scale) {

    public LevelCheck {
        Objects.requireNonNull(status, "status");
        basis = basis == null ? Basis.NONE : basis;
        missing = missing == null ? List.of() : List.copyOf(missing);
    }

    /** One Thai line for a report. */
    public String describe() {
        return switch (status) {
            case OK -> "ระดับที่รายงาน " + reported + " ตรงกับเกณฑ์ของปี (คะแนนรวม " + FigureCheck.plain(total, scale) + ")";
            case MISMATCH -> "ระดับที่รายงาน " + reported + " ไม่ตรงกับเกณฑ์ของปี ซึ่งให้ระดับ " + computed
                    + " (คะแนนรวม " + FigureCheck.plain(total, scale) + ")";
            case NOT_CHECKABLE -> "ตรวจสอบระดับผลการประเมินไม่ได้: ขาด " + String.join(", ",
                    missing.stream().map(FigureCheck::label).toList());
        };
    }
}
