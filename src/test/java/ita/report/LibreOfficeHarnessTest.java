package ita.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness itself: LibreOffice recalculates what we wrote and prints it. */
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
