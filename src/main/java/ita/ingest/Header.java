package ita.ingest;

import ita.model.CellRange;
import ita.model.RawCell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A header row (or two rows, when a merged group header stands above sub-headers) and the role of each
 * column it names. A merged header cell names every column it covers as one column; a value below it is
 * the first non-empty cell of those columns. When two columns name the same role the first is used.
 *
 * @param <T> the roles: {@link ColumnField} for lists, {@link DetailColumn} for an agency's tables
 */
final class Header<T> {

    /** One column: its role, the columns it covers and the header cell that named it. */
    record Column<T>(T role, int firstCol, int lastCol, RawCell label, String text) {
    }

    /** A second column naming a role already taken. */
    record Duplicate<T>(Column<T> first, Column<T> second) {
    }

    private final int firstRow;
    private final int lastRow;
    private final Map<T, Column<T>> columns;
    private final List<Duplicate<T>> duplicates;

    private Header(int firstRow, int lastRow, Map<T, Column<T>> columns, List<Duplicate<T>> duplicates) {
        this.firstRow = firstRow;
        this.lastRow = lastRow;
        this.columns = columns;
        this.duplicates = duplicates;
    }

    int firstRow() {
        return firstRow;
    }

    /** The last row of the header: the sub-header row of a two-row header, else the header row. */
    int lastRow() {
        return lastRow;
    }

    boolean has(T role) {
        return columns.containsKey(role);
    }

    Column<T> column(T role) {
        return columns.get(role);
    }

    Map<T, Column<T>> columns() {
        return columns;
    }

    List<Duplicate<T>> duplicates() {
        return duplicates;
    }

    /** The cell under a column in a data row, following a merged range only down its own columns. */
    static RawCell value(SheetGrid g, Column<?> col, int row) {
        for (int c = col.firstCol(); c <= col.lastCol(); c++) {
            RawCell cell = g.cell(row, c);
            if (cell != null && !cell.text().isBlank()) {
                return cell;
            }
        }
        CellRange m = g.mergeAt(row, col.firstCol());
        if (m != null && m.firstRow() < row && m.firstCol() >= col.firstCol() && m.lastCol() <= col.lastCol()) {
            return g.mergedCell(row, col.firstCol());
        }
        return null;
    }

    static String valueText(SheetGrid g, Column<?> col, int row) {
        RawCell c = col == null ? null : value(g, col, row);
        return c == null ? "" : c.text().strip();
    }

    /** Reads row {@code row} as a header, with the row below when it holds sub-headers of merged groups. */
    static <T> Header<T> read(SheetGrid g, int row, Function<String, Optional<T>> match) {
        List<Span> spans = spans(g, row);
        boolean twoRows = hasSubHeaders(g, row, spans);
        Map<T, Column<T>> cols = new LinkedHashMap<>();
        List<Duplicate<T>> dups = new ArrayList<>();
        for (Span s : spans) {
            if (!twoRows || s.first() == s.last()) {
                add(cols, dups, match.apply(s.text()), s.first(), s.last(), s.label(), s.text());
                continue;
            }
            int covered = -1;
            for (RawCell sub : g.cells(row + 1)) {
                int c = sub.col();
                if (c < s.first() || c > s.last() || c <= covered) {
                    continue;
                }
                int last = c;
                CellRange m = g.mergeAt(row + 1, c);
                if (m != null && m.firstRow() == row + 1 && m.firstCol() == c) {
                    last = Math.min(m.lastCol(), s.last());
                }
                Optional<T> role = match.apply(s.text() + " " + sub.text());
                if (role.isEmpty()) {
                    role = match.apply(sub.text());
                }
                add(cols, dups, role, c, last, sub, sub.text());
                covered = last;
            }
        }
        return new Header<>(row, twoRows ? row + 1 : row, cols, dups);
    }

    private static <T> void add(Map<T, Column<T>> cols, List<Duplicate<T>> dups, Optional<T> role, int first,
                                   int last, RawCell label, String text) {
        if (role.isEmpty()) {
            return;
        }
        Column<T> col = new Column<>(role.get(), first, last, label, text.strip());
        Column<T> before = cols.putIfAbsent(role.get(), col);
        if (before != null) {
            dups.add(new Duplicate<>(before, col));
        }
    }

    private record Span(int first, int last, RawCell label, String text) {
    }

    private static List<Span> spans(SheetGrid g, int row) {
        List<Span> spans = new ArrayList<>();
        int covered = -1;
        for (int c : g.usedColumns(row)) {
            if (c <= covered) {
                continue;
            }
            CellRange m = g.mergeAt(row, c);
            RawCell label = g.mergedCell(row, c);
            int last = m != null && m.lastCol() > m.firstCol() ? m.lastCol() : c;
            if (label != null) {
                spans.add(new Span(c, last, label, label.text()));
            }
            covered = last;
        }
        return spans;
    }

    /**
     * True when the row below holds sub-headers: some merged group spans several columns and has text
     * under it, beside other headers, while single-column headers have nothing of their own below them.
     */
    private static boolean hasSubHeaders(SheetGrid g, int row, List<Span> spans) {
        if (spans.size() < 2) {
            // a lone merged cell over the columns is a title, not a group header
            return false;
        }
        boolean groupWithSubs = false;
        for (RawCell below : g.cells(row + 1)) {
            Span over = null;
            for (Span s : spans) {
                if (below.col() >= s.first() && below.col() <= s.last()) {
                    over = s;
                }
            }
            if (over == null || over.first() == over.last()) {
                return false;
            }
            groupWithSubs = true;
        }
        return groupWithSubs;
    }
}
