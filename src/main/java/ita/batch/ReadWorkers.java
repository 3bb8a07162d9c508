package ita.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Worker threads that each take the next file and read it on their own thread, watched by the calling
 * thread: a read past the time limit is interrupted (the readers stop when interrupted) and its file is
 * rejected; a worker that does not come back even then is left behind and replaced, so one file can never
 * stall the run. Reading in the worker itself, without handing each file to another thread, keeps both
 * cores busy.
 */
final class ReadWorkers {

    /** How long a worker may ignore its interruption before it is replaced. */
    private static final long GRACE_NANOS = 2_000_000_000L;
    private static final long WATCH_MILLIS = 50;

    private final List<InputFile> files;
    private final int threads;
    private final long timeoutNanos;
    private final Duration timeout;
    private final Function<InputFile, ReadStage.FileRead> reader;
    private final Progress progress;
    private final AtomicReferenceArray<ReadStage.FileRead> results;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger done = new AtomicInteger();
    private final List<Worker> workers = new ArrayList<>();

    ReadWorkers(List<InputFile> files, int threads, Duration timeout, Function<InputFile, ReadStage.FileRead> reader,
                Progress progress) {
        this.files = files;
        this.threads = threads;
        this.timeout = timeout;
        this.timeoutNanos = timeout.toNanos();
        this.reader = reader;
        this.progress = progress;
        this.results = new AtomicReferenceArray<>(files.size());
    }

    List<ReadStage.FileRead> run() {
        for (int i = 0; i < Math.min(threads, files.size()); i++) {
            start();
        }
        while (done.get() < files.size()) {
            try {
                Thread.sleep(WATCH_MILLIS);
            } catch (InterruptedException e) {
                workers.forEach(w -> w.thread.interrupt());
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            watch();
        }
        workers.forEach(w -> w.abandoned = true);
        List<ReadStage.FileRead> out = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            out.add(results.get(i));
        }
        return out;
    }

    private void watch() {
        long now = System.nanoTime();
        for (Worker w : List.copyOf(workers)) {
            int i = w.current;
            if (w.abandoned || i < 0) {
                continue;
            }
            long busy = now - w.startedAt;
            if (busy > timeoutNanos && !w.interrupted) {
                // the time limit's outcome is recorded before the interruption wakes the reader
                complete(i, ReadStage.timedOut(files.get(i), timeout));
                w.interrupted = true;
                w.timedOut = i;
                w.thread.interrupt();
            } else if (busy > timeoutNanos + GRACE_NANOS && w.interrupted) {
                // it ignored the interruption: leave it behind, carry on with a new worker
                w.abandoned = true;
                workers.remove(w);
                start();
            }
        }
    }

    private void start() {
        Worker w = new Worker();
        w.thread = new Thread(() -> work(w), "ita-read-" + workers.size());
        w.thread.setDaemon(true);
        workers.add(w);
        w.thread.start();
    }

    private void work(Worker w) {
        int i;
        while (!w.abandoned && (i = next.getAndIncrement()) < files.size()) {
            w.interrupted = false;
            w.startedAt = System.nanoTime();
            w.current = i;
            ReadStage.FileRead r;
            try {
                r = reader.apply(files.get(i));
            } catch (RuntimeException | LinkageError | StackOverflowError e) {
                r = ReadStage.failed(files.get(i), e);
            } catch (OutOfMemoryError e) {
                r = ReadStage.failed(files.get(i), e);
            }
            w.current = -1;
            if (Thread.interrupted() && w.timedOut != i && wasInterrupted(r)) {
                // the interruption was meant for the file before, which finished just as its time ran out
                r = reader.apply(files.get(i));
            }
            complete(i, r);
        }
    }

    /** The first outcome for a file wins: the read's own, or the time limit's. */
    private void complete(int i, ReadStage.FileRead r) {
        if (results.compareAndSet(i, null, r)) {
            progress.fileRead(r.outcome());
            done.incrementAndGet();
        }
    }

    private static boolean wasInterrupted(ReadStage.FileRead r) {
        return r.outcome().findings().stream().anyMatch(f -> f.kind().equals("interrupted"));
    }

    private static final class Worker {
        volatile int timedOut = -1;
        volatile Thread thread;
        volatile int current = -1;
        volatile long startedAt;
        volatile boolean interrupted;
        volatile boolean abandoned;
    }
}
