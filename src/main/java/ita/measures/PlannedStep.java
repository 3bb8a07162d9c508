package ita.measures;

import java.util.Objects;

/**
 * One step of a planned measure with the months of the plan's fiscal year it is done in.
 *
 * @param startMonth fiscal month index 0 (ต.ค.) – 11 (ก.ย.)
 * @param endMonth   fiscal month index, not before {@code startMonth}
 * @param fiscalYear the fiscal year of the plan, for the months' calendar years
 */
public record PlannedStep(String text, int startMonth, int endMonth, int fiscalYear) {

    public PlannedStep {
        Objects.requireNonNull(text, "text");
        if (startMonth < 0 || endMonth > 11 || endMonth < startMonth) {
            throw new IllegalArgumentException("months " + startMonth + "–" + endMonth + " are not a fiscal period");
        }
    }

    /** "ต.ค. 2567", "พ.ย. – ธ.ค. 2567", "ธ.ค. 2567 – ม.ค. 2568": when the step is done. */
    public String when() {
        if (startMonth == endMonth) {
            return FiscalMonths.label(fiscalYear, startMonth);
        }
        int y1 = FiscalMonths.buddhistYear(fiscalYear, startMonth);
        int y2 = FiscalMonths.buddhistYear(fiscalYear, endMonth);
        return y1 == y2 ? FiscalMonths.name(startMonth) + " – " + FiscalMonths.label(fiscalYear, endMonth)
                : FiscalMonths.period(fiscalYear, startMonth, endMonth);
    }

    /** Whether the step is done in a month (fiscal index). */
    public boolean covers(int month) {
        return month >= startMonth && month <= endMonth;
    }
}
