package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ita analyze} end to end, in-process, on the bundled samples plus broken files: exit code 3,
 * every good agency written, every bad file in the run report with its reason, inputs untouched.
 */
class AnalyzeIT {

    static final Path SAMPLES = Path.of("sample-workbooks");
    static final Path BROKEN = Path.of("src/test/resources/ingest/formats");
    static final List<String> BAD = List.of("empty.xlsx", "truncated.xlsx", "encrypted.xlsx", "zip-bomb.xlsx",
            "xxe.xlsx", "billion-laughs.xlsx", "bzip2-method.xlsx", "html-no-table.xls", "broken-biff.xls",
            "binary-garbage.xlsx");

    record Run(int code, String out, String err) {
    }

    static Run ita(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void samplesPlusBrokenFilesExit3WriteEveryGoodAgencyAndReportEveryBadFile(@TempDir Path tmp) throws Exception {
        Path input = tmp.resolve("input");
        copyTree(SAMPLES, input.resolve("samples"));
        Path broken = Files.createDirectories(input.resolve("broken"));
        for (String b : BAD) {
            Files.copy(BROKEN.resolve(b), broken.resolve(b));
        }
        Map<String, String> before = checksums(input);
        Path out = tmp.resolve("out");

        Run r = ita("analyze", input.toString(), "--out", out.toString(), "--quiet");

        assertEquals(3, r.code(), r.out() + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        assertEquals(before, checksums(input), "input files must be byte-for-byte unchanged");
        assertTrue(r.out().contains(", " + BAD.size() + " rejected"), r.out());

        String report = Files.readString(out.resolve("run-report.csv"), StandardCharsets.UTF_8);
        for (String b : BAD) {
            String line = report.lines().filter(l -> l.startsWith("broken/" + b + ",rejected,")).findFirst()
                    .orElseThrow(() -> new AssertionError(b + " missing from the run report:\n" + report));
            assertTrue(line.contains("error: broken/" + b + ":") || line.contains("error: broken/" + b + ","), line);
        }
        long goodFiles;
        try (Stream<Path> s = Files.walk(SAMPLES)) {
            goodFiles = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("README"))
                    .filter(p -> !p.getFileName().toString().startsWith(".")).count();
        }
        long reportedGood = report.lines().filter(l -> l.startsWith("samples/"))
                .filter(l -> l.contains(",read,") || l.contains(",read with findings,")).map(l -> l.split(",")[0])
                .distinct().count();
        assertEquals(goodFiles, reportedGood, "every sample file is read");

        List<String> summary = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        long agencies = summary.stream().skip(1).map(l -> l.split(",")[0]).distinct().count();
        assertEquals(49, agencies, "46 agencies of the sample province and the 3 seed agencies");
        assertTrue(Files.size(out.resolve("summary.json")) > 1000);
    }

    @Test
    void aSecondRunIntoTheSameFolderGoesToANewRunFolderUnlessOverwrite(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SAMPLES.resolve("seeds").resolve(firstSeed()), in.resolve("seed.xlsx"));
        Path out = tmp.resolve("out");
        assertEquals(0, ita("analyze", in.toString(), "--out", out.toString(), "--quiet").code());
        assertEquals(0, ita("analyze", in.toString(), "--out", out.toString(), "--quiet").code());
        assertTrue(Files.exists(out.resolve("run-2").resolve("summary.csv")), "second run in run-2");
        assertEquals(0, ita("analyze", in.toString(), "--out", out.toString(), "--quiet", "--overwrite").code());
        assertFalse(Files.exists(out.resolve("run-3")), "--overwrite writes into the folder itself");
    }

    @Test
    void provinceDistrictAndYearNarrowWhatIsWritten(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Run r = ita("analyze", SAMPLES.toString(), "--out", out.toString(), "--quiet", "--province", "จ.นครสุวรรณ",
                "--district", "วังมณี", "--year", "2565");
        assertEquals(0, r.code(), r.err());
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertTrue(summary.size() > 1);
        assertTrue(summary.stream().skip(1).allMatch(l -> l.contains(",วังมณี,นครสุวรรณ,")), "only วังมณี of นครสุวรรณ");
        List<Path> workbooks;
        try (Stream<Path> s = Files.walk(out.resolve("นครสุวรรณ"))) {
            workbooks = s.filter(p -> p.toString().endsWith(".xlsx") && !p.getFileName().toString().startsWith("สรุป"))
                    .toList();
        }
        assertFalse(workbooks.isEmpty());
        assertTrue(workbooks.stream().allMatch(p -> p.getFileName().toString().endsWith("-2565.xlsx")
                && p.getParent().getFileName().toString().equals("วังมณี")), workbooks.toString());
        assertFalse(Files.exists(out.resolve("พิจิตร")), "other provinces are left out");
    }

    @Test
    void anAgencyThatCannotBeWrittenIsOneLineAndTheRunGoesOn(@TempDir Path tmp) throws Exception {
        // the district folder of บาตง cannot be written, as a folder of another user or a full disk would refuse;
        // run from the jar as an ordinary user, since root writes anywhere
        Path out = HostileEnvironmentIT.open(HostileEnvironmentIT.open(tmp, "rwxr-xr-x").resolve("out"),
                "rwxrwxrwx");
        HostileEnvironmentIT.open(out.resolve("นราธิวาส"), "rwxrwxrwx");
        HostileEnvironmentIT.open(out.resolve("นราธิวาส/รือเสาะ"), "r-xr-xr-x");

        HostileEnvironmentIT.Result r = HostileEnvironmentIT.run(true, false, java.util.Map.of(), List.of(),
                "analyze", SAMPLES.resolve("seeds").toString(), "--out", out.toString(), "--quiet", "--overwrite");

        assertEquals(3, r.code(), r.out() + r.err());
        // the agency, and the summary of its district, which goes to the same folder
        List<String> errors = r.err().lines().toList();
        assertEquals(2, errors.size(), r.err());
        assertTrue(errors.get(1).startsWith("error: นราธิวาส/รือเสาะ/สรุปอำเภอรือเสาะ.xlsx: expected to write this"
                + " output but it failed ("), errors.get(1));
        assertTrue(errors.get(0).startsWith("error: seed-002-บาตง-2565.xlsx, sheet 'ผลการประเมิน 2565'")
                && errors.get(0).contains("expected to write องค์การบริหารส่วนตำบลบาตง but it failed ("), errors.get(0));
        assertTrue(errors.get(0).endsWith("Check that no other program holds the file open and that the output folder"
                + " can be written, then run again."), errors.get(0));
        assertTrue(r.out().contains("not written: 2 "), r.out());
        assertTrue(Files.exists(out.resolve("พิจิตร/ทับคล้อ/องค์การบริหารส่วนตำบลทับคล้อ-2565.xlsx")));
        assertTrue(Files.exists(out.resolve("อุดรธานี/พิบูลย์รักษ์/องค์การบริหารส่วนตำบลนาทราย-2567.xlsx")));
        String report = Files.readString(out.resolve("run-report.csv"), StandardCharsets.UTF_8);
        assertTrue(report.contains(",agency-failed,"), report);
    }

    @Test
    void aFolderStandingWhereAnAgencyGoesIsKeptAndTheAgencyWrittenBeside(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Path blocked = Files.createDirectories(out.resolve("นราธิวาส/รือเสาะ/องค์การบริหารส่วนตำบลบาตง-2565.xlsx"));
        Files.writeString(blocked.resolve("keep.txt"), "in the way");

        Run r = ita("analyze", SAMPLES.resolve("seeds").toString(), "--out", out.toString(), "--quiet", "--overwrite");

        assertEquals(0, r.code(), r.out() + r.err());
        assertEquals("in the way", Files.readString(blocked.resolve("keep.txt")));
        assertTrue(Files.isRegularFile(out.resolve("นราธิวาส/รือเสาะ/องค์การบริหารส่วนตำบลบาตง-2565-2.xlsx")));
        assertTrue(r.err().contains("warning: seed-002-บาตง-2565.xlsx, sheet 'ผลการประเมิน 2565', cell B4: expected"
                + " นราธิวาส/รือเสาะ/องค์การบริหารส่วนตำบลบาตง-2565.xlsx for องค์การบริหารส่วนตำบลบาตง but a file, folder"
                + " or link already in the output folder"), r.err());
    }

    @Test
    void aLinkStandingWhereAnAgencyGoesIsNotFollowedAndTheAgencyWrittenBeside(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Path elsewhere = Files.writeString(tmp.resolve("elsewhere.xlsx"), "not ours");
        Path link = out.resolve("นราธิวาส/รือเสาะ/องค์การบริหารส่วนตำบลบาตง-2565.xlsx");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, elsewhere);

        Run r = ita("analyze", SAMPLES.resolve("seeds").toString(), "--out", out.toString(), "--quiet", "--overwrite");

        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("not ours", Files.readString(elsewhere));
        assertTrue(Files.isRegularFile(out.resolve("นราธิวาส/รือเสาะ/องค์การบริหารส่วนตำบลบาตง-2565-2.xlsx")));
    }

    @Test
    void aScoreWrittenWithAnExponentIsRefusedAtItsCellAndTheRunFinishes(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("list-2567.csv"), """
                หน่วยงาน,อำเภอ,จังหวัด,คะแนนรวม,IIT,EIT,OIT
                องค์การบริหารส่วนตำบลนาทราย,พิบูลย์รักษ์,อุดรธานี,1e-999999999,90.00,80.00,70.00
                องค์การบริหารส่วนตำบลบ้านแดง,พิบูลย์รักษ์,อุดรธานี,88.10,90.00,85.00,88.00
                """, StandardCharsets.UTF_8);
        Run v = ita("validate", in.toString());
        assertTrue(v.out().contains("error: list-2567.csv, sheet 'list-2567', cell D2: expected a score 0–100 but found"
                + " \"1e-999999999\". Write the score as a number such as 81.67."), v.out());

        Path out = tmp.resolve("out");
        Run r = ita("analyze", in.toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.out() + r.err());
        assertFalse(r.err().contains("internal error"), r.err());
        assertTrue(Files.exists(out.resolve("อุดรธานี/พิบูลย์รักษ์/องค์การบริหารส่วนตำบลนาทราย-2567.xlsx")));
        assertTrue(Files.readString(out.resolve("run-report.csv"), StandardCharsets.UTF_8)
                .contains(",score-not-a-number,"));
    }

    @Test
    void annotateCopiesOnlyTheFilesOfTheAgenciesChosen(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Run r = ita("analyze", SAMPLES.toString(), "--out", out.toString(), "--quiet", "--annotate", "--province",
                "พิจิตร", "--format", "xlsx");
        assertEquals(0, r.code(), r.err());
        List<String> copies;
        try (Stream<Path> s = Files.walk(out.resolve("annotated"))) {
            copies = s.filter(Files::isRegularFile).map(p -> out.resolve("annotated").relativize(p).toString()).toList();
        }
        assertEquals(List.of("seeds/seed-003-ทับคล้อ-2565.xlsx"), copies);
    }

    @Test
    void aTemplateIsFilledForTheYearWrittenAndEveryMeasureKeyItMayUse(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Path template = Path.of("src/main/resources/ita/templates/example-template.xlsx");
        Run r = ita("analyze", SAMPLES.toString(), "--out", out.toString(), "--quiet", "--district", "วังมณี",
                "--year", "2565", "--template", template.toString(), "--format", "xlsx");
        assertEquals(0, r.code(), r.err());
        Path filled = out.resolve("นครสุวรรณ/วังมณี/องค์การบริหารส่วนตำบลท่าตะเคียน-example-template.xlsx");
        String dump = ita.report.WorkbookDump.of(filled);
        assertTrue(dump.contains("ประจำปีงบประมาณ พ.ศ. 2565"), "the year written, not the agency's latest");
        assertFalse(dump.contains("2567"), "nothing of a later year");
        assertTrue(Files.exists(out.resolve("นครสุวรรณ/วังมณี/องค์การบริหารส่วนตำบลท่าตะเคียน-2565.xlsx")));
        ita.analysis.AgencyAnalysis seed = ita.analysis.AgencyAnalyzer.analyzeAll(List.of(ita.analysis.AgencyHistory
                .of(ita.sample.BundledSamples.seeds().subList(0, 1))), ita.analysis.AnalysisSettings.defaults()).get(0);
        var plan = ita.measures.MeasurePlanner.standard().plan(ita.report.workbook.PlanRequests.of(seed, seed.latest()));
        assertEquals(TemplateOutput.MEASURE_KEYS, List.copyOf(TemplateOutput.measureRows(plan).get(0).keySet()),
                "the keys checked before the run are the keys given");
    }

    @Test
    void theOverallSummaryRanksTheRealAgenciesOfTwoProvincesEachWithinItsOwn(@TempDir Path tmp) throws Exception {
        // seeds 002 and 003: บาตง (นราธิวาส) 91.93 and ทับคล้อ (พิจิตร) 73.35, both of 2565; ranked together, ทับคล้อ
        // would be second of two
        Path out = tmp.resolve("out");
        Run r = ita("analyze", SAMPLES.resolve("seeds").resolve("seed-002-บาตง-2565.xlsx").toString(),
                SAMPLES.resolve("seeds").resolve("seed-003-ทับคล้อ-2565.xlsx").toString(), "--out", out.toString(),
                "--quiet", "--format", "xlsx");
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(out.resolve("สรุปภาพรวม.xlsx"));
             org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
            var ranking = wb.getSheet("อันดับ");
            assertEquals("อันดับในจังหวัด", ranking.getRow(2).getCell(0).getStringCellValue());
            List<String> rows = new java.util.ArrayList<>();
            for (int i = 3; i <= ranking.getLastRowNum(); i++) {
                var row = ranking.getRow(i);
                rows.add((int) row.getCell(0).getNumericCellValue() + " จาก " + (int) row.getCell(1).getNumericCellValue()
                        + " " + row.getCell(2).getStringCellValue() + " " + row.getCell(5).getStringCellValue() + " "
                        + row.getCell(6).getNumericCellValue());
            }
            assertEquals(List.of("1 จาก 1 องค์การบริหารส่วนตำบลบาตง นราธิวาส 91.93",
                    "1 จาก 1 องค์การบริหารส่วนตำบลทับคล้อ พิจิตร 73.35"), rows);
            var provinces = wb.getSheet("สรุปรายจังหวัด");
            assertEquals(List.of("นราธิวาส", "พิจิตร"), List.of(provinces.getRow(3).getCell(0).getStringCellValue(),
                    provinces.getRow(4).getCell(0).getStringCellValue()));
        }
    }

    private static String firstSeed() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES.resolve("seeds"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("seed-003")).findFirst().orElseThrow();
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        }
    }

    static Map<String, String> checksums(Path dir) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                try (InputStream in = Files.newInputStream(p)) {
                    md.update(in.readAllBytes());
                }
                m.put(dir.relativize(p).toString(), HexFormat.of().formatHex(md.digest()) + " "
                        + Files.getLastModifiedTime(p).toMillis());
            }
        }
        return m;
    }
}
