package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.Finding;
import ita.model.SourceRef;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
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
                    return interrupted(f);
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
    void aReaderThatIgnoresItsInterruptionIsLeftBehindAndTheRunFinishes() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Thread> stuck = new AtomicReference<>();
        Function<InputFile, ReadStage.FileRead> reader = f -> {
            if (f.displayName().equals("f1.xlsx")) {
                // deaf to interruptions, but parked rather than spinning, and let go when the test ends
                stuck.set(Thread.currentThread());
                while (release.getCount() > 0) {
                    LockSupport.parkNanos(10_000_000L);
                }
            }
            return ok(f);
        };
        try {
            long t0 = System.nanoTime();
            List<ReadStage.FileRead> r = new ReadWorkers(files(6), 1, Duration.ofMillis(200), reader, Progress.NONE)
                    .run();
            assertTrue(System.nanoTime() - t0 < 10_000_000_000L, "the run did not wait for the stuck read");
            assertEquals(FileOutcome.Status.REJECTED, r.get(1).outcome().status());
            assertEquals(5, r.stream().filter(x -> x.outcome().status() == FileOutcome.Status.READ).count());
        } finally {
            release.countDown();
        }
        stuck.get().join(5_000);
        assertFalse(stuck.get().isAlive(), "the worker left behind ends once its read returns");
    }

    @Test
    void aSecondReadAfterAStrayInterruptionIsGuardedTooAndTheRunFinishes() {
        AtomicInteger calls = new AtomicInteger();
        Function<InputFile, ReadStage.FileRead> reader = f -> {
            if (!f.displayName().equals("f2.xlsx")) {
                return ok(f);
            }
            if (calls.incrementAndGet() == 1) {
                // as a reader does when an interruption meant for the file before reaches it
                Thread.currentThread().interrupt();
                return interrupted(f);
            }
            throw new IllegalStateException("the second read failed");
        };
        RecordingProgress progress = new RecordingProgress();
        ReadWorkers workers = new ReadWorkers(files(4), 1, Duration.ofSeconds(30), reader, progress);
        List<ReadStage.FileRead> r = assertTimeoutPreemptively(Duration.ofSeconds(20), workers::run);
        assertEquals(2, calls.get(), "the file was read a second time");
        assertEquals(5, workers.reads(), "four files and one second read, all counted");
        assertEquals(FileOutcome.Status.REJECTED, r.get(2).outcome().status());
        assertTrue(r.get(2).outcome().reason().startsWith("error: f2.xlsx: the reader failed: "
                + "java.lang.IllegalStateException: the second read failed"), r.get(2).outcome().reason());
        assertEquals(3, r.stream().filter(x -> x.outcome().status() == FileOutcome.Status.READ).count());
        assertEquals(4, progress.files(), "every file reported once");
    }

    private static ReadStage.FileRead interrupted(InputFile f) {
        Finding x = Finding.error("interrupted", SourceRef.file(f.displayName()), "stopped", "");
        return new ReadStage.FileRead(new FileOutcome(f, FileOutcome.Status.REJECTED, "", List.of(), 0,
                new TreeSet<>(), x.toLine(), List.of(x)), List.of());
    }
}
