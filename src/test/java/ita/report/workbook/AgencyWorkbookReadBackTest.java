package ita.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.analysis.AgencyAnalysis;
import ita.measures.MeasurePlan;
import ita.measures.MeasurePlanner;
import ita.report.typography.ThaiTypography;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Whole agency workbooks, measures and progress sheets included, as POI reads them back. */
class AgencyWorkbookReadBackTest {

    private final AgencyWorkbookWriter writer = new AgencyWorkbookWriter();

    private static final List<String> ORDER = List.of("สรุปผล", "เปรียบเทียบรายปี", "จุดแข็งจุดอ่อน", "รายข้อ", "มาตรการ",
            "ปฏิทินการดำเนินงาน", "รายงานผล 6 เดือน", "รายงานผล 12 เดือน", "รายการ");

    @Test
    void everyGeneratedAgencysWorkbookReadsBackWhole() throws IOException {
        List<WorkbookWriteSpeed.Job> jobs = WorkbookWriteSpeed.jobs(12);
        assertTrue(jobs.size() >= 10, "agencies: " + jobs.size());
        for (WorkbookWriteSpeed.Job j : jobs) {
            check(j.analysis().agency().name(), WorkbookWriteSpeed.write(writer, j, WorkbookOptions.defaults()),
                    j.analysis().years().size() > 1 ? 2 : 1);
        }
    }

    @Test
    void seedWorkbooksWithMeasuresReadBackWhole() throws IOException {
        for (AgencyAnalysis a : List.of(AgencyFixtures.thapKhlo(), AgencyFixtures.naSai())) {
            MeasurePlan plan = MeasurePlanner.standard().plan(PlanRequests.of(a, WorkbookOptions.defaults().yearOf(a)));
            // lines over the years and the year's bars; of one year, the bars alone
            check(a.agency().name(), WorkbookWriteSpeed.write(writer, new WorkbookWriteSpeed.Job(a, plan),
                    WorkbookOptions.defaults()), a.years().size() > 1 ? 2 : 1);
        }
    }

    private static void check(String agency, byte[] xlsx, int yearCharts) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(ORDER, names, agency);
            for (int i = 0; i < ORDER.size() - 1; i++) {
                XSSFSheet s = wb.getSheetAt(i);
                String where = agency + ", " + s.getSheetName();
                assertFalse(wb.isSheetHidden(i), where);
                if (s.getRepeatingRows() == null) {
                    // a year comparison whose table prints on one page has its charts on pages of their own,
                    // where a repeated header would stand above a chart alone
                    assertEquals("เปรียบเทียบรายปี", s.getSheetName(), where + ": print titles");
                    assertTrue(s.getCTWorksheet().isSetRowBreaks(), where + ": charts on pages of their own");
                }
                assertTrue(s.getFitToPage(), where);
                assertEquals(1, s.getPrintSetup().getFitWidth(), where);
                assertEquals(0, s.getPrintSetup().getFitHeight(), where);
                assertEquals(9, s.getPrintSetup().getPaperSize(), where + ": A4");
                assertTrue(s.getPaneInformation() != null && s.getPaneInformation().isFreezePane(), where);
                assertFalse(s.getMergedRegions().isEmpty(), where + ": merged titles");
                assertEquals("TH Sarabun New", s.getRow(0).getCell(0).getCellStyle().getFont().getFontName(), where);
                assertTrue(s.getRow(0).getCell(0).getCellStyle().getFont().getBold(), where);
                rowsAreNotTooLow(s, where);
            }
            assertTrue(wb.isSheetHidden(wb.getSheetIndex("รายการ")), agency + ": the list sheet is hidden");
            XSSFSheet years = wb.getSheet("เปรียบเทียบรายปี");
            assertEquals(yearCharts, years.getDrawingPatriarch().getCharts().size(), agency);
            assertEquals(1, wb.getSheet("มาตรการ").getDataValidations().size(), agency + ": the responsible unit");
            assertEquals(1, wb.getSheet("รายงานผล 6 เดือน").getDataValidations().size(), agency);
            for (int i = 0; i < wb.getNumberOfFonts(); i++) {
                assertEquals("TH Sarabun New", wb.getFontAt(i).getFontName(), agency + ": font " + i);
            }
            formulasHaveNumbers(wb, agency);
        }
    }

    private static void rowsAreNotTooLow(Sheet s, String where) {
        for (Row r : s) {
            assertTrue(r.getHeightInPoints() >= ThaiTypography.heightFor(1), where + " row " + (r.getRowNum() + 1));
        }
    }

    /** Every formula carries a value, and POI computes the same one from the cells. */
    private static void formulasHaveNumbers(XSSFWorkbook wb, String agency) {
        var evaluator = wb.getCreationHelper().createFormulaEvaluator();
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    if (c.getCellType() == CellType.FORMULA) {
                        String where = agency + ", " + s.getSheetName() + "!" + c.getAddress();
                        assertEquals(CellType.NUMERIC, c.getCachedFormulaResultType(), where);
                        double ours = c.getNumericCellValue();
                        double poi = evaluator.evaluate(c).getNumberValue();
                        assertEquals(BigDecimal.valueOf(poi).doubleValue(), ours, 1e-9, where);
                    }
                }
            }
        }
    }
}
