package ita.report.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.analysis.AgencyAnalysis;
import ita.analysis.AgencyAnalyzer;
import ita.analysis.AgencyBrief;
import ita.analysis.AgencyHistory;
import ita.analysis.AnalysisSettings;
import ita.model.Agency;
import ita.model.AgencyType;
import ita.model.AgencyYear;
import ita.model.SourceRef;
import ita.model.YearSource;
import ita.report.Golden;
import ita.report.LibreOfficeHarness;
import ita.report.WorkbookDump;
import ita.report.WriteOptions;
import ita.report.typography.ThaiTypography;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvinceSummaryWriterTest {

    static final WriteOptions OPTIONS = WriteOptions.defaults().withWrittenOn(LocalDate.of(2025, 3, 1));
    static final double EXACT = 1e-9;

    @TempDir
    static Path dir;
    static Path file;
    static XSSFWorkbook wb;

    @BeforeAll
    static void writeSummary() throws Exception {
        file = ProvinceSummaryWriter.targetFor(dir, SmallProvince.PROVINCE);
        ProvinceSummaryWriter.write(file, SmallProvince.province(), SmallProvince.briefs(), OPTIONS);
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
    }

    /** The data rows of a sheet: those below its header row (the first row whose first cell is a header). */
    static List<Row> rowsBelowHeader(Sheet s, String firstHeader) {
        List<Row> out = new ArrayList<>();
        boolean below = false;
        for (Row r : s) {
            if (below) {
                out.add(r);
            } else if (r.getCell(0) != null && r.getCell(0).getCellType() == CellType.STRING
                    && r.getCell(0).getStringCellValue().equals(firstHeader)) {
                below = true;
            }
        }
        return out;
    }

    static String text(Row r, int c) {
        Cell cell = r.getCell(c);
        return cell == null ? "" : cell.getStringCellValue();
    }

    static double number(Row r, int c) {
        return r.getCell(c).getNumericCellValue();
    }

    static boolean blank(Row r, int c) {
        Cell cell = r.getCell(c);
        return cell == null || cell.getCellType() == CellType.BLANK;
    }

    @Test
    void writesToProvinceFolderNamedInThai() {
        assertEquals(dir.resolve("พิจิตร").resolve("สรุปจังหวัดพิจิตร.xlsx"), file);
        assertEquals(dir.resolve("ไม่ระบุจังหวัด").resolve("สรุปจังหวัดไม่ระบุจังหวัด.xlsx"),
                ProvinceSummaryWriter.targetFor(dir, ""));
        assertEquals(dir.resolve("a_b").resolve("สรุปจังหวัดa_b.xlsx"), ProvinceSummaryWriter.targetFor(dir, "a/b"));
    }

    @Test
    void hasTheSheetsInOrder() {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("อันดับ", "ระดับผลการประเมิน", "ตัวชี้วัด", "ตัวชี้วัดที่อ่อนที่สุด", "ข้อ OIT ที่ไม่ผ่าน",
                "ต่ำกว่าเกณฑ์", "ข้อมาตรการไม่ผ่าน", "ไม่มีผลปีล่าสุด", "คะแนนลดลงมากที่สุด", "ข้อมูลไม่ครบปี",
                "สถิติรายอำเภอ", "สถิติตามประเภท"), names);
    }

    @Test
    void ranksLatestYearWithTiesSharingARank() {
        Sheet s = wb.getSheet("อันดับ");
        assertEquals("อันดับผลการประเมิน ITA จังหวัดพิจิตร ปีงบประมาณ พ.ศ. 2566", s.getRow(0).getCell(0).getStringCellValue());
        List<Row> rows = rowsBelowHeader(s, "อันดับ");
        assertEquals(5, rows.size());
        assertEquals(List.of(1.0, 2.0, 2.0, 4.0, 5.0), rows.stream().map(r -> number(r, 0)).toList());
        assertEquals(List.of(SmallProvince.A4.name(), SmallProvince.A5.name(), SmallProvince.A2.name(),
                SmallProvince.A6.name(), SmallProvince.A1.name()), rows.stream().map(r -> text(r, 1)).toList());
        Row first = rows.get(0);
        assertEquals("ทม.", text(first, 2));
        assertEquals("เมืองพิจิตร", text(first, 3));
        assertEquals(96.50, number(first, 4), EXACT);
        assertEquals("AA", text(first, 5));
        assertEquals(4.50, number(first, 6), 1e-9);
        assertEquals(-2.00, number(rows.get(3), 6), 1e-9);
        assertEquals(10.00, number(rows.get(1), 6), 1e-9);
    }

    @Test
    void countsLevelsPerYearWithSharesAndChange() {
        Sheet s = wb.getSheet("ระดับผลการประเมิน");
        List<Row> rows = rowsBelowHeader(s, "ระดับผลการประเมิน");
        // columns: label | 2565 count | 2565 share | 2566 count | 2566 share | change
        assertEquals(List.of("AA", "A", "B", "C", "D", "E", "F", "ไม่ทราบระดับ", "รวม"),
                rows.subList(0, 9).stream().map(r -> text(r, 0)).toList());
        Row aa = rows.get(0);
        assertEquals(0, number(aa, 1), EXACT);
        assertEquals(1, number(aa, 3), EXACT);
        assertEquals(20.00, number(aa, 4), EXACT);
        assertEquals(1, number(aa, 5), EXACT);
        Row a = rows.get(1);
        assertEquals(2, number(a, 1), EXACT);
        assertEquals(33.33, number(a, 2), EXACT);
        assertEquals(2, number(a, 3), EXACT);
        assertEquals(40.00, number(a, 4), EXACT);
        assertEquals(0, number(a, 5), EXACT);
        assertEquals(-1, number(rows.get(4), 5), EXACT); // D: 1 → 0
        assertEquals(6, number(rows.get(8), 1), EXACT);
        assertEquals(5, number(rows.get(8), 3), EXACT);
        Row pass = rows.get(9);
        assertEquals("ผ่านเกณฑ์ 85 คะแนนขึ้นไป", text(pass, 0));
        assertEquals(2, number(pass, 1), EXACT);
        assertEquals(33.33, number(pass, 2), EXACT);
        assertEquals(3, number(pass, 3), EXACT);
        assertEquals(60.00, number(pass, 4), EXACT);
        Row change = rows.get(10);
        assertTrue(blank(change, 1), "no change for the first year");
        assertEquals(1, number(change, 3), EXACT);
        assertEquals(26.67, number(change, 4), EXACT);
    }

    @Test
    void chartsLevelsAndIndicatorsWithAFillPerSeries() {
        XSSFChart levels = onlyChart("ระดับผลการประเมิน");
        assertEquals(2, levels.getChartSeries().get(0).getSeriesCount(), "2565 and 2566 share the AA–F scheme");
        XSSFChart indicators = onlyChart("ตัวชี้วัด");
        assertEquals(2, indicators.getChartSeries().get(0).getSeriesCount());
        var bar = indicators.getCTChart().getPlotArea().getBarChartArray(0);
        assertEquals("'ตัวชี้วัด'!$D$3", bar.getSerArray(0).getTx().getStrRef().getF());
        assertEquals("ค่าเฉลี่ยปี 2565", bar.getSerArray(0).getTx().getStrRef().getStrCache().getPtArray(0).getV());
        for (var ser : indicators.getCTChart().getPlotArea().getBarChartArray(0).getSerList()) {
            assertTrue(ser.getSpPr().isSetSolidFill(), "explicit fill");
        }
        assertEquals("'ตัวชี้วัด'!$E$4:$E$13", bar.getSerArray(1).getVal().getNumRef().getF());
    }

    private XSSFChart onlyChart(String sheet) {
        XSSFSheet s = wb.getSheet(sheet);
        assertNotNull(s.getDrawingPatriarch(), sheet + " has a drawing");
        List<XSSFChart> charts = s.getDrawingPatriarch().getCharts();
        assertEquals(1, charts.size());
        return charts.get(0);
    }

    @Test
    void comparesIndicatorMeansWithLastYear() {
        List<Row> rows = rowsBelowHeader(wb.getSheet("ตัวชี้วัด"), "ตัวชี้วัดที่");
        assertEquals(10, rows.size());
        Row first = rows.get(0);
        assertEquals(1, number(first, 0), EXACT);
        assertEquals("การปฏิบัติหน้าที่", text(first, 1));
        assertEquals("IIT", text(first, 2));
        assertEquals(77.96, number(first, 3), EXACT);
        assertEquals(92.40, number(first, 4), EXACT);
        Row tenth = rows.get(9);
        assertEquals(67.96, number(tenth, 3), EXACT);
        assertEquals(75.40, number(tenth, 4), EXACT);
        assertEquals(7.44, number(tenth, 5), 1e-9);
        assertEquals(5, number(tenth, 6), EXACT);
    }

    @Test
    void countsWeakestIndicatorsAndFailedItems() {
        List<Row> weakest = rowsBelowHeader(wb.getSheet("ตัวชี้วัดที่อ่อนที่สุด"), "ตัวชี้วัดที่");
        assertEquals(10, number(weakest.get(0), 0), EXACT);
        assertEquals(2, number(weakest.get(0), 2), EXACT);
        assertEquals(40.00, number(weakest.get(0), 3), EXACT);
        assertEquals(List.of(10.0, 7.0, 8.0, 9.0), weakest.subList(0, 4).stream().map(r -> number(r, 0)).toList());
        assertEquals(0, number(weakest.get(4), 2), EXACT);

        List<Row> items = rowsBelowHeader(wb.getSheet("ข้อ OIT ที่ไม่ผ่าน"), "ข้อ");
        assertEquals(List.of("O15", "O42", "O43"), items.stream().map(r -> text(r, 0)).toList());
        Row o42 = items.get(1);
        assertEquals("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", text(o42, 1));
        assertEquals("10.2 มาตรการภายในเพื่อป้องกันการทุจริต", text(o42, 2));
        assertEquals(2, number(o42, 3), EXACT);
        assertEquals(66.67, number(o42, 4), EXACT);
        assertEquals(3, number(o42, 5), EXACT);
        assertEquals(33.33, number(items.get(2), 4), EXACT);
    }

    @Test
    void listsAgenciesUnder85LowestFirstWithWeakestIndicator() {
        List<Row> rows = rowsBelowHeader(wb.getSheet("ต่ำกว่าเกณฑ์"), "หน่วยงาน");
        assertEquals(List.of(SmallProvince.A1.name(), SmallProvince.A6.name()), rows.stream().map(r -> text(r, 0)).toList());
        Row a1 = rows.get(0);
        assertEquals(73.35, number(a1, 3), EXACT);
        assertEquals("C", text(a1, 4));
        assertEquals(11.65, number(a1, 5), 1e-9);
        assertEquals("10 การป้องกันการทุจริต", text(a1, 6));
        assertEquals(25.00, number(a1, 7), EXACT);
        assertEquals("O15, O42, O43", text(a1, 8));
        assertEquals("8 การปรับปรุงระบบการทำงาน", text(rows.get(1), 6));
    }

    @Test
    void listsAgenciesMissingAYear() {
        List<Row> rows = rowsBelowHeader(wb.getSheet("ข้อมูลไม่ครบปี"), "หน่วยงาน");
        assertEquals(1, rows.size());
        assertEquals(SmallProvince.A3.name(), text(rows.get(0), 0));
        assertEquals("2565", text(rows.get(0), 3));
        assertEquals("2566", text(rows.get(0), 4));
    }

    @Test
    void givesStatisticsByDistrictAndType() {
        List<Row> rows = rowsBelowHeader(wb.getSheet("สถิติรายอำเภอ"), "กลุ่ม");
        assertEquals(List.of("อ.ทับคล้อ จ.พิจิตร", "อ.เมืองพิจิตร จ.พิจิตร", "รวมจังหวัดพิจิตร",
                "ทั้งประเทศ (ตามที่ ป.ป.ช. เผยแพร่)"), rows.stream().map(r -> text(r, 0)).toList());
        // the country in 2566 as the framework data holds it: 8,323 agencies, mean 90.19 (87.57 in 2565),
        // 6,737 at or above 85 (80.94 %)
        Row country = rows.get(3);
        assertEquals(List.of(8323.0, 90.19), List.of(number(country, 1), number(country, 2)));
        assertEquals(List.of(6737.0, 80.94, 87.57, 2.62), java.util.stream.IntStream.rangeClosed(9, 12)
                .mapToObj(c -> number(country, c)).toList());
        Row thapKhlo = rows.get(0);
        assertEquals(2, number(thapKhlo, 1), EXACT);
        assertEquals(80.68, number(thapKhlo, 2), EXACT);
        assertEquals(10.36, number(thapKhlo, 4), EXACT);
        Row mueang = rows.get(1);
        // count, mean, median, SD, Q1, Q3, min, max, passing, share
        assertEquals(List.of(3.0, 88.25, 88.00, 8.13, 84.13, 92.25, 80.25, 96.50, 2.0, 66.67),
                java.util.stream.IntStream.rangeClosed(1, 10).mapToObj(c -> number(mueang, c)).toList());
        List<Row> types = rowsBelowHeader(wb.getSheet("สถิติตามประเภท"), "กลุ่ม");
        List<String> labels = types.stream().map(r -> text(r, 0)).toList();
        assertEquals(List.of("ตามประเภทหน่วยงาน", "ทต.", "ทม.", "อบต.", "ตามกลุ่มประเภท (อบจ. เทศบาล อบต.)", "อบต.",
                "เทศบาล", "รวมจังหวัดพิจิตร", "ทั้งประเทศ (ตามที่ ป.ป.ช. เผยแพร่)"), labels);
        Row sao = types.get(labels.indexOf("อบต."));
        assertEquals(3, number(sao, 1), EXACT); // A1, A5, A6 in 2566 (A3 missing)
        assertEquals(80.53, number(sao, 2), EXACT); // (73.35 + 88 + 80.25) / 3 = 80.5333
    }

    @Test
    void setsThaiTypographyAndPrintLayout() {
        XSSFSheet s = wb.getSheet("อันดับ");
        assertEquals(ThaiTypography.FONT, wb.getFontAt(0).getFontName());
        Cell name = rowsBelowHeader(s, "อันดับ").get(0).getCell(1);
        assertEquals(ThaiTypography.FONT, wb.getFontAt(name.getCellStyle().getFontIndex()).getFontName());
        assertEquals(ThaiTypography.SIZE, wb.getFontAt(name.getCellStyle().getFontIndex()).getFontHeightInPoints());
        assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
        assertEquals("3:3", s.getRepeatingRows().formatAsString());
        assertEquals(3, s.getPaneInformation().getHorizontalSplitPosition());
        for (Row r : s) {
            assertTrue(r.getHeightInPoints() >= ThaiTypography.heightFor(1), "row " + r.getRowNum());
        }
    }

    @Test
    void noPrintedPageHoldsTheRepeatedHeaderAlone() {
        for (Sheet sheet : wb) {
            XSSFSheet s = (XSSFSheet) sheet;
            var ct = s.getCTWorksheet();
            if (s.getRepeatingRows() == null || !ct.isSetRowBreaks()) {
                continue;
            }
            for (var b : ct.getRowBreaks().getBrkArray()) {
                // a break's id is the first row (0-based) of the page it starts
                assertTrue(b.getId() <= s.getLastRowNum(), s.getSheetName() + ": the page from row " + (b.getId() + 1)
                        + " holds no row under its repeated header, only what is drawn below the table");
            }
        }
        // ten indicators leave room on their page for the chart
        XSSFSheet indicators = wb.getSheet("ตัวชี้วัด");
        assertFalse(indicators.getCTWorksheet().isSetRowBreaks(), "no page break before the indicators' chart");
        assertEquals(indicators.getLastRowNum() + 2, chartTop(indicators), "the chart one row under the table");
        XSSFSheet levels = wb.getSheet("ระดับผลการประเมิน");
        if (levels.getCTWorksheet().isSetRowBreaks()) {
            assertEquals(levels.getLastRowNum() + 1, chartTop(levels), "the chart starts the page after the table");
        }
    }

    private static int chartTop(XSSFSheet s) {
        return s.getDrawingPatriarch().getShapes().stream()
                .map(shape -> ((org.apache.poi.xssf.usermodel.XSSFClientAnchor) shape.getAnchor()).getRow1())
                .findFirst().orElseThrow();
    }

    @Test
    void growsRowsForLongThaiText() {
        XSSFSheet s = wb.getSheet("ระดับผลการประเมิน");
        // the note under the title is long enough to wrap over several lines of the merged width
        assertTrue(s.getRow(1).getHeightInPoints() >= ThaiTypography.heightFor(2), "note row height");
    }

    @Test
    void writesNamesThatLookLikeFormulasAsText(@TempDir Path tmp) throws Exception {
        Agency odd = new Agency("x", "=HYPERLINK(\"http://x\")", "=HYPERLINK", AgencyType.OTHER, "+อำเภอ", "พิจิตร", "");
        AgencyYear y = AgencyYear.builder().agency(odd).fiscalYear(2566, YearSource.TITLE)
                .source(SourceRef.file("odd.xlsx")).total(new BigDecimal("50.00")).build();
        List<AgencyHistory> h = List.of(new AgencyHistory(odd, List.of(y)));
        var settings = AnalysisSettings.defaults();
        Path out = tmp.resolve("odd.xlsx");
        ProvinceSummaryWriter.write(out, ita.analysis.ProvinceAnalyzer.analyze(h, settings).get(0),
                AgencyBrief.of(AgencyAnalyzer.analyzeAll(h, settings)), OPTIONS);
        try (XSSFWorkbook back = new XSSFWorkbook(Files.newInputStream(out))) {
            Row row = rowsBelowHeader(back.getSheet("อันดับ"), "อันดับ").get(0);
            assertEquals(CellType.STRING, row.getCell(1).getCellType());
            assertEquals("=HYPERLINK(\"http://x\")", row.getCell(1).getStringCellValue());
            assertEquals(CellType.STRING, row.getCell(3).getCellType());
        }
    }

    @Test
    void summarisesEverythingRankingEachAgencyOnlyWithinItsProvince(@TempDir Path tmp) throws Exception {
        List<AgencyHistory> all = new ArrayList<>(SmallProvince.histories());
        Agency other = new Agency("SAO|นาทราย|พิบูลย์รักษ์|อุดรธานี", "องค์การบริหารส่วนตำบลนาทราย", "นาทราย",
                AgencyType.SAO, "พิบูลย์รักษ์", "อุดรธานี", "");
        all.add(new AgencyHistory(other, List.of(AgencyYear.builder().agency(other).fiscalYear(2566, YearSource.TITLE)
                .source(SourceRef.file("nasai.xlsx")).total(new BigDecimal("90.00")).level("A").build())));
        var settings = AnalysisSettings.defaults();
        List<AgencyAnalysis> analyses = AgencyAnalyzer.analyzeAll(all, settings);
        Path out = ProvinceSummaryWriter.overallTarget(tmp);
        ProvinceSummaryWriter.writeOverall(out, all, AgencyBrief.of(analyses), settings, OPTIONS);
        assertEquals(tmp.resolve("สรุปภาพรวม.xlsx"), out);
        try (XSSFWorkbook back = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals("สรุปรายจังหวัด", back.getSheetName(0));
            assertNotNull(back.getSheet("สถิติรายจังหวัด"));
            List<Row> ranking = rowsBelowHeader(back.getSheet("อันดับ"), "อันดับในจังหวัด");
            assertEquals(6, ranking.size());
            // นาทราย's 90.00 would be second among all six; within อุดรธานี it is first of one
            assertEquals(List.of("พิจิตร", "พิจิตร", "พิจิตร", "พิจิตร", "พิจิตร", "อุดรธานี"),
                    ranking.stream().map(r -> text(r, 5)).toList());
            assertEquals(List.of(1.0, 2.0, 2.0, 4.0, 5.0, 1.0), ranking.stream().map(r -> number(r, 0)).toList());
            assertEquals(List.of(5.0, 5.0, 5.0, 5.0, 5.0, 1.0), ranking.stream().map(r -> number(r, 1)).toList());
            assertEquals(other.name(), text(ranking.get(5), 2));
            List<Row> provinces = rowsBelowHeader(back.getSheet("สถิติรายจังหวัด"), "กลุ่ม");
            assertEquals(List.of("พิจิตร", "อุดรธานี", "รวมทุกหน่วยงานที่อ่าน", "ทั้งประเทศ (ตามที่ ป.ป.ช. เผยแพร่)"),
                    provinces.stream().map(r -> text(r, 0)).toList());
            List<Row> headlines = rowsBelowHeader(back.getSheet("สรุปรายจังหวัด"), "จังหวัด");
            assertEquals(List.of("พิจิตร", "อุดรธานี", "ทั้งประเทศ (ตามที่ ป.ป.ช. เผยแพร่)"),
                    headlines.stream().map(r -> text(r, 0)).toList());
            Row phichit = headlines.get(0);
            // as HeadlineTest works them out: 5 agencies, 85.22 against 77.96, 3 at or above 85 = 60 %, 20 short
            assertEquals(List.of(5.0, 85.22, 77.96, 7.26, 3.0, 60.0, -20.0), java.util.stream.IntStream.rangeClosed(1, 7)
                    .mapToObj(c -> number(phichit, c)).toList());
            assertEquals(List.of("เมืองพิจิตร (88.25)", "ทับคล้อ (80.68)", "เทศบาล (92.25)", "อบต. (80.53)"),
                    java.util.stream.IntStream.rangeClosed(8, 11).mapToObj(c -> text(phichit, c)).toList());
            assertEquals(List.of(2.0, 1.0, 1.0), java.util.stream.IntStream.rangeClosed(12, 14)
                    .mapToObj(c -> number(phichit, c)).toList(), "o42 failed twice, o43 once, A3 without 2566");
            Row country = headlines.get(2);
            assertEquals(List.of(8323.0, 90.19, 87.57, 2.62, 6737.0, 80.94, 0.94), java.util.stream.IntStream
                    .rangeClosed(1, 7).mapToObj(c -> number(country, c)).toList());
        }
    }

    @Test
    void leavesOutProvincesWithoutAResultInTheNewestYear(@TempDir Path tmp) throws Exception {
        // พิจิตร's newest year is 2566; อุดรธานี's one agency is read for 2567 only
        List<AgencyHistory> all = new ArrayList<>(SmallProvince.histories());
        Agency other = new Agency("SAO|นาทราย|พิบูลย์รักษ์|อุดรธานี", "องค์การบริหารส่วนตำบลนาทราย", "นาทราย",
                AgencyType.SAO, "พิบูลย์รักษ์", "อุดรธานี", "");
        all.add(new AgencyHistory(other, List.of(AgencyYear.builder().agency(other).fiscalYear(2567, YearSource.TITLE)
                .source(SourceRef.file("nasai.xlsx")).total(new BigDecimal("81.52")).build())));
        var settings = AnalysisSettings.defaults();
        Path out = ProvinceSummaryWriter.overallTarget(tmp);
        ProvinceSummaryWriter.writeOverall(out, all, AgencyBrief.of(AgencyAnalyzer.analyzeAll(all, settings)), settings, OPTIONS);
        try (XSSFWorkbook back = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet stats = back.getSheet("สถิติรายจังหวัด");
            assertEquals(List.of("อุดรธานี", "รวมทุกหน่วยงานที่อ่าน", "ทั้งประเทศ (ประมาณการ)"),
                    rowsBelowHeader(stats, "กลุ่ม").stream().map(r -> text(r, 0)).toList());
            assertEquals("ไม่มีผลการประเมินปี 2567 จึงไม่แสดงในตาราง: พิจิตร", stats.getRow(2).getCell(0)
                    .getStringCellValue());
            Sheet headlines = back.getSheet("สรุปรายจังหวัด");
            assertEquals(List.of("อุดรธานี", "ทั้งประเทศ (ประมาณการ)"),
                    rowsBelowHeader(headlines, "จังหวัด").stream().map(r -> text(r, 0)).toList());
            assertTrue(headlines.getRow(1).getCell(0).getStringCellValue().endsWith("ไม่มีผลการประเมินปี 2567 จึงไม่แสดง: พิจิตร"));
            assertEquals(1, rowsBelowHeader(back.getSheet("อันดับ"), "อันดับในจังหวัด").size());
        }
    }

    @Test
    void listsWhoToChase() {
        List<Row> measures = rowsBelowHeader(wb.getSheet("ข้อมาตรการไม่ผ่าน"), "หน่วยงาน");
        assertEquals(List.of(SmallProvince.A1.name(), SmallProvince.A6.name()),
                measures.stream().map(r -> text(r, 0)).toList());
        Row header = wb.getSheet("ข้อมาตรการไม่ผ่าน").getRow(2);
        assertEquals("ข้อ O42 (มาตรการ)", text(header, 4));
        assertEquals("ข้อ O43 (รายงานผลตามมาตรการ)", text(header, 5));
        assertEquals(List.of("ไม่ผ่าน (0)", "ไม่ผ่าน (0)"), List.of(text(measures.get(0), 4), text(measures.get(0), 5)));
        assertEquals(List.of("ไม่ผ่าน (0)", "ผ่าน"), List.of(text(measures.get(1), 4), text(measures.get(1), 5)));
        assertEquals("2 แห่ง จาก 3 แห่งที่มีคะแนนรายข้อ OIT ของข้อเหล่านี้; อีก 2 แห่งไม่มีคะแนนรายข้อในไฟล์ที่อ่าน"
                + " จึงตรวจไม่ได้; ไม่ผ่านหมายถึงได้ต่ำกว่า 100 คะแนน",
                wb.getSheet("ข้อมาตรการไม่ผ่าน").getRow(1).getCell(0).getStringCellValue());
        List<Row> absent = rowsBelowHeader(wb.getSheet("ไม่มีผลปีล่าสุด"), "หน่วยงาน");
        assertEquals(1, absent.size());
        assertEquals(List.of(SmallProvince.A3.name(), "2565", "D"),
                List.of(text(absent.get(0), 0), text(absent.get(0), 3), text(absent.get(0), 5)));
        assertEquals(60.00, number(absent.get(0), 4), EXACT);
        List<Row> fell = rowsBelowHeader(wb.getSheet("คะแนนลดลงมากที่สุด"), "หน่วยงาน");
        assertEquals(1, fell.size());
        assertEquals(SmallProvince.A6.name(), text(fell.get(0), 0));
        assertEquals(List.of(82.25, 80.25, -2.00), List.of(number(fell.get(0), 3), number(fell.get(0), 4),
                number(fell.get(0), 5)));
    }

    @Test
    void aDistrictRanksItsAgenciesInTheDistrictAndShowsTheirRankInTheProvince(@TempDir Path tmp) throws Exception {
        var settings = AnalysisSettings.defaults();
        List<ita.analysis.DistrictAnalysis> districts = ita.analysis.ProvinceAnalyzer.districts(
                SmallProvince.histories(), settings);
        assertEquals(List.of("ทับคล้อ", "เมืองพิจิตร"), districts.stream().map(d -> d.district()).toList());
        Path out = ProvinceSummaryWriter.districtTargetFor(tmp, "พิจิตร", "เมืองพิจิตร");
        assertEquals(tmp.resolve("พิจิตร").resolve("เมืองพิจิตร").resolve("สรุปอำเภอเมืองพิจิตร.xlsx"), out);
        ProvinceSummaryWriter.writeDistrict(out, districts.get(1), SmallProvince.briefs(), OPTIONS);
        try (XSSFWorkbook back = new XSSFWorkbook(Files.newInputStream(out))) {
            List<String> names = new ArrayList<>();
            back.forEach(s -> names.add(s.getSheetName()));
            assertFalse(names.contains("สถิติรายอำเภอ"));
            Sheet ranking = back.getSheet("อันดับ");
            assertEquals("อันดับผลการประเมิน ITA อำเภอเมืองพิจิตร จังหวัดพิจิตร ปีงบประมาณ พ.ศ. 2566",
                    ranking.getRow(0).getCell(0).getStringCellValue());
            List<Row> rows = rowsBelowHeader(ranking, "อันดับในอำเภอ");
            // A4 96.50, A5 88.00, A6 80.25: 1, 2, 3 in the district; 1, 2 (tied with A2) and 4 of 5 in the province
            assertEquals(List.of(SmallProvince.A4.name(), SmallProvince.A5.name(), SmallProvince.A6.name()),
                    rows.stream().map(r -> text(r, 2)).toList());
            assertEquals(List.of(1.0, 2.0, 3.0), rows.stream().map(r -> number(r, 0)).toList());
            assertEquals(List.of("1 จาก 5", "2 จาก 5", "4 จาก 5"), rows.stream().map(r -> text(r, 1)).toList());
            List<Row> fell = rowsBelowHeader(back.getSheet("คะแนนลดลงมากที่สุด"), "หน่วยงาน");
            assertEquals(SmallProvince.A6.name(), text(fell.get(0), 0));
            assertEquals(0, rowsBelowHeader(back.getSheet("ไม่มีผลปีล่าสุด"), "หน่วยงาน").size(),
                    "A3 is of ทับคล้อ");
        }
    }

    @Test
    void keepsLevelSchemesApartWhenTheyChange(@TempDir Path tmp) throws Exception {
        // 2566 is graded AA–F, 2567 with labels: one agency at 88.00 (A) then 90.00 (ผ่าน)
        Agency a = SmallProvince.A1;
        AgencyYear y66 = AgencyYear.builder().agency(a).fiscalYear(2566, YearSource.TITLE).source(SourceRef.file("a"))
                .total(new BigDecimal("88.00")).level("A").build();
        AgencyYear y67 = AgencyYear.builder().agency(a).fiscalYear(2567, YearSource.TITLE).source(SourceRef.file("b"))
                .total(new BigDecimal("90.00")).level("ผ่าน").build();
        List<AgencyHistory> h = List.of(new AgencyHistory(a, List.of(y66, y67)));
        var settings = AnalysisSettings.defaults();
        Path out = tmp.resolve("schemes.xlsx");
        ProvinceSummaryWriter.write(out, ita.analysis.ProvinceAnalyzer.analyze(h, settings).get(0),
                AgencyBrief.of(AgencyAnalyzer.analyzeAll(h, settings)), OPTIONS.withThaiDigits(true));
        try (XSSFWorkbook back = new XSSFWorkbook(Files.newInputStream(out))) {
            Sheet s = back.getSheet("ระดับผลการประเมิน");
            List<Row> rows = rowsBelowHeader(s, "ระดับผลการประเมิน");
            assertEquals(List.of("ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน", "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน", "AA", "A"),
                    rows.subList(0, 7).stream().map(r -> text(r, 0)).toList());
            Row pass = rows.get(2);
            assertTrue(blank(pass, 1), "2566 has no level ผ่าน");
            assertEquals(1, number(pass, 3), EXACT);
            assertTrue(blank(pass, 5), "no change across schemes");
            assertEquals(1, number(rows.get(6), 1), EXACT);
            assertTrue(blank(rows.get(6), 3), "2567 has no level A");
            XSSFChart chart = ((XSSFSheet) s).getDrawingPatriarch().getCharts().get(0);
            assertEquals(1, chart.getChartSeries().get(0).getSeriesCount(), "only the years of the latest scheme");
            assertEquals("จำนวน ปี ๒๕๖๗", text(s.getRow(2), 3), "Thai digits in generated text");
            assertEquals("อันดับผลการประเมิน ITA จังหวัดพิจิตร ปีงบประมาณ พ.ศ. ๒๕๖๗",
                    back.getSheet("อันดับ").getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void saysWhenTheLatestYearHasOnlyTotals(@TempDir Path tmp) throws Exception {
        // 2561 and earlier publish a total only: no indicator means, no weakest indicators
        Agency a = SmallProvince.A1;
        AgencyYear y = AgencyYear.builder().agency(a).fiscalYear(2561, YearSource.TITLE).source(SourceRef.file("a"))
                .total(new BigDecimal("70.00")).build();
        List<AgencyHistory> h = List.of(new AgencyHistory(a, List.of(y)));
        var settings = AnalysisSettings.defaults();
        Path out = tmp.resolve("old.xlsx");
        ProvinceSummaryWriter.write(out, ita.analysis.ProvinceAnalyzer.analyze(h, settings).get(0),
                AgencyBrief.of(AgencyAnalyzer.analyzeAll(h, settings)), OPTIONS);
        try (XSSFWorkbook back = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals("ปี 2561 มีเฉพาะคะแนนรวม ไม่มีคะแนนรายตัวชี้วัด",
                    back.getSheet("ตัวชี้วัด").getRow(1).getCell(0).getStringCellValue());
            assertEquals("ไม่มีคะแนนรายตัวชี้วัด", text(rowsBelowHeader(back.getSheet("ต่ำกว่าเกณฑ์"), "หน่วยงาน").get(0), 6));
            assertEquals(70.00, number(rowsBelowHeader(back.getSheet("อันดับ"), "อันดับ").get(0), 4), EXACT);
        }
    }

    @Test
    void matchesGoldenDump() throws Exception {
        Golden.assertMatches("province-summary-phichit.txt", WorkbookDump.of(file));
    }

    @Test
    void libreOfficeOpensItAndPrintsItToPdf(@TempDir Path tmp) throws Exception {
        LibreOfficeHarness lo = LibreOfficeHarness.require();
        Path copy = tmp.resolve("summary.xlsx");
        Files.copy(file, copy);
        Path pdf = lo.toPdf(copy, tmp.resolve("pdf"));
        byte[] bytes = Files.readAllBytes(pdf);
        assertTrue(bytes.length > 1000, "a PDF with content");
        assertEquals("%PDF", new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertFalse(Files.exists(tmp.resolve("pdf").resolve("summary.xlsx")));
    }
}
