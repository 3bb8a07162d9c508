package ita.sample;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One sheet as the format writers see it: rows of cells (zero-based), merged ranges and column widths.
 * A layout builds a grid once; xlsx, xls, HTML and CSV writers each render it.
 */
final class Grid {

    /** How a cell looks; every writer maps these to its own styles. */
    enum Style { PLAIN, TITLE, HEADER, SCORE, INTEGER, WRAP }

    /** A cell: text, or a number written as its exact decimal text. */
    record Cell(String text, boolean number, Style style) {
    }

    /** A merged range, inclusive, zero-based. */
    record Merge(int firstRow, int firstCol, int lastRow, int lastCol) {
    }

    private final String name;
    private final List<List<Cell>> rows = new ArrayList<>();
    private final List<Merge> merges = new ArrayList<>();
    private final Map<Integer, Integer> widths = new TreeMap<>();
    private SharedTexts shared;

    Grid(String name) {
        this.name = name;
    }

    static Cell text(String s) {
        return new Cell(s, false, Style.PLAIN);
    }

    static Cell title(String s) {
        return new Cell(s, false, Style.TITLE);
    }

    static Cell header(String s) {
        return new Cell(s, false, Style.HEADER);
    }

    static Cell wrap(String s) {
        return new Cell(s, false, Style.WRAP);
    }

    static Cell score(BigDecimal v) {
        return new Cell(v.toPlainString(), true, Style.SCORE);
    }

    static Cell integer(long v) {
        return new Cell(Long.toString(v), true, Style.INTEGER);
    }

    /**
     * Appends a row. Values: a {@link Cell}; a String (plain text); a BigDecimal (a score with two
     * decimals); an Integer or Long (a whole number); null (an empty cell).
     */
    Grid row(Object... values) {
        List<Cell> cells = new ArrayList<>(values.length);
        for (Object v : values) {
            cells.add(toCell(v));
        }
        rows.add(cells);
        return this;
    }

    /** Appends a row of header cells. */
    Grid headerRow(List<String> headers) {
        rows.add(headers.stream().map(h -> h == null ? null : header(h)).toList());
        return this;
    }

    Grid blank() {
        rows.add(List.of());
        return this;
    }

    Grid merge(int firstRow, int firstCol, int lastRow, int lastCol) {
        merges.add(new Merge(firstRow, firstCol, lastRow, lastCol));
        return this;
    }

    Grid width(int col, int chars) {
        widths.put(col, chars);
        return this;
    }

    /** Marks texts this sheet shares with many other files, so that the xlsx writer stores them once. */
    Grid share(SharedTexts texts) {
        this.shared = texts;
        return this;
    }

    SharedTexts shared() {
        return shared;
    }

    String name() {
        return name;
    }

    /** The index the next row will get. */
    int nextRow() {
        return rows.size();
    }

    List<List<Cell>> rows() {
        return Collections.unmodifiableList(rows);
    }

    List<Merge> merges() {
        return Collections.unmodifiableList(merges);
    }

    Map<Integer, Integer> widths() {
        return Collections.unmodifiableMap(widths);
    }

    int columnCount() {
        int max = 0;
        for (List<Cell> r : rows) {
            max = Math.max(max, r.size());
        }
        for (Merge m : merges) {
            max = Math.max(max, m.lastCol() + 1);
        }
        return max;
    }

    private static Cell toCell(Object v) {
        if (v == null || v instanceof Cell) {
            return (Cell) v;
        }
        if (v instanceof String s) {
            return text(s);
        }
        if (v instanceof BigDecimal d) {
            return score(d);
        }
        if (v instanceof Integer || v instanceof Long) {
            return integer(((Number) v).longValue());
        }
        throw new IllegalArgumentException("cannot put a " + v.getClass().getSimpleName() + " in a cell");
    }
}
