package ita.ingest;

import ita.model.InputFormat;
import ita.model.RawCell;
import ita.model.RawSheet;
import ita.model.RawWorkbook;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Builds raw sheets for tests from text: one line per row, cells separated by tabs or by "|".
 * A cell holding a plain number becomes a NUMBER cell and "#DIV/0!", "#REF!" become formula errors,
 * as a workbook reader would give them.
 */
final class Grids {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern FORMULA_ERROR = Pattern.compile("#(DIV/0!|REF!|VALUE!|N/A|NAME\\?|NUM!|NULL!)");

    private Grids() {
    }

    /** A sheet whose first line is row 1 (index 0). */
    static RawSheet sheet(String name, String rows) {
        return sheetAt(name, 0, rows);
    }

    /** A sheet whose first line is written at the zero-based row {@code firstRow}. */
    static RawSheet sheetAt(String name, int firstRow, String rows) {
        RawSheet s = new RawSheet(name);
        String[] lines = rows.split("\n", -1);
        for (int r = 0; r < lines.length; r++) {
            String[] cells = lines[r].contains("\t") ? lines[r].split("\t", -1) : lines[r].split("\\s*\\|\\s*", -1);
            for (int c = 0; c < cells.length; c++) {
                String t = cells[c].strip();
                if (!t.isEmpty()) {
                    s.put(cell(firstRow + r, c, t));
                }
            }
        }
        return s;
    }

    static RawCell cell(int row, int col, String text) {
        RawCell.Kind kind = FORMULA_ERROR.matcher(text).matches() ? RawCell.Kind.FORMULA_ERROR
                : NUMBER.matcher(text).matches() ? RawCell.Kind.NUMBER : RawCell.Kind.TEXT;
        return new RawCell(row, col, text, kind);
    }

    static RawWorkbook book(String file, RawSheet... sheets) {
        return new RawWorkbook(file, InputFormat.XLSX, List.of(sheets));
    }

    static Recognition recognize(String file, RawSheet... sheets) {
        return new LayoutRecognizer().recognize(book(file, sheets), ReadContext.of(file));
    }

    static Recognition recognize(ReadContext ctx, RawSheet... sheets) {
        return new LayoutRecognizer().recognize(book(ctx.displayName(), sheets), ctx);
    }

    static List<String> lines(Recognition r) {
        return r.findings().stream().map(f -> f.toLine()).toList();
    }
}
