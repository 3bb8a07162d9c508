package ita.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.framework.FrameworkCatalog;
import ita.model.AgencyType;
import ita.model.AgencyYear;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledSamplesTest {

    @TempDir
    static Path dir;

    static SampleReport report;

    @BeforeAll
    static void write() throws IOException {
        report = BundledSamples.write(dir);
    }

    private static Path file(String path) {
        return dir.resolve(path);
    }

    private static Map<String, AgencyYear> expected(int year) {
        return BundledSamples.expected().stream().filter(r -> r.fiscalYear() == year)
                .collect(Collectors.toMap(r -> r.agency().name(), r -> r));
    }

    @Test
    void theProvinceHasAtLeast40AgenciesIn5DistrictsOver2563To2567() {
        List<AgencyYear> all = BundledSamples.expected();
        Set<String> agencies = all.stream().map(r -> r.agency().id()).collect(Collectors.toSet());
        assertTrue(agencies.size() >= 40, "agencies " + agencies.size());
        assertTrue(all.stream().map(r -> r.agency().district()).distinct().count() >= 5);
        assertEquals(Set.of(2563, 2564, 2565, 2566, 2567), all.stream().map(AgencyYear::fiscalYear)
                .collect(Collectors.toSet()));
        Map<AgencyType, Long> types = all.stream().filter(r -> r.fiscalYear() == 2567)
                .collect(Collectors.groupingBy(r -> r.agency().type(), Collectors.counting()));
        assertEquals(1L, types.get(AgencyType.PAO));
        assertEquals(1L, types.get(AgencyType.TOWN_MUNICIPALITY));
        assertTrue(types.get(AgencyType.SUBDISTRICT_MUNICIPALITY) >= 3);
        assertTrue(types.get(AgencyType.SAO) >= 30);
        assertEquals(46 * 5 - 3, all.size(), "three agencies miss one year");
    }

    @Test
    void everyPublishedAgencyYearObeysTheFramework() {
        for (AgencyYear r : BundledSamples.expected()) {
            FrameworkCheck.assertObeys(r, FrameworkCatalog.standard().framework(r.fiscalYear()));
        }
    }

    @Test
    void everyFileIsWhatTheManifestSaysByItsBytes() throws IOException {
        List<BundledFile> manifest = BundledSamples.manifest();
        for (BundledFile f : manifest) {
            assertEquals(f.format(), FileKinds.of(file(f.path())), f.path());
            assertTrue(Files.size(file(f.path())) > 500, f.path());
        }
        assertEquals(Set.of(BundledFile.XLSX, BundledFile.XLS, BundledFile.HTML, BundledFile.CSV_UTF8_BOM,
                BundledFile.CSV_UTF8, BundledFile.CSV_WINDOWS_874),
                manifest.stream().map(BundledFile::format).collect(Collectors.toSet()));
        assertEquals(EnumSet.allOf(SampleLayout.class),
                manifest.stream().map(BundledFile::layout).collect(Collectors.toCollection(() -> EnumSet.noneOf(SampleLayout.class))));
        assertEquals(manifest.size() + 2, report.files());
        assertTrue(report.bytes() < 2_000_000, "bundled samples stay small: " + report.bytes());
    }

    @Test
    void detailInEveryFormat() {
        Set<String> formats = BundledSamples.manifest().stream().filter(f -> f.layout() == SampleLayout.DETAIL)
                .map(BundledFile::format).collect(Collectors.toSet());
        assertEquals(Set.of(BundledFile.XLSX, BundledFile.XLS, BundledFile.HTML), formats);
    }

    @Test
    void writesTheSameBytesEachTime(@TempDir Path again) throws IOException {
        BundledSamples.write(again);
        for (BundledFile f : BundledSamples.manifest()) {
            assertArrayEquals(Files.readAllBytes(file(f.path())), Files.readAllBytes(again.resolve(f.path())), f.path());
        }
    }

    @Test
    void every2567DetailWorkbookHoldsItsAgencysFigures() throws IOException {
        Map<String, AgencyYear> expected = expected(2567);
        int sheets = 0;
        for (BundledFile f : BundledSamples.manifest()) {
            if (f.fiscalYear() != 2567 || f.format().equals(BundledFile.HTML) || f.path().startsWith("seeds/")) {
                continue;
            }
            try (Workbook wb = Workbooks.open(file(f.path()))) {
                for (Sheet s : wb) {
                    AgencyYear r = expected.get(Workbooks.text(Workbooks.valueOf(s, "หน่วยงาน")));
                    boolean thai = f.note().startsWith("Thai digits");
                    String total = Workbooks.text(Workbooks.valueOf(s, thai ? "คะแนนภาพรวม" : "คะแนนรวม"));
                    assertEquals(thai ? ita.text.ThaiText.toThaiDigits(r.total().toPlainString()) : plain(r.total()),
                            total, f.path());
                    assertEquals(r.level(), Workbooks.text(Workbooks.valueOf(s, "ระดับผลการประเมิน")), f.path());
                    Row header = Workbooks.rowLabelled(s, "แบบ").orElseThrow();
                    for (int n = 1; n <= 10; n++) {
                        String v = Workbooks.text(s.getRow(header.getRowNum() + n).getCell(3));
                        assertEquals(thai ? ita.text.ThaiText.toThaiDigits(r.indicator(n).toPlainString())
                                : plain(r.indicator(n)), v, f.path() + " indicator " + n);
                    }
                    String o34 = thai ? "ข้อ ๐๓๔" : "o34";
                    assertEquals(r.oitItems().get(33).passed() ? "ผ่าน" : "ไม่ผ่าน",
                            Workbooks.text(Workbooks.rowWithCode(s, o34).getCell(4)), f.path());
                    sheets++;
                }
            }
        }
        assertEquals(expected.size() - 1, sheets, "every 2567 agency but the HTML one");
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    @Test
    void twoAgenciesShareOneWorkbookOnTwoSheets() throws IOException {
        try (Workbook wb = Workbooks.open(file("2567/อำเภอดอนศิลา/ดอนศิลา-สองหน่วยงาน.xlsx"))) {
            assertEquals(List.of("ทต.ดอนศิลา", "อบต.ดอนศิลา"), List.of(wb.getSheetName(0), wb.getSheetName(1)));
            assertEquals("เทศบาลตำบลดอนศิลา", Workbooks.text(Workbooks.valueOf(wb.getSheetAt(0), "หน่วยงาน")));
            assertEquals("องค์การบริหารส่วนตำบลดอนศิลา", Workbooks.text(Workbooks.valueOf(wb.getSheetAt(1), "หน่วยงาน")));
        }
    }

    @Test
    void seed003WeightedTableReadsBackAsPublished() throws IOException {
        try (Workbook wb = Workbooks.open(file("seeds/seed-003-ทับคล้อ-2565.xlsx"))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals(new BigDecimal("73.35"), Workbooks.number(Workbooks.valueOf(s, "คะแนนรวม")));
            assertEquals("C", Workbooks.text(Workbooks.valueOf(s, "ระดับผลการประเมิน")));
            assertEquals("องค์การบริหารส่วนตำบลทับคล้อ", Workbooks.text(Workbooks.valueOf(s, "หน่วยงาน")));
            Row header = Workbooks.rowLabelled(s, "ตัวชี้วัด").orElseThrow();
            assertEquals("คะแนนถ่วงน้ำหนัก", Workbooks.text(header.getCell(4)));
            String[] indicators = {"100", "99.5", "100", "99.45", "100", "88.21", "66.15", "81.35", "74.21", "25"};
            for (int n = 1; n <= 10; n++) {
                Row row = s.getRow(header.getRowNum() + n);
                assertTrue(Workbooks.text(row.getCell(0)).startsWith("ตัวชี้วัดที่ " + n + " "));
                assertEquals(indicators[n - 1], Workbooks.text(row.getCell(1)), "indicator " + n);
            }
            Map<Integer, List<String>> tools = Map.of(1, List.of("99.8", "30", "29.94"), 6, List.of("78.57", "30", "23.57"),
                    9, List.of("49.6", "40", "19.84"));
            tools.forEach((n, v) -> {
                Row row = s.getRow(header.getRowNum() + n);
                assertEquals(v, List.of(2, 3, 4).stream().map(c -> Workbooks.text(row.getCell(c))).toList());
            });
            Row sum = Workbooks.rowLabelled(s, "รวม").orElseThrow();
            assertEquals("73.35", Workbooks.text(sum.getCell(4)));
            for (String code : List.of("O2", "O11", "O12", "O20", "O23", "O24", "O27", "O28", "O36", "O37", "O38",
                    "O42", "O43")) {
                Row row = Workbooks.rowWithCode(s, code);
                assertEquals("0", Workbooks.text(row.getCell(3)), code);
                assertEquals("ไม่ผ่าน", Workbooks.text(row.getCell(4)), code);
                assertFalse(Workbooks.text(row.getCell(5)).isBlank(), code);
            }
        }
    }

    @Test
    void seed000IsWrittenInThaiDigitsAsPublished() throws IOException {
        try (Workbook wb = Workbooks.open(file("seeds/seed-000-นาทราย-2567.xlsx"))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", Workbooks.text(s.getRow(1).getCell(0)));
            assertEquals("๘๑.๕๒", Workbooks.text(Workbooks.valueOf(s, "คะแนนภาพรวม")));
            assertEquals("ต้องปรับปรุง", Workbooks.text(Workbooks.valueOf(s, "ระดับผลการประเมิน")));
            assertEquals("อำเภอพิบูลย์รักษ์", Workbooks.text(Workbooks.valueOf(s, "อำเภอ")));
            Row header = Workbooks.rowLabelled(s, "แบบ").orElseThrow();
            assertEquals("๖๘.๔๕", Workbooks.text(s.getRow(header.getRowNum() + 9).getCell(3)));
            assertEquals("๔๖.๘๘", Workbooks.text(Workbooks.rowWithCode(s, "i๑๐").getCell(3)));
            assertEquals("๑๐๐", Workbooks.text(Workbooks.rowWithCode(s, "e๓").getCell(3)));
            assertEquals("๑๐๐.๐๐", Workbooks.text(Workbooks.rowWithCode(s, "ข้อ ๐๒๒").getCell(3)));
            assertEquals("๕๐.๐๐", Workbooks.text(Workbooks.rowWithCode(s, "ข้อ ๐๑๔").getCell(3)));
            assertEquals("ไม่ผ่าน", Workbooks.text(Workbooks.rowWithCode(s, "ข้อ ๐๓๔").getCell(4)));
        }
    }

    @Test
    void seed002HasTheTotalLevelAndIndicatorsOnly() throws IOException {
        try (Workbook wb = Workbooks.open(file("seeds/seed-002-บาตง-2565.xlsx"))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals(new BigDecimal("91.93"), Workbooks.number(Workbooks.valueOf(s, "คะแนนรวม")));
            assertEquals("A", Workbooks.text(Workbooks.valueOf(s, "ระดับผลการประเมิน")));
            assertEquals("รือเสาะ", Workbooks.text(Workbooks.valueOf(s, "อำเภอ")));
            Row header = Workbooks.rowLabelled(s, "แบบ").orElseThrow();
            assertEquals("79.45", Workbooks.text(s.getRow(header.getRowNum() + 8).getCell(3)));
            assertTrue(Workbooks.rowLabelled(s, "เครื่องมือ").isEmpty(), "no question table: the document has none");
        }
    }

    @Test
    void provinceReportTotalsEqualTheListTotalsOf2563() throws IOException {
        List<String> lines = List.of(new String(Files.readAllBytes(file("2563/province-report-2563.csv")),
                SampleFormat.WINDOWS_874).split("\r\n"));
        assertTrue(lines.get(0).startsWith("รายงานผลคะแนนการประเมิน ITA รายหน่วยงาน จังหวัดนครสุวรรณ"));
        assertEquals("#,หน่วยงาน,อำเภอ,จังหวัด,คะแนนเฉลี่ย", lines.get(2));
        Map<String, BigDecimal> report = new HashMap<>();
        for (String line : lines.subList(3, lines.size())) {
            String[] f = line.split(",");
            report.put(f[1], new BigDecimal(f[4]));
        }
        Map<String, BigDecimal> list = new HashMap<>();
        try (Workbook wb = Workbooks.open(file("2563/indicators-2563.xls"))) {
            Sheet s = wb.getSheetAt(0);
            Row header = s.getRow(11);
            assertEquals("ที่", Workbooks.text(header.getCell(0)), "header on row 12");
            assertEquals("ชื่อหน่วยงาน", Workbooks.text(header.getCell(1)));
            assertEquals("คะแนนรวม", Workbooks.text(header.getCell(16)));
            for (int r = 12; r <= s.getLastRowNum(); r++) {
                list.put(Workbooks.text(s.getRow(r).getCell(1)), Workbooks.number(s.getRow(r).getCell(16)));
            }
            assertTrue(s.getNumMergedRegions() >= 6, "merged title and group cells");
        }
        assertEquals(46, report.size());
        assertEquals(report.keySet(), list.keySet());
        report.forEach((name, total) -> assertEquals(0, total.compareTo(list.get(name)), name));
        expected(2563).forEach((name, r) -> assertEquals(0, r.total().compareTo(report.get(name)), name));
    }

    @Test
    void namesChangeStyleAndSomeYearsHaveGaps() throws IOException {
        String y2564 = new String(Files.readAllBytes(file("2564/indicators-2564.csv")), StandardCharsets.UTF_8);
        assertTrue(y2564.contains("\n2,ทม.นครสุวรรณ,"), "short names in 2564");
        assertTrue(y2564.contains(",อบต.นาคำ,") && y2564.contains(",อบต.นาดำ,"));
        assertFalse(y2564.contains("อบต.โนนงาม"), "no 2564 row for อบต.โนนงาม");
        assertTrue(y2564.contains(",หมายเหตุ\r\n"));
        String y2565 = new String(Files.readAllBytes(file("2565/indicators-2565.xls")), StandardCharsets.UTF_8);
        assertTrue(y2565.contains("<td>องค์การบริหารส่วนตำบลนาคำ</td>") && y2565.contains("<td>องค์การบริหารส่วนตำบลนาดำ</td>"));
        assertFalse(y2565.contains("ป่าหวาย") || y2565.contains("บางไผ่"), "no 2565 rows for ป่าหวาย and บางไผ่");
        assertTrue(y2565.contains("<th>การปฏิบัติหน้าที่</th>"));
        String y2566 = Files.readString(file("2566/long-2566.csv"));
        assertTrue(y2566.startsWith("หน่วยงาน,อำเภอ,จังหวัด,ประเภท,ปีงบประมาณ,รายการ,คะแนน\r\n"));
        assertTrue(y2566.contains("องค์การบริหารส่วนตำบลบางไผ่,เมืองนครสุวรรณ,นครสุวรรณ,อบต.,2566,รวม,"));
    }

    @Test
    void theOneLetterPairIsTwoAgenciesInOneDistrict() {
        Map<String, AgencyYear> y2567 = expected(2567);
        AgencyYear kham = y2567.get("องค์การบริหารส่วนตำบลนาคำ");
        AgencyYear dam = y2567.get("องค์การบริหารส่วนตำบลนาดำ");
        assertEquals(kham.agency().district(), dam.agency().district());
        assertEquals(1, ita.text.ThaiText.distance(kham.agency().coreName(), dam.agency().coreName()));
        assertFalse(kham.agency().id().equals(dam.agency().id()));
    }

    @Test
    void readmeNamesTheFilesAndTheSeeds() throws IOException {
        String readme = Files.readString(dir.resolve("README.md"));
        for (BundledFile f : BundledSamples.manifest()) {
            if (!f.path().startsWith("2567/")) {
                assertTrue(readme.contains("`" + f.path() + "`"), f.path());
            }
        }
        assertTrue(readme.contains("81.52") && readme.contains("91.93") && readme.contains("73.35"));
    }

    @Test
    void seedsAreTheRealPublishedFigures() {
        List<AgencyYear> seeds = BundledSamples.seeds();
        assertEquals(List.of("81.52", "91.93", "73.35"), seeds.stream().map(r -> r.total().toPlainString()).toList());
        assertEquals(List.of("ต้องปรับปรุง", "A", "C"), seeds.stream().map(AgencyYear::level).toList());
        AgencyYear naSai = seeds.get(0);
        assertEquals(24, naSai.questions().size());
        assertEquals(35, naSai.oitItems().size());
        // o22 = 100 is the value that reproduces the published indicator 9 of 68.45
        var f = FrameworkCatalog.standard().framework(2567);
        Map<String, BigDecimal> items = naSai.oitItems().stream()
                .collect(Collectors.toMap(ita.model.OitItemScore::code, ita.model.OitItemScore::score));
        List<BigDecimal> subs = f.subIndicatorsOf(9).stream()
                .map(sub -> ita.analysis.Scoring.mean(sub.items().stream().map(items::get).toList())).toList();
        assertEquals(new BigDecimal("68.45"), f.round(ita.analysis.Scoring.mean(subs)));
    }
}
