package ita.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;

/**
 * The cells of one sheet (or one HTML table, or one CSV file) as a sparse grid, zero-based. Merged
 * ranges are kept so that layout recognition can spread a merged header over its columns.
 */
public final class RawSheet {

    private final String name;
    // rows by index in a hash map and cells of a row in column order in an array: readers give cells row by row
    // and left to right, and recognition asks for single cells far more often than for ranges
    private final HashMap<Integer, Row> rows = new HashMap<>();
    private List<Integer> rowIndexes;
    private int lastRow = -1;
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
            lastRow = Math.max(lastRow, cell.row());
        }
        r.list = null;
        if (r.put(cell)) {
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
        return r == null ? null : r.get(col);
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
            l = List.of(Arrays.copyOf(r.cells, r.size));
            r.list = l;
        }
        return l;
    }

    /** Indexes of the rows that have at least one cell, ascending. */
    public List<Integer> rowIndexes() {
        List<Integer> l = rowIndexes;
        if (l == null) {
            Integer[] keys = rows.keySet().toArray(new Integer[0]);
            Arrays.sort(keys);
            l = List.of(keys);
            rowIndexes = l;
        }
        return l;
    }

    public int lastRow() {
        return lastRow;
    }

    public int cellCount() {
        return cellCount;
    }

    public boolean isEmpty() {
        return cellCount == 0;
    }

    /** A row's cells, and the list handed out until the row changes: recognition asks for rows many times. */
    private static final class Row {
        RawCell[] cells = new RawCell[8];
        int size;
        List<RawCell> list;

        /** Puts a cell in column order, replacing one of the same column; true when the column was empty. */
        boolean put(RawCell cell) {
            int col = cell.col();
            if (size == 0 || cells[size - 1].col() < col) {
                insert(size, cell);
                return true;
            }
            int i = find(col);
            if (i >= 0) {
                cells[i] = cell;
                return false;
            }
            insert(-i - 1, cell);
            return true;
        }

        RawCell get(int col) {
            int i = find(col);
            return i >= 0 ? cells[i] : null;
        }

        private void insert(int at, RawCell cell) {
            if (size == cells.length) {
                cells = Arrays.copyOf(cells, size * 2);
            }
            System.arraycopy(cells, at, cells, at + 1, size - at);
            cells[at] = cell;
            size++;
        }

        /** The position of the column, or (-(insertion point) - 1) as Arrays.binarySearch gives it. */
        private int find(int col) {
            int lo = 0;
            int hi = size - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                int c = cells[mid].col();
                if (c < col) {
                    lo = mid + 1;
                } else if (c > col) {
                    hi = mid - 1;
                } else {
                    return mid;
                }
            }
            return -(lo + 1);
        }
    }
}
