package ita.ingest;

import static ita.ingest.Fixtures.line;
import static ita.ingest.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.RawWorkbook;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The batch abandons a read that takes too long by interrupting its thread; the readers then stop
 * soon with an "interrupted" failure instead of running on, and leave the thread's interrupt set.
 */
class ReadInterruptTest {

    private static final ReadLimits LARGE = ReadLimits.defaults().withMaxRows(5_000_000).withMaxCells(50_000_000);

    @AfterEach
    void clearInterrupt() {
        Thread.interrupted();
    }

    private interface Read {
        RawWorkbook run() throws InputException;
    }

    @ParameterizedTest
    @ValueSource(strings = {"mixed-cell-types.xlsx", "basic.xls", "html-table-utf8.xls", "semicolon.csv"})
    void refusesToStartOnAnInterruptedThread(String fixture) {
        Thread.currentThread().interrupt();
        InputException e = assertThrows(InputException.class, () -> WorkbookReaders.read(path(fixture), fixture));
        assertEquals("error: " + fixture + ": expected to be read to the end but reading was stopped before it"
                + " finished, as it took too long or the run was cancelled. Check that this is the exported report; a"
                + " genuine ITAS export reads in seconds. To try it again, give it alone.", line(e));
        assertEquals("interrupted", e.kind());
        assertTrue(Thread.currentThread().isInterrupted(), "the interrupt stays set for the caller");
    }

    @Test
    void eachReaderChecksForAnInterruptItself() {
        Read[] reads = {
            () -> new XlsxReader().read(path("mixed-cell-types.xlsx"), "a.xlsx", ReadLimits.defaults()),
            () -> new XlsReader().read(path("basic.xls"), "a.xls", ReadLimits.defaults()),
            () -> new HtmlTableReader().read(path("html-table-utf8.xls"), "a.xls", ReadLimits.defaults()),
            () -> new CsvReader().read(path("semicolon.csv"), "a.csv", ReadLimits.defaults())};
        for (Read read : reads) {
            Thread.currentThread().interrupt();
            assertEquals("interrupted", assertThrows(InputException.class, read::run).kind());
        }
    }

    @Test
    void stopsAnXlsxOfEmptyFormattedRowsPartWayThrough(@TempDir Path dir) throws Exception {
        // no cell has a value, so only the row and stream checks can notice the interrupt
        Path file = HostileFixtures.writeMillionEmptyRows(dir.resolve("rows.xlsx"));
        assertStopsWhenInterrupted(() -> new XlsxReader().read(file, "rows.xlsx", LARGE));
    }

    @Test
    void stopsALongCsvPartWayThrough(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("long.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < 1_000_000; i++) {
                w.write("อบต.หน่วยงาน" + i + ",อำเภอ,จังหวัด,2567,81.52\n");
            }
        }
        assertStopsWhenInterrupted(() -> new CsvReader().read(file, "long.csv", LARGE));
    }

    @Test
    void stopsALongHtmlTablePartWayThrough(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("long.xls");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><body><table>");
            for (int i = 0; i < 300_000; i++) {
                w.write("<tr><td>อบต.หน่วยงาน" + i + "</td><td>81.52</td></tr>");
            }
            w.write("</table></body></html>");
        }
        assertStopsWhenInterrupted(() -> new HtmlTableReader().read(file, "long.xls", LARGE));
    }

    /**
     * Starts the read on its own thread, interrupts it as soon as it has begun and expects it to end
     * with "interrupted". The inputs take seconds to read in full, so the interrupt lands part-way.
     */
    private static void assertStopsWhenInterrupted(Read read) throws InterruptedException, IOException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            started.countDown();
            try {
                outcome.set(read.run());
            } catch (InputException | RuntimeException e) {
                outcome.set(e);
            }
        }, "read");
        reader.start();
        started.await();
        reader.interrupt();
        reader.join(120_000); // a liveness bound, not a speed check
        assertFalse(reader.isAlive(), "the read did not stop");
        InputException e = assertInstanceOf(InputException.class, outcome.get());
        assertEquals("interrupted", e.kind(), line(e));
    }
}
