package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryBudgetTest {

    private static final long MB = 1024 * 1024;
    /** The national benchmark: 8,300 agencies × 5 years. */
    private static final int AGENCIES = 8300;
    private static final int RECORDS = 41_500;

    @Test
    void theNationalRunWithItsDocumentsWritesOnTwoThreadsInOneGigabyte() {
        MemoryBudget b = MemoryBudget.plan(1024 * MB, AGENCIES, RECORDS, 2, true);
        assertEquals(2, b.threads());
        assertTrue(b.needBytes(2) < 1024 * MB, "need " + b.needBytes(2) / MB + " MB");
        assertTrue(b.note(2, AGENCIES).isEmpty());
    }

    @Test
    void aHeapTooSmallForTwoWritersWritesOnOneAndSaysHowToGetBoth() {
        long heap = MemoryBudget.plan(0, AGENCIES, RECORDS, 2, true).needBytes(2) - MB;
        MemoryBudget b = MemoryBudget.plan(heap, AGENCIES, RECORDS, 2, true);
        assertEquals(1, b.threads());
        String note = b.note(2, AGENCIES).orElseThrow();
        assertTrue(note.startsWith("memory: wrote on 1 thread(s) instead of 2: 8300 agencies"), note);
        long suggested = Long.parseLong(note.replaceAll(".*-Xmx(\\d+)m.*", "$1"));
        assertEquals(2, MemoryBudget.plan(suggested * MB, AGENCIES, RECORDS, 2, true).threads(),
                "the heap suggested fits both writers: " + note);
    }

    @Test
    void documentsCountAsWellAsRecords() {
        // the heap that fits two workbook writers does not fit two writers of documents too
        long heap = MemoryBudget.plan(0, AGENCIES, RECORDS, 2, false).needBytes(2);
        assertEquals(2, MemoryBudget.plan(heap, AGENCIES, RECORDS, 2, false).threads());
        assertEquals(0, MemoryBudget.plan(heap, AGENCIES, RECORDS, 2, true).threads());
        assertTrue(MemoryBudget.plan(heap, AGENCIES, RECORDS * 2, 2, false).threads() < 2, "records count");
    }

    @Test
    void aHeapThatCannotHoldOneWriterIsRefusedWithWhatToDo() {
        MemoryBudget b = MemoryBudget.plan(400 * MB, AGENCIES, RECORDS, 2, true);
        assertFalse(b.fits(), "need " + b.needBytes(1) / MB + " MB on one thread");
        String why = b.refusal(AGENCIES);
        assertTrue(why.startsWith("expected 8300 agencies and their outputs to need about "), why);
        assertTrue(why.contains("but Java may use 400 MB") && why.contains("--province"), why);
        long suggested = Long.parseLong(why.replaceAll(".*ITA_JAVA_OPTS=-Xmx(\\d+)m.*", "$1"));
        assertTrue(MemoryBudget.plan(suggested * MB, AGENCIES, RECORDS, 1, true).fits(), why);
    }

    /** A real JVM with a heap too small for the run: one line and exit code 2, before anything is written. */
    @Test
    void aRunInAHeapTooSmallStopsWithOneLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx96m", "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), "ita.cli.Main", "analyze", AnalyzeJobTest.SEEDS.toString(),
                "--out", out.toString(), "--quiet")).redirectErrorStream(true).start();
        String text = readAll(p);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run should end");
        assertEquals(2, p.exitValue(), text);
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), text);
        assertTrue(lines.get(0).startsWith("ita: expected ") && lines.get(0).contains("MB of memory but Java may use "), text);
        assertFalse(text.contains("\tat "), "no stack trace: " + text);
        assertFalse(out.toFile().exists() && out.resolve("สรุปภาพรวม.xlsx").toFile().exists(), "nothing summarised");
    }

    private static String readAll(Process p) throws IOException {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
