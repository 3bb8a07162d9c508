package ita.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.analysis.AgencyAnalysis;
import ita.model.Agency;
import ita.model.AgencyType;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.report.typography.ThaiTypography;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;

class AgencyWorkbookWriterTest {

    private static final WorkbookOptions OPTIONS = WorkbookOptions.defaults().preparedOn(LocalDate.of(2025, 11, 21));
    private final AgencyWorkbookWriter writer = new AgencyWorkbookWriter();

    private XSSFWorkbook read(AgencyAnalysis a, WorkbookOptions o) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(writer.toBytes(a, o, List.of())));
    }

    /** The workbook with its staff sheet, as a run writes it. */
    private XSSFWorkbook withStaffSheet(AgencyAnalysis a, WorkbookOptions o) throws IOException {
        ita.measures.MeasurePlan plan = ita.measures.MeasurePlanner.standard().plan(PlanRequests.of(a, o.yearOf(a)));
        return new XSSFWorkbook(new ByteArrayInputStream(writer.toBytes(a, o, List.of(
                (wb, an, ya, op) -> StaffNotesSheetWriter.write(wb, an, ya, plan, op)))));
    }

    /** The first cell of column A whose text equals the label, or empty. */
    private static Optional<Row> rowLabelled(XSSFSheet s, String label) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static List<String> texts(XSSFSheet s) {
        List<String> out = new ArrayList<>();
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
                    out.add(c.getStringCellValue());
                }
            }
        }
        return out;
    }

    @Test
    void writesTheFourAnalysisSheetsInOrder() throws IOException {
        try (XSSFWorkbook wb = read(AgencyFixtures.thapKhlo(), OPTIONS)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("สรุปผล", "เปรียบเทียบรายปี", "จุดแข็งจุดอ่อน", "รายข้อ"), names);
            assertEquals(AgencyWorkbookWriter.SHEETS, names);
        }
    }

    @Test
    void summaryShowsReportedTotalLevelAndLiveWeightedTableOfSeed003() throws IOException {
        try (XSSFWorkbook wb = read(AgencyFixtures.thapKhlo(), OPTIONS)) {
            XSSFSheet s = wb.getSheet("สรุปผล");
            assertEquals(73.35, rowLabelled(s, "คะแนนรวม").orElseThrow().getCell(1).getNumericCellValue(), 1e-9);
            assertEquals("C", rowLabelled(s, "ระดับผลการประเมิน").orElseThrow().getCell(1).getStringCellValue());
            assertEquals(2565, rowLabelled(s, "ปีงบประมาณ (พ.ศ.)").orElseThrow().getCell(1).getNumericCellValue());
            Row iit = rowLabelled(s, "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่").orElseThrow();
            Row eit = rowLabelled(s, "ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน").orElseThrow();
            Row oit = rowLabelled(s, "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล").orElseThrow();
            Row total = rowLabelled(s, "รวม").orElseThrow();
            int r = iit.getRowNum() + 1;
            assertEquals("ROUND(D" + r + "*E" + r + "/100,2)", iit.getCell(5).getCellFormula());
            assertEquals(99.80, iit.getCell(3).getNumericCellValue(), 1e-9, "the reported tool score, as reported");
            assertEquals(30, iit.getCell(4).getNumericCellValue());
            assertTrue(total.getCell(5).getCellFormula().startsWith("ROUND("));
            // cached values, as a viewer that does not recalculate shows them
            assertEquals(29.94, iit.getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(23.57, eit.getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(19.84, oit.getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(73.35, total.getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(100, total.getCell(4).getNumericCellValue(), 1e-9);
            // and the same when evaluated afresh
            XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            assertEquals(73.35, ev.evaluate(total.getCell(5)).getNumberValue(), 1e-9);
            assertTrue(rowLabelled(s, "ผลต่าง (ที่รายงาน − ที่คำนวณ)").isEmpty(), "the check is the staff's");
        }
    }

    @Test
    void summaryShowsChangeFromLastYearAndTheStaffSheetTheRanksAmongTheAgenciesRead() throws IOException {
        try (XSSFWorkbook wb = withStaffSheet(AgencyFixtures.thapKhlo(), OPTIONS)) {
            XSSFSheet s = wb.getSheet("สรุปผล");
            XSSFSheet staff = wb.getSheet(StaffNotesSheetWriter.NAME);
            Row change = rowLabelled(s, "เปลี่ยนแปลงจากปี 2564").orElseThrow();
            assertEquals(-2.72, change.getCell(1).getNumericCellValue(), 1e-9);
            String text = change.getCell(2).getStringCellValue();
            assertTrue(text.contains("ลดลง 2.72 คะแนน (จาก 76.07 เป็น 73.35)"), text);
            assertTrue(text.contains("ระดับ B → C (ลดลง 1 ระดับ)"), text);
            assertTrue(rowLabelled(s, "อันดับในจังหวัด").isEmpty(), "ranks are the staff's");
            assertEquals("อันดับ 3 จาก 5 หน่วยงานของจังหวัดที่อยู่ในข้อมูลที่นำเข้า (อาจไม่ครบทุกหน่วยงานของจังหวัด)",
                    rowLabelled(staff, "อันดับในจังหวัดพิจิตร").orElseThrow().getCell(1).getStringCellValue());
            assertEquals("อันดับ 2 จาก 3 หน่วยงานของอำเภอที่อยู่ในข้อมูลที่นำเข้า (อาจไม่ครบทุกหน่วยงานของอำเภอ)",
                    rowLabelled(staff, "อันดับในอำเภอทับคล้อ").orElseThrow().getCell(1).getStringCellValue());
            assertEquals("21 พฤศจิกายน 2568", rowLabelled(s, "จัดทำเมื่อ").orElseThrow().getCell(1)
                    .getStringCellValue(), "Thai month name and Buddhist-era year");
        }
    }

    @Test
    void seed000ScoreCheckIsOnTheStaffSheetAndReportedTotalIsKept() throws IOException {
        try (XSSFWorkbook wb = withStaffSheet(AgencyFixtures.naSai(), OPTIONS)) {
            XSSFSheet s = wb.getSheet("สรุปผล");
            XSSFSheet staff = wb.getSheet(StaffNotesSheetWriter.NAME);
            assertEquals(81.52, rowLabelled(s, "คะแนนรวม").orElseThrow().getCell(1).getNumericCellValue(), 1e-9,
                    "the reported total is shown, never replaced");
            assertTrue(rowLabelled(s, "ผลการตรวจสอบคะแนน").isEmpty(), "not on the published sheet");
            XSSFCell check = (XSSFCell) rowLabelled(staff, "ผลการตรวจสอบ").orElseThrow().getCell(1);
            String line = check.getStringCellValue();
            assertTrue(line.contains("ที่รายงาน 81.52 ไม่ตรงกับที่คำนวณจากคะแนนตัวชี้วัด 77.12 (ต่างกัน 4.40)"), line);
            assertEquals("FFC7CE", check.getCellStyle().getFillForegroundXSSFColor().getARGBHex().substring(2));
            Row total = rowLabelled(s, "รวม").orElseThrow();
            assertEquals(77.12, total.getCell(5).getNumericCellValue(), 1e-9, "the table computes from indicators");
            Row iit = rowLabelled(s, "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่").orElseThrow();
            assertEquals("ROUND(AVERAGE(B" + (iit.getRowNum() + 1) + ":B" + (iit.getRowNum() + 5) + "),2)",
                    iit.getCell(3).getCellFormula(), "no IIT score was reported: its mean is a live formula");
            assertEquals(81.59, iit.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(4.40, rowLabelled(staff, "ผลต่าง (ที่รายงาน − ที่คำนวณ)").orElseThrow().getCell(1)
                    .getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void analysisSheetQuotesTheAgencysOwnFigures() throws IOException {
        try (XSSFWorkbook wb = read(AgencyFixtures.thapKhlo(), OPTIONS)) {
            List<String> texts = texts(wb.getSheet("จุดแข็งจุดอ่อน"));
            assertTrue(texts.stream().anyMatch(t -> t.startsWith("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 ของ"
                    + "องค์การบริหารส่วนตำบลทับคล้อ") && t.contains("73.35") && t.contains("ลดลง 2.72 คะแนนจากปี 2564")),
                    String.join("\n", texts));
            assertTrue(texts.stream().anyMatch(t -> t.contains("ตัวชี้วัดที่ได้คะแนนต่ำที่สุดคือตัวชี้วัดที่ 10 "
                    + "การป้องกันการทุจริต 25.00 คะแนน")));
            assertTrue(texts.contains("ต้องแก้ไขโดยเร่งด่วน"), "the verdict of indicator 10");
        }
    }

    @Test
    void fixFirstListsItemsWithGainsAndTheSmallestSetReaching85() throws IOException {
        try (XSSFWorkbook wb = read(AgencyFixtures.naSai(), OPTIONS)) {
            XSSFSheet s = wb.getSheet("จุดแข็งจุดอ่อน");
            Row gap = rowLabelled(s, "คะแนนที่ยังขาดถึงเกณฑ์ 85").orElseThrow();
            assertEquals(3.48, gap.getCell(2).getNumericCellValue(), 1e-9);
            Row first = null;
            for (Row r : s) {
                Cell b = r.getCell(1);
                if (b != null && b.getCellType() == CellType.STRING && b.getStringCellValue().startsWith("o34 ")) {
                    first = r;
                    break;
                }
            }
            assertNotNull(first, "o34 is listed");
            assertEquals(1, first.getCell(0).getNumericCellValue(), "o34 adds the most");
            assertEquals(3.3333, first.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("ควรแก้ไขก่อน", first.getCell(4).getStringCellValue());
            assertTrue(texts(s).stream().anyMatch(t -> t.startsWith("หากแก้ไขข้อ o34 และ o28 ให้ผ่าน (2 ข้อ)")
                    && t.contains("เป็น 86.19 คะแนน")), String.join("\n", texts(s)));
            assertFalse(texts(s).stream().anyMatch(t -> t.contains("ชุด")), "no staff word for the set");
        }
    }

    @Test
    void yearComparisonHasEveryYearLiveChangesColoursAndTwoCharts() throws IOException {
        try (XSSFWorkbook wb = read(AgencyFixtures.thapKhlo(), OPTIONS)) {
            XSSFSheet s = wb.getSheet("เปรียบเทียบรายปี");
            Row header = s.getRow(4);
            assertEquals("2564", header.getCell(2).getStringCellValue());
            assertEquals("2565", header.getCell(3).getStringCellValue());
            Row ind10 = rowLabelled(s, "ตัวชี้วัดที่ 10").orElseThrow();
            assertEquals(40.0, ind10.getCell(2).getNumericCellValue(), 1e-9);
            assertEquals(25.0, ind10.getCell(3).getNumericCellValue(), 1e-9);
            int r = ind10.getRowNum() + 1;
            assertEquals("ROUND(D" + r + "-C" + r + ",2)", ind10.getCell(4).getCellFormula());
            assertEquals(-15.0, ind10.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals(-2.72, rowLabelled(s, "คะแนนรวม").orElseThrow().getCell(4).getNumericCellValue(), 1e-9);
            assertEquals("ลดลง 1 ระดับ", rowLabelled(s, "ระดับ").orElseThrow().getCell(4).getStringCellValue());
            assertEquals(1, s.getSheetConditionalFormatting().getNumConditionalFormattings());
            assertEquals(2, s.getSheetConditionalFormatting().getConditionalFormattingAt(0).getNumberOfRules(),
                    "gains green and drops red");

            List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
            assertEquals(2, charts.size());
            List<CTLineSer> lines = List.of(charts.get(0).getCTChart().getPlotArea().getLineChartArray(0)
                    .getSerArray());
            assertEquals(10, lines.size(), "one line per indicator");
            for (CTLineSer ser : lines) {
                assertTrue(ser.getSpPr().getLn().isSetSolidFill(), "every line has its own colour");
            }
            assertEquals("ตัวชี้วัดที่ 1", lines.get(0).getTx().getStrRef().getStrCache().getPtArray(0).getV());
            CTBarSer bar = charts.get(1).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
            assertTrue(bar.getSpPr().isSetSolidFill(), "LibreOffice needs an explicit bar fill");
            assertEquals(10, bar.getVal().getNumRef().getNumCache().getPtCount().getVal());
        }
    }

    @Test
    void everyFontIsThSarabunNewAndTitlesAreLarger() throws IOException {
        try (XSSFWorkbook wb = read(AgencyFixtures.naSai(), OPTIONS)) {
            for (int i = 0; i < wb.getNumberOfFonts(); i++) {
                assertEquals("TH Sarabun New", wb.getFontAt(i).getFontName(), "font " + i);
            }
            for (org.apache.poi.ss.usermodel.Sheet sh : wb) {
                XSSFSheet s = (XSSFSheet) sh;
                XSSFCellStyle title = s.getRow(0).getCell(0).getCellStyle();
                assertTrue(title.getFont().getBold());
                assertTrue(title.getFont().getFontHeightInPoints() > 16, s.getSheetName());
                XSSFCellStyle body = s.getRow(4).getCell(0).getCellStyle();
                assertEquals(16, body.getFont().getFontHeightInPoints(), s.getSheetName());
            }
        }
    }

    @Test
    void everySheetPrintsOnA4WithRepeatedHeadersAndFreezesPanes() throws IOException {
        try (XSSFWorkbook wb = read(AgencyFixtures.thapKhlo(), OPTIONS)) {
            for (org.apache.poi.ss.usermodel.Sheet sh : wb) {
                XSSFSheet s = (XSSFSheet) sh;
                String name = s.getSheetName();
                assertNotNull(s.getRepeatingRows(), name);
                assertEquals(PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize(), name);
                assertTrue(s.getFitToPage(), name);
                assertEquals(1, s.getPrintSetup().getFitWidth(), name);
                assertNotNull(s.getPaneInformation(), name);
                assertTrue(s.getPaneInformation().isFreezePane(), name);
                assertEquals(!name.equals("สรุปผล"), s.getPrintSetup().getLandscape(), name);
            }
            assertEquals("4:4", wb.getSheet("รายข้อ").getRepeatingRows().formatAsString().replace("$", ""));
            assertEquals(5, wb.getSheet("เปรียบเทียบรายปี").getPaneInformation().getHorizontalSplitPosition());
        }
    }

    @Test
    void ofOneYearTheYearComparisonDrawsTheBarsOnlyAsItsLinesWouldBeSinglePoints() throws IOException {
        AgencyAnalysis oneYear = AgencyFixtures.analyze(AgencyFixtures.seed003());
        assertEquals(1, oneYear.years().size());
        try (XSSFWorkbook wb = read(oneYear, OPTIONS)) {
            List<XSSFChart> charts = wb.getSheet("เปรียบเทียบรายปี").getDrawingPatriarch().getCharts();
            assertEquals(1, charts.size());
            assertEquals(0, charts.get(0).getCTChart().getPlotArea().sizeOfLineChartArray());
            assertEquals(10, charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0).getVal()
                    .getNumRef().getNumCache().getPtCount().getVal(), "the ten indicators of the year");
        }
    }

    @Test
    void noPrintedPageHoldsTheRepeatedHeaderAlone() throws IOException {
        // one year (the sample run's ทับคล้อ 2565), two years, and the staff sheet as a run writes it
        for (AgencyAnalysis a : List.of(AgencyFixtures.analyze(AgencyFixtures.seed003()), AgencyFixtures.thapKhlo(),
                AgencyFixtures.naSai())) {
            try (XSSFWorkbook wb = withStaffSheet(a, OPTIONS)) {
                for (org.apache.poi.ss.usermodel.Sheet sh : wb) {
                    XSSFSheet s = (XSSFSheet) sh;
                    if (s.getRepeatingRows() == null) {
                        continue;
                    }
                    List<int[]> pages = printedPages(s);
                    for (int[] page : pages.subList(1, pages.size())) {
                        assertTrue(holdsSomething(s, page[0], page[1]), a.agency().name() + " " + s.getSheetName()
                                + ": the page of rows " + (page[0] + 1) + "–" + (page[1] + 1)
                                + " holds nothing under its repeated header");
                    }
                }
            }
        }
    }

    /**
     * The rows of each printed page, first and last (0-based), as A4 fitted to the page width lays them out: the
     * sheet's manual breaks, and a row that does not fit under the repeated rows starts the next page.
     */
    private static List<int[]> printedPages(XSSFSheet s) {
        List<XSSFClientAnchor> charts = chartAnchors(s);
        int lastCol = 0;
        int lastRow = s.getLastRowNum();
        for (Row r : s) {
            lastCol = Math.max(lastCol, r.getLastCellNum() - 1);
        }
        for (XSSFClientAnchor c : charts) {
            lastCol = Math.max(lastCol, c.getCol2() - 1);
            lastRow = Math.max(lastRow, c.getRow2() - 1);
        }
        double widthChars = 0;
        for (int c = 0; c <= lastCol; c++) {
            widthChars += s.getColumnWidth(c) / 256.0;
        }
        boolean landscape = s.getPrintSetup().getLandscape();
        double printedWidth = (landscape ? 841.89 : 595.28)
                - 72 * (s.getMargin(PageMargin.LEFT) + s.getMargin(PageMargin.RIGHT));
        double scale = Math.min(1, Math.floor(100 * printedWidth
                / (widthChars * ThaiTypography.DIGIT_EM * ThaiTypography.SIZE)) / 100);
        double page = ((landscape ? 595.28 : 841.89)
                - 72 * (s.getMargin(PageMargin.TOP) + s.getMargin(PageMargin.BOTTOM))) / scale;
        var repeat = s.getRepeatingRows();
        double header = 0;
        for (int r = repeat.getFirstRow(); r <= repeat.getLastRow(); r++) {
            header += height(s, r);
        }
        List<Integer> manual = new ArrayList<>();
        if (s.getCTWorksheet().isSetRowBreaks()) {
            for (var b : s.getCTWorksheet().getRowBreaks().getBrkArray()) {
                manual.add((int) b.getId());
            }
        }
        List<int[]> pages = new ArrayList<>();
        int start = 0;
        double used = 0;
        for (int r = 0; r <= lastRow; r++) {
            double h = height(s, r);
            if (r > start && (manual.contains(r) || used + h > page)) {
                pages.add(new int[] {start, r - 1});
                start = r;
                used = r > repeat.getLastRow() ? header : 0;
            }
            used += h;
        }
        pages.add(new int[] {start, lastRow});
        return pages;
    }

    private static double height(XSSFSheet s, int r) {
        Row row = s.getRow(r);
        return row == null ? s.getDefaultRowHeightInPoints() : row.getHeightInPoints();
    }

    /** Whether rows first–last hold a value or a piece of a chart. */
    private static boolean holdsSomething(XSSFSheet s, int first, int last) {
        for (int r = first; r <= last; r++) {
            Row row = s.getRow(r);
            if (row != null) {
                for (Cell c : row) {
                    if (c.getCellType() != CellType.BLANK
                            && !(c.getCellType() == CellType.STRING && c.getStringCellValue().isEmpty())) {
                        return true;
                    }
                }
            }
        }
        return chartAnchors(s).stream().anyMatch(c -> c.getRow1() <= last && c.getRow2() > first);
    }

    private static List<XSSFClientAnchor> chartAnchors(XSSFSheet s) {
        XSSFDrawing d = s.getDrawingPatriarch();
        return d == null ? List.of() : d.getShapes().stream().map(shape -> (XSSFClientAnchor) shape.getAnchor())
                .toList();
    }

    @Test
    void rowsAreTallEnoughForWrappedThaiText() throws IOException {
        try (XSSFWorkbook wb = withStaffSheet(AgencyFixtures.naSai(), OPTIONS)) {
            XSSFSheet s = wb.getSheet(StaffNotesSheetWriter.NAME);
            Row check = rowLabelled(s, "ผลการตรวจสอบ").orElseThrow();
            String text = check.getCell(1).getStringCellValue();
            int lines = text.split("\n").length;
            assertTrue(check.getHeightInPoints() >= ThaiTypography.heightFor(lines),
                    "at least one line per line of the check: " + check.getHeightInPoints());
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                for (Row r : sheet) {
                    assertTrue(r.getHeightInPoints() >= ThaiTypography.heightFor(1),
                            sheet.getSheetName() + " row " + (r.getRowNum() + 1));
                }
            }
        }
    }

    @Test
    void itemSheetHighlightsFailedItemsAndShowsAssessorComments() throws IOException {
        AgencyYear base = AgencyFixtures.seed000();
        List<OitItemScore> items = new ArrayList<>(base.oitItems());
        items.set(3, new OitItemScore("o4", "", BigDecimal.ZERO, "=ไม่พบข้อมูลการติดต่อบนเว็บไซต์"));
        AgencyYear withComment = new AgencyYear(base.agency(), base.fiscalYear(), base.yearSource(), base.total(),
                base.level(), base.tools(), base.indicators(), base.questions(), items, base.source(), base.cells());
        try (XSSFWorkbook wb = read(AgencyFixtures.analyze(withComment), OPTIONS)) {
            XSSFSheet s = wb.getSheet("รายข้อ");
            Row o4 = null;
            Row o5 = null;
            for (Row r : s) {
                Cell a = r.getCell(0);
                if (a != null && a.getCellType() == CellType.STRING && a.getStringCellValue().equals("o4") && o4 == null) {
                    o4 = r;
                }
                if (a != null && a.getCellType() == CellType.STRING && a.getStringCellValue().equals("o5") && o5 == null) {
                    o5 = r;
                }
            }
            assertNotNull(o4);
            assertEquals("ข้อมูลการติดต่อ", o4.getCell(1).getStringCellValue(), "the title from the year's list");
            assertEquals("ไม่ผ่าน", o4.getCell(3).getStringCellValue());
            assertEquals(CellType.STRING, o4.getCell(4).getCellType(), "a comment is text even when it starts with =");
            assertEquals("=ไม่พบข้อมูลการติดต่อบนเว็บไซต์", o4.getCell(4).getStringCellValue());
            assertEquals("FFC7CE", fill(o4.getCell(1)));
            assertEquals("", fill(o5.getCell(1)), "passed items are not filled");
            List<String> texts = texts(s);
            assertTrue(texts.contains("ข. คะแนนรายข้อจัดกลุ่มตาม 7 ประเด็น"));
            assertTrue(texts.contains("ไม่มีคะแนน: i13, i14, i15"), "the seed lacks the questions of issue 7");
        }
    }

    private static String fill(Cell c) {
        XSSFCellStyle style = (XSSFCellStyle) c.getCellStyle();
        return style.getFillForegroundXSSFColor() == null ? ""
                : style.getFillForegroundXSSFColor().getARGBHex().substring(2);
    }

    @Test
    void itemSheetSaysSoWhenTheInputHadNoQuestionOrItemScores() throws IOException {
        try (XSSFWorkbook wb = read(AgencyFixtures.thapKhlo(), OPTIONS)) {
            List<String> texts = texts(wb.getSheet("รายข้อ"));
            assertTrue(texts.stream().anyMatch(t -> t.equals("ไม่มีคะแนนรายข้อคำถาม (IIT, EIT) และรายข้อ OIT ของปีงบประมาณ พ.ศ. 2565")),
                    String.join("\n", texts));
        }
    }

    @Test
    void inputTextThatLooksLikeAFormulaStaysText() throws IOException {
        Agency hostile = new Agency("x", "=HYPERLINK(\"http://example.invalid\",\"คลิก\")", "x", AgencyType.OTHER,
                "+อำเภอ", "@จังหวัด", "");
        AgencyYear y = AgencyFixtures.seed003().withAgency(hostile);
        try (XSSFWorkbook wb = read(AgencyFixtures.analyze(y), OPTIONS)) {
            XSSFSheet s = wb.getSheet("สรุปผล");
            Cell name = rowLabelled(s, "หน่วยงาน").orElseThrow().getCell(1);
            assertEquals(CellType.STRING, name.getCellType());
            assertEquals(hostile.name(), name.getStringCellValue());
            assertEquals(CellType.STRING, rowLabelled(s, "อำเภอ").orElseThrow().getCell(1).getCellType());
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                for (Row r : sheet) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.FORMULA) {
                            assertFalse(c.getCellFormula().contains("HYPERLINK"), c.getAddress().toString());
                        }
                    }
                }
            }
        }
    }

    @Test
    void thaiDigitsChangeGeneratedTextButNumbersStayNumbers() throws IOException {
        try (XSSFWorkbook wb = read(AgencyFixtures.thapKhlo(), OPTIONS.withThaiDigits(true))) {
            XSSFSheet s = wb.getSheet("สรุปผล");
            assertEquals("ประจำปีงบประมาณ พ.ศ. ๒๕๖๕", s.getRow(1).getCell(0).getStringCellValue());
            Cell total = rowLabelled(s, "คะแนนรวม").orElseThrow().getCell(1);
            assertEquals(CellType.NUMERIC, total.getCellType());
            assertEquals(73.35, total.getNumericCellValue(), 1e-9);
            assertTrue(rowLabelled(s, "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต").isPresent());
            assertTrue(texts(wb.getSheet("จุดแข็งจุดอ่อน")).stream().anyMatch(t -> t.contains("๗๓.๓๕ คะแนน")));
        }
    }

    @Test
    void aChosenYearIsAnalysedWithTheYearsUpToIt() throws IOException {
        try (XSSFWorkbook wb = read(AgencyFixtures.thapKhlo(), OPTIONS.forYear(2564))) {
            assertEquals("ประจำปีงบประมาณ พ.ศ. 2564", wb.getSheet("สรุปผล").getRow(1).getCell(0).getStringCellValue());
            assertEquals(76.07, rowLabelled(wb.getSheet("สรุปผล"), "คะแนนรวม").orElseThrow().getCell(1)
                    .getNumericCellValue(), 1e-9);
            Row header = wb.getSheet("เปรียบเทียบรายปี").getRow(4);
            assertEquals("2564", header.getCell(2).getStringCellValue());
            assertEquals(3, header.getLastCellNum(), "no later year and no change column");
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> writer.toBytes(AgencyFixtures.thapKhlo(), OPTIONS.forYear(2563), List.of()));
        assertEquals("องค์การบริหารส่วนตำบลทับคล้อ has no result for fiscal year 2563; its years are 2564, 2565. "
                + "Choose one of them.", e.getMessage());
    }

    @Test
    void contributorsAddTheirSheetsAfterTheAnalysisSheetsAndTheirFormulasAreEvaluated() throws IOException {
        SheetContributor measures = (wb, analysis, year, options) -> {
            ita.report.xlsx.Sheet s = wb.addSheet("มาตรการ");
            s.number(0, 0, year.fiscalYear() + 1, 0);
            s.formula(0, 1, "A1+0", BigDecimal.valueOf(year.fiscalYear() + 1), 0);
        };
        SheetContributor report = (wb, analysis, year, options) -> wb.addSheet("รายงานผล");
        byte[] bytes = writer.toBytes(AgencyFixtures.thapKhlo(), OPTIONS, List.of(measures, report));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("สรุปผล", "เปรียบเทียบรายปี", "จุดแข็งจุดอ่อน", "รายข้อ", "มาตรการ", "รายงานผล"), names);
            assertEquals(2566, wb.getSheet("มาตรการ").getRow(0).getCell(1).getNumericCellValue(), 1e-9,
                    "the contributor's formula has its cached value");
            assertEquals(0, wb.getActiveSheetIndex());
        }
    }

    @Test
    void addAnalysisSheetsFillsAWorkbookTheCallerOwns() throws IOException {
        ita.report.xlsx.Workbook own = AgencyWorkbookWriter.newWorkbook();
        writer.addAnalysisSheets(own, AgencyFixtures.naSai(), OPTIONS);
        assertEquals(4, own.sheets().size());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(own.toBytes()))) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            CellValue total = wb.getCreationHelper().createFormulaEvaluator().evaluate(
                    rowLabelled(wb.getSheet("สรุปผล"), "รวม").orElseThrow().getCell(5));
            assertEquals(77.12, total.getNumberValue(), 1e-9);
        }
    }

    @Test
    void pathIsProvinceDistrictAndAgencyWithYearMadeSafe(@TempDir Path dir) throws IOException {
        assertEquals(dir.resolve("พิจิตร").resolve("ทับคล้อ").resolve("องค์การบริหารส่วนตำบลทับคล้อ-2565.xlsx"),
                writer.pathFor(dir, AgencyFixtures.thapKhlo(), OPTIONS));
        Agency unplaced = new Agency("y", "อบต.ก", "ก", AgencyType.SAO, "", "", "");
        assertEquals(dir.resolve("ไม่ระบุจังหวัด").resolve("ไม่ระบุอำเภอ").resolve("อบต.ก-2565.xlsx"),
                writer.pathFor(dir, AgencyFixtures.analyze(AgencyFixtures.seed003().withAgency(unplaced)), OPTIONS));
        Agency odd = new Agency("z", "../อบต. ก/ข", "ก", AgencyType.SAO, "../..", "..", "");
        Path p = writer.pathFor(dir, AgencyFixtures.analyze(AgencyFixtures.seed003().withAgency(odd)), OPTIONS);
        assertTrue(p.normalize().startsWith(dir), p.toString());
        assertEquals(3, dir.relativize(p.normalize()).getNameCount(), "province, district, file: " + p);
    }

    @Test
    void writeIntoPutsTheWorkbookAtItsPath(@TempDir Path dir) throws IOException {
        Path written = writer.writeInto(dir, AgencyFixtures.naSai(), OPTIONS, List.of());
        assertEquals(dir.resolve("อุดรธานี/พิบูลย์รักษ์/องค์การบริหารส่วนตำบลนาทราย-2567.xlsx"), written);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(written))) {
            assertEquals(4, wb.getNumberOfSheets());
        }
        try (var files = Files.list(written.getParent())) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void oldTotalOnlyYearsAndMissingYearsAreExplained() throws IOException {
        AgencyYear y2561 = AgencyFixtures.year(AgencyFixtures.THAP_KHLO, 2561, "68.40", null).build();
        AgencyYear y2563 = AgencyFixtures.year(AgencyFixtures.THAP_KHLO, 2563, "70.00", "C").build();
        AgencyAnalysis a = AgencyFixtures.analyze(y2561, y2563, AgencyFixtures.seed003());
        try (XSSFWorkbook wb = read(a, OPTIONS)) {
            XSSFSheet years = wb.getSheet("เปรียบเทียบรายปี");
            Row header = years.getRow(4);
            assertEquals(List.of("2561", "2563", "2565", "2561–2563", "2563–2565"), List.of(
                    header.getCell(2).getStringCellValue(), header.getCell(3).getStringCellValue(),
                    header.getCell(4).getStringCellValue(), header.getCell(5).getStringCellValue(),
                    header.getCell(6).getStringCellValue()));
            Row total = rowLabelled(years, "คะแนนรวม").orElseThrow();
            assertEquals(1.6, total.getCell(5).getNumericCellValue(), 1e-9);
            assertEquals(CellType.BLANK, rowLabelled(years, "ตัวชี้วัดที่ 1").orElseThrow().getCell(2).getCellType(),
                    "2561 has no indicators");
            List<String> notes = texts(years);
            assertTrue(notes.stream().anyMatch(t -> t.startsWith("ไม่มีข้อมูลของปี 2562, 2564")), String.join("\n", notes));
            assertTrue(notes.stream().anyMatch(t -> t.contains("เปรียบเทียบได้เฉพาะคะแนนรวม")));
            assertEquals(2, years.getDrawingPatriarch().getCharts().size());
        }
        try (XSSFWorkbook wb = read(a, OPTIONS.forYear(2561))) {
            assertTrue(texts(wb.getSheet("สรุปผล")).stream().anyMatch(t -> t.contains("ซึ่งเปรียบเทียบได้เฉพาะคะแนนรวม")));
            assertTrue(texts(wb.getSheet("จุดแข็งจุดอ่อน")).stream()
                    .anyMatch(t -> t.startsWith("ไม่มีคะแนนรายตัวชี้วัดของปีงบประมาณ พ.ศ. 2561")));
            assertEquals(68.40, rowLabelled(wb.getSheet("สรุปผล"), "คะแนนรวม").orElseThrow().getCell(1)
                    .getNumericCellValue(), 1e-9);
            assertEquals(List.of("2561"), List.of(wb.getSheet("เปรียบเทียบรายปี").getRow(4).getCell(2)
                    .getStringCellValue()));
        }
    }

    @Test
    void aTotalIsNotComputedFromAnIncompleteTable() throws IOException {
        AgencyYear partial = AgencyFixtures.year(AgencyFixtures.THAP_KHLO, 2565, null, null, "100.00", "99.50",
                "100.00", "99.45", "100.00", "88.21", "66.15", "81.35", "74.21").build();
        try (XSSFWorkbook wb = read(AgencyFixtures.analyze(partial), OPTIONS)) {
            XSSFSheet s = wb.getSheet("สรุปผล");
            Row total = rowLabelled(s, "รวม").orElseThrow();
            assertEquals(CellType.BLANK, total.getCell(5).getCellType());
            Row oit = rowLabelled(s, "ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล").orElseThrow();
            assertEquals(CellType.BLANK, oit.getCell(3).getCellType(), "no OIT mean without indicator 10");
            assertEquals(CellType.FORMULA, rowLabelled(s, "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่").orElseThrow().getCell(3)
                    .getCellType(), "IIT is complete and computed");
            assertTrue(texts(s).contains("คำนวณคะแนนรวมไม่ได้: ไม่ทราบคะแนนของบางตัวชี้วัดหรือบางแบบวัด"));
            assertTrue(texts(s).contains("ไม่มีคะแนนรวม"));
        }
    }

    @Test
    void aContributorsFormulaThatCannotBeEvaluatedHereIsLeftToTheSpreadsheet() throws IOException {
        SheetContributor words = (wb, analysis, year, options) -> {
            ita.report.xlsx.Sheet s = wb.addSheet("มาตรการ");
            s.number(0, 0, 1500, 0);
            s.formula(0, 1, "BAHTTEXT(A1)", null, 0);
        };
        byte[] bytes = writer.toBytes(AgencyFixtures.naSai(), OPTIONS, List.of(words));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals("BAHTTEXT(A1)", wb.getSheet("มาตรการ").getRow(0).getCell(1).getCellFormula());
            assertTrue(wb.getForceFormulaRecalculation());
            assertEquals(77.12, rowLabelled(wb.getSheet("สรุปผล"), "รวม").orElseThrow().getCell(5)
                    .getNumericCellValue(), 1e-9, "our formulas still have their values");
        }
    }
}
