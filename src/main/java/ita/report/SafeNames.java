package ita.report;

import ita.text.ThaiText;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * File and folder names made from agency, district and province names. Whatever the input says, the
 * result is one plain path segment: no separators, no "..", no characters Windows refuses, no reserved
 * device names, and short enough for every file system (Thai letters take 3 bytes in UTF-8).
 */
public final class SafeNames {

    private static final Pattern FORBIDDEN = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}]");
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");
    /** Bytes allowed for one segment, leaving room for a suffix such as "-2567-2.xlsx" within 255. */
    private static final int MAX_BYTES = 180;

    private SafeNames() {
    }

    /** A safe path segment for a name; {@code fallback} when nothing usable is left. */
    public static String segment(String name, String fallback) {
        String s = ThaiText.normalize(name);
        s = FORBIDDEN.matcher(s).replaceAll("_");
        s = s.replace("..", "_");
        // leading dots hide files; trailing dots and spaces are dropped by Windows
        s = s.replaceAll("^[.\\s]+", "").replaceAll("[.\\s]+$", "");
        if (s.isEmpty()) {
            s = fallback;
        }
        String base = s.contains(".") ? s.substring(0, s.indexOf('.')) : s;
        if (RESERVED.contains(base.toUpperCase(Locale.ROOT))) {
            s = "_" + s;
        }
        return truncate(s, MAX_BYTES);
    }

    static String truncate(String s, int maxBytes) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
            return s;
        }
        StringBuilder sb = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > maxBytes) {
                break;
            }
            sb.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
