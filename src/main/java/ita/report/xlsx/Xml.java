package ita.report.xlsx;

import ita.model.CellRefs;

/** XML text: escaping, cell ranges and numbers as the formats expect them. */
public final class Xml {

    private Xml() {
    }

    /**
     * Appends text escaped for element content and attribute values. Characters XML 1.0 does not allow are
     * written as the {@code _xHHHH_} escape of the spreadsheet formats, which readers turn back into the
     * character; a literal {@code _x} that would read as such an escape is escaped the same way.
     */
    public static StringBuilder text(StringBuilder sb, String s) {
        return escape(sb, s, true);
    }

    /**
     * Appends text escaped for the XML of Word documents, which has no {@code _xHHHH_} escape: {@code _} stays as it
     * is, and a character XML 1.0 cannot hold (a control character, an unpaired surrogate) becomes "?".
     */
    public static StringBuilder wordText(StringBuilder sb, String s) {
        return escape(sb, s, false);
    }

    private static StringBuilder escape(StringBuilder sb, String s, boolean spreadsheet) {
        int n = s.length();
        // most texts need no escape: copied whole, not character by character
        int plain = 0;
        while (plain < n && !special(s.charAt(plain))) {
            plain++;
        }
        if (plain == n) {
            return sb.append(s);
        }
        sb.append(s, 0, plain);
        for (int i = plain; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\n', '\t' -> sb.append(c);
                case '\r' -> sb.append("&#13;");
                case '_' -> sb.append(spreadsheet && escapesLikeOoxml(s, i) ? "_x005F_" : "_");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        if (spreadsheet) {
                            hexEscape(sb, c);
                        } else {
                            sb.append('?');
                        }
                    } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        sb.append(spreadsheet ? '\uFFFD' : '?');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb;
    }

    /** A character {@link #escape} may write otherwise than as itself. */
    private static boolean special(char c) {
        return c < 0x20 || c == '&' || c == '<' || c == '>' || c == '"' || c == '_'
                || c >= '\uD800' && (c <= '\uDFFF' || c >= '\uFFFE');
    }

    /**
     * An empty builder that holds UTF-16 from the start, for text with Thai: the first Thai character appended to a
     * builder of Latin-1 copies all it holds into a new array twice as large.
     */
    public static StringBuilder wide(int capacity) {
        StringBuilder sb = new StringBuilder("\u0E00");
        sb.ensureCapacity(capacity);
        sb.setLength(0);
        return sb;
    }

    private static boolean escapesLikeOoxml(String s, int i) {
        if (i + 6 >= s.length() || s.charAt(i + 1) != 'x' || s.charAt(i + 6) != '_') {
            return false;
        }
        for (int k = i + 2; k < i + 6; k++) {
            if (Character.digit(s.charAt(k), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static void hexEscape(StringBuilder sb, char c) {
        String hex = Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT);
        sb.append("_x");
        for (int k = hex.length(); k < 4; k++) {
            sb.append('0');
        }
        sb.append(hex).append('_');
    }

    /** A range reference, or one cell when the range is a single cell. */
    public static String range(int r1, int c1, int r2, int c2) {
        StringBuilder sb = new StringBuilder(16);
        CellRefs.appendAddress(sb, r1, c1);
        if (r1 != r2 || c1 != c2) {
            CellRefs.appendAddress(sb.append(':'), r2, c2);
        }
        return sb.toString();
    }

    /** Absolute reference on a sheet: 'name'!$A$1 or 'name'!$A$1:$B$2. */
    public static String absolute(String sheet, int r1, int c1, int r2, int c2) {
        StringBuilder sb = new StringBuilder(40).append('\'').append(sheet.replace("'", "''")).append("'!$");
        CellRefs.appendColumn(sb, c1).append('$').append(r1 + 1);
        if (r1 != r2 || c1 != c2) {
            CellRefs.appendColumn(sb.append(":$"), c2).append('$').append(r2 + 1);
        }
        return sb.toString();
    }

    /** A number as the shortest text that reads back as the same double; integers without ".0". */
    public static StringBuilder number(StringBuilder sb, double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return sb.append((long) d);
        }
        return sb.append(d);
    }
}
