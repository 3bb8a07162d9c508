package ita.report;

import ita.analysis.Figures;
import ita.framework.YearFramework;
import ita.model.Agency;
import ita.text.ThaiDates;
import ita.text.ThaiText;
import java.math.BigDecimal;
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

    /** A figure as its year publishes it (73.35); {@link #UNKNOWN} when null. */
    public String score(BigDecimal v, YearFramework year) {
        return v == null ? UNKNOWN : text(Figures.show(v, year));
    }

    public String date(LocalDate d) {
        return text(ThaiDates.longDate(d));
    }

    /** A province as titles name it: จังหวัดพิจิตร, but กรุงเทพมหานคร as it is, and ไม่ระบุจังหวัด when unknown. */
    public static String province(String name) {
        if (name == null || name.isBlank()) {
            return "ไม่ระบุจังหวัด";
        }
        return name.equals("กรุงเทพมหานคร") ? name : "จังหวัด" + name;
    }

    /** The agency's type as tables show it: its abbreviation (อบต.), else its group (หน่วยงานอื่น). */
    public static String typeLabel(Agency a) {
        return a.type().abbreviation().isEmpty() ? a.type().groupLabel() : a.type().abbreviation();
    }
}
