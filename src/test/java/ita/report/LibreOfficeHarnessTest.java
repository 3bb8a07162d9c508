package ita.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.report.workbook.ThaiSheetStyle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: LibreOffice recalculates what we wrote, and shows our Thai date formats as meant. */
class LibreOfficeHarnessTest {

    @TempDir
    Path dir;

    @Test
    void recalculatesFormulasWhoseCachedValuesAreWrong() throws IOException {
        LibreOfficeHarness lo = LibreOfficeHarness.require();
        Path in = dir.resolve("formula.xlsx");
        Files.write(in, WorkbookBytes.write(wb -> {
            Row r = wb.createSheet("s").createRow(0);
            r.createCell(0).setCellValue(2);
            r.createCell(1).setCellValue(3);
            // POI stores no computed value: only a recalculating reader can know it is 5
            r.createCell(2).setCellFormula("A1+B1");
        }));
        Path out = lo.toXlsx(in, dir.resolve("out"));
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals(5.0, wb.getSheetAt(0).getRow(0).getCell(2).getNumericCellValue(), 1e-9);
            assertEquals("A1+B1", wb.getSheetAt(0).getRow(0).getCell(2).getCellFormula());
        }
    }

    @Test
    void showsBuddhistEraDatesWithThaiMonthsAndThaiDigits() throws IOException {
        LibreOfficeHarness lo = LibreOfficeHarness.require();
        Path in = dir.resolve("dates.xlsx");
        Files.write(in, WorkbookBytes.write(wb -> {
            ThaiSheetStyle style = new ThaiSheetStyle(wb);
            XSSFSheet s = wb.createSheet("d");
            Row r = s.createRow(0);
            r.createCell(0).setCellValue(LocalDate.of(2023, 1, 5));
            r.getCell(0).setCellStyle(style.date(false));
            r.createCell(1).setCellValue(LocalDate.of(2023, 1, 5));
            r.getCell(1).setCellStyle(style.date(true));
            s.setColumnWidth(0, 20 * 256);
            s.setColumnWidth(1, 20 * 256);
        }));
        String csv = Files.readString(lo.toCsv(in, 1, dir.resolve("out")), StandardCharsets.UTF_8).strip();
        assertEquals("5 ม.ค. 2566,๕ ม.ค. ๒๕๖๖", csv);
    }

    @Test
    void printsAWorkbookToPdf() throws IOException {
        LibreOfficeHarness lo = LibreOfficeHarness.require();
        Path in = dir.resolve("p.xlsx");
        Files.write(in, WorkbookBytes.write(wb -> wb.createSheet("s").createRow(0).createCell(0).setCellValue("ทดสอบ")));
        Path pdf = lo.toPdf(in, dir.resolve("out"));
        byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(pdf), 5);
        assertEquals("%PDF-", new String(head, StandardCharsets.US_ASCII));
        assertTrue(Files.size(pdf) > 1000);
    }
}
