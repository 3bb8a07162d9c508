package ita.report;

import ita.analysis.Narrative;
import ita.report.AnalysisStyles.Fill;
import ita.report.AnalysisStyles.Kind;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one sheet cell by cell and remembers how tall each row must be for its wrapped Thai text, so that
 * {@link #finish} can set heights that do not clip vowels and tone marks. Text is always written as a text
 * cell, so input starting with = + - @ is never taken as a formula. Generated text goes through {@link #gen},
 * which applies the Thai-digits option; text from the input goes through {@link #text} unchanged.
 */
final class SheetBuilder {

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final XSSFSheet sheet;
    private final AnalysisStyles styles;
    private final boolean thaiDigits;
    private final double[] widths;
    private final Map<Integer, Float> heights = new TreeMap<>();

    SheetBuilder(XSSFWorkbook wb, String name, AnalysisStyles styles, boolean thaiDigits, double... widths) {
        this.sheet = wb.createSheet(name);
        this.styles = styles;
        this.thaiDigits = thaiDigits;
        this.widths = widths.clone();
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, (int) Math.round(widths[i] * 256));
        }
        sheet.setDefaultRowHeightInPoints(ThaiTypography.LINE_HEIGHT_POINTS);
    }

    XSSFSheet sheet() {
        return sheet;
    }

    AnalysisStyles styles() {
        return styles;
    }

    int lastColumn() {
        return widths.length - 1;
    }

    /** Generated text with the digits option applied. */
    String t(String generated) {
        return Narrative.digits(generated, thaiDigits);
    }

    XSSFCell cell(int r, int c) {
        XSSFRow row = sheet.getRow(r);
        if (row == null) {
            row = sheet.createRow(r);
        }
        XSSFCell cell = row.getCell(c);
        return cell != null ? cell : row.createCell(c);
    }

    /** Text from the input, as it was read. */
    XSSFCell text(int r, int c, String value, Kind kind) {
        return text(r, c, value, kind, Fill.NONE);
    }

    XSSFCell text(int r, int c, String value, Kind kind, Fill fill) {
        return textAcross(r, c, c, value, kind, fill);
    }

    /** Generated text. */
    XSSFCell gen(int r, int c, String value, Kind kind) {
        return text(r, c, t(value), kind, Fill.NONE);
    }

    XSSFCell gen(int r, int c, String value, Kind kind, Fill fill) {
        return text(r, c, t(value), kind, fill);
    }

    XSSFCell genAcross(int r, int c1, int c2, String value, Kind kind) {
        return textAcross(r, c1, c2, t(value), kind, Fill.NONE);
    }

    XSSFCell genAcross(int r, int c1, int c2, String value, Kind kind, Fill fill) {
        return textAcross(r, c1, c2, t(value), kind, fill);
    }

    /** Text in one cell or merged across columns c1–c2 of a row, with the row made tall enough for it. */
    XSSFCell textAcross(int r, int c1, int c2, String value, Kind kind, Fill fill) {
        String v = value == null ? "" : value;
        if (v.length() > MAX_TEXT) {
            v = v.substring(0, MAX_TEXT - 1) + "…";
        }
        XSSFCellStyle style = styles.get(kind, fill);
        XSSFCell cell = cell(r, c1);
        cell.setCellValue(new XSSFRichTextString(v));
        cell.setCellStyle(style);
        if (c2 > c1) {
            merge(r, r, c1, c2, style);
        }
        fit(r, c1, c2, v, kind);
        return cell;
    }

    /** A number, or a styled empty cell when unknown. */
    XSSFCell number(int r, int c, BigDecimal v, Kind kind, Fill fill) {
        XSSFCell cell = cell(r, c);
        cell.setCellStyle(styles.get(kind, fill));
        if (v != null) {
            cell.setCellValue(v.doubleValue());
        }
        height(r, AnalysisStyles.lineHeight(kind));
        return cell;
    }

    XSSFCell number(int r, int c, BigDecimal v, Kind kind) {
        return number(r, c, v, kind, Fill.NONE);
    }

    XSSFCell formula(int r, int c, String formula, Kind kind, Fill fill) {
        XSSFCell cell = cell(r, c);
        cell.setCellStyle(styles.get(kind, fill));
        cell.setCellFormula(formula);
        height(r, AnalysisStyles.lineHeight(kind));
        return cell;
    }

    /** Styled empty cells, so borders and fills run across a row. */
    void blank(int r, int c1, int c2, Kind kind, Fill fill) {
        for (int c = c1; c <= c2; c++) {
            cell(r, c).setCellStyle(styles.get(kind, fill));
        }
        height(r, AnalysisStyles.lineHeight(kind));
    }

    /** Merges a block (when larger than one cell) and gives every cell of it the style, so borders show. */
    void merge(int r1, int r2, int c1, int c2, XSSFCellStyle style) {
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                cell(r, c).setCellStyle(style);
            }
        }
        if (r2 > r1 || c2 > c1) {
            sheet.addMergedRegion(new CellRangeAddress(r1, r2, c1, c2));
        }
    }

    void merge(int r1, int r2, int c1, int c2, Kind kind, Fill fill) {
        merge(r1, r2, c1, c2, styles.get(kind, fill));
    }

    /** A note on a cell, shown when pointing at it. */
    void comment(XSSFCell cell, String generated) {
        ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 4);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3);
        Comment comment = sheet.createDrawingPatriarch().createCellComment(anchor);
        comment.setString(new XSSFRichTextString(t(generated)));
        comment.setAuthor("ita-analyzer");
        cell.setCellComment(comment);
    }

    /** Records the height text needs in a row, from its wrapped lines over the columns it spans. */
    void fit(int r, int c1, int c2, String text, Kind kind) {
        double width = 0;
        for (int c = c1; c <= c2; c++) {
            width += c < widths.length ? widths[c] : sheet.getColumnWidth(c) / 256.0;
        }
        int lines = TextLines.estimate(text, width);
        height(r, AnalysisStyles.lineHeight(kind) * lines);
    }

    private void height(int r, float points) {
        heights.merge(r, points, Math::max);
    }

    /** Sets every written row's height: what its text needs, at least one line. */
    void finish() {
        for (Row row : sheet) {
            float h = heights.getOrDefault(row.getRowNum(), ThaiTypography.LINE_HEIGHT_POINTS);
            row.setHeightInPoints(Math.max(h, ThaiTypography.LINE_HEIGHT_POINTS));
        }
    }

    /**
     * A4, fitted to the page width, with rows {@code firstRepeat}–{@code lastRepeat} (0-based) repeated on
     * every printed page; page numbers in the footer.
     */
    void print(boolean landscape, int firstRepeat, int lastRepeat) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(landscape);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(PageMargin.LEFT, 0.5);
        sheet.setMargin(PageMargin.RIGHT, 0.5);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.setRepeatingRows(CellRangeAddress.valueOf((firstRepeat + 1) + ":" + (lastRepeat + 1)));
        sheet.getFooter().setCenter(t("หน้า &P / &N"));
    }

    /** Rows above and columns left of the given ones stay in view when scrolling. */
    void freeze(int rows, int cols) {
        sheet.createFreezePane(cols, rows);
    }
}
