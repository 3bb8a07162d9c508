package ita.report.summary;

import ita.report.typography.TextLines;
import ita.report.typography.ThaiTypography;
import ita.report.xlsx.PrintedPages;
import ita.report.xlsx.Sheet;
import ita.report.xlsx.Workbook;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One sheet of a summary being written top to bottom: title, notes, one header row, data rows. Rows grow to the
 * lines their wrapped text needs, from {@link TextLines}: spreadsheets do not grow a row for wrapped text written
 * by a program, and a row of the default height cuts off Thai vowels and tone marks.
 */
final class SheetTable {

    /** Control characters XML cannot hold (an input's names may carry them); line breaks and tabs are kept. */
    private static final Pattern NOT_XML = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
    /** Columns without a width of their own, in characters, as wide as spreadsheets make them. */
    private static final double DEFAULT_WIDTH = 8;
    /** The margins {@link #finish} gives. */
    private static final double SIDE_MARGIN_INCHES = 0.5;
    private static final double TOP_MARGIN_INCHES = 0.6;

    final Sheet sheet;
    final SummaryStyleSheet styles;
    private final double[] widths;
    private final double fullWidth;
    private int next;
    private int headerRow = -1;
    /** False once a chart prints on a page of its own below a table that fits on one page. */
    private boolean repeatHeader = true;
    /** The lines the tallest wrapped cell of each row needs. */
    private int[] lines = new int[64];

    SheetTable(Workbook wb, SummaryStyleSheet styles, String name, int... widthsInChars) {
        this.sheet = wb.addSheet(Sheet.safeName(name));
        this.styles = styles;
        this.widths = new double[widthsInChars.length];
        double full = 0;
        for (int c = 0; c < widthsInChars.length; c++) {
            sheet.width(c, widthsInChars[c]);
            widths[c] = widthsInChars[c];
            full += widthsInChars[c];
        }
        this.fullWidth = full;
        sheet.defaultRowHeight(ThaiTypography.heightFor(1));
    }

    /** A line of text across the table's width. */
    void title(String text) {
        spanning(text, styles.title());
    }

    void note(String text) {
        spanning(text, styles.note());
    }

    private void spanning(String text, int style) {
        String t = clean(text);
        sheet.text(next, 0, t, style);
        if (widths.length > 1) {
            sheet.merge(next, next, 0, widths.length - 1);
        }
        fit(next, t, style, widths.length > 1 ? fullWidth : width(0));
        next++;
    }

    /** The header row; the first one written is repeated on printed pages and frozen. */
    int header(List<String> names) {
        Line r = row();
        for (int i = 0; i < names.size(); i++) {
            r.text(i, names.get(i), styles.header());
        }
        if (headerRow < 0) {
            headerRow = r.index;
        }
        return r.index;
    }

    Line row() {
        return new Line(next++);
    }

    /** The index of the next row to be written. */
    int position() {
        return next;
    }

    /** Page setup and row heights, once everything is written. */
    void finish(boolean landscape) {
        int repeat = repeatHeader ? headerRow : -1;
        sheet.page(new Sheet.PageSetup(landscape, SIDE_MARGIN_INCHES, SIDE_MARGIN_INCHES, TOP_MARGIN_INCHES,
                TOP_MARGIN_INCHES, repeat, repeat, null, false));
        if (headerRow >= 0) {
            sheet.freeze(headerRow + 1, 0);
        }
        for (int r = 0; r < Math.min(next, lines.length); r++) {
            if (lines[r] > 1) {
                sheet.height(r, Math.min(ThaiTypography.heightFor(lines[r]), Sheet.MAX_ROW_HEIGHT));
            }
        }
    }

    /**
     * Where a chart of {@code rows} rows and {@code cols} columns goes below the table, so that it prints whole and
     * no printed page holds the repeated header row alone. The pages are worked out from the column widths and row
     * heights as a spreadsheet fits the sheet to the page width: the chart stays on the table's last page when it
     * fits there; otherwise it starts a page of its own, and a table that fits on one page then repeats no header
     * (it would print above the chart alone). A table of several pages keeps its header: the chart is made smaller
     * to fit on the table's last page, or takes the table's last row to its page. Call before {@link #finish}, with
     * the same orientation.
     */
    Charts.Place chartBelow(int rows, int cols, boolean landscape) {
        PrintedPages pages = new PrintedPages(landscape, SIDE_MARGIN_INCHES, TOP_MARGIN_INCHES,
                fullWidth * ThaiTypography.DIGIT_EM * ThaiTypography.SIZE);
        for (int r = 0; r < next; r++) {
            pages.row(rowHeight(r));
            if (r == headerRow) {
                pages.repeat(rowHeight(r));
            }
        }
        double line = ThaiTypography.heightFor(1);
        int top = next + 1;
        int room = pages.rowsLeft(line) - 1;
        if (room >= rows) {
            return new Charts.Place(top, 0, rows, cols);
        }
        if (pages.pages() == 1 || headerRow < 0) {
            repeatHeader = false;
            sheet.pageBreakBefore(next);
            return new Charts.Place(next, 0, Math.min(rows, (int) Math.floor(pages.height() / line)), cols);
        }
        if (room >= PrintedPages.MIN_CHART_ROWS) {
            return new Charts.Place(top, 0, room, cols);
        }
        // the last row starts the chart's page, so that the repeated header has a row under it
        int last = next - 1;
        sheet.pageBreakBefore(last);
        double below = rowHeight(headerRow) + rowHeight(last);
        int fit = (int) Math.floor((pages.height() - below) / line) - 1;
        return new Charts.Place(top, 0, Math.max(PrintedPages.MIN_CHART_ROWS, Math.min(rows, fit)), cols);
    }

    /** The height a row prints at before scaling, as {@link #finish} sets it. */
    private double rowHeight(int r) {
        return r < lines.length && lines[r] > 1
                ? Math.min(ThaiTypography.heightFor(lines[r]), Sheet.MAX_ROW_HEIGHT) : ThaiTypography.heightFor(1);
    }

    private double width(int col) {
        return col < widths.length ? widths[col] : DEFAULT_WIDTH;
    }

    private void fit(int row, String text, int style, double width) {
        if (!styles.wraps(style) || text.isEmpty()) {
            return;
        }
        if (row >= lines.length) {
            lines = Arrays.copyOf(lines, Math.max(row + 1, lines.length * 2));
        }
        lines[row] = Math.max(lines[row], TextLines.lines(text, width));
    }

    /** Text without the characters XML cannot hold; never null. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        // most text has none of them: looked for before a matcher is made
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == '\uFFFE' || c == '\uFFFF') {
                return NOT_XML.matcher(value).replaceAll("");
            }
        }
        return value;
    }

    /** One row being written. Text always goes into a text cell, so a name starting with = stays text. */
    final class Line {

        final int index;

        private Line(int index) {
            this.index = index;
        }

        void text(int col, String value, int style) {
            String t = clean(value);
            sheet.text(index, col, t, style);
            fit(index, t, style, width(col));
        }

        /** A number, or an empty cell with the style when unknown. */
        void number(int col, BigDecimal value, int style) {
            sheet.number(index, col, value, style);
        }

        void number(int col, Integer value, int style) {
            if (value == null) {
                sheet.style(index, col, style);
            } else {
                sheet.number(index, col, value, style);
            }
        }
    }
}
