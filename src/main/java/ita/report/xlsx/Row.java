package ita.report.xlsx;

import java.util.Arrays;

/** One row of a sheet: its cells by column, in parallel arrays, and its height. */
final class Row {

    static final byte NONE = 0;
    static final byte BLANK = 1;
    static final byte TEXT = 2;
    static final byte NUMBER = 3;
    static final byte FORMULA = 4;
    static final byte BOOLEAN = 5;

    byte[] types = new byte[8];
    int[] styles = new int[8];
    String[] texts = new String[8];
    double[] numbers = new double[8];
    /** Formulas whose value is unknown have NaN in {@link #numbers}. */
    int size;
    float height = -1;

    void ensure(int col) {
        if (col >= types.length) {
            int n = Math.max(col + 1, types.length * 2);
            types = Arrays.copyOf(types, n);
            styles = Arrays.copyOf(styles, n);
            texts = Arrays.copyOf(texts, n);
            numbers = Arrays.copyOf(numbers, n);
        }
        if (col >= size) {
            size = col + 1;
        }
    }

    void set(int col, byte type, String text, double number, int style) {
        ensure(col);
        types[col] = type;
        texts[col] = text;
        numbers[col] = number;
        styles[col] = style;
    }

    /** Gives a cell a style and keeps its value; creates the cell blank when absent. */
    void style(int col, int style) {
        ensure(col);
        if (types[col] == NONE) {
            types[col] = BLANK;
        }
        styles[col] = style;
    }

    byte type(int col) {
        return col < size ? types[col] : NONE;
    }
}
