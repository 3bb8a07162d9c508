package ita.report;

import ita.text.ThaiDates;
import ita.text.ThaiText;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /** A score with 2 decimals: 73.35; {@link #UNKNOWN} when null. */
    String score(BigDecimal v) {
        return v == null ? UNKNOWN : text(plain(v));
    }

    String date(LocalDate d) {
        return text(ThaiDates.longDate(d));
    }

    static String plain(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
