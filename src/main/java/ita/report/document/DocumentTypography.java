package ita.report.document;

import ita.report.typography.ThaiTypography;

/**
 * The page of Thai official documents: A4, margins of about 3 cm left, 2 cm right, 2.5 cm top and 2 cm bottom,
 * and the type of {@link ThaiTypography} (TH Sarabun New 16 pt) in the units OOXML stores: twips (1/20 pt, 567 per
 * cm) for lengths and half-points for font sizes.
 */
public final class DocumentTypography {

    /** Body text: 16 pt. */
    public static final int BODY_HALF_POINTS = 2 * ThaiTypography.SIZE;
    /** Table text: 14 pt, so that a landscape table of seven columns keeps whole words on a line. */
    public static final int TABLE_HALF_POINTS = 2 * ThaiTypography.SMALL_SIZE;
    /** Section headings: 18 pt bold. */
    public static final int HEADING_HALF_POINTS = 2 * ThaiTypography.HEADING_SIZE;
    /** Sub-section headings: 17 pt bold, a step above the body. */
    public static final int SUBHEADING_HALF_POINTS = 2 * ThaiTypography.SUBHEADING_SIZE;
    /** The title block: 20 pt bold. */
    public static final int TITLE_HALF_POINTS = 2 * ThaiTypography.TITLE_SIZE;

    public static final int TWIPS_PER_CM = 567;
    /** A4, 21.0 × 29.7 cm. */
    public static final int A4_SHORT_TWIPS = 11906;
    public static final int A4_LONG_TWIPS = 16838;
    public static final int MARGIN_LEFT_TWIPS = 1701;
    public static final int MARGIN_RIGHT_TWIPS = 1134;
    public static final int MARGIN_TOP_TWIPS = 1417;
    public static final int MARGIN_BOTTOM_TWIPS = 1134;
    /** From the page edge to the page number at the top. */
    public static final int HEADER_DISTANCE_TWIPS = 709;
    public static final int FOOTER_DISTANCE_TWIPS = 709;
    /** A paragraph's first line starts 2.5 cm in, as งานสารบรรณ lays out official letters. */
    public static final int FIRST_LINE_INDENT_TWIPS = 1418;

    /** The width text may take on a portrait page. */
    public static final int PORTRAIT_TEXT_TWIPS = A4_SHORT_TWIPS - MARGIN_LEFT_TWIPS - MARGIN_RIGHT_TWIPS;
    /** The width text may take on a landscape page. */
    public static final int LANDSCAPE_TEXT_TWIPS = A4_LONG_TWIPS - MARGIN_LEFT_TWIPS - MARGIN_RIGHT_TWIPS;

    /** The height text may take on a portrait page. */
    public static final int PORTRAIT_TEXT_HEIGHT_TWIPS = A4_LONG_TWIPS - MARGIN_TOP_TWIPS - MARGIN_BOTTOM_TWIPS;
    /** The height text may take on a landscape page. */
    public static final int LANDSCAPE_TEXT_HEIGHT_TWIPS = A4_SHORT_TWIPS - MARGIN_TOP_TWIPS - MARGIN_BOTTOM_TWIPS;

    /** English Metric Units per twip, for drawings. */
    public static final long EMU_PER_TWIP = 635;

    private DocumentTypography() {
    }
}
