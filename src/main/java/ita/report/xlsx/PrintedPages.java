package ita.report.xlsx;

/**
 * How the rows of a sheet printed on A4, fitted to the page width, fall on pages, worked out row by row from their
 * heights as spreadsheets lay them out: a row that does not fit on the page starts the next one, under the repeated
 * rows. Lets a writer place a chart where it prints whole, so that no page holds the repeated rows alone.
 */
public final class PrintedPages {

    /** A chart made smaller to print whole is never shorter than this, in rows. */
    public static final int MIN_CHART_ROWS = 10;
    private static final double A4_SHORT = 595.28;
    private static final double A4_LONG = 841.89;

    /** The height rows may fill on a page, in points of the sheet before it is scaled to the page. */
    private final double page;
    private double repeated;
    private int pages = 1;
    private int pageStart;
    private double used;
    private int next;

    /**
     * @param widthPoints the printed columns' width at full size: a wider sheet prints smaller, so more of its rows go
     *     on a page
     */
    public PrintedPages(boolean landscape, double sideMarginInches, double topMarginInches, double widthPoints) {
        double printedWidth = (landscape ? A4_LONG : A4_SHORT) - 2 * 72 * sideMarginInches;
        // LibreOffice rounds its scale down, so what is found to fit here fits there
        double scale = Math.min(1, printedWidth / widthPoints);
        this.page = ((landscape ? A4_SHORT : A4_LONG) - 2 * 72 * topMarginInches) / scale;
    }

    /** The next row, of the height it prints at before scaling. */
    public PrintedPages row(double height) {
        if (used + height > page && next > pageStart) {
            startPage();
        }
        used += height;
        next++;
        return this;
    }

    /** The next {@code count} rows, all of one height. */
    public PrintedPages rows(int count, double height) {
        for (int i = 0; i < count; i++) {
            row(height);
        }
        return this;
    }

    /** Rows of this total height print above every page started from now on; 0 for none. */
    public PrintedPages repeat(double height) {
        repeated = height;
        return this;
    }

    /** A manual page break before the next row. */
    public PrintedPages breakPage() {
        startPage();
        return this;
    }

    private void startPage() {
        pages++;
        pageStart = next;
        used = repeated;
    }

    /** The pages printed so far. */
    public int pages() {
        return pages;
    }

    /** The index of the next row. */
    public int next() {
        return next;
    }

    /** The height rows may fill on a page, before scaling. */
    public double height() {
        return page;
    }

    /** How many rows of {@code line} points still fit on the current page. */
    public int rowsLeft(double line) {
        return (int) Math.floor((page - used) / line);
    }

    /** How many rows of {@code line} points fit on a page started now, under the repeated rows. */
    public int rowsOnNewPage(double line) {
        return (int) Math.floor((page - repeated) / line);
    }
}
