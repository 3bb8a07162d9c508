package ita.report.workbook;

import ita.report.typography.ThaiTypography;
import ita.report.xlsx.Font;
import ita.report.xlsx.Style.Horizontal;
import ita.report.xlsx.Style.Vertical;
import ita.report.xlsx.Style;
import java.util.List;

/**
 * The styles of the measures and progress-report sheets: thin borders, a tinted header, wrapped text aligned to
 * the top, Buddhist-era dates.
 */
final class FormStyles {

    /** Header fill, light blue. */
    static final String HEADER_FILL = "D9E1F2";
    /** Fill of the months a measure runs in, light green. */
    static final String MONTH_FILL = "C6EFCE";
    /** The mark written in those months. */
    static final String MONTH_MARK = "●";
    /** Buddhist-era dates with Thai month names, e.g. 5 ม.ค. 2566 (calendar 07 = Thai Buddhist, locale th-TH). */
    static final String DATE_FORMAT = "[$-107041E]d mmm yyyy";
    /** The same with Thai digits, e.g. ๕ ม.ค. ๒๕๖๖. */
    static final String DATE_FORMAT_THAI_DIGITS = "[$-D07041E]d mmm yyyy";

    static final Style TITLE = Style.of(font(ThaiTypography.HEADING_SIZE, true)).align(Horizontal.CENTER, Vertical.CENTER);
    static final Style SUBTITLE = Style.of(font(ThaiTypography.SIZE, true)).align(Horizontal.CENTER, Vertical.CENTER);
    static final Style HEADER = boxed(font(ThaiTypography.SIZE, true), Horizontal.CENTER, Vertical.CENTER)
            .fill(HEADER_FILL);
    static final Style SMALL_HEADER = boxed(font(ThaiTypography.SMALL_SIZE, true), Horizontal.CENTER, Vertical.CENTER)
            .fill(HEADER_FILL);
    static final Style TEXT = boxed(font(ThaiTypography.SIZE, false), Horizontal.LEFT, Vertical.TOP);
    static final Style CENTERED = boxed(font(ThaiTypography.SIZE, false), Horizontal.CENTER, Vertical.TOP);
    static final Style BOLD = boxed(font(ThaiTypography.SIZE, true), Horizontal.LEFT, Vertical.TOP);
    /** Unboxed text under a form: its signature lines. */
    static final Style SIGNATURE = Style.of(font(ThaiTypography.SIZE, false)).align(Horizontal.CENTER, Vertical.TOP);
    static final Style MONTH_ON = boxed(font(ThaiTypography.SIZE, false), Horizontal.CENTER, Vertical.CENTER)
            .fill(MONTH_FILL);
    static final Style MONTH_OFF = boxed(font(ThaiTypography.SIZE, false), Horizontal.CENTER, Vertical.CENTER);
    static final Style DATE = CENTERED.format(DATE_FORMAT);
    static final Style DATE_THAI_DIGITS = CENTERED.format(DATE_FORMAT_THAI_DIGITS);
    /** The plain cells of the hidden list sheet. */
    static final Style PLAIN = Style.of(font(ThaiTypography.SIZE, false));

    static final List<Style> ALL = List.of(TITLE, SUBTITLE, HEADER, SMALL_HEADER, TEXT, CENTERED, MONTH_ON, MONTH_OFF,
            DATE, DATE_THAI_DIGITS, PLAIN, BOLD, SIGNATURE);

    private FormStyles() {
    }

    static int title() {
        return AgencyStyleSheet.index(TITLE);
    }

    static int subtitle() {
        return AgencyStyleSheet.index(SUBTITLE);
    }

    static int header() {
        return AgencyStyleSheet.index(HEADER);
    }

    static int smallHeader() {
        return AgencyStyleSheet.index(SMALL_HEADER);
    }

    static int text() {
        return AgencyStyleSheet.index(TEXT);
    }

    static int centered() {
        return AgencyStyleSheet.index(CENTERED);
    }

    static int bold() {
        return AgencyStyleSheet.index(BOLD);
    }

    static int signature() {
        return AgencyStyleSheet.index(SIGNATURE);
    }

    static int monthOn() {
        return AgencyStyleSheet.index(MONTH_ON);
    }

    static int monthOff() {
        return AgencyStyleSheet.index(MONTH_OFF);
    }

    static int date(boolean thaiDigits) {
        return AgencyStyleSheet.index(thaiDigits ? DATE_THAI_DIGITS : DATE);
    }

    private static Font font(int size, boolean bold) {
        return Font.of(ThaiTypography.FONT, size, bold);
    }

    private static Style boxed(Font f, Horizontal h, Vertical v) {
        return Style.of(f).align(h, v).wrap(true).border(true);
    }
}
