package ita.sample;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads generated workbooks back with POI: xlsx with XSSFWorkbook, xls with HSSFWorkbook. */
final class Workbooks {

    private Workbooks() {
    }

    static Workbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return file.toString().endsWith(".xlsx") ? new XSSFWorkbook(in) : new HSSFWorkbook(in);
        }
    }

    /** The text of a cell: strings as they are, numbers as their shortest decimal (81.5, 100). */
    static String text(Cell c) {
        if (c == null) {
            return "";
        }
        return c.getCellType() == CellType.NUMERIC
                ? BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString()
                : c.getStringCellValue();
    }

    static BigDecimal number(Cell c) {
        return BigDecimal.valueOf(c.getNumericCellValue());
    }

    /** The first cell in column A whose text is {@code label}. */
    static Optional<Row> rowLabelled(Sheet s, String label) {
        for (Row r : s) {
            if (label.equals(text(r.getCell(0)))) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** The cell right of the label in column A. */
    static Cell valueOf(Sheet s, String label) {
        return rowLabelled(s, label).orElseThrow(() -> new AssertionError("no label " + label + " in " + s.getSheetName()))
                .getCell(1);
    }

    /** The row whose column B holds {@code code} (a question or item code) below the row labelled {@code header}. */
    static Row rowWithCode(Sheet s, String code) {
        for (Row r : s) {
            if (code.equals(text(r.getCell(1)))) {
                return r;
            }
        }
        throw new AssertionError("no row with code " + code + " in " + s.getSheetName());
    }
}
