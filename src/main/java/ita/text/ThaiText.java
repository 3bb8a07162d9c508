package ita.text;

/**
 * Normalisation of Thai text as it arrives from spreadsheets, PDFs and web pages, so that the same
 * words compare equal: Thai digits, the two spellings of sara am, vowel and tone marks typed in
 * another order, zero-width characters and repeated spaces.
 */
public final class ThaiText {

    private static final char THAI_ZERO = '\u0E50';
    private static final char SARA_AM = '\u0E33';
    private static final char NIKHAHIT = '\u0E4D';
    private static final char SARA_AA = '\u0E32';

    private ThaiText() {
    }

    /** Thai digits ๐–๙ to 0–9; everything else unchanged. */
    public static String toArabicDigits(String s) {
        if (s == null) {
            return null;
        }
        char[] out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= THAI_ZERO && c <= THAI_ZERO + 9) {
                if (out == null) {
                    out = s.toCharArray();
                }
                out[i] = (char) ('0' + (c - THAI_ZERO));
            }
        }
        return out == null ? s : new String(out);
    }

    /** 0–9 to ๐–๙; everything else unchanged. */
    public static String toThaiDigits(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
        }
        return sb.toString();
    }

    /**
     * The canonical form for comparing and matching: Arabic digits, sara am as one character, vowel
     * and tone marks in canonical order, no zero-width characters or non-breaking spaces, runs of white
     * space folded to one space, trimmed.
     */
    public static String normalize(String s) {
        if (s == null) {
            return "";
        }
        if (alreadyFolded(s)) {
            return canonicalMarks(s);
        }
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (c == NIKHAHIT && i + 1 < s.length() && s.charAt(i + 1) == SARA_AA) {
                c = SARA_AM;
                i++;
            }
            if (c >= THAI_ZERO && c <= THAI_ZERO + 9) {
                c = (char) ('0' + (c - THAI_ZERO));
            }
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F') {
                space = true;
                continue;
            }
            if (space && sb.length() > 0) {
                sb.append(' ');
            }
            space = false;
            sb.append(c);
        }
        return canonicalMarks(sb);
    }

    /** True when {@link #normalize}'s folding would leave the text as it is: the common case, checked without copying. */
    private static boolean alreadyFolded(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD' || c == NIKHAHIT
                    || c >= THAI_ZERO && c <= THAI_ZERO + 9) {
                return false;
            }
            if (isSpace(c) && (c != ' ' || i == 0 || i == n - 1 || isSpace(s.charAt(i + 1)))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        if (c == ' ') {
            return true;
        }
        // printable ASCII and the Thai block hold no space: most characters are answered without a table lookup
        if (c > ' ' && c < '\u007F' || c >= '\u0E00' && c <= '\u0E7F') {
            return false;
        }
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
    }

    /** True when {@link #canonicalMarks} would change the text: marks out of order, a nikhahit, marks after sara am. */
    private static boolean needsMarkOrder(CharSequence s) {
        int n = s.length();
        int previous = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == NIKHAHIT) {
                return true;
            }
            int k = markClass(c);
            if (k > 0 && k < previous) {
                return true;
            }
            previous = k;
            if (c == SARA_AM && i + 1 < n && markClass(s.charAt(i + 1)) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Thai vowel and tone marks in one order, whatever order they were typed in: below vowels, then above vowels
     * (with nikhahit), then tone marks, then the other signs; a nikhahit before sara aa, with a tone mark between
     * them or not, becomes sara am after the tone mark. So "นํ้า" reads "น้ำ", "ท่ี" reads "ที่" and "นำ้" reads
     * "น้ำ": they look the same on screen, and now compare equal.
     */
    static String canonicalMarks(CharSequence s) {
        int n = s.length();
        if (!needsMarkOrder(s)) {
            return s.toString();
        }
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (markClass(c) == 0 && c != SARA_AM) {
                out.append(c);
                i++;
                continue;
            }
            int from = c == SARA_AM ? i + 1 : i;
            int to = from;
            while (to < n && markClass(s.charAt(to)) > 0) {
                to++;
            }
            StringBuilder marks = new StringBuilder(s.subSequence(from, to));
            boolean saraAm = c == SARA_AM;
            int nikhahit = marks.indexOf(String.valueOf(NIKHAHIT));
            if (!saraAm && nikhahit >= 0 && to < n && s.charAt(to) == SARA_AA) {
                marks.deleteCharAt(nikhahit);
                saraAm = true;
                to++;
            }
            sortByClass(marks);
            out.append(marks);
            if (saraAm) {
                out.append(SARA_AM);
            }
            i = to;
        }
        return out.toString();
    }

    /** 1 below vowels, 2 above vowels and nikhahit, 3 tone marks, 4 thanthakhat and yamakkan; 0 not a mark. */
    private static int markClass(char c) {
        if (c >= '\u0E38' && c <= '\u0E3A') {
            return 1;
        }
        if (c == '\u0E31' || c >= '\u0E34' && c <= '\u0E37' || c == '\u0E47' || c == NIKHAHIT) {
            return 2;
        }
        if (c >= '\u0E48' && c <= '\u0E4B') {
            return 3;
        }
        return c == '\u0E4C' || c == '\u0E4E' ? 4 : 0;
    }

    /** Insertion sort, stable: runs of marks are one to three characters long. */
    private static void sortByClass(StringBuilder marks) {
        for (int i = 1; i < marks.length(); i++) {
            char c = marks.charAt(i);
            int j = i - 1;
            while (j >= 0 && markClass(marks.charAt(j)) > markClass(c)) {
                marks.setCharAt(j + 1, marks.charAt(j));
                j--;
            }
            marks.setCharAt(j + 1, c);
        }
    }

    /** {@link #normalize} without any spaces and in lower case, for matching headers and names loosely. */
    public static String key(String s) {
        String n = normalize(s);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c != ' ') {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** Levenshtein distance, for reporting names that look alike. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * True when two names look like one name mistyped: one character apart, or two apart with the same
     * consonants but for one (บาตง / บดง: a vowel dropped and a consonant changed).
     */
    public static boolean lookAlike(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int d = distance(a, b);
        if (d == 1) {
            return true;
        }
        String ca = consonants(a);
        String cb = consonants(b);
        return d == 2 && ca.length() >= 2 && distance(ca, cb) <= 1;
    }

    /** The Thai consonants, Latin letters and digits of a text, without vowels, tone marks or spaces. */
    static String consonants(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0E01' && c <= '\u0E2E' || Character.isLetterOrDigit(c) && c < '\u0E00') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
