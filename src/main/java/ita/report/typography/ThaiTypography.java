package ita.report.typography;

/**
 * The type every output is set in, workbooks and documents alike: the font Thai government documents use, its
 * sizes, and the height a line of it needs.
 */
public final class ThaiTypography {

    /** The font Thai government documents use. */
    public static final String FONT = "TH Sarabun New";
    /** Body text in points. */
    public static final short SIZE = 16;
    /** Small text in points: narrow headers such as the months of the measures plan. */
    public static final short SMALL_SIZE = 14;
    /** Headings and the titles of forms and summaries in points. */
    public static final short HEADING_SIZE = 18;
    /** Sub-section headings of the documents in points, a step above the body. */
    public static final short SUBHEADING_SIZE = 17;
    /** The title of an analysis sheet in points. */
    public static final short TITLE_SIZE = 20;
    /**
     * The height of a line of Thai at {@link #SIZE}, tall enough for vowels above and below the line and tone
     * marks: LibreOffice sets a line of TH Sarabun New 16 (or its metric twin Laksaman) 26.1 pt apart, here rounded
     * up to whole pixels.
     */
    public static final float LINE_HEIGHT_POINTS = 26.25f;
    /** What a cell adds above and below its lines: LibreOffice makes a row of n lines 1.5 pt taller than n lines. */
    public static final float CELL_PADDING_POINTS = 1.5f;
    /**
     * The width of the digit 0 in ems: 0.544 in TH Sarabun New's metric twin Laksaman. Widths in
     * {@link TextLines} are counted in this digit, as spreadsheets count column widths.
     */
    public static final double DIGIT_EM = 0.544;
    /**
     * The distance between the lines of a paragraph in a document, in ems: LibreOffice Writer sets single-spaced
     * TH Sarabun New (Laksaman) 24.1 pt apart at 14 pt, its ascent, descent and line gap; a little more than a
     * spreadsheet row gives a line.
     */
    public static final double DOCUMENT_LINE_EM = 1.72;
    /** Excel cannot make a row taller than this. */
    public static final float MAX_ROW_HEIGHT = 409f;

    private ThaiTypography() {
    }

    /** The height of {@code lines} lines of a document paragraph set in {@code points}, in points. */
    public static double documentLines(int lines, double points) {
        return Math.max(1, lines) * DOCUMENT_LINE_EM * points;
    }

    /** Row height in points for {@code lines} lines of body text, at least one line and at most what Excel allows. */
    public static float heightFor(int lines) {
        return heightFor(lines, SIZE);
    }

    /** Row height in points for {@code lines} lines of text in a font of {@code points}. */
    public static float heightFor(int lines, double points) {
        double line = LINE_HEIGHT_POINTS * points / SIZE;
        return (float) Math.min(MAX_ROW_HEIGHT, line * Math.max(1, lines) + CELL_PADDING_POINTS);
    }
}
