package ita.report.typography;

/**
 * Estimates how many lines a text takes when wrapped in a column, so that row heights can be set before any
 * spreadsheet lays the text out (Excel does not fit rows of merged cells, and a row too low clips Thai vowels
 * and tone marks). Thai vowels above and below the line and tone marks take no width of their own, so only
 * base characters are counted.
 */
public final class TextLines {

    /**
     * The share of a column's width that wrapped text fills on average: lines break at spaces, and many Thai
     * letters are wider than the digit '0' that column widths are measured in.
     */
    private static final double FILL = 0.85;

    private TextLines() {
    }

    /** True for Thai characters that combine with the base character before them and take no width. */
    public static boolean isCombining(char c) {
        return c == '\u0E31' || (c >= '\u0E34' && c <= '\u0E3A') || (c >= '\u0E47' && c <= '\u0E4E');
    }

    /** Characters that take width: everything but Thai combining vowels and tone marks and line breaks. */
    public static int baseCharacters(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isCombining(c) && c != '\n' && c != '\r') {
                n++;
            }
        }
        return n;
    }

    /**
     * Lines the text needs in a column {@code widthChars} wide (Excel's unit: the width of '0' in the default
     * font); every explicit line break starts a new line. At least 1.
     */
    public static int estimate(String text, double widthChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double perLine = Math.max(1, widthChars * FILL);
        int lines = 0;
        for (String paragraph : text.split("\r?\n", -1)) {
            lines += Math.max(1, (int) Math.ceil(baseCharacters(paragraph) / perLine));
        }
        return Math.max(1, lines);
    }
}
