package ita.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;

/**
 * The cells of one sheet (or one HTML table, or one CSV file) as a sparse grid, zero-based. Merged
 * ranges are kept so that layout recognition can spread a merged header over its columns.
 */
public final class RawSheet {

    private final String name;
    private final TreeMap<Integer, Row> rows = new TreeMap<>();
    private List<Integer> rowIndexes;
    private final List<CellRange> merged = new ArrayList<>();
    private int cellCount;
    private final List<RawCell> overlong = new ArrayList<>();

    public RawSheet(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void put(RawCell cell) {
        if (cell.text().length() > RawCell.MAX_TEXT) {
            overlong.add(cell);
        }
        Row r = rows.get(cell.row());
        if (r == null) {
            r = new Row();
            rows.put(cell.row(), r);
            rowIndexes = null;
        }
        r.list = null;
        if (r.cells.put(cell.col(), cell) == null) {
            cellCount++;
        }
    }

    /** Convenience for tests and simple readers: a text or number cell from its text. */
    public RawSheet put(int row, int col, String text) {
        put(new RawCell(row, col, text, RawCell.Kind.TEXT));
        return this;
    }

    /** The cells whose text is longer than one Excel cell holds, as put (CSV and HTML know no such limit). */
    public List<RawCell> overlong() {
        return overlong.stream().filter(c -> cell(c.row(), c.col()) == c).toList();
    }

    public void merge(CellRange range) {
        merged.add(range);
    }

    public List<CellRange> merged() {
        return Collections.unmodifiableList(merged);
    }

    public RawCell cell(int row, int col) {
        Row r = rows.get(row);
        return r == null ? null : r.cells.get(col);
    }

    /** The text of a cell, or "" when empty. */
    public String text(int row, int col) {
        RawCell c = cell(row, col);
        return c == null ? "" : c.text();
    }

    /** The non-empty cells of a row in column order; empty when the row has none. */
    public List<RawCell> row(int row) {
        Row r = rows.get(row);
        if (r == null) {
            return List.of();
        }
        List<RawCell> l = r.list;
        if (l == null) {
            l = List.copyOf(r.cells.values());
            r.list = l;
        }
        return l;
    }

    /** Indexes of the rows that have at least one cell, ascending. */
    public List<Integer> rowIndexes() {
        List<Integer> l = rowIndexes;
        if (l == null) {
            l = List.copyOf(rows.keySet());
            rowIndexes = l;
        }
        return l;
    }

    public int lastRow() {
        return rows.isEmpty() ? -1 : rows.lastKey();
    }

    public int cellCount() {
        return cellCount;
    }

    public boolean isEmpty() {
        return cellCount == 0;
    }

    /** A row's cells, and the list handed out until the row changes: recognition asks for rows many times. */
    private static final class Row {
        final TreeMap<Integer, RawCell> cells = new TreeMap<>();
        List<RawCell> list;
    }
}
