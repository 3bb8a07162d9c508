package ita.report.typography;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * How wide Thai text is and how many lines it takes when wrapped in a column, so that row heights can be set
 * before any spreadsheet lays the text out (Excel does not fit rows of merged cells, and a row too low clips
 * Thai vowels and tone marks). The one estimator every writer uses.
 *
 * <p>Widths are in the unit of column widths: the width of the digit 0 of the body font. Each character counts
 * with its advance width in TH Sarabun New, measured on its metric twin Laksaman; vowels above and below the line
 * and tone marks take none. Lines break where Thai words and spaces allow, as spreadsheets break them, and a word
 * wider than the column is broken inside it. {@code TextLinesLibreOfficeTest} holds the estimate against the lines
 * LibreOffice lays out.
 */
public final class TextLines {

    /** The cell's padding, in digit widths, taken from the column's width. */
    private static final double PADDING = 1.0;
    /** Advance widths of the printable ASCII characters, from the space, in hundredths of the digit 0. */
    private static final short[] ASCII = {
        60, 41, 57, 111, 100, 162, 117, 33, 52, 52, 79, 114, 45, 60, 45, 75,
        100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 45, 45, 114, 114, 114, 78,
        148, 110, 104, 112, 119, 97, 97, 117, 122, 41, 73, 104, 97, 151, 122, 134,
        104, 135, 105, 97, 105, 129, 108, 163, 115, 101, 117, 54, 72, 54, 114, 97,
        56, 95, 111, 91, 111, 103, 57, 86, 108, 40, 43, 87, 55, 166, 108, 110,
        111, 111, 60, 78, 66, 108, 94, 140, 88, 93, 89, 57, 42, 57, 115};
    /** Advance widths of U+0E00–U+0E5B, in hundredths of the digit 0; 0 for the marks above and below. */
    private static final short[] THAI = {
        0, 107, 104, 106, 109, 109, 113, 81, 101, 104, 104, 106, 143, 143, 117, 117,
        95, 127, 147, 150, 108, 108, 104, 119, 92, 116, 118, 118, 105, 105, 124, 124,
        117, 110, 104, 89, 104, 105, 117, 92, 109, 121, 105, 118, 125, 107, 103, 108,
        99, 0, 87, 87, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 114,
        56, 104, 65, 67, 67, 57, 110, 0, 0, 0, 0, 0, 0, 0, 0, 124,
        124, 124, 124, 124, 124, 124, 124, 124, 124, 124, 144, 193};
    /** Thai words are found with a dictionary; one breaker per thread, as they keep state. */
    private static final ThreadLocal<BreakIterator> BREAKS = ThreadLocal.withInitial(
            () -> BreakIterator.getLineInstance(Locale.forLanguageTag("th")));

    private TextLines() {
    }

    /** The width of one character, in digit widths: other scripts count as one digit, control characters as none. */
    public static double width(char c) {
        if (c >= ' ' && c < ' ' + ASCII.length) {
            return ASCII[c - ' '] / 100.0;
        }
        if (c >= '\u0E00' && c < '\u0E00' + THAI.length) {
            return THAI[c - '\u0E00'] / 100.0;
        }
        return c < ' ' || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.FORMAT
                ? 0 : 1;
    }

    /** The width of a text on one line, in digit widths. */
    public static double width(String text) {
        return width(text, 0, text.length());
    }

    private static double width(String s, int from, int to) {
        double w = 0;
        for (int i = from; i < to; i++) {
            w += width(s.charAt(i));
        }
        return w;
    }

    /**
     * Lines a text takes in a column {@code columnWidth} wide (Excel's unit: digit widths of the body font); every
     * line break starts a new line. At least 1.
     */
    public static int lines(String text, double columnWidth) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double usable = Math.max(1, columnWidth - PADDING);
        if (text.indexOf('\n') < 0) {
            return Math.max(1, paragraphLines(text, usable));
        }
        int lines = 0;
        for (String paragraph : text.split("\r?\n", -1)) {
            lines += paragraphLines(paragraph, usable);
        }
        return Math.max(1, lines);
    }

    /**
     * Lines a text takes in a width of {@code widthPoints}, set in a font of {@code fontPoints}, where nothing is
     * taken off for padding (a document's table cell, whose margins its width already leaves out). At least 1.
     */
    public static int lines(String text, double widthPoints, double fontPoints) {
        double usable = Math.max(1, widthPoints / (ThaiTypography.DIGIT_EM * fontPoints));
        return lines(text, usable + PADDING);
    }

    /**
     * The words of texts already broken, whatever the width: a text comes back in several columns (the measures
     * sheet, both progress forms, the documents), and the catalog's steps agency after agency. Breaking Thai into
     * words with the dictionary is what costs; fitting words into a width is a short loop.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, double[]> WORDS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int WORDS_LIMIT = 20_000;

    private static int paragraphLines(String p, double usable) {
        if (width(p) <= usable) {
            return 1;
        }
        double[] words = WORDS.get(p);
        if (words == null) {
            words = words(p);
            if (WORDS.size() >= WORDS_LIMIT) {
                // texts of one agency only (its names and figures) must not fill the memory of a national run
                WORDS.clear();
            }
            WORDS.put(p, words);
        }
        return wrappedLines(words, usable);
    }

    /** Each word's width without the spaces after it, then the width of those spaces, in pairs. */
    private static double[] words(String p) {
        BreakIterator breaks = BREAKS.get();
        breaks.setText(p);
        double[] out = new double[16];
        int n = 0;
        int start = breaks.first();
        for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            // spaces after a word may hang past the column's edge
            int word = end;
            while (word > start && p.charAt(word - 1) == ' ') {
                word--;
            }
            if (n + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2);
            }
            out[n++] = width(p, start, word);
            out[n++] = width(p, word, end);
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int wrappedLines(double[] words, double usable) {
        int lines = 1;
        double line = 0;
        for (int i = 0; i < words.length; i += 2) {
            double w = words[i];
            if (line > 0 && line + w > usable) {
                lines++;
                line = 0;
            }
            while (w > usable) {
                lines++;
                w -= usable;
            }
            line += w + words[i + 1];
        }
        return lines;
    }
}
