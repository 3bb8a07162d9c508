package ita.report.typography;

/** Typography shared by every workbook we write. */
public final class ThaiTypography {

    /** The font Thai government documents use. */
    public static final String FONT = "TH Sarabun New";
    /** Body text size in points. */
    public static final short SIZE = 16;
    /**
     * Row height for one line of Thai at {@link #SIZE}: tall enough that vowels above and below the
     * line and tone marks are not clipped (about 1.6 × the font size).
     */
    public static final float LINE_HEIGHT_POINTS = 26f;

    private ThaiTypography() {
    }

    /** Height in points for a cell with {@code lines} lines of wrapped text. */
    public static float heightFor(int lines) {
        return LINE_HEIGHT_POINTS * Math.max(1, lines);
    }
}
