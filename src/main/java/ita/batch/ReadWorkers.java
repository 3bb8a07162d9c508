package ita.batch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Worker threads that each take the next file and read it on their own thread, watched by the calling
 * thread: a read past the time limit is interrupted (the readers stop when interrupted) and its file is
 * rejected; a worker that does not come back even then is left behind and replaced, so one file can never
 * stall the run. Reading in the worker itself, without handing each file to another thread, keeps both
 * cores busy.
 *
 * <p>Every read goes through one path ({@link #attempt}): watched for the time limit, guarded so that whatever it
 * throws becomes the file's outcome, and counted when its file completes. That includes the second read of a file
 * whose first read was stopped by an interruption meant for the file before it.
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
    private final AtomicInteger reads = new AtomicInteger();
    private final List<Worker> workers = new CopyOnWriteArrayList<>();

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
        try {
            while (done.get() < files.size()) {
                try {
                    Thread.sleep(WATCH_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
                watch();
            }
        } finally {
            // finished or given up: no worker may go on reading, and none is left waiting
            workers.forEach(w -> {
                w.abandoned = true;
                w.thread.interrupt();
            });
        }
        List<ReadStage.FileRead> out = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) {
            out.add(results.get(i));
        }
        return out;
    }

    /** How many reads were started, second reads included. */
    int reads() {
        return reads.get();
    }

    private void watch() {
        long now = System.nanoTime();
        for (Worker w : workers) {
            Attempt a = w.current;
            if (w.abandoned || a == null) {
                continue;
            }
            long busy = now - a.startedAt;
            if (busy > timeoutNanos && !a.stopped) {
                // the time limit's outcome is recorded before the interruption wakes the reader
                a.stopped = true;
                complete(a.index, ReadStage.timedOut(files.get(a.index), timeout));
                w.thread.interrupt();
            } else if (busy > timeoutNanos + GRACE_NANOS && a.stopped) {
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
            Attempt first = attempt(w, i);
            ReadStage.FileRead r = first.result;
            if (!first.stopped && wasInterrupted(r) && !w.abandoned) {
                // the interruption was meant for the file before, which finished just as its time ran out
                r = attempt(w, i).result;
            }
            complete(i, r);
        }
    }

    /** One read of file {@code i}: watched while it runs, whatever it throws kept as its outcome. */
    private Attempt attempt(Worker w, int i) {
        Attempt a = new Attempt(i, System.nanoTime());
        w.current = a;
        reads.incrementAndGet();
        try {
            a.result = reader.apply(files.get(i));
        } catch (RuntimeException | LinkageError | StackOverflowError | OutOfMemoryError e) {
            a.result = ReadStage.failed(files.get(i), e);
        } finally {
            w.current = null;
            // an interruption that arrives now was meant for this read, or is stale; either way it is spent
            Thread.interrupted();
        }
        if (a.result == null) {
            a.result = ReadStage.failed(files.get(i), new IllegalStateException("the reader gave no result"));
        }
        return a;
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

    /** One read of one file by one worker; {@code stopped} once the watcher has given it up. */
    private static final class Attempt {
        final int index;
        final long startedAt;
        volatile boolean stopped;
        volatile ReadStage.FileRead result;

        Attempt(int index, long startedAt) {
            this.index = index;
            this.startedAt = startedAt;
        }
    }

    private static final class Worker {
        volatile Thread thread;
        volatile Attempt current;
        volatile boolean abandoned;
    }
}
