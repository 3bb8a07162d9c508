package ita.report.workbook;

import static ita.report.workbook.MeasuresSheetWriterTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.measures.MeasurePlan;
import ita.measures.MeasurePlanner;
import ita.measures.PlanFixtures;
import ita.measures.PlannedMeasure;
import ita.report.Golden;
import ita.report.WorkbookBytes;
import ita.report.WorkbookDump;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ProgressReportSheetWriterTest {

    private final MeasurePlan plan = MeasurePlanner.standard().plan(PlanFixtures.tabKhlo2565());

    private byte[] written(WorkbookOptions o) throws IOException {
        return WorkbookBytes.sheets(wb -> ProgressReportSheetWriter.write(wb, plan, o));
    }

    @Test
    void matchesTheGoldenDump() throws IOException {
        Golden.assertMatches("progress-report-tabkhlo-2566.txt", WorkbookDump.of(written(WorkbookOptions.defaults())));
    }

    @Test
    void writesOneSheetPerRoundWithTheRoundsMonths() throws IOException {
        try (XSSFWorkbook wb = WorkbookBytes.read(written(WorkbookOptions.defaults()))) {
            assertEquals(List.of("รายงานผล 6 เดือน", "รายงานผล 12 เดือน", "รายการ"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            assertEquals("รอบ 6 เดือน (ตุลาคม 2565 – มีนาคม 2566)", text(wb.getSheetAt(0), 1, 0));
            assertEquals("รอบ 12 เดือน (ตุลาคม 2565 – กันยายน 2566)", text(wb.getSheetAt(1), 1, 0));
            for (XSSFSheet s : List.of(wb.getSheetAt(0), wb.getSheetAt(1))) {
                assertEquals(List.of("ที่", "ประเด็น/ข้อ ITA", "มาตรการ", "ขั้นตอน/วิธีการปฏิบัติ", "ผู้รับผิดชอบ",
                        "การกำกับติดตาม/ระยะเวลา", "ผลการดำเนินการ", "สถานะ", "วันที่ดำเนินการ", "หลักฐาน"),
                        java.util.stream.IntStream.range(0, 10).mapToObj(c -> text(s, 5, c)).toList());
                assertEquals(plan.measures().size(), firstRows(s).size());
            }
        }
    }

    @Test
    void everyMeasureNamesItsItaItemsAndMonitoringAndLeavesTheStatusToTheAgency() throws IOException {
        try (XSSFWorkbook wb = WorkbookBytes.read(written(WorkbookOptions.defaults()))) {
            XSSFSheet s = wb.getSheet(ProgressReportSheetWriter.SHEET_6);
            List<Integer> rows = firstRows(s);
            for (int i = 0; i < plan.measures().size(); i++) {
                PlannedMeasure m = plan.measures().get(i);
                int r = rows.get(i);
                assertTrue(text(s, r, 1).startsWith(m.issue().label() + "\n" + m.itaItems()), text(s, r, 1));
                assertTrue(text(s, r, 2).contains(m.statement()), text(s, r, 2));
                assertTrue(text(s, r, 5).startsWith(m.monitoring()), text(s, r, 5));
                assertEquals("", text(s, r, 6));
                assertEquals("", text(s, r, 7), "the agency chooses its status");
                assertEquals("", text(s, r, 9));
            }
            assertTrue(text(s, rows.get(0), 1).contains("ข้อ O36, O37, O38, O42 และ O43"), text(s, rows.get(0), 1));
            DataValidation v = s.getDataValidations().get(0);
            assertEquals("'รายการ'!$C$2:$C$4", v.getValidationConstraint().getFormula1());
            assertEquals(DataValidation.ErrorStyle.STOP, v.getErrorStyle());
        }
    }

    @Test
    void theFormEndsWithTheSignaturesOfWhoReportsAndWhoChecks() throws IOException {
        String all = WorkbookDump.of(written(WorkbookOptions.defaults()));
        assertTrue(all.contains("ผู้รายงาน") && all.contains("ผู้ตรวจสอบ") && all.contains("ตำแหน่ง "), all);
    }

    /** The rows where a measure starts: those with its number. */
    static List<Integer> firstRows(XSSFSheet s) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int r = ProgressReportSheetWriter.FIRST_DATA_ROW; r <= s.getLastRowNum(); r++) {
            if (s.getRow(r) != null && s.getRow(r).getCell(0) != null
                    && s.getRow(r).getCell(0).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void dateCellsShowBuddhistEraDates() throws IOException {
        try (XSSFWorkbook wb = WorkbookBytes.read(written(WorkbookOptions.defaults()))) {
            assertEquals(FormStyles.DATE_FORMAT,
                    wb.getSheetAt(0).getRow(6).getCell(8).getCellStyle().getDataFormatString());
        }
        try (XSSFWorkbook wb = WorkbookBytes.read(written(WorkbookOptions.defaults().withThaiDigits(true)))) {
            assertEquals(FormStyles.DATE_FORMAT_THAI_DIGITS,
                    wb.getSheetAt(1).getRow(6).getCell(8).getCellStyle().getDataFormatString());
            assertEquals("๑", text(wb.getSheetAt(1), 6, 0));
        }
    }

    @Test
    void theSixMonthFormNotesMeasuresThatStartLater() throws IOException {
        MeasurePlan later = MeasurePlanner.standard().plan(new ita.measures.PlanRequest("เทศบาลตำบลตัวอย่าง", "", "",
                2567, List.of(), List.of(), List.of(new ita.model.QuestionScore("e9", "", new java.math.BigDecimal("40")))));
        // the steps of e9 start in ต.ค.; a user catalog could make them start later, so build one that does
        PlannedMeasure m = later.measures().get(0);
        PlannedMeasure april = new PlannedMeasure(m.issue(), m.urgency(), m.tool(), m.catalogKey(), m.topic(),
                m.measure(), m.target(), List.of(new ita.measures.PlannedStep("เปิดบริการออนไลน์", 6, 11, 2568)),
                m.responsible(), m.monitoring(), ita.measures.ReportingRound.TWELVE_MONTHS, m.bases());
        MeasurePlan p = new MeasurePlan(later.agencyName(), "", "", 2567, 2568, List.of(april), later.responsibleUnits(),
                List.of());
        byte[] bytes = WorkbookBytes.sheets(wb -> ProgressReportSheetWriter.write(wb, p, WorkbookOptions.defaults()));
        try (XSSFWorkbook wb = WorkbookBytes.read(bytes)) {
            assertTrue(text(wb.getSheetAt(0), 6, 5).endsWith("เริ่มดำเนินการ เม.ย. 2568 จึงรายงานผลในรอบ 12 เดือน"));
            assertTrue(!text(wb.getSheetAt(1), 6, 5).contains("เริ่มดำเนินการ"));
            assertTrue(text(wb.getSheetAt(0), 3, 0).isEmpty(), "no district or province line text");
        }
    }

    @Test
    void sharesTheListSheetWithTheMeasuresSheet() throws IOException {
        byte[] bytes = WorkbookBytes.sheets(wb -> {
            MeasuresSheetWriter.write(wb, plan, WorkbookOptions.defaults());
            ProgressReportSheetWriter.write(wb, plan, WorkbookOptions.defaults());
        });
        try (XSSFWorkbook wb = WorkbookBytes.read(bytes)) {
            assertEquals(List.of("มาตรการ", "ปฏิทินการดำเนินงาน", "รายงานผล 6 เดือน", "รายงานผล 12 เดือน", "รายการ"),
                    java.util.stream.IntStream.range(0, 5).mapToObj(wb::getSheetName).toList());
            assertEquals(0, wb.getActiveSheetIndex());
        }
    }
}
