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

    /** The most characters one cell of Excel holds; POI refuses more, Excel repairs them away. */
    public static final int MAX_TEXT = 32_767;

    private static final java.util.regex.Pattern NOT_XML =
            java.util.regex.Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");

    private Cells() {
    }

    public static Cell text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(fit(value));
        c.setCellStyle(style);
        return c;
    }

    /**
     * Replaces the text of an existing cell, keeping its style. The cell is emptied first: a cell written as an
     * inline string (as openpyxl and other programs write them) would otherwise keep its old text beside the new.
     */
    public static void replaceText(Cell c, String value) {
        c.setBlank();
        c.setCellValue(fit(value));
    }

    /** Replaces the value of an existing cell with a number, or empties it when unknown; keeps its style. */
    public static void replaceNumber(Cell c, BigDecimal value) {
        c.setBlank();
        if (value != null) {
            c.setCellValue(value.doubleValue());
        }
    }

    /**
     * At most {@link #MAX_TEXT} characters, never ending in half a character, without the control characters XML
     * cannot hold (a file name or a cell of an input may carry them); line breaks and tabs are kept.
     */
    public static String fit(String value) {
        if (value == null) {
            return "";
        }
        value = NOT_XML.matcher(value).replaceAll("");
        if (value.length() <= MAX_TEXT) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return value.substring(0, end);
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
