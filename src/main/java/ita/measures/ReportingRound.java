package ita.measures;

import java.util.Arrays;
import java.util.List;

/** When the result of a measure is reported, as offered in the measures sheet. */
public enum ReportingRound {
    SIX_MONTHS("รอบ 6 เดือน"),
    TWELVE_MONTHS("รอบ 12 เดือน"),
    SIX_AND_TWELVE_MONTHS("รอบ 6 และ 12 เดือน"),
    QUARTERLY("รายไตรมาส"),
    MONTHLY("ประจำเดือน");

    /** The fiscal index of มี.ค., the last month of the 6-month round. */
    public static final int LAST_MONTH_OF_FIRST_HALF = 5;

    private final String label;

    ReportingRound(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The round that follows from a period: work ending by มี.ค. is reported at 6 months, work starting
     * from เม.ย. at 12 months, and work spanning both halves in both rounds.
     */
    public static ReportingRound forPeriod(int startMonth, int endMonth) {
        if (endMonth <= LAST_MONTH_OF_FIRST_HALF) {
            return SIX_MONTHS;
        }
        if (startMonth > LAST_MONTH_OF_FIRST_HALF) {
            return TWELVE_MONTHS;
        }
        return SIX_AND_TWELVE_MONTHS;
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ReportingRound::label).toList();
    }
}
