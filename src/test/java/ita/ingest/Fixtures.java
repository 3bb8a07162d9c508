package ita.ingest;

import ita.model.CellRange;
import ita.model.CellRefs;
import ita.model.RawCell;
import ita.model.RawSheet;
import ita.model.RawWorkbook;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** Finds the format fixtures and dumps what a reader made of them, one line per cell or merged range. */
final class Fixtures {

    private Fixtures() {
    }

    static Path path(String name) {
        URL url = Fixtures.class.getResource("/ingest/formats/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path folder() {
        return path("README.md").getParent();
    }

    /** "sheet NAME", then "A1 TEXT value" per cell in row order, then "merged A1:D1" per range. */
    static String dump(RawWorkbook workbook) {
        return workbook.sheets().stream().map(Fixtures::dump).collect(Collectors.joining());
    }

    static String dump(RawSheet sheet) {
        StringBuilder sb = new StringBuilder("sheet ").append(sheet.name()).append('\n');
        for (int r : sheet.rowIndexes()) {
            for (RawCell c : sheet.row(r)) {
                sb.append(c.address()).append(' ').append(c.kind()).append(' ')
                        .append(c.text().replace("\n", "\\n").replace("\r", "\\r")).append('\n');
            }
        }
        for (CellRange m : sheet.merged()) {
            sb.append("merged ").append(CellRefs.address(m.firstRow(), m.firstCol())).append(':')
                    .append(CellRefs.address(m.lastRow(), m.lastCol())).append('\n');
        }
        return sb.toString();
    }

    /** The one line a user would see for a failure. */
    static String line(InputException e) {
        return e.toFinding().toLine();
    }
}
