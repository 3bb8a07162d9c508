package ita.ingest;

import com.code_intelligence.jazzer.junit.FuzzTest;
import ita.model.RawWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;

/**
 * Any bytes, written to a file and read: the only way a read may fail is an {@link InputException}
 * with one line. Any other throwable, a hang (the timeout) or running out of memory is a finding.
 *
 * <p>In a plain test run Jazzer replays the seeds in ReaderFuzzTestInputs (small fixtures and every
 * crash found so far). With JAZZER_FUZZ=1 it mutates them for the time given below; the pom runs
 * that as the "fuzz-readers" execution of {@code mvn verify}.
 */
class ReaderFuzzTest {

    /** Small bounds keep each execution quick; the bounds themselves are tested elsewhere. */
    private static final ReadLimits LIMITS = new ReadLimits(1 << 20, 8 << 20, 100, 200, 5_000, 50_000);

    private static final AtomicLong READ = new AtomicLong();
    private static final Map<String, AtomicLong> REFUSED = new TreeMap<>();

    /**
     * Longest one read may take before it counts as a hang. Not JUnit's timeout: that would bound the
     * whole minute of fuzzing, which is one invocation.
     */
    private static final long HANG_SECONDS = 60;
    /**
     * The same for the first reads of a run, which in fuzzing mode also load and instrument hundreds of
     * the libraries' classes: that took over a minute on a busy two-core machine.
     */
    private static final long WARM_UP_SECONDS = 600;
    private static final int WARM_UP_READS = 30;
    private static final AtomicLong FINISHED = new AtomicLong();

    @FuzzTest(maxDuration = "60s")
    void readsAnyBytesOrRefusesThemWithOneLine(byte[] data) throws Throwable {
        Path file = Files.createTempFile("fuzz-input", ".bin");
        try {
            Files.write(file, data);
            readOrRefuse(() -> WorkbookReaders.read(file, "input.xlsx", LIMITS));
            // the first byte also picks one reader to be handed the bytes directly, whatever they are
            int pick = data.length == 0 ? 0 : (data[0] & 0xFF) % 5;
            switch (pick) {
                case 1 -> readOrRefuse(() -> new XlsxReader().read(file, "input.xlsx", LIMITS));
                case 2 -> readOrRefuse(() -> new XlsReader().read(file, "input.xls", LIMITS));
                case 3 -> readOrRefuse(() -> new HtmlTableReader().read(file, "input.xls", LIMITS));
                case 4 -> readOrRefuse(() -> new CsvReader().read(file, "input.csv", LIMITS));
                default -> { }
            }
        } finally {
            Files.delete(file);
        }
    }

    private interface Read {
        RawWorkbook run() throws InputException;
    }

    /** Runs the read on a fresh thread, so that a hang is reported as one and leaves no interrupt behind. */
    private static void readOrRefuse(Read read) throws Throwable {
        Throwable[] thrown = new Throwable[1];
        Thread reader = new Thread(() -> {
            try {
                check(read);
            } catch (Throwable t) {
                thrown[0] = t;
            }
        }, "fuzz-read");
        reader.setDaemon(true);
        reader.start();
        long limit = FINISHED.get() < WARM_UP_READS ? WARM_UP_SECONDS : HANG_SECONDS;
        reader.join(TimeUnit.SECONDS.toMillis(limit));
        if (reader.isAlive()) {
            reader.interrupt();
            throw new AssertionError("a read took more than " + limit + " s");
        }
        FINISHED.incrementAndGet();
        if (thrown[0] != null) {
            throw thrown[0];
        }
    }

    private static void check(Read read) {
        try {
            read.run();
            READ.incrementAndGet();
        } catch (InputException e) {
            String line = e.toFinding().toLine();
            if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0 || e.kind() == null || e.kind().isEmpty()) {
                throw new AssertionError("a refusal must be one line with a kind: " + line, e);
            }
            synchronized (REFUSED) {
                REFUSED.computeIfAbsent(e.kind(), k -> new AtomicLong()).incrementAndGet();
            }
        }
    }

    @AfterAll
    static void printCounts() {
        long refused;
        String kinds;
        synchronized (REFUSED) {
            refused = REFUSED.values().stream().mapToLong(AtomicLong::get).sum();
            kinds = REFUSED.toString();
        }
        System.out.println("ReaderFuzzTest: " + (READ.get() + refused) + " reads, " + READ.get() + " read, "
                + refused + " refused " + kinds);
    }
}
