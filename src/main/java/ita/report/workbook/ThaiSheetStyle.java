package ita.report.workbook;

import ita.report.typography.TextLines;
import ita.report.typography.ThaiTypography;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The look of the Thai report sheets: {@link ThaiTypography#FONT} at {@link ThaiTypography#SIZE}, thin
 * borders, a tinted header, wrapped text aligned to the top, row heights estimated so that wrapped Thai is
 * not clipped, and A4 landscape printing. One instance per workbook: styles are created once and shared.
 */
public final class ThaiSheetStyle {

    /** Header fill, light blue. */
    public static final String HEADER_FILL = "D9E1F2";
    /** Fill of the months a measure runs in, light green. */
    public static final String MONTH_FILL = "C6EFCE";
    /** The mark written in those months. */
    public static final String MONTH_MARK = "●";
    /** Buddhist-era dates with Thai month names, e.g. 5 ม.ค. 2566 (calendar 07 = Thai Buddhist, locale th-TH). */
    public static final String DATE_FORMAT = "[$-107041E]d mmm yyyy";
    /** The same with Thai digits, e.g. ๕ ม.ค. ๒๕๖๖. */
    public static final String DATE_FORMAT_THAI_DIGITS = "[$-D07041E]d mmm yyyy";
    /** Excel cannot make a row taller than this. */
    public static final float MAX_ROW_HEIGHT = 409f;

    // Widths in Excel column units (the digit width of the default font). Measured in LibreOffice with
    // Laksaman, the metric twin of TH Sarabun New, at 16 pt: a Thai letter takes about 1.25 units. The values
    // below are a little wider so that an estimate errs towards a taller row, never a clipped one.
    private static final double THAI_WIDTH = 1.4;
    private static final double LATIN_WIDTH = 1.35;
    private static final double SPACE_WIDTH = 0.9;
    /** Lines break at word ends, so some room on each line goes unused. */
    private static final double WRAP_SLACK = 1.1;

    private final XSSFWorkbook wb;
    private final XSSFCellStyle title;
    private final XSSFCellStyle subtitle;
    private final XSSFCellStyle header;
    private final XSSFCellStyle text;
    private final XSSFCellStyle centered;
    private final XSSFCellStyle monthOn;
    private final XSSFCellStyle monthOff;
    private final XSSFCellStyle smallHeader;
    private XSSFCellStyle date;
    private XSSFCellStyle dateThai;

    public ThaiSheetStyle(XSSFWorkbook wb) {
        this.wb = wb;
        XSSFFont body = font(ThaiTypography.SIZE, false);
        XSSFFont bold = font(ThaiTypography.SIZE, true);
        XSSFFont big = font((short) 18, true);
        XSSFFont small = font((short) 14, true);
        title = wb.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        title.setVerticalAlignment(VerticalAlignment.CENTER);
        subtitle = wb.createCellStyle();
        subtitle.setFont(bold);
        subtitle.setAlignment(HorizontalAlignment.CENTER);
        subtitle.setVerticalAlignment(VerticalAlignment.CENTER);
        header = boxed(bold, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
        fill(header, HEADER_FILL);
        smallHeader = boxed(small, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
        fill(smallHeader, HEADER_FILL);
        text = boxed(body, HorizontalAlignment.LEFT, VerticalAlignment.TOP);
        centered = boxed(body, HorizontalAlignment.CENTER, VerticalAlignment.TOP);
        monthOn = boxed(body, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
        fill(monthOn, MONTH_FILL);
        monthOff = boxed(body, HorizontalAlignment.CENTER, VerticalAlignment.CENTER);
    }

    public XSSFCellStyle title() {
        return title;
    }

    public XSSFCellStyle subtitle() {
        return subtitle;
    }

    public XSSFCellStyle header() {
        return header;
    }

    /** The header of narrow columns such as the months, one size smaller. */
    public XSSFCellStyle smallHeader() {
        return smallHeader;
    }

    public XSSFCellStyle text() {
        return text;
    }

    public XSSFCellStyle centered() {
        return centered;
    }

    public XSSFCellStyle monthOn() {
        return monthOn;
    }

    public XSSFCellStyle monthOff() {
        return monthOff;
    }

    /** A boxed date cell showing the Buddhist era, with Thai digits when asked for. */
    public XSSFCellStyle date(boolean thaiDigits) {
        if (thaiDigits) {
            if (dateThai == null) {
                dateThai = dateStyle(DATE_FORMAT_THAI_DIGITS);
            }
            return dateThai;
        }
        if (date == null) {
            date = dateStyle(DATE_FORMAT);
        }
        return date;
    }

    private XSSFCellStyle dateStyle(String format) {
        XSSFCellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(centered);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }

    private XSSFFont font(short size, boolean bold) {
        XSSFFont f = wb.createFont();
        f.setFontName(ThaiTypography.FONT);
        f.setFontHeightInPoints(size);
        f.setBold(bold);
        return f;
    }

    private XSSFCellStyle boxed(XSSFFont f, HorizontalAlignment h, VerticalAlignment v) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setAlignment(h);
        s.setVerticalAlignment(v);
        s.setWrapText(true);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static void fill(XSSFCellStyle s, String rgb) {
        s.setFillForegroundColor(new XSSFColor(hex(rgb), null));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static byte[] hex(String rgb) {
        byte[] b = new byte[3];
        for (int i = 0; i < 3; i++) {
            b[i] = (byte) Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    // ---- row heights ---------------------------------------------------------------------------

    /**
     * How wide a text is, in column units: Thai vowels and tone marks written above or below a letter take
     * no width of their own.
     */
    public static double textWidth(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isThaiCombining(c)) {
                continue;
            }
            if (c == ' ') {
                w += SPACE_WIDTH;
            } else if (c >= '\u0E00' && c <= '\u0E7F') {
                w += THAI_WIDTH;
            } else if (c < 0x80) {
                w += Character.isLetterOrDigit(c) ? LATIN_WIDTH : SPACE_WIDTH;
            } else {
                w += THAI_WIDTH;
            }
        }
        return w;
    }

    /** Thai marks that sit above or below the preceding letter: ั ิ ี ึ ื ุ ู ฺ and ็ ่ ้ ๊ ๋ ์ ํ ๎. */
    public static boolean isThaiCombining(char c) {
        return TextLines.isCombining(c);
    }

    /** The number of lines a wrapped text takes in a column {@code columnUnits} wide. */
    public static int lines(String s, double columnUnits) {
        if (s == null || s.isEmpty()) {
            return 1;
        }
        double usable = Math.max(1, columnUnits - 1);
        int lines = 0;
        for (String paragraph : s.split("\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(textWidth(paragraph) * WRAP_SLACK / usable));
        }
        return lines;
    }

    /** The width of a column in the units {@link #lines} expects. */
    public static double columnUnits(Sheet sheet, int col) {
        return sheet.getColumnWidth(col) / 256.0;
    }

    /** A row height in points for {@code lines} lines, within what Excel allows. */
    public static float height(int lines) {
        return Math.min(MAX_ROW_HEIGHT, ThaiTypography.heightFor(lines));
    }

    // ---- printing ------------------------------------------------------------------------------

    /**
     * A4 landscape, all columns on one page width, the header rows repeated on every page, the panes
     * frozen below the header, and page numbers in the footer.
     */
    public static void setUpPage(Sheet sheet, int headerFirstRow, int headerLastRow) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        sheet.setFitToPage(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setAutobreaks(true);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.5);
        sheet.setMargin(PageMargin.BOTTOM, 0.5);
        sheet.setHorizontallyCenter(true);
        sheet.setRepeatingRows(new CellRangeAddress(headerFirstRow, headerLastRow, -1, -1));
        sheet.createFreezePane(0, headerLastRow + 1);
        sheet.getFooter().setCenter("หน้า &P / &N");
    }
}
