package ita.report;

import ita.text.ThaiText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.Locale;
import java.util.Set;
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
        String s = ThaiText.normalize(name);
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
     * A file in {@code dir} named {@code segment} + {@code extension} (".xlsx"), with -2, -3 … before the
     * extension when that name is already taken in {@code used}. Names are compared without regard to
     * case, as Windows and macOS compare them, so "อบต.A" and "อบต.a" do not overwrite each other there.
     * Pass one {@code used} set for a whole run; the file returned is added to it.
     *
     * @param segment a name from {@link #segment}
     */
    public static Path unique(Path dir, String segment, String extension, Set<String> used) {
        String folder = fold(dir.normalize().toString()) + "/";
        String name = segment + extension;
        for (int n = 2; !used.add(folder + fold(name)); n++) {
            name = segment + "-" + n + extension;
        }
        return dir.resolve(name);
    }

    private static String fold(String s) {
        return s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
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
