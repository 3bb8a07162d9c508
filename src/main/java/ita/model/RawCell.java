package ita.model;

/**
 * One non-empty cell as a reader found it. Numbers are given as their shortest exact decimal text
 * ("81.67", never "81.670000000000002"); formula errors keep Excel's text ("#DIV/0!").
 */
public record RawCell(int row, int col, String text, Kind kind) {

    /** What the cell held. FORMULA_ERROR is a formula whose cached result is an error. */
    public enum Kind { TEXT, NUMBER, BOOLEAN, FORMULA_ERROR }

    /** A1-style address of a zero-based row and column: (6, 2) → "C7". */
    public static String address(int row, int col) {
        StringBuilder sb = new StringBuilder();
        int c = col + 1;
        while (c > 0) {
            int r = (c - 1) % 26;
            sb.insert(0, (char) ('A' + r));
            c = (c - 1) / 26;
        }
        return sb.append(row + 1).toString();
    }

    public String address() {
        return address(row, col);
    }
}
