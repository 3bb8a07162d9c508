package ita.report;

import ita.text.ThaiText;
import java.nio.charset.StandardCharsets;
import java.text.BreakIterator;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File and folder names made from agency, district and province names. Whatever the input says, the
 * result is one plain path segment: no separators, no "..", no characters Windows refuses, no reserved
 * device names, and short enough for every file system (Thai letters take 3 bytes in UTF-8).
 */
public final class SafeNames {

    private static final Pattern FORBIDDEN = Pattern.compile("[\\\\/:*?\"<>|\\p{Cc}]");
    /** Invisible characters that could make a name read differently from what it is (bidi overrides). */
    private static final Pattern INVISIBLE = Pattern.compile("\\p{Cf}");
    /** Device names Windows reserves with any extension, and with spaces before the extension. */
    private static final Pattern RESERVED = Pattern.compile(
            "(?i)(CON|PRN|AUX|NUL|COM[0-9\u00B9\u00B2\u00B3]|LPT[0-9\u00B9\u00B2\u00B3]|CONIN\\$|CONOUT\\$) *");
    /** Bytes allowed for one segment, leaving room for a suffix such as "-2567-2.xlsx" within 255. */
    private static final int MAX_BYTES = 180;

    private SafeNames() {
    }

    /** A safe path segment for a name; {@code fallback} (made safe too, else "_") when nothing usable is left. */
    public static String segment(String name, String fallback) {
        String s = Normalizer.normalize(ThaiText.normalize(name), Normalizer.Form.NFC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = trimEnds(FORBIDDEN.matcher(s).replaceAll("_"));
        s = trimEnds(s.replace("..", "_"));
        if (s.isEmpty()) {
            return fallback == null || fallback.equals(name) ? "_" : segment(fallback, null);
        }
        int dot = s.indexOf('.');
        if (RESERVED.matcher(dot < 0 ? s : s.substring(0, dot)).matches()) {
            s = "_" + s;
        }
        return trimEnds(truncate(s, MAX_BYTES));
    }

    /**
     * A file name: {@code base} made safe and cut so that the whole name stays within the limit, then
     * {@code extension} (".xlsx") kept whole, so that a long name never loses what tells its format.
     */
    public static String fileName(String base, String fallback, String extension) {
        return segment(base, fallback) + extension;
    }

    /**
     * The key under which two names are one file on some file system: Windows and macOS compare names without
     * regard to case, and macOS after Unicode normalisation, so "อบต.A" and "อบต.a", or a name in composed and
     * in decomposed form, are one file there. Compatibility forms (full-width letters) fold too.
     */
    public static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /** Without leading dots (they hide files) or trailing dots and spaces (Windows drops them). */
    private static String trimEnds(String s) {
        return s.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
    }

    /** At most {@code maxBytes} of UTF-8, cut between whole characters so that no Thai vowel or tone mark is orphaned. */
    static String truncate(String s, int maxBytes) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return s;
        }
        BreakIterator characters = BreakIterator.getCharacterInstance(Locale.forLanguageTag("th"));
        characters.setText(s);
        int bytes = 0;
        int end = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            bytes += s.substring(end, next).getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxBytes) {
                break;
            }
            end = next;
        }
        return s.substring(0, end);
    }
}
