package ita.model;

/**
 * One non-empty cell as a reader found it. Numbers are given as their shortest exact decimal text
 * ("81.67", never "81.670000000000002"); formula errors keep Excel's text ("#DIV/0!").
 */
public record RawCell(int row, int col, String text, Kind kind) {

    /** The most characters one cell of Excel holds. */
    public static final int MAX_TEXT = 32_767;

    /**
     * What the cell held. FORMULA_ERROR is a formula whose cached result is an error; FORMULA_NO_VALUE a formula
     * whose result was never saved (written by a program that does not calculate), its text the formula ("=SUM(B2:D2)").
     */
    public enum Kind { TEXT, NUMBER, BOOLEAN, FORMULA_ERROR, FORMULA_NO_VALUE }

    /** The cell's A1-style address, e.g. "C7". */
    public String address() {
        return CellRefs.address(row, col);
    }
}
