package ita.report.document;

/**
 * How tall text is in a table cell, estimated without laying it out: enough to tell a row that fits on a page
 * from one that does not. Widths are those of TH Sarabun New and Laksaman (its look-alike, with the same
 * widths): about 0.52 em for a letter, marks above and below taking none; lines are those of Laksaman, the
 * taller of the two (nearly 2 em), and a wrapped line wastes a tenth of its width on Thai word breaks.
 */
final class TextFit {

    /** Kept free below a row's estimated height, for what the estimate misses. */
    static final int SAFETY_TWIPS = 600;
    /** Space above and below the text of a row. */
    static final int ROW_PADDING_TWIPS = 60;
    /** Twips of an average letter per half-point of font size (145 twips at 14 pt). */
    private static final double LETTER_TWIPS_PER_HALF_POINT = 145.0 / 28;
    /** Twips of a line per half-point (2 em: 560 twips at 14 pt). */
    private static final int LINE_TWIPS_PER_HALF_POINT = 20;
    private static final double WRAP_WASTE = 1.1;

    private TextFit() {
    }

    /** The height of one paragraph of text in a column of {@code widthTwips}. */
    static int height(String text, int widthTwips, int halfPoints) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.getType(text.charAt(i)) != Character.NON_SPACING_MARK) {
                letters++;
            }
        }
        double width = letters * LETTER_TWIPS_PER_HALF_POINT * halfPoints * WRAP_WASTE;
        int lines = Math.max(1, (int) Math.ceil(width / Math.max(1, widthTwips)));
        return lines * LINE_TWIPS_PER_HALF_POINT * halfPoints;
    }
}
