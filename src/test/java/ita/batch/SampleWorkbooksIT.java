package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.framework.FrameworkCatalog;
import ita.ingest.AgencyRegistry;
import ita.ingest.ReadLimits;
import ita.model.AgencyYear;
import ita.model.Tool;
import ita.report.Golden;
import ita.report.WorkbookDump;
import ita.sample.BundledSamples;
import ita.text.ThaiText;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled samples end to end: every file read gives back exactly the figures the generator
 * published, and every output of {@code ita analyze sample-workbooks} matches its reviewed golden dump.
 */
class SampleWorkbooksIT {

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void analyzeTheSamples() {
        System.setProperty("ita.today", "2026-11-21");
        out = tmp.resolve("out");
        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", AnalyzeIT.SAMPLES.toString(), "--out", out.toString(), "--quiet",
                "--threads", "2");
        assertEquals(0, r.code(), r.out() + r.err());
    }

    @AfterAll
    static void clearToday() {
        System.clearProperty("ita.today");
    }

    @Test
    void readingTheSamplesGivesBackEveryPublishedFigure() {
        ReadStage stage = new ReadStage(FrameworkCatalog.standard(), Optional.empty(), OptionalInt.empty(),
                ReadLimits.defaults(), Duration.ofSeconds(60));
        List<AgencyYear> all = new ArrayList<>();
        stage.readAll(InputFinder.find(List.of(AnalyzeIT.SAMPLES), null), 2, Progress.NONE)
                .forEach(r -> all.addAll(r.records()));
        AgencyRegistry.Merged merged = AgencyRegistry.merge(all);
        Map<String, AgencyYear> read = new HashMap<>();
        merged.byAgency().values().forEach(list -> list.forEach(y -> read.put(key(y), y)));

        List<AgencyYear> expected = new ArrayList<>(BundledSamples.expected());
        expected.addAll(BundledSamples.seeds());
        assertEquals(expected.size(), read.size(), "one record per published agency-year");
        for (AgencyYear e : expected) {
            AgencyYear got = read.get(key(e));
            assertNotNull(got, "not read: " + key(e));
            assertSame(e.total(), got.total(), key(e) + " total");
            assertEquals(e.level(), got.level(), key(e) + " level");
            for (int n = 1; n <= 10; n++) {
                assertSame(e.indicator(n), got.indicator(n), key(e) + " indicator " + n);
            }
            for (Tool t : Tool.values()) {
                // detail files publish indicators, not tool scores; where a file gives a tool score it must agree
                if (got.tool(t) != null) {
                    assertSame(e.tool(t), got.tool(t), key(e) + " " + t);
                }
            }
            // the lists carry no items; where a file lists them (the 2567 detail files), every score is read back
            for (var item : got.oitItems()) {
                var published = e.oitItems().stream().filter(o -> o.code().equals(item.code())).findFirst();
                assertTrue(published.isPresent(), key(e) + " item " + item.code() + " was not published");
                assertSame(published.get().score(), item.score(), key(e) + " item " + item.code());
            }
        }
    }

    private static void assertSame(BigDecimal expected, BigDecimal actual, String what) {
        if (expected == null) {
            return;
        }
        assertNotNull(actual, what + " missing");
        assertEquals(0, expected.compareTo(actual), what + ": expected " + expected + " but read " + actual);
    }

    private static String key(AgencyYear y) {
        return ThaiText.key(y.agency().name()) + "|" + ThaiText.key(y.agency().district()) + "|" + y.fiscalYear();
    }

    /** Outputs dumped in full; every other output is listed with its sheets and cell counts. */
    static final List<String> FULL = List.of(
            "พิจิตร/ทับคล้อ/องค์การบริหารส่วนตำบลทับคล้อ-2565.xlsx",
            "นราธิวาส/รือเสาะ/องค์การบริหารส่วนตำบลบาตง-2565.xlsx",
            "อุดรธานี/พิบูลย์รักษ์/องค์การบริหารส่วนตำบลนาทราย-2567.xlsx",
            "นครสุวรรณ/วังมณี/องค์การบริหารส่วนตำบลท่าตะเคียน-2567.xlsx",
            "นครสุวรรณ/สรุปจังหวัดนครสุวรรณ.xlsx",
            "สรุปภาพรวม.xlsx",
            "summary.csv",
            "run-report.csv");

    @Test
    void everyOutputMatchesItsReviewedGoldenDump() throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(out)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        assertTrue(files.size() >= 49 + 5, "49 agency workbooks, summaries and reports: " + files.size());
        StringBuilder index = new StringBuilder();
        for (Path f : files) {
            String rel = out.relativize(f).toString().replace('\\', '/');
            if (rel.endsWith(".docx")) {
                index.append(rel).append(" | ").append(paragraphsAndTables(f)).append('\n');
                continue;
            }
            boolean workbook = rel.endsWith(".xlsx");
            String dump = workbook ? WorkbookDump.of(f)
                    : Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
            index.append(rel).append(workbook ? " | " + sheetsAndCells(f) : " | " + dump.lines().count() + " lines")
                    .append('\n');
            if (FULL.contains(rel)) {
                Golden.assertMatches("sample-run/" + rel + ".txt", dump);
            }
        }
        for (String rel : FULL) {
            assertTrue(Files.exists(out.resolve(rel)), "expected output " + rel);
        }
        Golden.assertMatches("sample-run/outputs.txt", index.toString());
    }

    /** A document's paragraphs and table rows with text, opened with POI (the documents have golden dumps of their own). */
    private static String paragraphsAndTables(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx);
             org.apache.poi.xwpf.usermodel.XWPFDocument d = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
            long paragraphs = d.getParagraphs().stream().filter(p -> !p.getText().isBlank()).count();
            long rows = d.getTables().stream().mapToLong(t -> t.getRows().size()).sum();
            return "paragraphs " + paragraphs + ", table rows " + rows + ", charts " + d.getCharts().size();
        }
    }

    /** Every sheet of a workbook with the number of cells that hold something, opened with POI. */
    private static String sheetsAndCells(Path xlsx) throws Exception {
        List<String> parts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                int n = 0;
                for (Row r : s) {
                    for (Cell c : r) {
                        n += c.toString().isBlank() ? 0 : 1;
                    }
                }
                parts.add(s.getSheetName() + " " + n);
            }
        }
        return String.join(", ", parts);
    }

    /**
     * A filter chooses what is written, never what is counted: with --district the agency's workbook (its ranks,
     * its analysis text) and the province summary are those of the run without it.
     */
    @Test
    void aDistrictFilterKeepsTheRanksAndStatisticsOfTheWholeProvince() throws Exception {
        Path filtered = tmp.resolve("filtered");
        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", AnalyzeIT.SAMPLES.toString(), "--out", filtered.toString(),
                "--quiet", "--threads", "2", "--district", "อ.วังมณี");
        assertEquals(0, r.code(), r.out() + r.err());
        String workbook = "นครสุวรรณ/วังมณี/องค์การบริหารส่วนตำบลท่าตะเคียน-2567.xlsx";
        String dump = WorkbookDump.of(filtered.resolve(workbook));
        assertTrue(dump.contains("สำหรับเจ้าหน้าที่!B11 = อันดับ 45 จาก 46 หน่วยงานของจังหวัดที่อยู่ในข้อมูลที่นำเข้า"),
                "ranked among the 46 agencies of its province read, on the staff sheet");
        assertFalse(dump.contains("อยู่อันดับที่"), "a rank among the agencies read is not published in the analysis");
        assertEquals(WorkbookDump.of(out.resolve(workbook)), dump);
        String province = "นครสุวรรณ/สรุปจังหวัดนครสุวรรณ.xlsx";
        assertEquals(WorkbookDump.of(out.resolve(province)), WorkbookDump.of(filtered.resolve(province)));
        try (Stream<Path> s = Files.walk(filtered)) {
            List<String> agencyWorkbooks = s.filter(p -> p.toString().endsWith(".xlsx"))
                    .map(p -> filtered.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.startsWith("สรุปภาพรวม") && !p.startsWith("run-report") && !p.contains("/สรุป"))
                    .toList();
            assertEquals(6, agencyWorkbooks.size(), agencyWorkbooks.toString());
            assertTrue(agencyWorkbooks.stream().allMatch(p -> p.startsWith("นครสุวรรณ/วังมณี/")), agencyWorkbooks.toString());
        }
        assertFalse(Files.exists(filtered.resolve("พิจิตร")), "provinces without an agency chosen are left out");
    }

    @Test
    void thapkhloMeasuresAnswerItsOwnWeaknessesAndFailedItems() throws Exception {
        Path workbook = out.resolve("พิจิตร/ทับคล้อ/องค์การบริหารส่วนตำบลทับคล้อ-2565.xlsx");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet measures = wb.getSheet("มาตรการ");
            assertNotNull(measures, "the measures sheet");
            String all = text(measures);
            assertTrue(all.contains("ตัวชี้วัดที่ 10") && all.contains("25.00"), "indicator 10 at 25.00");
            assertTrue(all.contains("ตัวชี้วัดที่ 7") && all.contains("66.15"), "indicator 7 at 66.15");
            // written as 2565 writes them
            for (String item : List.of("O2", "O11", "O12", "O20", "O23", "O24", "O27", "O28", "O36", "O37", "O38",
                    "O42", "O43")) {
                assertTrue(all.contains(item + " ") || all.contains("ข้อ " + item) || all.contains(item + ","),
                        "failed item " + item + " has a row");
            }
            String analysis = text(wb.getSheet("จุดแข็งจุดอ่อน"));
            assertTrue(analysis.contains("25.00") && analysis.contains("73.35"), "the analysis quotes its own scores");
            int header = -1;
            for (Row r : measures) {
                if (rowText(r).contains("ผู้รับผิดชอบ") && rowText(r).contains("มาตรการ")) {
                    header = r.getRowNum();
                    break;
                }
            }
            assertTrue(header >= 0, "a header row");
            Row h = measures.getRow(header);
            int filled = 0;
            for (int i = header + 1; i <= measures.getLastRowNum(); i++) {
                Row r = measures.getRow(i);
                if (r == null || rowText(r).isBlank()) {
                    continue;
                }
                for (String column : List.of("มาตรการ", "ขั้นตอน", "ผู้รับผิดชอบ", "ระยะเวลา", "การกำกับติดตาม")) {
                    int c = column(h, column);
                    Cell cell = r.getCell(c);
                    boolean merged = measures.getMergedRegions().stream().anyMatch(m -> m.isInRange(r.getRowNum(), c));
                    assertTrue(merged || cell != null && !cell.toString().isBlank(),
                            "row " + (i + 1) + " has " + column);
                }
                filled++;
            }
            assertTrue(filled >= 6, "measure rows: " + filled);
        }
    }

    private static int column(Row header, String name) {
        for (Cell c : header) {
            if (c.toString().contains(name)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + name);
    }

    private static String rowText(Row r) {
        StringBuilder sb = new StringBuilder();
        for (Cell c : r) {
            sb.append(c.toString()).append(' ');
        }
        return sb.toString();
    }

    private static String text(Sheet s) {
        StringBuilder sb = new StringBuilder();
        for (Row r : s) {
            sb.append(rowText(r)).append('\n');
        }
        return sb.toString();
    }
}
