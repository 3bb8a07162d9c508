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
            assertEquals(List.of("ที่", "ประเด็น", "ข้อ ITA", "ผลการวิเคราะห์", "มาตรการและเป้าหมาย",
                    "ขั้นตอน/วิธีการปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลา", "การกำกับติดตามและการรายงานผล"),
                    rowTexts(s, 5, 9));
        }
    }

    @Test
    void eachMeasureSpreadsOverTheRowsOfWhatItAnswersWithItsOwnCellsMerged() throws IOException {
        try (XSSFWorkbook wb = WorkbookBytes.read(written(plan, WorkbookOptions.defaults()))) {
            XSSFSheet s = wb.getSheet(MeasuresSheetWriter.SHEET);
            assertEquals(plan.measures().size(), firstRows(s).size());
            int r = firstRows(s).get(0);
            PlannedMeasure first = plan.measures().get(0);
            assertEquals("ตัวชี้วัดที่ 10 การป้องกันการทุจริต\n(ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน)", text(s, r, 1));
            assertEquals("ตัวชี้วัดที่ 10 การป้องกันการทุจริต (25.00 คะแนน)", text(s, r, 2));
            assertEquals("ข้อ O36 การประเมินความเสี่ยงการทุจริตประจำปี (0 คะแนน)", text(s, r + 1, 2));
            assertEquals(first.topic() + "\n" + first.statement(), text(s, r, 4));
            assertEquals(first.steps(), text(s, r, 5));
            int last = r + first.bases().size() - 1;
            assertTrue(s.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == r && m.getLastRow() >= last
                    && m.getFirstColumn() == 5), "the steps merged down the rows of the measure");
            for (int c = 0; c < 9; c++) {
                assertTrue(s.getRow(r).getHeightInPoints() <= 409f, "no row taller than a spreadsheet allows");
            }
        }
    }

    @Test
    void theScheduleMarksOnlyTheMonthsOfEachStep() throws IOException {
        try (XSSFWorkbook wb = WorkbookBytes.read(written(plan, WorkbookOptions.defaults()))) {
            XSSFSheet s = wb.getSheet(ScheduleSheetWriter.SHEET);
            assertEquals("ต.ค.", text(s, 5, 2));
            assertEquals("ก.ย.", text(s, 5, 13));
            assertEquals("2565", text(s, 6, 2));
            assertEquals("2566", text(s, 6, 13));
            PlannedMeasure first = plan.measures().get(0);
            assertEquals(first.topic(), text(s, 7, 1));
            assertEquals("1.1", text(s, 8, 0));
            assertTrue(text(s, 8, 1).startsWith(first.stepList().get(0).text()), text(s, 8, 1));
            // step 1 is in ต.ค. only, step 2 (O36) in ต.ค.–ธ.ค.
            assertEquals(List.of("●", "", "", "", "", "", "", "", "", "", "", ""), months(s, 8));
            assertEquals(List.of("●", "●", "●", "", "", "", "", "", "", "", "", ""), months(s, 9));
            assertEquals("C6EFCE", s.getRow(8).getCell(2).getCellStyle().getFillForegroundColorColor()
                    .getARGBHex().substring(2));
            int marked = 0;
            int cells = 0;
            for (int r = 8; r <= s.getLastRowNum(); r++) {
                if (text(s, r, 0).contains(".")) {
                    marked += (int) months(s, r).stream().filter(x -> !x.isEmpty()).count();
                    cells += 12;
                }
            }
            assertTrue(marked * 3 < cells, "the grid marks " + marked + " of " + cells + " step-months");
        }
    }

    @Test
    void responsibleUnitHasADropdownFromTheHiddenListSheetNamedForTheAgencysType() throws IOException {
        try (XSSFWorkbook wb = WorkbookBytes.read(written(plan, WorkbookOptions.defaults()))) {
            XSSFSheet s = wb.getSheet(MeasuresSheetWriter.SHEET);
            List<String> found = new ArrayList<>();
            for (DataValidation v : s.getDataValidations()) {
                found.add(v.getValidationConstraint().getFormula1() + " on "
                        + v.getRegions().getCellRangeAddresses()[0].formatAsString());
            }
            int last = s.getLastRowNum() + 1;
            int units = plan.responsibleUnits().size();
            assertEquals(List.of("'รายการ'!$A$2:$A$" + (units + 1) + " on G7:G" + last), found);
            XSSFSheet lists = wb.getSheet("รายการ");
            assertTrue(wb.isSheetHidden(wb.getSheetIndex(lists)));
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= units; r++) {
                names.add(lists.getRow(r).getCell(0).getStringCellValue());
            }
            assertTrue(names.contains("สำนักปลัด (งานนโยบายและแผน)"), names.toString());
            assertFalse(names.stream().anyMatch(n -> n.contains("เทศบาล") || n.contains("{")), names.toString());
        }
    }

    @Test
    void printsOnA4LandscapeWithTheHeaderRepeatedAndFrozen() throws IOException {
        try (XSSFWorkbook wb = WorkbookBytes.read(written(plan, WorkbookOptions.defaults()))) {
            XSSFSheet s = wb.getSheet(MeasuresSheetWriter.SHEET);
            assertTrue(s.getPrintSetup().getLandscape());
            assertEquals(1, s.getPrintSetup().getFitWidth());
            assertEquals("6:6", s.getRepeatingRows().formatAsString());
            assertEquals(6, s.getPaneInformation().getHorizontalSplitPosition());
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
            assertEquals("๑", text(s, 6, 0));
            assertEquals("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต (๒๕.๐๐ คะแนน)", text(s, 6, 2));
            assertEquals("๒๕๖๕", text(wb.getSheet(ScheduleSheetWriter.SHEET), 6, 2));
        }
    }

    @Test
    void longerTextGetsATallerRow() throws IOException {
        try (XSSFWorkbook wb = WorkbookBytes.read(written(plan, WorkbookOptions.defaults()))) {
            XSSFSheet s = wb.getSheet(MeasuresSheetWriter.SHEET);
            PlannedMeasure first = plan.measures().get(0);
            int r = firstRows(s).get(0);
            float height = 0;
            for (int i = 0; i < first.bases().size(); i++) {
                height += s.getRow(r + i).getHeightInPoints();
            }
            // the steps of the first measure need more than twenty lines of a column 25 digits wide
            assertTrue(first.steps().length() >= 600, first.steps());
            assertTrue(height >= 20 * ThaiTypography.LINE_HEIGHT_POINTS, "rows of the measure: " + height);
            assertNull(s.getRow(r).getCell(5).getCellComment());
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
            assertEquals("ผลการประเมินปีงบประมาณ พ.ศ. 2567 ไม่มีประเด็นที่ต้องกำหนดมาตรการ", text(s, 6, 0));
            assertEquals("'รายการ'!$A$2:$A$2", ListsSheet.ensure(AgencyWorkbookWriter.newWorkbook(), List.of()).units());
        }
    }

    /** The rows where a measure starts: those with its number. */
    static List<Integer> firstRows(XSSFSheet s) {
        List<Integer> out = new ArrayList<>();
        for (int r = MeasuresSheetWriter.FIRST_DATA_ROW; r <= s.getLastRowNum(); r++) {
            if (s.getRow(r) != null && s.getRow(r).getCell(0) != null
                    && s.getRow(r).getCell(0).getCellType() == CellType.NUMERIC) {
                out.add(r);
            }
        }
        return out;
    }

    private static List<String> months(XSSFSheet s, int row) {
        List<String> l = new ArrayList<>();
        for (int c = ScheduleSheetWriter.FIRST_MONTH_COL; c <= ScheduleSheetWriter.LAST_COL; c++) {
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
