package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.Finding;
import ita.model.SourceRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ReadWorkersTest {

    private static List<InputFile> files(int n) {
        List<InputFile> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new InputFile(Path.of("f" + i), "f" + i + ".xlsx"));
        }
        return out;
    }

    private static ReadStage.FileRead ok(InputFile f) {
        return new ReadStage.FileRead(new FileOutcome(f, FileOutcome.Status.READ, "xlsx", List.of(), 1,
                new TreeSet<>(List.of(2567)), "", List.of()), List.of());
    }

    @Test
    void readsEveryFileInOrderOnSeveralThreads() {
        List<ReadStage.FileRead> r = new ReadWorkers(files(200), 2, Duration.ofSeconds(5), ReadWorkersTest::ok,
                Progress.NONE).run();
        assertEquals(200, r.size());
        for (int i = 0; i < 200; i++) {
            assertEquals("f" + i + ".xlsx", r.get(i).outcome().file().displayName());
        }
    }

    @Test
    void aReadPastTheTimeLimitIsStoppedAndTheOthersGoOn() {
        Function<InputFile, ReadStage.FileRead> reader = f -> {
            if (f.displayName().equals("f3.xlsx")) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Finding x = Finding.error("interrupted", SourceRef.file(f.displayName()), "stopped", "");
                    return new ReadStage.FileRead(new FileOutcome(f, FileOutcome.Status.REJECTED, "", List.of(), 0,
                            new TreeSet<>(), x.toLine(), List.of(x)), List.of());
                }
            }
            return ok(f);
        };
        List<ReadStage.FileRead> r = new ReadWorkers(files(10), 2, Duration.ofMillis(300), reader, Progress.NONE).run();
        assertEquals(FileOutcome.Status.REJECTED, r.get(3).outcome().status());
        assertTrue(r.get(3).outcome().reason().startsWith("error: f3.xlsx: reading took longer than 0 s"),
                r.get(3).outcome().reason());
        assertEquals(9, r.stream().filter(x -> x.outcome().status() == FileOutcome.Status.READ).count());
    }

    @Test
    void aReaderThatIgnoresItsInterruptionIsLeftBehindAndTheRunFinishes() {
        Function<InputFile, ReadStage.FileRead> reader = f -> {
            if (f.displayName().equals("f1.xlsx")) {
                long end = System.nanoTime() + 20_000_000_000L;
                while (System.nanoTime() < end) {
                    Thread.onSpinWait();
                }
            }
            return ok(f);
        };
        long t0 = System.nanoTime();
        List<ReadStage.FileRead> r = new ReadWorkers(files(6), 1, Duration.ofMillis(200), reader, Progress.NONE).run();
        assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "the run did not wait for the stuck read");
        assertEquals(FileOutcome.Status.REJECTED, r.get(1).outcome().status());
        assertEquals(5, r.stream().filter(x -> x.outcome().status() == FileOutcome.Status.READ).count());
    }
}
