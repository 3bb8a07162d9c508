package ita.analysis;

import ita.framework.YearFramework;
import java.math.BigDecimal;

/**
 * The one rule for rounding figures: the fiscal year's own, as its framework publishes figures (its scale and
 * rounding mode, {@link YearFramework#round}). Computed figures are rounded once, where they are computed; text
 * shows a figure rounded the same way. No other place picks a scale.
 */
public final class Figures {

    private Figures() {
    }

    /** A computed figure as the year publishes it; null stays null. */
    public static BigDecimal round(BigDecimal v, YearFramework year) {
        return v == null ? null : year.round(v);
    }

    /** A figure in text, as the year publishes it ("73.35", "81.50"); empty for null. */
    public static String show(BigDecimal v, YearFramework year) {
        return v == null ? "" : year.round(v).toPlainString();
    }

    /**
     * A figure in text as it was written, with at least the decimals the year publishes (81.5 → "81.50") but never
     * fewer than it has: a reported 81.524 is quoted as 81.524, not silently made 81.52.
     */
    public static String asWritten(BigDecimal v, YearFramework year) {
        return v == null ? "" : v.setScale(Math.max(year.scale(), v.scale()), year.rounding()).toPlainString();
    }
}
