package ita.report.poi;

import ita.report.typography.TextLines;
import ita.report.typography.ThaiTypography;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Row heights that do not clip Thai, for sheets written with POI. Spreadsheets do not grow a row for wrapped text
 * written by a program, and a row of the default height cuts off the vowels above and below the line and the tone
 * marks; the lines each wrapped cell needs come from {@link TextLines}.
 */
public final class RowFit {

    /** The tallest row Excel holds, in points. */
    public static final float MAX_HEIGHT = 409f;

    private RowFit() {
    }

    /** Grows every row from {@code firstRow} on to fit its wrapped text; never shrinks a row. */
    public static void fitSheet(Sheet sheet, int firstRow) {
        Map<String, Double> mergedWidths = mergedWidths(sheet);
        for (Row row : sheet) {
            if (row.getRowNum() >= firstRow) {
                fit(row, mergedWidths);
            }
        }
    }

    /** Grows one row to fit its wrapped text; never shrinks it. */
    public static void fitRow(Row row) {
        fit(row, mergedWidths(row.getSheet()));
    }

    private static void fit(Row row, Map<String, Double> mergedWidths) {
        Sheet sheet = row.getSheet();
        int lines = 1;
        for (Cell c : row) {
            if (c.getCellType() != CellType.STRING || !c.getCellStyle().getWrapText()) {
                continue;
            }
            String key = row.getRowNum() + ":" + c.getColumnIndex();
            Double width = mergedWidths.get(key);
            if (width == null) {
                width = sheet.getColumnWidth(c.getColumnIndex()) / 256.0;
            }
            lines = Math.max(lines, TextLines.lines(c.getStringCellValue(), width));
        }
        // Excel holds rows up to 409 points and repairs a file with a taller one; the text then scrolls in its cell
        float wanted = Math.min(ThaiTypography.heightFor(lines), MAX_HEIGHT);
        if (row.getHeightInPoints() < wanted) {
            row.setHeightInPoints(wanted);
        }
    }

    /** For the top-left cell of each one-row merged region, the width of the whole region. */
    private static Map<String, Double> mergedWidths(Sheet sheet) {
        Map<String, Double> m = new HashMap<>();
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            if (r.getFirstRow() != r.getLastRow()) {
                continue;
            }
            double w = 0;
            for (int c = r.getFirstColumn(); c <= r.getLastColumn(); c++) {
                w += sheet.getColumnWidth(c) / 256.0;
            }
            m.put(r.getFirstRow() + ":" + r.getFirstColumn(), w);
        }
        return m;
    }
}
