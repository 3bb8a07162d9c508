package ita.report.xlsx;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One worksheet: cells by 0-based row and column, column widths, row heights, merged cells and the sheet's
 * settings. Text is always a text cell, so input starting with = is never taken as a formula.
 */
public final class Sheet {

    /** A dropdown fed by a range; {@code strict} refuses other values, otherwise Excel only warns. */
    public record Dropdown(String listRef, int firstRow, int lastRow, int col, String promptTitle, String prompt,
                           String errorTitle, String error, boolean strict) {
    }

    /** Cells of a range coloured by the sign of their value: above zero and below zero. */
    public record SignColours(int firstRow, int firstCol, int lastRow, int lastCol, int positive, int negative) {
    }

    /** A note on a cell, shown when pointing at it. */
    public record Comment(int row, int col, String text, String author) {
    }

    /**
     * Printing: A4, fitted to one page wide, rows {@code repeatFirst}–{@code repeatLast} (0-based) on every
     * page (none when {@code repeatFirst} is negative), margins in inches, centred horizontally or not, a centred
     * footer or none (null).
     */
    public record PageSetup(boolean landscape, double left, double right, double top, double bottom, int repeatFirst,
                            int repeatLast, String footer, boolean centred) {

        /** Centred horizontally. */
        public PageSetup(boolean landscape, double left, double right, double top, double bottom, int repeatFirst,
                         int repeatLast, String footer) {
            this(landscape, left, right, top, bottom, repeatFirst, repeatLast, footer, true);
        }

        boolean repeats() {
            return repeatFirst >= 0 && repeatLast >= repeatFirst;
        }
    }

    final String name;
    boolean hidden;
    double defaultRowHeight = 15;
    boolean customDefaultHeight;
    double[] widths = new double[0];
    final List<Row> rows = new ArrayList<>(64);
    final List<int[]> merged = new ArrayList<>();
    final List<Dropdown> dropdowns = new ArrayList<>(2);
    final List<SignColours> signColours = new ArrayList<>(1);
    final List<Comment> comments = new ArrayList<>(2);
    final List<Chart> charts = new ArrayList<>(2);
    final List<Integer> pageBreaks = new ArrayList<>(2);
    int freezeRows;
    int freezeCols;
    PageSetup page;
    /** The range of the autofilter, {r1, c1, r2, c2}, or null. */
    int[] autoFilter;

    Sheet(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** The tallest row Excel holds, in points. */
    public static final double MAX_ROW_HEIGHT = 409;
    /** The most characters one cell of Excel holds. */
    public static final int MAX_TEXT = 32_767;

    /** At most {@link #MAX_TEXT} characters, never ending in half a character. */
    static String fit(String value) {
        if (value == null) {
            return "";
        }
        if (value.length() <= MAX_TEXT) {
            return value;
        }
        return value.substring(0, Character.isHighSurrogate(value.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT);
    }

    public Sheet hidden(boolean on) {
        hidden = on;
        return this;
    }

    /** A column's width in characters of the default font. */
    public Sheet width(int col, double chars) {
        if (col >= widths.length) {
            widths = java.util.Arrays.copyOf(widths, col + 1);
        }
        widths[col] = chars;
        return this;
    }

    public double width(int col) {
        return col < widths.length && widths[col] > 0 ? widths[col] : 8.43;
    }

    public Sheet defaultRowHeight(double points) {
        defaultRowHeight = points;
        customDefaultHeight = true;
        return this;
    }

    Row row(int r) {
        while (rows.size() <= r) {
            rows.add(null);
        }
        Row row = rows.get(r);
        if (row == null) {
            row = new Row();
            rows.set(r, row);
        }
        return row;
    }

    private Row existing(int r) {
        return r < rows.size() ? rows.get(r) : null;
    }

    public Sheet text(int r, int c, String value, int style) {
        row(r).set(c, Row.TEXT, fit(value), 0, style);
        return this;
    }

    public Sheet number(int r, int c, double value, int style) {
        row(r).set(c, Row.NUMBER, null, value, style);
        return this;
    }

    /** A number, or a styled blank cell when null. */
    public Sheet number(int r, int c, BigDecimal value, int style) {
        return value == null ? style(r, c, style) : number(r, c, value.doubleValue(), style);
    }

    /** A formula (without '=') with the value it computes, or null when the spreadsheet is left to compute it. */
    public Sheet formula(int r, int c, String formula, BigDecimal value, int style) {
        row(r).set(c, Row.FORMULA, formula, value == null ? Double.NaN : value.doubleValue(), style);
        return this;
    }

    public Sheet bool(int r, int c, boolean value, int style) {
        row(r).set(c, Row.BOOLEAN, null, value ? 1 : 0, style);
        return this;
    }

    /** Gives a cell a style, keeping its value; an absent cell becomes a styled blank one. */
    public Sheet style(int r, int c, int style) {
        row(r).style(c, style);
        return this;
    }

    /** True when the cell holds a number or a formula with a numeric value. */
    public boolean isNumber(int r, int c) {
        Row row = existing(r);
        if (row == null) {
            return false;
        }
        byte t = row.type(c);
        return t == Row.NUMBER || (t == Row.FORMULA && !Double.isNaN(row.numbers[c]));
    }

    public double numberAt(int r, int c) {
        return isNumber(r, c) ? existing(r).numbers[c] : Double.NaN;
    }

    /** The text of a text cell, else null. */
    public String textAt(int r, int c) {
        Row row = existing(r);
        return row != null && row.type(c) == Row.TEXT ? row.texts[c] : null;
    }

    /** True when the row has been written to. */
    public boolean hasRow(int r) {
        return existing(r) != null;
    }

    public int rowCount() {
        return rows.size();
    }

    public Sheet height(int r, double points) {
        // Excel holds rows up to 409 points and repairs a file with a taller one
        row(r).height = (float) Math.min(points, MAX_ROW_HEIGHT);
        return this;
    }

    public Sheet merge(int r1, int r2, int c1, int c2) {
        if (r2 > r1 || c2 > c1) {
            merged.add(new int[] {r1, c1, r2, c2});
        }
        return this;
    }

    /** Rows above and columns left of the given ones stay in view when scrolling. */
    public Sheet freeze(int rows, int cols) {
        freezeRows = rows;
        freezeCols = cols;
        return this;
    }

    public Sheet page(PageSetup setup) {
        page = setup;
        return this;
    }

    public Sheet dropdown(Dropdown d) {
        dropdowns.add(d);
        return this;
    }

    public Sheet signColours(SignColours s) {
        signColours.add(s);
        return this;
    }

    public Sheet comment(Comment c) {
        comments.add(c);
        return this;
    }

    public Sheet chart(Chart c) {
        charts.add(c);
        return this;
    }

    /** Filter buttons on the first row of the range. */
    public Sheet autoFilter(int r1, int c1, int r2, int c2) {
        autoFilter = new int[] {r1, c1, r2, c2};
        return this;
    }

    /**
     * A name Excel takes for a sheet: at most 31 characters, none of : / \ ? * [ ], no apostrophe at either end;
     * each character it refuses becomes a space.
     */
    public static String safeName(String proposal) {
        if (proposal == null || proposal.isEmpty()) {
            return " null ";
        }
        StringBuilder sb = new StringBuilder(proposal.substring(0, Math.min(31, proposal.length())));
        for (int i = 0; i < sb.length(); i++) {
            char ch = sb.charAt(i);
            switch (ch) {
                case '\u0000', '\u0003', ':', '/', '\\', '?', '*', ']', '[' -> sb.setCharAt(i, ' ');
                case '\'' -> {
                    if (i == 0 || i == sb.length() - 1) {
                        sb.setCharAt(i, ' ');
                    }
                }
                default -> {
                }
            }
        }
        return sb.toString();
    }

    /** Starts a new printed page at a row (0-based), so that a chart is not cut across two pages. */
    public Sheet pageBreakBefore(int row) {
        if (row > 0 && !pageBreaks.contains(row)) {
            pageBreaks.add(row);
        }
        return this;
    }
}
