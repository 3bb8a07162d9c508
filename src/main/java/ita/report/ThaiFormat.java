package ita.report;

import ita.model.Agency;
import ita.text.ThaiDates;
import ita.text.ThaiText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/** Numbers and years inside generated Thai text, with Arabic or Thai digits as the options say. */
public final class ThaiFormat {

    /** Shown inside text where a figure is unknown. */
    public static final String UNKNOWN = "–";

    private final boolean thaiDigits;

    public ThaiFormat(boolean thaiDigits) {
        this.thaiDigits = thaiDigits;
    }

    public ThaiFormat(WriteOptions options) {
        this(options.thaiDigits());
    }

    /** True when the digits of generated text are written as ๐–๙. */
    public boolean thaiDigits() {
        return thaiDigits;
    }

    /** Generated text with its digits converted when Thai digits are wanted. */
    public String text(String s) {
        return thaiDigits ? ThaiText.toThaiDigits(s) : s;
    }

    /** A score with 2 decimals: 73.35; {@link #UNKNOWN} when null. */
    public String score(BigDecimal v) {
        return v == null ? UNKNOWN : text(plain(v));
    }

    public String date(LocalDate d) {
        return text(ThaiDates.longDate(d));
    }

    public static String plain(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The agency's type as tables show it: its abbreviation (อบต.), else its group (หน่วยงานอื่น). */
    public static String typeLabel(Agency a) {
        return a.type().abbreviation().isEmpty() ? a.type().groupLabel() : a.type().abbreviation();
    }
}
