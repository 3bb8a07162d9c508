package ita.ingest;

import ita.model.CellRange;

/** Parses A1-style references without allocating: "C7" → row 6, column 2. */
final class CellRefs {

    private CellRefs() {
    }

    /** Zero-based column of a reference such as "AB12" or "$AB$12", or -1 when it has no letters. */
    static int column(String ref, int from, int to) {
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
    static int row(String ref, int from, int to) {
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

    /** A merged range from "A1:D2" (or a single cell "A1"), or null when the text is not a reference. */
    static CellRange range(String ref) {
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
