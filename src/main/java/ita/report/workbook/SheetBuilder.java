package ita.report.workbook;

import ita.analysis.NumberText;
import ita.report.typography.TextLines;
import ita.report.typography.ThaiTypography;
import ita.report.workbook.AnalysisStyles.Fill;
import ita.report.workbook.AnalysisStyles.Kind;
import ita.report.xlsx.PrintedPages;
import ita.report.xlsx.Sheet;
import ita.report.xlsx.Workbook;
import java.math.BigDecimal;

/**
 * Writes one sheet cell by cell and remembers how tall each row must be for its wrapped Thai text, so that
 * {@link #finish} can set heights that do not clip vowels and tone marks. Text is always written as a text
 * cell, so input starting with = + - @ is never taken as a formula. Generated text goes through {@link #gen},
 * which applies the Thai-digits option; text from the input goes through {@link #text} unchanged.
 */
final class SheetBuilder {

    /** The longest text a cell may hold. */
    private static final int MAX_TEXT = 32767;
    private static final String AUTHOR = "ita-analyzer";
    /** The margins {@link #print} gives, in inches. */
    private static final double SIDE_MARGIN = 0.5;
    private static final double TOP_MARGIN = 0.6;

    private final Sheet sheet;
    private final boolean thaiDigits;
    private final double[] widths;
    private float[] heights = new float[64];

    SheetBuilder(Workbook wb, String name, boolean thaiDigits, double... widths) {
        this.sheet = wb.addSheet(name);
        this.thaiDigits = thaiDigits;
        this.widths = widths.clone();
        for (int i = 0; i < widths.length; i++) {
            sheet.width(i, widths[i]);
        }
        sheet.defaultRowHeight(ThaiTypography.heightFor(1));
    }

    Sheet sheet() {
        return sheet;
    }

    /** Generated text with the digits option applied. */
    String t(String generated) {
        return NumberText.digits(generated, thaiDigits);
    }

    /** Text from the input, as it was read. */
    void text(int r, int c, String value, Kind kind) {
        text(r, c, value, kind, Fill.NONE);
    }

    void text(int r, int c, String value, Kind kind, Fill fill) {
        textAcross(r, c, c, value, kind, fill);
    }

    /** Generated text. */
    void gen(int r, int c, String value, Kind kind) {
        text(r, c, t(value), kind, Fill.NONE);
    }

    void gen(int r, int c, String value, Kind kind, Fill fill) {
        text(r, c, t(value), kind, fill);
    }

    void genAcross(int r, int c1, int c2, String value, Kind kind) {
        textAcross(r, c1, c2, t(value), kind, Fill.NONE);
    }

    void genAcross(int r, int c1, int c2, String value, Kind kind, Fill fill) {
        textAcross(r, c1, c2, t(value), kind, fill);
    }

    /** Text in one cell or merged across columns c1–c2 of a row, with the row made tall enough for it. */
    void textAcross(int r, int c1, int c2, String value, Kind kind, Fill fill) {
        String v = value == null ? "" : value;
        if (v.length() > MAX_TEXT) {
            v = v.substring(0, MAX_TEXT - 1) + "…";
        }
        int style = AnalysisStyles.get(kind, fill);
        sheet.text(r, c1, v, style);
        if (c2 > c1) {
            merge(r, r, c1, c2, style);
        }
        fit(r, c1, c2, v, kind);
    }

    /** A number, or a styled empty cell when unknown. */
    void number(int r, int c, BigDecimal v, Kind kind, Fill fill) {
        sheet.number(r, c, v, AnalysisStyles.get(kind, fill));
        height(r, AnalysisStyles.height(kind, 1));
    }

    void number(int r, int c, BigDecimal v, Kind kind) {
        number(r, c, v, kind, Fill.NONE);
    }

    /** A live formula with the value it computes now, so viewers that do not recalculate show it. */
    void formula(int r, int c, String formula, BigDecimal value, Kind kind, Fill fill) {
        sheet.formula(r, c, formula, value, AnalysisStyles.get(kind, fill));
        height(r, AnalysisStyles.height(kind, 1));
    }

    /** Styled empty cells, so borders and fills run across a row. */
    void blank(int r, int c1, int c2, Kind kind, Fill fill) {
        for (int c = c1; c <= c2; c++) {
            sheet.style(r, c, AnalysisStyles.get(kind, fill));
        }
        height(r, AnalysisStyles.height(kind, 1));
    }

    /** Gives a cell another style and keeps its value. */
    void restyle(int r, int c, Kind kind, Fill fill) {
        sheet.style(r, c, AnalysisStyles.get(kind, fill));
    }

    boolean isNumber(int r, int c) {
        return sheet.isNumber(r, c);
    }

    /** Merges a block (when larger than one cell) and gives every cell of it the style, so borders show. */
    void merge(int r1, int r2, int c1, int c2, int style) {
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                sheet.style(r, c, style);
            }
        }
        sheet.merge(r1, r2, c1, c2);
    }

    void merge(int r1, int r2, int c1, int c2, Kind kind, Fill fill) {
        merge(r1, r2, c1, c2, AnalysisStyles.get(kind, fill));
    }

    /** A note on a cell, shown when pointing at it. */
    void comment(int r, int c, String generated) {
        sheet.comment(new Sheet.Comment(r, c, t(generated), AUTHOR));
    }

    /** Records the height text needs in a row, from its wrapped lines over the columns it spans. */
    void fit(int r, int c1, int c2, String text, Kind kind) {
        double width = 0;
        for (int c = c1; c <= c2; c++) {
            width += c < widths.length ? widths[c] : sheet.width(c);
        }
        int lines = TextLines.lines(text, width);
        height(r, AnalysisStyles.height(kind, lines));
    }

    private void height(int r, float points) {
        if (r >= heights.length) {
            heights = java.util.Arrays.copyOf(heights, Math.max(r + 1, heights.length * 2));
        }
        heights[r] = Math.max(heights[r], points);
    }

    /** The height a row prints at before scaling, as {@link #finish} sets it. */
    double rowHeight(int r) {
        float h = r < heights.length ? heights[r] : 0;
        return Math.max(h, ThaiTypography.heightFor(1));
    }

    /**
     * How rows 0 to {@code rows} - 1 fall on the pages {@link #print} sets up, columns 0 to {@code cols} - 1
     * printed, rows {@code firstRepeat}–{@code lastRepeat} repeated on every page.
     */
    PrintedPages pages(boolean landscape, int rows, int cols, int firstRepeat, int lastRepeat) {
        double chars = 0;
        for (int c = 0; c < cols; c++) {
            chars += c < widths.length ? widths[c] : sheet.width(c);
        }
        PrintedPages pages = new PrintedPages(landscape, SIDE_MARGIN, TOP_MARGIN,
                chars * ThaiTypography.DIGIT_EM * ThaiTypography.SIZE);
        double repeated = 0;
        for (int r = 0; r < rows; r++) {
            pages.row(rowHeight(r));
            if (r >= firstRepeat && r <= lastRepeat) {
                repeated += rowHeight(r);
                pages.repeat(repeated);
            }
        }
        return pages;
    }

    /** Sets every written row's height: what its text needs, at least one line. */
    void finish() {
        for (int r = 0; r < sheet.rowCount(); r++) {
            if (sheet.hasRow(r)) {
                float h = r < heights.length ? heights[r] : 0;
                sheet.height(r, Math.max(h, ThaiTypography.heightFor(1)));
            }
        }
    }

    /**
     * A4, fitted to the page width, with rows {@code firstRepeat}–{@code lastRepeat} (0-based) repeated on
     * every printed page (none when negative); page numbers in the footer.
     */
    void print(boolean landscape, int firstRepeat, int lastRepeat) {
        sheet.page(new Sheet.PageSetup(landscape, SIDE_MARGIN, SIDE_MARGIN, TOP_MARGIN, TOP_MARGIN, firstRepeat,
                lastRepeat, t("หน้า &P / &N")));
    }

    /** Rows above and columns left of the given ones stay in view when scrolling. */
    void freeze(int rows, int cols) {
        sheet.freeze(rows, cols);
    }
}
