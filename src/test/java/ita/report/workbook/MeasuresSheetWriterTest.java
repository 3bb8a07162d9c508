package ita.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.measures.MeasurePlan;
import ita.measures.MeasurePlanner;
import ita.measures.PlanFixtures;
import ita.measures.PlanRequest;
import ita.measures.PlannedMeasure;
import ita.report.Golden;
import ita.report.WorkbookBytes;
import ita.report.WorkbookDump;
import ita.report.typography.ThaiTypography;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class MeasuresSheetWriterTest {

    private final MeasurePlan plan = MeasurePlanner.standard().plan(PlanFixtures.tabKhlo2565());

    private byte[] written(MeasurePlan p, WorkbookOptions o) throws IOException {
        return WorkbookBytes.sheets(wb -> MeasuresSheetWriter.write(wb, p, o));
    }

    @Test
    void matchesTheGoldenDump() throws IOException {
        Golden.assertMatches("measures-sheet-tabkhlo-2566.txt", WorkbookDump.of(written(plan, WorkbookOptions.defaults())));
    }

    @Test
    void titleNamesTheFiscalYearAndTheAgency() throws IOException {
        try (XSSFWorkbook wb = WorkbookBytes.read(written(plan, WorkbookOptions.defaults()))) {
            XSSFSheet s = wb.getSheet(MeasuresSheetWriter.SHEET);
            assertEquals("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2566", text(s, 0, 0));
            assertEquals("องค์การบริหารส่วนตำบลทับคล้อ", text(s, 1, 0));
            assertEquals("อำเภอทับคล้อ จังหวัดพิจิตร", text(s, 2, 0));
            assertEquals(List.of("ที่", "ประเด็น", "ข้อคำถาม/ข้อ ITA", "ผลการวิเคราะห์", "มาตรการ",
                    "ขั้นตอน/วิธีการปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "การกำกับติดตาม", "รอบการรายงาน",
                    "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."),
                    rowTexts(s, 5, 22));
            assertEquals("2565", text(s, 6, 10));
            assertEquals("2565", text(s, 6, 12));
            assertEquals("2566", text(s, 6, 13));
            assertEquals("2566", text(s, 6, 21));
        }
    }

    @Test
    void everyDataRowIsFilledAndItemsSpreadOverMergedRows() throws IOException {
        try (XSSFWorkbook wb = WorkbookBytes.read(written(plan, WorkbookOptions.defaults()))) {
            XSSFSheet s = wb.getSheet(MeasuresSheetWriter.SHEET);
            int rows = plan.measures().stream().mapToInt(m -> m.bases().size()).sum();
            assertEquals(7 + rows - 1, s.getLastRowNum());
            for (int r = 7; r <= s.getLastRowNum(); r++) {
                assertFalse(text(s, r, 2).isBlank(), "reference in row " + (r + 1));
                assertFalse(text(s, r, 3).isBlank(), "analysis in row " + (r + 1));
            }
            // sub-indicator 10.1 has three failed items: its measure spans rows 9–11 with the steps merged
            assertEquals("ข้อ O36 การประเมินความเสี่ยงการทุจริตประจำปี (0 คะแนน)", text(s, 8, 2));
            assertEquals("ข้อ O38 การเสริมสร้างวัฒนธรรมองค์กร (0 คะแนน)", text(s, 10, 2));
            assertTrue(s.getMergedRegions().contains(CellRangeAddress.valueOf("F9:F11")));
            assertTrue(s.getRow(8).getHeightInPoints() >= ThaiTypography.heightFor(1));
        }
    }

    @Test
    void monthGridMarksOnlyTheMonthsOfEachMeasure() throws IOException {
        try (XSSFWorkbook wb = WorkbookBytes.read(written(plan, WorkbookOptions.defaults()))) {
            XSSFSheet s = wb.getSheet(MeasuresSheetWriter.SHEET);
            int row = firstRowOf(s, "item:o42@2562-2566");
            assertEquals(List.of("●", "●", "●", "", "", "", "", "", "", "", "", ""), months(s, row));
            assertEquals("ต.ค. 2565 – ธ.ค. 2565", text(s, row, 7));
            assertEquals("รอบ 6 เดือน", text(s, row, 9));
            int o43 = firstRowOf(s, "item:o43@2562-2566");
            assertEquals(List.of("", "", "", "●", "●", "●", "●", "●", "●", "●", "●", "●"), months(s, o43));
            assertEquals("C6EFCE", s.getRow(row).getCell(10).getCellStyle().getFillForegroundColorColor()
                    .getARGBHex().substring(2));
        }
    }

    @Test
    void responsibleUnitAndRoundHaveDropdownsFromTheHiddenListSheet() throws IOException {
        try (XSSFWorkbook wb = WorkbookBytes.read(written(plan, WorkbookOptions.defaults()))) {
            XSSFSheet s = wb.getSheet(MeasuresSheetWriter.SHEET);
            List<String> found = new ArrayList<>();
            for (DataValidation v : s.getDataValidations()) {
                found.add(v.getValidationConstraint().getFormula1() + " on "
                        + v.getRegions().getCellRangeAddresses()[0].formatAsString());
            }
            int last = s.getLastRowNum() + 1;
            int units = plan.responsibleUnits().size();
            assertTrue(found.contains("'รายการ'!$A$2:$A$" + (units + 1) + " on G8:G" + last), found.toString());
            assertTrue(found.contains("'รายการ'!$B$2:$B$6 on J8:J" + last), found.toString());
            XSSFSheet lists = wb.getSheet("รายการ");
            assertTrue(wb.isSheetHidden(wb.getSheetIndex(lists)));
            assertEquals("สำนักปลัด", lists.getRow(1).getCell(0).getStringCellValue());
            assertEquals("รอบ 6 และ 12 เดือน", lists.getRow(3).getCell(1).getStringCellValue());
        }
    }

    @Test
    void printsOnA4LandscapeWithTheHeaderRepeatedAndFrozen() throws IOException {
        try (XSSFWorkbook wb = WorkbookBytes.read(written(plan, WorkbookOptions.defaults()))) {
            XSSFSheet s = wb.getSheet(MeasuresSheetWriter.SHEET);
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertEquals("6:7", s.getRepeatingRows().formatAsString());
            assertEquals(7, s.getPaneInformation().getHorizontalSplitPosition());
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws IOException {
        PlanRequest r = PlanFixtures.tabKhlo2565();
        PlanRequest evil = new PlanRequest("=HYPERLINK(\"http://x\",\"คลิก\")", "+อำเภอ", "@จังหวัด", 2565,
                r.weakIndicators(), List.of(new PlanRequest.FailedItem("o2", "", "", java.math.BigDecimal.ZERO,
                        "-1+2")), List.of());
        try (XSSFWorkbook wb = WorkbookBytes.read(written(MeasurePlanner.standard().plan(evil), WorkbookOptions.defaults()))) {
            XSSFSheet s = wb.getSheet(MeasuresSheetWriter.SHEET);
            assertEquals(CellType.STRING, s.getRow(1).getCell(0).getCellType());
            assertEquals("=HYPERLINK(\"http://x\",\"คลิก\")", text(s, 1, 0));
            for (int r2 = 0; r2 <= s.getLastRowNum(); r2++) {
                XSSFRow row = s.getRow(r2);
                if (row == null) {
                    continue;
                }
                row.forEach(c -> assertTrue(c.getCellType() != CellType.FORMULA, c.getAddress().formatAsString()));
            }
        }
    }

    @Test
    void thaiDigitsOptionWritesNumbersInTextWithThaiDigits() throws IOException {
        try (XSSFWorkbook wb = WorkbookBytes.read(written(plan, WorkbookOptions.defaults().withThaiDigits(true)))) {
            XSSFSheet s = wb.getSheet(MeasuresSheetWriter.SHEET);
            assertTrue(text(s, 0, 0).endsWith("พ.ศ. ๒๕๖๖"), text(s, 0, 0));
            assertEquals("๒๕๖๕", text(s, 6, 10));
            assertEquals("๑", text(s, 7, 0));
            assertEquals("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (๒๕.๐๐ คะแนน)", text(s, 7, 2));
        }
    }

    @Test
    void longerTextGetsATallerRow() throws IOException {
        try (XSSFWorkbook wb = WorkbookBytes.read(written(plan, WorkbookOptions.defaults()))) {
            XSSFSheet s = wb.getSheet(MeasuresSheetWriter.SHEET);
            PlannedMeasure first = plan.measures().get(0);
            // about 170 Thai letters a little over one digit wide each need at least three lines of 55
            assertTrue(first.steps().length() >= 170, first.steps());
            assertTrue(s.getRow(7).getHeightInPoints() >= 3 * ThaiTypography.LINE_HEIGHT_POINTS,
                    "row height " + s.getRow(7).getHeightInPoints());
            assertNull(s.getRow(7).getCell(10).getCellComment());
        }
    }

    @Test
    void aPlanWithoutMeasuresStillGivesTitleAndHeader() throws IOException {
        MeasurePlan empty = new MeasurePlan("เทศบาลตำบลตัวอย่าง", "", "", 2567, 2568, List.of(), List.of(), List.of());
        byte[] bytes = WorkbookBytes.sheets(wb -> {
            MeasuresSheetWriter.write(wb, empty, WorkbookOptions.defaults());
            ProgressReportSheetWriter.write(wb, empty, WorkbookOptions.defaults());
        });
        try (XSSFWorkbook wb = WorkbookBytes.read(bytes)) {
            XSSFSheet s = wb.getSheet(MeasuresSheetWriter.SHEET);
            assertEquals("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568", text(s, 0, 0));
            assertEquals(6, s.getLastRowNum());
            assertEquals(0, s.getDataValidations().size());
            assertEquals("'รายการ'!$A$2:$A$2", ListsSheet.ensure(AgencyWorkbookWriter.newWorkbook(), List.of()).units());
        }
    }

    private static int firstRowOf(XSSFSheet s, String key) {
        MeasurePlan p = MeasurePlanner.standard().plan(PlanFixtures.tabKhlo2565());
        int r = 7;
        for (PlannedMeasure m : p.measures()) {
            if (m.catalogKey().equals(key)) {
                return r;
            }
            r += m.bases().size();
        }
        throw new AssertionError("no measure " + key);
    }

    private static List<String> months(XSSFSheet s, int row) {
        List<String> l = new ArrayList<>();
        for (int c = 10; c < 22; c++) {
            l.add(text(s, row, c));
        }
        return l;
    }

    private static List<String> rowTexts(XSSFSheet s, int row, int n) {
        List<String> l = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            l.add(text(s, row, c));
        }
        return l;
    }

    static String text(XSSFSheet s, int row, int col) {
        XSSFRow r = s.getRow(row);
        if (r == null || r.getCell(col) == null) {
            return "";
        }
        return r.getCell(col).getCellType() == CellType.NUMERIC
                ? org.apache.poi.ss.util.NumberToTextConverter.toText(r.getCell(col).getNumericCellValue())
                : r.getCell(col).getStringCellValue();
    }
}
