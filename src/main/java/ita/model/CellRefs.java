package ita.model;

/**
 * A1-style cell references, both ways: a 0-based row and column written as "C7", and "C7" read back. The one
 * place column letters are made, for readers, writers and tests alike. Reading allocates nothing.
 */
public final class CellRefs {

    private CellRefs() {
    }

    /** Appends the letters of a 0-based column: 0 → A, 25 → Z, 26 → AA, 16383 → XFD. */
    public static StringBuilder appendColumn(StringBuilder sb, int col) {
        if (col >= 26) {
            appendColumn(sb, col / 26 - 1);
        }
        return sb.append((char) ('A' + col % 26));
    }

    /** The letters of a 0-based column: 0 → A, 26 → AA. */
    public static String column(int col) {
        return appendColumn(new StringBuilder(3), col).toString();
    }

    /** Appends the A1 address of a 0-based row and column: (6, 2) → C7. */
    public static StringBuilder appendAddress(StringBuilder sb, int row, int col) {
        return appendColumn(sb, col).append(row + 1);
    }

    /** The A1 address of a 0-based row and column: (6, 2) → "C7". */
    public static String address(int row, int col) {
        return appendAddress(new StringBuilder(8), row, col).toString();
    }

    /** Zero-based column of a reference such as "AB12" or "$AB$12", or -1 when it has no letters. */
    public static int column(String ref, int from, int to) {
        int col = 0;
        int letters = 0;
        for (int i = from; i < to; i++) {
            char c = ref.charAt(i);
            if (c == '$') {
                continue;
            }
            int v = c >= 'A' && c <= 'Z' ? c - 'A' + 1 : c >= 'a' && c <= 'z' ? c - 'a' + 1 : -1;
            if (v < 0) {
                break;
            }
            col = col * 26 + v;
            if (++letters > 3) {
                return -1;
            }
        }
        return letters == 0 ? -1 : col - 1;
    }

    /** Zero-based row of a reference such as "AB12", or -1 when it has no digits. */
    public static int row(String ref, int from, int to) {
        int row = 0;
        int digits = 0;
        for (int i = from; i < to; i++) {
            char c = ref.charAt(i);
            if (c >= '0' && c <= '9') {
                row = row * 10 + (c - '0');
                if (++digits > 7) {
                    return -1;
                }
            } else if (digits > 0) {
                return -1;
            }
        }
        return digits == 0 ? -1 : row - 1;
    }

    /** A range from "A1:D2" (or a single cell "A1"), or null when the text is not a reference. */
    public static CellRange range(String ref) {
        int colon = ref.indexOf(':');
        int end = colon < 0 ? ref.length() : colon;
        int r1 = row(ref, 0, end);
        int c1 = column(ref, 0, end);
        int r2 = colon < 0 ? r1 : row(ref, colon + 1, ref.length());
        int c2 = colon < 0 ? c1 : column(ref, colon + 1, ref.length());
        if (r1 < 0 || c1 < 0 || r2 < 0 || c2 < 0) {
            return null;
        }
        return new CellRange(Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2));
    }
}
