package ita.ingest;

import ita.model.CellRange;
import ita.model.RawCell;
import ita.model.RawSheet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sheet seen by layout recognition: cell text with merged ranges resolved, blank-row tests and
 * "sheet!C7" references.
 */
final class SheetGrid {

    /** Merged ranges taller than this are indexed only over their first rows; enough for headers. */
    private static final int MAX_INDEXED_ROWS = 2000;

    private final RawSheet sheet;
    private final Map<Integer, List<CellRange>> mergesByRow = new HashMap<>();
    private final int maxCol;

    SheetGrid(RawSheet sheet) {
        this.sheet = sheet;
        for (CellRange m : sheet.merged()) {
            int last = Math.min(m.lastRow(), m.firstRow() + MAX_INDEXED_ROWS);
            for (int r = m.firstRow(); r <= last; r++) {
                mergesByRow.computeIfAbsent(r, k -> new ArrayList<>()).add(m);
            }
        }
        int max = -1;
        for (int r : sheet.rowIndexes()) {
            List<RawCell> cells = sheet.row(r);
            if (!cells.isEmpty()) {
                max = Math.max(max, cells.get(cells.size() - 1).col());
            }
        }
        for (CellRange m : sheet.merged()) {
            max = Math.max(max, m.lastCol());
        }
        this.maxCol = max;
    }

    String name() {
        return sheet.name();
    }

    RawSheet sheet() {
        return sheet;
    }

    List<Integer> rows() {
        return sheet.rowIndexes();
    }

    int lastRow() {
        return sheet.lastRow();
    }

    int maxCol() {
        return maxCol;
    }

    RawCell cell(int row, int col) {
        return sheet.cell(row, col);
    }

    /** The cell's own text, "" when empty (blank text counts as empty). */
    String text(int row, int col) {
        String t = sheet.text(row, col);
        return t.isBlank() ? "" : t;
    }

    /** The merged range covering a cell, or null. */
    CellRange mergeAt(int row, int col) {
        List<CellRange> l = mergesByRow.get(row);
        if (l != null) {
            for (CellRange m : l) {
                if (m.contains(row, col)) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The cell holding the value seen at (row, col): the cell itself, or the first cell of its merged range. */
    RawCell mergedCell(int row, int col) {
        RawCell c = cell(row, col);
        if (c != null && !c.text().isBlank()) {
            return c;
        }
        CellRange m = mergeAt(row, col);
        if (m == null) {
            return null;
        }
        RawCell first = cell(m.firstRow(), m.firstCol());
        return first == null || first.text().isBlank() ? null : first;
    }

    /**
     * The columns of a row that hold text or start a merged range covering the row, ascending. Header
     * reading visits only these, so a merge across a whole row costs nothing.
     */
    List<Integer> usedColumns(int row) {
        java.util.TreeSet<Integer> cols = new java.util.TreeSet<>();
        for (RawCell c : sheet.row(row)) {
            if (!c.text().isBlank()) {
                cols.add(c.col());
            }
        }
        List<CellRange> l = mergesByRow.get(row);
        if (l != null) {
            l.forEach(m -> cols.add(m.firstCol()));
        }
        return List.copyOf(cols);
    }

    boolean isBlank(int row) {
        for (RawCell c : sheet.row(row)) {
            if (!c.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The non-blank cells of a row. */
    List<RawCell> cells(int row) {
        return sheet.row(row).stream().filter(c -> !c.text().isBlank()).toList();
    }

    /** "sheet!C7", the form kept in {@link ita.model.AgencyYear#cells()}. */
    String ref(RawCell c) {
        return sheet.name() + "!" + c.address();
    }
}
