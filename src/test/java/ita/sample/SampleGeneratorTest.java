package ita.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.AgencyYear;
import ita.model.Tool;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {

    @TempDir
    Path out;

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    @Test
    void writesOneDetailWorkbookPerAgencyAndYearByDefault() throws IOException {
        SampleOptions o = SampleOptions.builder().agencies(50).years(2566, 2567).out(out).threads(2).build();
        SampleReport r = new SampleGenerator().generate(o);
        assertEquals(100, r.files());
        assertEquals(50, r.agencies());
        assertEquals(100, r.agencyYears());
        assertEquals(Map.of(SampleLayout.DETAIL, 100L), r.filesByLayout());
        List<Path> written = files(out);
        assertEquals(100, written.size());
        assertTrue(written.stream().allMatch(p -> p.toString().endsWith(".xlsx")));
        assertEquals(written.stream().mapToLong(p -> p.toFile().length()).sum(), r.bytes());
    }

    @Test
    void detailCellsHoldTheAgencysResult() throws IOException {
        SampleOptions o = SampleOptions.builder().agencies(12).years(2566, 2567).out(out).build();
        new SampleGenerator().generate(o);
        SampleUniverse u = SampleUniverse.national(12, SampleOptions.DEFAULT_SEED);
        for (int year : List.of(2566, 2567)) {
            SampleAgency a = u.agencies().get(5);
            AgencyYear expected = u.result(a, year).orElseThrow();
            Path file = out.resolve(Integer.toString(year)).resolve(a.agency().province()).resolve(a.agency().district())
                    .resolve(a.agency().name() + ".xlsx");
            try (Workbook wb = Workbooks.open(file)) {
                Sheet s = wb.getSheetAt(0);
                assertEquals("ประจำปีงบประมาณ พ.ศ. " + year, Workbooks.text(s.getRow(1).getCell(0)));
                assertEquals(a.agency().name(), Workbooks.text(Workbooks.valueOf(s, "หน่วยงาน")));
                assertEquals(a.agency().code(), Workbooks.text(Workbooks.valueOf(s, "รหัสหน่วยงาน")));
                assertEquals(0, expected.total().compareTo(Workbooks.number(Workbooks.valueOf(s, "คะแนนรวม"))));
                assertEquals(expected.level(), Workbooks.text(Workbooks.valueOf(s, "ระดับผลการประเมิน")));
                Row header = Workbooks.rowLabelled(s, "แบบ").orElseThrow();
                for (int n = 1; n <= 10; n++) {
                    Row row = s.getRow(header.getRowNum() + n);
                    assertEquals(n, (int) row.getCell(1).getNumericCellValue());
                    assertEquals(0, expected.indicator(n).compareTo(Workbooks.number(row.getCell(3))), "indicator " + n);
                }
                for (var q : expected.questions()) {
                    assertEquals(0, q.score().compareTo(Workbooks.number(Workbooks.rowWithCode(s, q.code()).getCell(3))),
                            q.code());
                }
                for (var item : expected.oitItems()) {
                    Row row = Workbooks.rowWithCode(s, item.code());
                    assertEquals(0, item.score().compareTo(Workbooks.number(row.getCell(3))), item.code());
                    assertEquals(item.passed() ? "ผ่าน" : "ไม่ผ่าน", Workbooks.text(row.getCell(4)));
                    assertEquals(item.comment(), Workbooks.text(row.getCell(5)));
                }
            }
        }
    }

    @Test
    void writesEveryLayoutInEveryFormatEachFormatInItsOwnFolder() throws IOException {
        SampleOptions o = SampleOptions.builder().agencies(20).years(2567, 2567).out(out)
                .layouts(SampleLayout.parse("all")).formats(EnumSet.allOf(SampleFormat.class)).build();
        SampleReport r = new SampleGenerator().generate(o);
        assertEquals(5 * (20 + 3), r.files());
        Map<SampleFormat, String> kinds = Map.of(SampleFormat.XLSX, BundledFile.XLSX, SampleFormat.XLS, BundledFile.XLS,
                SampleFormat.HTML, BundledFile.HTML, SampleFormat.CSV, BundledFile.CSV_UTF8_BOM,
                SampleFormat.CSV_874, BundledFile.CSV_WINDOWS_874);
        for (SampleFormat f : SampleFormat.values()) {
            List<Path> written = files(out.resolve(f.label()));
            assertEquals(23, written.size(), f.label());
            for (Path p : written) {
                assertTrue(p.toString().endsWith(f.extension()), p.toString());
                assertEquals(kinds.get(f), FileKinds.of(p), p.toString());
                if (f == SampleFormat.XLSX || f == SampleFormat.XLS) {
                    try (Workbook wb = Workbooks.open(p)) {
                        assertTrue(wb.getSheetAt(0).getPhysicalNumberOfRows() > 2, p.toString());
                    }
                }
            }
        }
    }

    @Test
    void listReportAndLongFilesAgreeWithTheUniverse() throws IOException {
        SampleOptions o = SampleOptions.builder().agencies(30).years(2565, 2565).out(out)
                .layouts(SampleLayout.LIST, SampleLayout.REPORT, SampleLayout.LONG).formats(SampleFormat.XLSX).build();
        new SampleGenerator().generate(o);
        SampleUniverse u = SampleUniverse.national(30, SampleOptions.DEFAULT_SEED);
        String province = u.provinces().get(0);
        List<AgencyYear> results = u.results(province, 2565);
        try (Workbook wb = Workbooks.open(out.resolve("2565/list-" + province + "-2565.xlsx"))) {
            Sheet s = wb.getSheetAt(0);
            Row header = Workbooks.rowLabelled(s, "ลำดับ").orElseThrow();
            assertEquals("คะแนนรวม", Workbooks.text(header.getCell(19)));
            for (int i = 0; i < results.size(); i++) {
                Row row = s.getRow(header.getRowNum() + 1 + i);
                AgencyYear r = results.get(i);
                assertEquals(r.agency().name(), Workbooks.text(row.getCell(1)));
                assertEquals(0, r.indicator(9).compareTo(Workbooks.number(row.getCell(14))));
                assertEquals(0, r.tool(Tool.OIT).compareTo(Workbooks.number(row.getCell(18))));
                assertEquals(0, r.total().compareTo(Workbooks.number(row.getCell(19))));
                assertEquals(r.level(), Workbooks.text(row.getCell(20)));
            }
        }
        try (Workbook wb = Workbooks.open(out.resolve("2565/report-" + province + "-2565.xlsx"))) {
            Sheet s = wb.getSheetAt(0);
            Row header = Workbooks.rowLabelled(s, "#").orElseThrow();
            assertEquals(List.of("#", "หน่วยงาน", "อำเภอ", "จังหวัด", "คะแนนเฉลี่ย"),
                    List.of(0, 1, 2, 3, 4).stream().map(c -> Workbooks.text(header.getCell(c))).toList());
            BigDecimal previous = BigDecimal.valueOf(101);
            for (int i = 1; i <= results.size(); i++) {
                BigDecimal total = Workbooks.number(s.getRow(header.getRowNum() + i).getCell(4));
                assertTrue(total.compareTo(previous) <= 0, "ranked best first");
                previous = total;
            }
        }
        try (Workbook wb = Workbooks.open(out.resolve("2565/long-" + province + "-2565.xlsx"))) {
            assertEquals(1 + results.size() * 15, wb.getSheetAt(0).getPhysicalNumberOfRows());
        }
    }

    @Test
    void theSameSeedWritesTheSameBytesWhateverTheNumberOfThreads() throws IOException {
        List<byte[]> contents = new ArrayList<>();
        for (int threads : new int[] {1, 3}) {
            Path dir = out.resolve("t" + threads);
            new SampleGenerator().generate(SampleOptions.builder().agencies(25).years(2564, 2565).out(dir)
                    .layouts(SampleLayout.parse("all")).threads(threads).build());
            for (Path p : files(dir)) {
                contents.add(Files.readAllBytes(p));
            }
        }
        assertEquals(0, contents.size() % 2);
        int half = contents.size() / 2;
        for (int i = 0; i < half; i++) {
            assertArrayEquals(contents.get(i), contents.get(half + i));
        }
    }

    @Test
    void listenerHearsThePlanAndEveryFile() throws IOException {
        AtomicLong planned = new AtomicLong();
        Set<Path> heard = ConcurrentHashMap.newKeySet();
        new SampleGenerator().generate(SampleOptions.builder().agencies(10).years(2567, 2567).out(out).build(),
                new SampleListener() {
                    @Override
                    public void planned(long files) {
                        planned.set(files);
                    }

                    @Override
                    public void written(Path file) {
                        heard.add(file);
                    }
                });
        assertEquals(10, planned.get());
        assertEquals(Set.copyOf(files(out)), heard);
    }

    @Test
    void csvInWindows874CarriesThaiNamesInOneBytePerLetter() throws IOException {
        new SampleGenerator().generate(SampleOptions.builder().agencies(5).years(2567, 2567).out(out)
                .layouts(SampleLayout.REPORT).formats(SampleFormat.CSV_874).build());
        Path file = files(out).get(0);
        String text = new String(Files.readAllBytes(file), SampleFormat.WINDOWS_874);
        assertTrue(text.contains("#,หน่วยงาน,อำเภอ,จังหวัด,คะแนนเฉลี่ย"), text);
        assertTrue(!FileKinds.validUtf8(Files.readAllBytes(file)));
        assertTrue(!new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).startsWith("\u00EF\u00BB\u00BF"));
    }

    @Test
    void optionsRefuseWhatCannotBeGenerated() {
        Path dir = Path.of("x");
        var e = assertThrows(IllegalArgumentException.class,
                () -> SampleOptions.builder().out(dir).years(2567, 2563).build());
        assertTrue(e.getMessage().contains("2567-2563"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SampleOptions.builder().out(dir).years(2020, 2024).build());
        assertThrows(IllegalArgumentException.class, () -> SampleOptions.builder().out(dir).threads(0).build());
        assertThrows(IllegalArgumentException.class, () -> SampleOptions.builder().out(dir).agencies(0).build());
        assertThrows(IllegalArgumentException.class, () -> SampleOptions.builder().build());
        assertThrows(IllegalArgumentException.class, () -> SampleOptions.builder().out(dir).layouts(List.of()).build());
    }

    @Test
    void defaultsAreTheNationalBenchmark() {
        SampleOptions o = SampleOptions.builder().out(Path.of("x")).build();
        assertEquals(8_300, o.agencies());
        assertEquals(List.of(2563, 2564, 2565, 2566, 2567), o.years());
        assertEquals(Set.of(SampleLayout.DETAIL), o.layouts());
        assertEquals(Set.of(SampleFormat.XLSX), o.formats());
        assertEquals(SampleOptions.DEFAULT_SEED, o.seed());
    }

    @Test
    void parsesCommandLineNames() {
        assertEquals(EnumSet.allOf(SampleLayout.class), SampleLayout.parse("ALL"));
        assertEquals(Set.of(SampleLayout.REPORT), SampleLayout.parse("report"));
        assertEquals(SampleFormat.CSV_874, SampleFormat.parse("csv-874"));
        assertEquals(SampleFormat.HTML, SampleFormat.parse(" html "));
        var e = assertThrows(IllegalArgumentException.class, () -> SampleFormat.parse("ods"));
        assertTrue(e.getMessage().contains("\"ods\""), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SampleLayout.parse("wide"));
    }
}
