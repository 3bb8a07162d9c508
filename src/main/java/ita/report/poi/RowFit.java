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
 * Row heights that do not clip Thai. Spreadsheets do not grow a row for wrapped text written by a program, and a
 * row of the default height cuts off the vowels above and below the line and the tone marks. The number of lines
 * is estimated from the text length against the column width, counting only the characters that take space on the
 * line: the Thai marks written above or below a consonant (U+0E31, U+0E34–U+0E3A, U+0E47–U+0E4E) take none.
 */
public final class RowFit {

    /** Widths are in characters of the default font; a little is lost to the cell's padding. */
    private static final double PADDING_CHARS = 1.0;

    private RowFit() {
    }

    /** True for the Thai marks that sit above or below the base character and add no width. */
    public static boolean isCombiningThai(int cp) {
        return cp <= Character.MAX_VALUE && TextLines.isCombining((char) cp);
    }

    /** The characters of a text that take space on a line. */
    public static int baseLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!isCombiningThai(cp) && !Character.isISOControl(cp) && Character.getType(cp) != Character.NON_SPACING_MARK
                    && Character.getType(cp) != Character.FORMAT) {
                n++;
            }
        }
        return n;
    }

    /** Lines a wrapped text takes in a column {@code widthChars} characters wide (explicit line breaks included). */
    public static int lines(String text, double widthChars) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double usable = Math.max(1.0, widthChars - PADDING_CHARS);
        int total = 0;
        for (String part : text.split("\r?\n", -1)) {
            total += Math.max(1, (int) Math.ceil(baseLength(part) / usable));
        }
        return total;
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
            lines = Math.max(lines, lines(c.getStringCellValue(), width));
        }
        float wanted = ThaiTypography.heightFor(lines);
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
