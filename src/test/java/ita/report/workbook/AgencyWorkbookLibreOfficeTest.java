package ita.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.analysis.AgencyAnalysis;
import ita.report.LibreOfficeHarness;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbook as LibreOffice opens it: the same formula values when recalculated, and printable. */
class AgencyWorkbookLibreOfficeTest {

    private static final WorkbookOptions OPTIONS = WorkbookOptions.defaults().preparedOn(LocalDate.of(2025, 11, 21));

    @Test
    void recalculatedFormulasEqualOursAndThePdfIsWritten(@TempDir Path dir) throws Exception {
        LibreOfficeHarness lo = LibreOfficeHarness.require();
        AgencyWorkbookWriter writer = new AgencyWorkbookWriter();
        for (AgencyAnalysis a : List.of(AgencyFixtures.thapKhlo(), AgencyFixtures.naSai())) {
            Path ours = writer.write(dir.resolve("in").resolve(a.agency().coreName() + ".xlsx"), a, OPTIONS, List.of());
            Path theirs = lo.toXlsx(ours, dir.resolve("recalculated"));
            int compared = compareFormulaValues(ours, theirs);
            // the weighted table's live formulas: tool scores and weights, weighted scores and the total
            assertTrue(compared >= 8, "formulas compared: " + compared);

            Path pdf = lo.toPdf(ours, dir.resolve("pdf"));
            byte[] bytes = Files.readAllBytes(pdf);
            assertTrue(bytes.length > 10_000, "a PDF of several pages: " + bytes.length);
            assertEquals("%PDF", new String(bytes, 0, 4, StandardCharsets.US_ASCII));
        }
    }

    /** Every formula cell of ours against the value LibreOffice computed for the same cell; returns the count. */
    private static int compareFormulaValues(Path ours, Path theirs) throws IOException {
        int n = 0;
        try (InputStream a = Files.newInputStream(ours); InputStream b = Files.newInputStream(theirs);
             XSSFWorkbook mine = new XSSFWorkbook(a); XSSFWorkbook lo = new XSSFWorkbook(b)) {
            for (Sheet s : mine) {
                Sheet other = lo.getSheet(s.getSheetName());
                assertNotNull(other, s.getSheetName());
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        Cell o = other.getRow(r.getRowNum()).getCell(c.getColumnIndex());
                        String where = s.getSheetName() + "!" + c.getAddress();
                        assertEquals(CellType.NUMERIC, c.getCachedFormulaResultType(), where);
                        assertEquals(c.getNumericCellValue(), o.getNumericCellValue(), 1e-9, where);
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
