package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryBudgetTest {

    private static final long MB = 1L << 20;
    /** The national benchmark: 8,300 agencies × 5 years. */
    private static final int AGENCIES = 8300;
    private static final int RECORDS = 41_500;
    private static final long DOCUMENTS = MemoryBudget.writerBytes(true, true);

    @Test
    void theNationalRunWithItsDocumentsWritesOnTwoThreadsInOneGigabyte() {
        assertEquals(2, MemoryBudget.writers(AGENCIES, RECORDS, true, DOCUMENTS, 2, 1024 * MB));
    }

    @Test
    void aHeapTooSmallForTwoWritersWritesOnOne() {
        long kept = MemoryBudget.BASE + RECORDS * MemoryBudget.PER_AGENCY_YEAR;
        long heap = kept + 2 * DOCUMENTS - MB;
        // without the summary workbooks, so that only the writers decide
        assertEquals(1, MemoryBudget.writers(AGENCIES, RECORDS, false, DOCUMENTS, 2, heap));
        assertEquals(2, MemoryBudget.writers(AGENCIES, RECORDS, false, DOCUMENTS, 2, heap + MB));
        String line = MemoryBudget.fewerThreads(1, 2, heap);
        assertTrue(line.startsWith("memory: the agencies were written on 1 thread(s) instead of 2") && !line.contains("\n"),
                line);
    }

    @Test
    void documentsCountAsWellAsRecords() {
        long kept = MemoryBudget.BASE + RECORDS * MemoryBudget.PER_AGENCY_YEAR;
        long heap = kept + MemoryBudget.writerBytes(true, false);
        assertEquals(1, MemoryBudget.writers(AGENCIES, RECORDS, false, MemoryBudget.writerBytes(true, false), 2, heap));
        UsageException e = assertThrows(UsageException.class,
                () -> MemoryBudget.writers(AGENCIES, RECORDS, false, DOCUMENTS, 2, heap));
        assertTrue(e.getMessage().startsWith("expected a run that fits in the memory Java was given"), e.getMessage());
    }

    /** A real JVM with a heap too small for the run: one line and exit code 2, before anything is written. */
    @Test
    void aRunInAHeapTooSmallStopsWithOneLineAndNoStackTrace(@TempDir Path dir) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = dir.resolve("out");
        Process p = new ProcessBuilder(List.of(java.toString(), "-Xmx128m", "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), "ita.cli.Main", "analyze", AnalyzeJobTest.SEEDS.toString(),
                "--out", out.toString(), "--quiet")).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the run should end");
        assertEquals(2, p.exitValue(), text);
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), text);
        assertTrue(lines.get(0).startsWith("ita: expected a run that fits in the memory Java was given"), text);
        assertTrue(!text.contains("\tat "), "no stack trace: " + text);
    }
}
