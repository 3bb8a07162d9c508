package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.report.LibreOfficeHarness;
import ita.sample.BundledSamples;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provincial office's pack on the bundled province (จังหวัดนครสุวรรณ, 46 agencies, 2563–2567): the report to the
 * governor read back from its .docx, its executive summary checked against figures this test works out itself from
 * the figures the sample generator published ({@link BundledSamples#expected()}), never from the code that wrote the
 * report; a workbook for every district; and LibreOffice printing the report with its charts.
 */
class ProvinceReportIT {

    static final String PROVINCE = "นครสุวรรณ";
    static final int YEAR = 2567;

    @TempDir
    static Path tmp;
    static Path out;
    static Path report;
    static XWPFDocument doc;

    @BeforeAll
    static void analyzeTheSamples() throws IOException {
        System.setProperty("ita.today", "2026-11-21");
        out = tmp.resolve("out");
        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", AnalyzeIT.SAMPLES.toString(), "--out", out.toString(), "--quiet",
                "--threads", "2");
        assertEquals(0, r.code(), r.out() + r.err());
        report = out.resolve(PROVINCE).resolve("รายงานจังหวัด" + PROVINCE + "-" + YEAR + ".docx");
        try (InputStream in = Files.newInputStream(report)) {
            doc = new XWPFDocument(in);
        }
    }

    @AfterAll
    static void clearToday() throws IOException {
        System.clearProperty("ita.today");
        if (doc != null) {
            doc.close();
        }
    }

    // ---- the figures, worked out here from what the generator published

    private static List<AgencyYear> year(int y) {
        return BundledSamples.expected().stream().filter(r -> r.fiscalYear() == y).toList();
    }

    private static BigDecimal mean(List<AgencyYear> records) {
        BigDecimal sum = records.stream().map(AgencyYear::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(records.size()), 2, RoundingMode.HALF_UP);
    }

    private static int passed(List<AgencyYear> records) {
        return (int) records.stream().filter(r -> r.total().compareTo(BigDecimal.valueOf(85)) >= 0).count();
    }

    private static BigDecimal share(int count, int of) {
        return BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(of), 2, RoundingMode.HALF_UP);
    }

    private static String signed(BigDecimal v) {
        return (v.signum() > 0 ? "+" : "") + v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String signed(int v) {
        return (v > 0 ? "+" : "") + v;
    }

    /** The mean of each group's records, keyed by the group's name. */
    private static Map<String, BigDecimal> means(List<AgencyYear> records,
                                                 java.util.function.Function<AgencyYear, String> group) {
        Map<String, List<AgencyYear>> by = records.stream().collect(Collectors.groupingBy(group, TreeMap::new,
                Collectors.toList()));
        Map<String, BigDecimal> out = new TreeMap<>();
        by.forEach((k, v) -> out.put(k, mean(v)));
        return out;
    }

    private static String best(Map<String, BigDecimal> means) {
        return means.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static String weakest(Map<String, BigDecimal> means) {
        return means.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static Optional<BigDecimal> item(AgencyYear r, String code) {
        return r.oitItems().stream().filter(o -> o.code().equals(code)).map(OitItemScore::score).findFirst();
    }

    // ---- what the report says

    /** The rows of the n-th table of the document, each a list of its cells' text. */
    private static List<List<String>> table(int n) {
        XWPFTable t = doc.getTables().get(n);
        List<List<String>> rows = new ArrayList<>();
        t.getRows().forEach(r -> rows.add(r.getTableCells().stream().map(c -> c.getText().strip()).toList()));
        return rows;
    }

    private static List<String> row(List<List<String>> table, String label) {
        return table.stream().filter(r -> r.get(0).equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + table));
    }

    /** The paragraph after the executive summary's heading. */
    private static String summaryParagraph() {
        boolean next = false;
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                if (next && !p.getText().isBlank()) {
                    return p.getText();
                }
                next |= p.getText().equals("บทสรุปสำหรับผู้บริหาร");
            }
        }
        throw new AssertionError("no executive summary");
    }

    @Test
    void theExecutiveSummarySaysWhatTheFiguresSay() {
        List<AgencyYear> now = year(YEAR);
        List<AgencyYear> before = year(YEAR - 1);
        BigDecimal mean = mean(now);
        BigDecimal previous = mean(before);
        int passed = passed(now);
        BigDecimal share = share(passed, now.size());
        String gap = share.subtract(BigDecimal.valueOf(80)).abs().setScale(2, RoundingMode.HALF_UP).toPlainString();
        assertEquals("ปีงบประมาณ พ.ศ. 2567 หน่วยงานในจังหวัดนครสุวรรณได้รับการประเมิน ITA " + now.size()
                + " แห่ง คะแนนเฉลี่ย " + mean + " คะแนน " + (mean.compareTo(previous) > 0 ? "เพิ่มขึ้น" : "ลดลง")
                + "จากปีก่อน " + mean.subtract(previous).abs() + " คะแนน ได้ 85 คะแนนขึ้นไป " + passed
                + " แห่ง (ร้อยละ " + share + ")" + (share.compareTo(BigDecimal.valueOf(80)) >= 0 ? " บรรลุ" : " ยังไม่บรรลุ")
                + "เป้าหมายตามยุทธศาสตร์ชาติ (ร้อยละ 80) โดย" + (share.compareTo(BigDecimal.valueOf(80)) >= 0 ? "สูง" : "ต่ำ")
                + "กว่าเป้าหมาย " + gap + " จุด ดังตารางที่ 1", summaryParagraph());
    }

    @Test
    void theKeyFiguresTableAgainstLastYearAndTheCountry() {
        List<AgencyYear> now = year(YEAR);
        List<AgencyYear> before = year(YEAR - 1);
        List<List<String>> t = table(0);
        assertEquals(List.of("รายการ", "ปี 2566", "ปี 2567", "ผลต่าง"), t.get(0).subList(0, 4));
        assertEquals("ทั้งประเทศปี2567", t.get(0).get(4).replaceAll("\\s", ""));
        // the country in 2567: 8,325 agencies assessed, a mean of about 93.05 and about 92.4 % at or above 85,
        // both reverse-computed rather than published
        assertEquals(List.of(String.valueOf(before.size()), String.valueOf(now.size()),
                signed(now.size() - before.size()), "8,325"), row(t, "หน่วยงานที่ประเมิน (แห่ง)").subList(1, 5));
        BigDecimal mean = mean(now);
        BigDecimal previous = mean(before);
        assertEquals(List.of(previous.toPlainString(), mean.toPlainString(), signed(mean.subtract(previous)), "93.05 *"),
                row(t, "คะแนนเฉลี่ย").subList(1, 5));
        int passed = passed(now);
        int passedBefore = passed(before);
        assertEquals(List.of(String.valueOf(passedBefore), String.valueOf(passed), signed(passed - passedBefore), "–"),
                row(t, "ได้ 85 คะแนนขึ้นไป (แห่ง)").subList(1, 5));
        BigDecimal share = share(passed, now.size());
        BigDecimal shareBefore = share(passedBefore, before.size());
        assertEquals(List.of(shareBefore.toPlainString(), share.toPlainString(), signed(share.subtract(shareBefore)),
                "92.40 *"), row(t, "ได้ 85 คะแนนขึ้นไป (ร้อยละ)").subList(1, 5));
        BigDecimal eighty = BigDecimal.valueOf(80);
        assertEquals(List.of(signed(shareBefore.subtract(eighty)), signed(share.subtract(eighty)), "", "+12.40 *"),
                row(t, "เทียบเป้าหมายร้อยละ 80").subList(1, 5));
    }

    @Test
    void thePointsToActOnNameTheBestAndWeakestAndWhoToChase() {
        List<AgencyYear> now = year(YEAR);
        List<List<String>> t = table(1);
        assertEquals("ประเด็นที่ควรพิจารณา", t.get(0).get(0));
        Map<String, BigDecimal> districts = means(now, r -> r.agency().district());
        assertEquals(7, districts.size());
        String bestD = best(districts);
        String weakD = weakest(districts);
        assertEquals("สูงสุด " + bestD + " " + districts.get(bestD) + " / ต่ำสุด " + weakD + " " + districts.get(weakD),
                row(t, "คะแนนเฉลี่ยรายอำเภอ").get(1));
        Map<String, BigDecimal> types = means(now, r -> r.agency().type().groupLabel());
        assertEquals(3, types.size(), types.toString());
        String bestT = best(types);
        String weakT = weakest(types);
        long bestCount = now.stream().filter(r -> r.agency().type().groupLabel().equals(bestT)).count();
        assertEquals("สูงสุด " + bestT + " " + types.get(bestT) + (bestCount == 1 ? " (1 แห่ง)" : "") + " / ต่ำสุด "
                + weakT + " " + types.get(weakT), row(t, "คะแนนเฉลี่ยรายประเภท").get(1));
        // 2567's measures document is o34 and its report o35
        long checked = now.stream().filter(r -> item(r, "o34").isPresent() || item(r, "o35").isPresent()).count();
        long o34 = now.stream().filter(r -> item(r, "o34").map(s -> s.compareTo(BigDecimal.valueOf(100)) < 0)
                .orElse(false)).count();
        long o35 = now.stream().filter(r -> item(r, "o35").map(s -> s.compareTo(BigDecimal.valueOf(100)) < 0)
                .orElse(false)).count();
        assertTrue(o34 > 0 && o35 > 0, "the samples fail both items somewhere");
        assertEquals("o34 ไม่ผ่าน " + o34 + ", o35 ไม่ผ่าน " + o35 + " จาก " + checked + " แห่ง",
                row(t, "ข้อมาตรการ / รายงานผล").get(1));
        assertEquals("ไม่มี (ทุกแห่งที่มีผลปีก่อนมีผลปีนี้)", row(t, "ไม่มีผลปี 2567").get(1), "every agency has a 2567 result");
        AgencyYear fell = null;
        BigDecimal worst = BigDecimal.ZERO;
        for (AgencyYear r : now) {
            for (AgencyYear p : year(YEAR - 1)) {
                if (p.agency().name().equals(r.agency().name()) && p.agency().district().equals(r.agency().district())
                        && r.total().subtract(p.total()).compareTo(worst) < 0) {
                    worst = r.total().subtract(p.total());
                    fell = r;
                }
            }
        }
        assertTrue(fell != null, "an agency fell");
        BigDecimal to = fell.total();
        assertEquals(fell.agency().type().abbreviation() + fell.agency().coreName() + " จาก " + to.subtract(worst)
                + " เป็น " + to + " (" + signed(worst) + ")", row(t, "คะแนนลดลงมากที่สุด").get(1));
        int[] lowest = new int[11];
        for (AgencyYear r : now) {
            BigDecimal min = r.indicators().stream().min(Comparator.naturalOrder()).orElseThrow();
            for (int n = 1; n <= 10; n++) {
                if (r.indicator(n).compareTo(min) == 0) {
                    lowest[n]++;
                }
            }
        }
        int most = 1;
        for (int n = 2; n <= 10; n++) {
            most = lowest[n] > lowest[most] ? n : most;
        }
        assertTrue(row(t, "ตัวชี้วัดที่ต่ำสุดบ่อยที่สุด").get(1).startsWith("ตัวชี้วัดที่ " + most + " ")
                && row(t, "ตัวชี้วัดที่ต่ำสุดบ่อยที่สุด").get(1).endsWith(" (" + lowest[most] + " จาก " + now.size()
                + " แห่ง)"), row(t, "ตัวชี้วัดที่ต่ำสุดบ่อยที่สุด").get(1));
    }

    @Test
    void theBodyHasItsSectionsTablesAndCharts() {
        List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
        assertEquals(List.of("บทสรุปสำหรับผู้บริหาร", "1. ผลการประเมินภาพรวมเปรียบเทียบรายปี", "2. ผลการประเมินรายตัวชี้วัด",
                "3. ผลการประเมินรายอำเภอและประเภทหน่วยงาน", "4. อันดับผลการประเมินของหน่วยงานในจังหวัด",
                "5. หน่วยงานที่ได้คะแนนต่ำกว่า 85 คะแนน", "6. ข้อการเปิดเผยข้อมูลสาธารณะ (OIT) ที่ไม่ผ่านมากที่สุด",
                "7. หน่วยงานที่ควรติดตาม"), headings);
        assertEquals(4, doc.getCharts().size(), "passing and mean per year, indicators, districts");
        // the ranking: every agency with a 2567 total, best first
        int at = doc.getTables().stream().map(t -> t.getRow(0).getCell(0).getText()).toList().indexOf("อันดับ");
        assertTrue(at > 0, "a ranking table");
        List<List<String>> ranking = table(at);
        assertEquals(year(YEAR).size() + 1, ranking.size());
        BigDecimal top = year(YEAR).stream().map(AgencyYear::total).max(Comparator.naturalOrder()).orElseThrow();
        assertEquals(List.of("1", top.toPlainString()), List.of(ranking.get(1).get(0), ranking.get(1).get(3)));
        // page 1 is the executive summary alone: what follows starts on a new page
        assertTrue(doc.getParagraphs().stream().anyMatch(XWPFParagraph::isPageBreak));
    }

    @Test
    void everyDistrictHasItsWorkbook() throws IOException {
        Map<String, Long> agencies = year(YEAR).stream().collect(Collectors.groupingBy(r -> r.agency().district(),
                Collectors.counting()));
        assertEquals(7, agencies.size());
        List<String> found;
        try (Stream<Path> s = Files.walk(out.resolve(PROVINCE))) {
            found = s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("สรุปอำเภอ")).sorted().toList();
        }
        assertEquals(agencies.keySet().stream().map(d -> "สรุปอำเภอ" + d + ".xlsx").sorted().toList(), found);
        for (Map.Entry<String, Long> e : agencies.entrySet()) {
            Path file = out.resolve(PROVINCE).resolve(e.getKey()).resolve("สรุปอำเภอ" + e.getKey() + ".xlsx");
            try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                List<Row> rows = new ArrayList<>();
                wb.getSheet("อันดับ").forEach(r -> {
                    if (r.getRowNum() > 2) {
                        rows.add(r);
                    }
                });
                assertEquals(e.getValue().intValue(), rows.size(), e.getKey() + ": one row per agency");
                assertTrue(rows.stream().allMatch(r -> r.getCell(1).getStringCellValue().matches("\\d+ จาก 46")),
                        e.getKey() + ": every agency's rank in the province");
            }
        }
    }

    @Test
    void libreOfficePrintsTheSummaryOnOnePageAndTheChartsAfterIt() throws IOException {
        LibreOfficeHarness lo = LibreOfficeHarness.require();
        Path pdf = lo.toPdf(report, tmp.resolve("pdf"));
        String first = pdftotext(pdf, 1, 1);
        String rest = pdftotext(pdf, 2, 99);
        assertTrue(first.contains("บทสรุปสำหรับผู้บริหาร") && first.contains("ตัวชี้วัดที่ต่ำสุดบ่อยที่สุด"),
                "the whole summary on page 1: " + first);
        assertTrue(rest.startsWith("2") && rest.contains("1. ผลการประเมินภาพรวม"), "page 2 starts the body");
        for (String chart : List.of("แผนภูมิที่ 1", "แผนภูมิที่ 2", "แผนภูมิที่ 3", "แผนภูมิที่ 4")) {
            assertTrue(rest.contains(chart), chart + " drawn");
        }
        // the country's share of 2567 is drawn only by the first chart
        assertTrue(rest.contains("92.40"), "the country's bar labelled");
    }

    @Test
    void withPdfTheReportIsPrintedBesideItsDocx() throws IOException {
        LibreOfficeHarness.require();
        Path pdfOut = tmp.resolve("pdf-run");
        // two agencies of one file: the smallest province that gets a report
        Path twoAgencies = AnalyzeIT.SAMPLES.resolve("2567").resolve("อำเภอดอนศิลา").resolve("ดอนศิลา-สองหน่วยงาน.xlsx");
        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", twoAgencies.toString(), "--out", pdfOut.toString(), "--quiet",
                "--format", "docx", "--pdf");
        assertEquals(0, r.code(), r.out() + r.err());
        Path pdf = pdfOut.resolve(PROVINCE).resolve("รายงานจังหวัด" + PROVINCE + "-" + YEAR + ".pdf");
        assertTrue(Files.exists(pdf.resolveSibling("รายงานจังหวัด" + PROVINCE + "-" + YEAR + ".docx")) && Files.exists(pdf),
                "the report and its PDF");
        String first = pdftotext(pdf, 1, 1);
        assertTrue(first.contains("บทสรุปสำหรับผู้บริหาร") && first.contains("ITA 2 แห่ง"), first);
    }

    private static String pdftotext(Path pdf, int first, int last) throws IOException {
        Process p;
        try {
            p = new ProcessBuilder("pdftotext", "-f", String.valueOf(first), "-l", String.valueOf(last), "-raw", "-enc",
                    "UTF-8", pdf.toString(), "-").redirectErrorStream(true).start();
        } catch (IOException e) {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank()) {
                throw new AssertionError("pdftotext (poppler-utils) is not installed, and CI is set", e);
            }
            Assumptions.assumeTrue(false, "pdftotext is not installed; skipping");
            throw e;
        }
        byte[] text = p.getInputStream().readAllBytes();
        try {
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new String(text, StandardCharsets.UTF_8);
    }
}
