package ita.report;

import ita.analysis.Figures;
import ita.framework.YearFramework;
import ita.text.ThaiDates;
import ita.text.ThaiText;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Numbers and years inside generated Thai text, with Arabic or Thai digits as the options say. */
final class ThaiFormat {

    /** Shown inside text where a figure is unknown. */
    static final String UNKNOWN = "–";

    private final boolean thaiDigits;

    ThaiFormat(boolean thaiDigits) {
        this.thaiDigits = thaiDigits;
    }

    ThaiFormat(WriteOptions options) {
        this(options.thaiDigits());
    }

    /** Generated text with its digits converted when Thai digits are wanted. */
    String text(String s) {
        return thaiDigits ? ThaiText.toThaiDigits(s) : s;
    }

    /** A figure as its year publishes it (73.35); {@link #UNKNOWN} when null. */
    String score(BigDecimal v, YearFramework year) {
        return v == null ? UNKNOWN : text(Figures.show(v, year));
    }

    String date(LocalDate d) {
        return text(ThaiDates.longDate(d));
    }
}
