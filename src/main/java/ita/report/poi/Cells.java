package ita.report.poi;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writing one cell. Text, and above all text from inputs, always goes into a text cell, so a name that starts
 * with = + - @ is shown as written and never becomes a formula.
 */
public final class Cells {

    private Cells() {
    }

    public static Cell text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
        return c;
    }

    /** A number, or an empty cell with the style when unknown. */
    public static Cell number(Row row, int col, BigDecimal value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value.doubleValue());
        }
        c.setCellStyle(style);
        return c;
    }

    public static Cell number(Row row, int col, Integer value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
        }
        c.setCellStyle(style);
        return c;
    }
}
