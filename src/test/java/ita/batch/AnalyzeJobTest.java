package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.analysis.AgencyAnalyzer;
import ita.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The skip policy after reading: an agency whose analysis or writing fails is one finding and one line, the
 * other agencies are written, the summaries and the run report too, and the run does not count as complete.
 */
class AnalyzeJobTest {

    static final Path SEEDS = Path.of("sample-workbooks/seeds");
    private static final String BATONG = "องค์การบริหารส่วนตำบลบาตง";

    @TempDir
    Path tmp;

    private RunSetup setup() {
        return RunSetup.check(BatchSettings.builder().inputs(SEEDS).out(tmp.resolve("out")).threads(2).build());
    }

    @Test
    void anAgencyWhoseAnalysisFailsIsReportedAndTheOthersAreWritten() throws IOException {
        RunSetup setup = setup();
        AnalyzeJob.Analyzer failing = (h, s, r) -> {
            if (h.agency().name().equals(BATONG)) {
                throw new ArithmeticException("Overflow");
            }
            return AgencyAnalyzer.analyze(h, s, r);
        };
        RecordingProgress progress = new RecordingProgress();
        RunResult r = new AnalyzeJob(setup, progress, failing, AgencyOutputs.standard(setup)).run();

        assertFalse(r.complete(), "the run ends with exit code 3");
        assertEquals(1, r.failures().size(), r.failures().toString());
        Finding f = r.failures().get(0);
        assertEquals(Failures.AGENCY, f.kind());
        assertTrue(f.toLine().startsWith("error: seed-002-บาตง-2565.xlsx"), f.toLine());
        assertTrue(f.message().startsWith("expected to analyse " + BATONG + " but it failed (ArithmeticException:"
                + " Overflow); its outputs are left out"), f.message());
        assertEquals(r.failures(), progress.failures(), "the same finding is printed as it happens");
        assertEquals(3, progress.agencies(), "every agency is counted, the failed one too");
        assertWrittenButBatong(setup.out());
    }

    @Test
    void anAgencyWhoseOutputCannotBeWrittenIsReportedAndTheOthersAreWritten() throws IOException {
        RunSetup setup = setup();
        AgencyOutput refusing = work -> {
            if (work.analysis().agency().name().equals(BATONG)) {
                throw new IOException("No space left on device");
            }
            return List.of();
        };
        AgencyOutputs outputs = new AgencyOutputs(setup, List.of(refusing, new AgencyWorkbookOutput(false)));
        RunResult r = new AnalyzeJob(setup, Progress.NONE, AgencyAnalyzer::analyze, outputs).run();

        assertEquals(1, r.failures().size(), r.failures().toString());
        assertTrue(r.failures().get(0).message().startsWith("expected to write " + BATONG
                + " but it failed (IOException: No space left on device)"), r.failures().get(0).message());
        assertWrittenButBatong(setup.out());
    }

    @Test
    void aProvinceOfOneAgencyGetsNoReportAndTheRunSaysWhy() throws IOException {
        Path twoAgencies = Path.of("sample-workbooks/2567/อำเภอดอนศิลา/ดอนศิลา-สองหน่วยงาน.xlsx");
        RunSetup setup = RunSetup.check(BatchSettings.builder().inputs(SEEDS, twoAgencies).out(tmp.resolve("out"))
                .threads(2).build());
        RunResult r = new AnalyzeJob(setup, Progress.NONE, AgencyAnalyzer::analyze, AgencyOutputs.standard(setup)).run();

        Path out = r.outDir();
        assertTrue(Files.exists(out.resolve("นครสุวรรณ/รายงานจังหวัดนครสุวรรณ-2567.docx")), "two agencies: a report");
        for (String province : List.of("พิจิตร", "นราธิวาส", "อุดรธานี")) {
            try (var files = Files.list(out.resolve(province))) {
                assertEquals(List.of(), files.map(f -> f.getFileName().toString())
                        .filter(f -> f.startsWith("รายงานจังหวัด")).toList(), province + ": one agency, no report");
            }
            assertTrue(Files.exists(out.resolve(province).resolve("สรุปจังหวัด" + province + ".xlsx")),
                    province + ": its summary workbook is still written");
        }
        assertTrue(Files.exists(out.resolve("พิจิตร/ทับคล้อ/องค์การบริหารส่วนตำบลทับคล้อ-2565-มาตรการ2566.docx")),
                "the agency's own documents");
        assertTrue(r.complete(), "leaving the report out is no failure");
        assertEquals(List.of("province reports: none for นราธิวาส, พิจิตร, อุดรธานี, as each has one agency assessed"
                + " in its latest year; a province report compares agencies, and that agency's own documents hold its"
                + " analysis"), r.notes());
    }

    @Test
    void aYearSomeAgenciesHaveNoResultForWritesTheOthersAndSaysWhichWereLeftOut() throws IOException {
        // นราธิวาส's one agency has no result for 2564: its province has nothing written, and the run goes on
        RunSetup setup = RunSetup.check(BatchSettings.builder().inputs(Path.of("sample-workbooks"))
                .out(tmp.resolve("out")).year(2564).threads(2).build());
        RunResult r = new AnalyzeJob(setup, Progress.NONE, AgencyAnalyzer::analyze, AgencyOutputs.standard(setup)).run();

        Path out = r.outDir();
        assertTrue(r.complete());
        assertFalse(Files.exists(out.resolve("นราธิวาส")), "no agency of the province written");
        assertTrue(Files.exists(out.resolve("นครสุวรรณ/สรุปจังหวัดนครสุวรรณ.xlsx")));
        assertTrue(Files.exists(out.resolve("สรุปภาพรวม.xlsx")));
        assertEquals(List.of(AnalyzeJob.withoutYear(2564, List.of("องค์การบริหารส่วนตำบลทับคล้อ",
                "องค์การบริหารส่วนตำบลนาทราย", "องค์การบริหารส่วนตำบลบาตง", "องค์การบริหารส่วนตำบลโนนงาม"))),
                r.notes().stream().filter(n -> n.startsWith("fiscal year")).toList());
        assertEquals("fiscal year 2564: no result for 12 of the agencies read, so nothing is written for them: a, b, c,"
                + " d, e, f, g, h, i, j and 2 more", AnalyzeJob.withoutYear(2564,
                List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l")));
    }

    private static void assertWrittenButBatong(Path out) throws IOException {
        assertTrue(Files.exists(out.resolve("พิจิตร/ทับคล้อ/องค์การบริหารส่วนตำบลทับคล้อ-2565.xlsx")));
        assertTrue(Files.exists(out.resolve("อุดรธานี/พิบูลย์รักษ์/องค์การบริหารส่วนตำบลนาทราย-2567.xlsx")));
        assertFalse(Files.exists(out.resolve("นราธิวาส/รือเสาะ/" + BATONG + "-2565.xlsx")));
        assertTrue(Files.exists(out.resolve("นราธิวาส/สรุปจังหวัดนราธิวาส.xlsx")), "its province is still summarised");
        String summary = Files.readString(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertFalse(summary.contains(BATONG), summary);
        assertTrue(summary.contains("องค์การบริหารส่วนตำบลทับคล้อ"), summary);
        String report = Files.readString(out.resolve("run-report.csv"), StandardCharsets.UTF_8);
        assertTrue(report.lines().anyMatch(l -> l.startsWith("seed-002-บาตง-2565.xlsx,") && l.contains(",agency-failed,")),
                report);
    }
}
