package ita.text;

/**
 * Normalisation of Thai text as it arrives from spreadsheets, PDFs and web pages, so that the same
 * words compare equal: Thai digits, the two spellings of sara am, zero-width characters and
 * repeated spaces.
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
     * The canonical form for comparing and matching: Arabic digits, sara am as one character,
     * no zero-width characters or non-breaking spaces, runs of white space folded to one space, trimmed.
     */
    public static String normalize(String s) {
        if (s == null) {
            return "";
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
        return sb.toString();
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
