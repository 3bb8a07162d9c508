package ita.report.typography;

import java.text.BreakIterator;
import java.util.Arrays;
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
    /** Widths of the characters up to the end of Thai, from the tables above, divided once. */
    private static final double[] WIDTHS = new double['\u0E00' + THAI.length];
    /** Thai words are found with a dictionary; one breaker per thread, as they keep state. */
    private static final ThreadLocal<Measure> MEASURE = ThreadLocal.withInitial(Measure::new);

    static {
        for (char c = 0; c < WIDTHS.length; c++) {
            WIDTHS[c] = c >= ' ' && c < ' ' + ASCII.length ? ASCII[c - ' '] / 100.0
                    : c >= '\u0E00' ? THAI[c - '\u0E00'] / 100.0 : otherWidth(c);
        }
    }

    private TextLines() {
    }

    /** The width of one character, in digit widths: other scripts count as one digit, control characters as none. */
    public static double width(char c) {
        return c < WIDTHS.length ? WIDTHS[c] : otherWidth(c);
    }

    private static double otherWidth(char c) {
        return c < ' ' || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.FORMAT
                ? 0 : 1;
    }

    /** The width of a text on one line, in digit widths. */
    public static double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += width(text.charAt(i));
        }
        return w;
    }

    private static double width(char[] s, int from, int to) {
        double w = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            w += c < WIDTHS.length ? WIDTHS[c] : otherWidth(c);
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
        Laid laid = Laid.KNOWN.get(text);
        // a text seen for the first time (an agency's name, a sentence with its figures) may never come back: its
        // words are counted without being kept
        boolean again = laid != null;
        if (!again) {
            laid = Laid.of(text);
        }
        int lines = 0;
        for (int p = 0; p < laid.widths.length; p++) {
            if (laid.widths[p] <= usable) {
                lines++;
                continue;
            }
            double[] words = laid.words[p];
            if (words == null && !again) {
                Measure m = MEASURE.get();
                lines += m.paragraphLines(m.chars(text), laid.bounds[2 * p], laid.bounds[2 * p + 1], usable);
                continue;
            }
            if (words == null) {
                laid = laid.withWords(text, p);
                words = laid.words[p];
            }
            Wrap wrap = new Wrap(usable);
            wrap.add(words);
            lines += wrap.lines;
        }
        return Math.max(1, lines);
    }

    /**
     * A text measured once, whatever the column: the width of each of its paragraphs and, once a column too narrow
     * for one has asked, that paragraph's words. The texts of a run (the catalog's measures and steps, the question
     * texts, the headings) are measured column after column and agency after agency; kept by the text, shared by the
     * threads, bounded as the pieces are.
     */
    private static final class Laid {

        private static final Memo<String, Laid> KNOWN = new Memo<>(1 << 12);

        /** The width of each paragraph (the text between line breaks), in digit widths. */
        final double[] widths;
        /** Where each paragraph starts and ends, in pairs, its line break and the \r before it left out. */
        final int[] bounds;
        /** Each paragraph's words in pairs as {@link Wrap#add} takes them; null until asked for. */
        final double[][] words;

        private Laid(double[] widths, int[] bounds, double[][] words) {
            this.widths = widths;
            this.bounds = bounds;
            this.words = words;
        }

        static Laid of(String text) {
            Measure m = MEASURE.get();
            char[] s = m.chars(text);
            int n = text.length();
            double[] widths = new double[2];
            int[] bounds = new int[4];
            int count = 0;
            for (int from = 0; ; ) {
                int nl = from;
                while (nl < n && s[nl] != '\n') {
                    nl++;
                }
                // a line ends before its \n, or before the \r of a \r\n
                int end = nl < n && nl > from && s[nl - 1] == '\r' ? nl - 1 : nl;
                if (count == widths.length) {
                    widths = Arrays.copyOf(widths, 2 * count);
                    bounds = Arrays.copyOf(bounds, 4 * count);
                }
                widths[count] = width(s, from, end);
                bounds[2 * count] = from;
                bounds[2 * count + 1] = end;
                count++;
                if (nl == n) {
                    break;
                }
                from = nl + 1;
            }
            return keep(text, new Laid(Arrays.copyOf(widths, count), Arrays.copyOf(bounds, 2 * count),
                    new double[count][]));
        }

        /** This text with the words of its paragraph {@code p} found, in place of this one. */
        Laid withWords(String text, int p) {
            Measure m = MEASURE.get();
            double[][] found = this.words.clone();
            found[p] = m.paragraphWords(m.chars(text), bounds[2 * p], bounds[2 * p + 1]);
            return keep(text, new Laid(widths, bounds, found));
        }

        private static Laid keep(String text, Laid laid) {
            KNOWN.put(text, laid);
            return laid;
        }
    }

    /**
     * Lines a text takes in a width of {@code widthPoints}, set in a font of {@code fontPoints}, where nothing is
     * taken off for padding (a document's table cell, whose margins its width already leaves out). At least 1.
     */
    public static int lines(String text, double widthPoints, double fontPoints) {
        double usable = Math.max(1, widthPoints / (ThaiTypography.DIGIT_EM * fontPoints));
        return lines(text, usable + PADDING);
    }

    /** Words laid into lines one after the other, as a spreadsheet wraps them. */
    private static final class Wrap {
        private final double usable;
        int lines = 1;
        private double line;

        Wrap(double usable) {
            this.usable = usable;
        }

        /** Words in pairs: a word's width without the spaces after it, then the width of those spaces. */
        void add(double[] words) {
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
                // spaces after a word may hang past the column's edge
                line += w + words[i + 1];
            }
        }
    }

    /**
     * One thread's means of measuring: the text's characters, its line breaker (breakers keep state) and its way into
     * the pieces broken so far. Breaking Thai into words with the dictionary is what costs; fitting words into a width
     * is a short loop.
     */
    static final class Measure {

        private char[] chars = new char[256];
        private final BreakIterator breaks = BreakIterator.getLineInstance(Locale.forLanguageTag("th"));
        private final Pieces pieces = new Pieces();

        /** The measure of the calling thread. */
        static Measure get() {
            return MEASURE.get();
        }

        /** The text's characters, in a buffer of this measure's, valid until the next call. */
        char[] chars(String text) {
            if (chars.length < text.length()) {
                chars = new char[Math.max(text.length(), 2 * chars.length)];
            }
            text.getChars(0, text.length(), chars, 0);
            return chars;
        }

        /** Lines of {@code s[from, to)}, a text without line breaks, its words wrapped piece by piece. */
        int paragraphLines(char[] s, int from, int to, double usable) {
            Wrap wrap = new Wrap(usable);
            if (!Pieces.separable(s, from, to)) {
                wrap.add(words(s, from, to));
                return wrap.lines;
            }
            for (int at = from; at < to; ) {
                int end = Pieces.end(s, at, to);
                wrap.add(words(s, at, end));
                at = end;
            }
            return wrap.lines;
        }

        /** The words of {@code s[from, to)}, a text without line breaks, in pairs as {@link Wrap#add} takes them. */
        double[] paragraphWords(char[] s, int from, int to) {
            if (!Pieces.separable(s, from, to)) {
                return words(s, from, to);
            }
            double[] all = null;
            int n = 0;
            for (int at = from; at < to; ) {
                int end = Pieces.end(s, at, to);
                double[] w = words(s, at, end);
                if (all == null && end == to) {
                    return w;
                }
                if (all == null) {
                    all = new double[Math.max(16, 2 * w.length)];
                } else if (n + w.length > all.length) {
                    all = Arrays.copyOf(all, Math.max(n + w.length, 2 * all.length));
                }
                System.arraycopy(w, 0, all, n, w.length);
                n += w.length;
                at = end;
            }
            return all == null ? new double[0] : Arrays.copyOf(all, n);
        }

        /** The words of {@code s[from, to)} broken on their own, in pairs as {@link Wrap#add} takes them. */
        double[] words(char[] s, int from, int to) {
            return pieces.words(this, s, from, to);
        }

        /** The words of a text as the dictionary breaker finds them. */
        double[] broken(String p) {
            breaks.setText(p);
            double[] out = new double[16];
            int n = 0;
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                int word = end;
                while (word > start && p.charAt(word - 1) == ' ') {
                    word--;
                }
                if (n + 2 > out.length) {
                    out = Arrays.copyOf(out, out.length * 2);
                }
                out[n++] = width(p.substring(start, word));
                out[n++] = width(p.substring(word, end));
            }
            return Arrays.copyOf(out, n);
        }
    }

    /**
     * A text's words, found piece by piece: the line breaker never joins a word across spaces that come before a
     * Thai letter, a Latin one, a digit or an opening parenthesis, so what lies between such spaces is broken on
     * its own, and the pieces (the catalog's phrases, the sentences' fixed words, an agency's name) come back
     * agency after agency where whole texts, which differ by a name or a figure, would not. Texts with characters
     * whose breaks depend on what follows the spaces (ๆ and ฯ but in " ๆ " and " ฯลฯ ", a vowel or mark with no
     * letter before it, or anything outside Thai, ASCII and a few punctuation marks) are broken whole. {@code TextLinesPiecesTest} holds the
     * pieces' words to the whole text's.
     *
     * <p>The pieces already broken are kept by their characters, looked up without making a string of the piece,
     * shared by the threads; bounded ({@link Memo}), as a national run's names must not fill the memory.
     */
    static final class Pieces {

        /** What a character allows, from U+0000 to the end of Thai. */
        private static final byte[] KIND = new byte['\u0E00' + THAI.length];
        private static final byte NOT_TRIED = 0;
        private static final byte PLAIN = 1;
        private static final byte CONSONANT = 2;
        /** A vowel or mark that sits on or follows the letter before it. */
        private static final byte DEPENDENT = 3;

        static {
            for (char c = ' '; c <= '~'; c++) {
                KIND[c] = PLAIN;
            }
            for (char c = '\u0E01'; c <= '\u0E5B'; c++) {
                KIND[c] = c <= '\u0E2E' ? CONSONANT
                        : c == '\u0E30' || c >= '\u0E31' && c <= '\u0E3A' || c == '\u0E45' || c >= '\u0E47' && c <= '\u0E4E'
                        ? DEPENDENT : PLAIN;
            }
            // ๆ and ฯ: their breaks depend on what comes after the spaces that follow them
            KIND['\u0E46'] = NOT_TRIED;
            KIND['\u0E2F'] = NOT_TRIED;
            for (char c = '\u0E3B'; c <= '\u0E3E'; c++) {
                KIND[c] = NOT_TRIED;
            }
            KIND['·'] = PLAIN;
        }

        /** Pieces broken by any thread: a run's threads find what another has broken. */
        private static final Memo<Key, double[]> BROKEN = new Memo<>(1 << 13);
        /** The piece being looked up by this thread, its digits as 0. */
        private final Key probe = new Key(new char[256], 0, 0);

        /** Whether {@code s[from, to)} may be broken piece by piece. */
        static boolean separable(char[] s, int from, int to) {
            byte before = PLAIN;
            for (int i = from; i < to; i++) {
                char c = s[i];
                byte kind = c < KIND.length ? KIND[c] : "–…→−●☐".indexOf(c) >= 0 ? PLAIN : NOT_TRIED;
                if (kind == NOT_TRIED) {
                    // ๆ and ฯลฯ written as Thai style writes them, with spaces around: "ต่าง ๆ ", "ค่าเดินทาง ฯลฯ "
                    int after = c == '\u0E46' && i >= from + 2 && letter(s[i - 2]) ? i + 1
                            : c == '\u0E2F' && i + 2 < to && s[i + 1] == '\u0E25' && s[i + 2] == '\u0E2F' ? i + 3 : -1;
                    if (after < 0 || i == from || s[i - 1] != ' ' || after < to && s[after] != ' ') {
                        return false;
                    }
                    i = after - 1;
                    before = PLAIN;
                    continue;
                }
                if (kind == DEPENDENT && before != CONSONANT && before != DEPENDENT) {
                    return false;
                }
                before = kind;
            }
            return true;
        }

        /** A Thai letter, or a vowel or mark on one. */
        private static boolean letter(char c) {
            return c < KIND.length && (KIND[c] == CONSONANT || KIND[c] == DEPENDENT);
        }

        /** Where the piece from {@code at} ends: after the spaces that come before a safe start, or at {@code to}. */
        static int end(char[] s, int at, int to) {
            int i = at;
            while (true) {
                while (i < to && s[i] != ' ') {
                    i++;
                }
                while (i < to && s[i] == ' ') {
                    i++;
                }
                if (i >= to || startsPiece(s[i])) {
                    return i;
                }
            }
        }

        private static boolean startsPiece(char c) {
            return c >= '\u0E01' && c <= '\u0E2E' || c >= '\u0E40' && c <= '\u0E44' || c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '(';
        }

        /**
         * The words of the piece {@code s[from, to)}, broken once by {@code m}'s breaker. Pieces are kept with their
         * digits as 0 (๐ for Thai digits): the breaker treats all digits alike and they are all as wide, so a
         * figure's words are those of any other figure of its form, and "(73.73 " is found as "(00.00 ".
         */
        double[] words(Measure m, char[] s, int from, int to) {
            int len = to - from;
            if (probe.chars.length < len) {
                probe.chars = new char[Math.max(len, 2 * probe.chars.length)];
            }
            char[] k = probe.chars;
            int h = 0;
            for (int i = 0; i < len; i++) {
                char c = s[from + i];
                c = c >= '0' && c <= '9' ? '0' : c >= '\u0E50' && c <= '\u0E59' ? '\u0E50' : c;
                k[i] = c;
                h = 31 * h + c;
            }
            probe.length = len;
            probe.hash = h;
            double[] words = BROKEN.get(probe, Key::copy);
            if (words == null) {
                char[] piece = Arrays.copyOf(k, len);
                words = m.broken(new String(piece));
                BROKEN.put(new Key(piece, len, h), words);
            }
            return words;
        }
    }

    /** A piece's characters {@code chars[0, length)} as a key. */
    private static final class Key {
        private char[] chars;
        private int length;
        private int hash;

        /** A key of its own for what this probe holds now. */
        Key copy() {
            return new Key(Arrays.copyOf(chars, length), length, hash);
        }

        Key(char[] chars, int length, int hash) {
            this.chars = chars;
            this.length = length;
            this.hash = hash;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.length == length && k.hash == hash
                    && Arrays.equals(chars, 0, length, k.chars, 0, k.length);
        }
    }
}
