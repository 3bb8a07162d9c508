package ita.batch;

import ita.model.Finding;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/** Progress that remembers what it was told, for tests; thread-safe as {@link Progress} must be. */
class RecordingProgress implements Progress {

    private final AtomicInteger files = new AtomicInteger();
    private final AtomicInteger agencies = new AtomicInteger();
    private final ConcurrentLinkedQueue<Finding> failed = new ConcurrentLinkedQueue<>();

    @Override
    public void startReading(int n) {
    }

    @Override
    public void fileRead(FileOutcome outcome) {
        files.incrementAndGet();
    }

    @Override
    public void startWriting(int n) {
    }

    @Override
    public void agencyWritten() {
        agencies.incrementAndGet();
    }

    @Override
    public void failed(Finding finding, Throwable cause) {
        failed.add(finding);
    }

    @Override
    public void done() {
    }

    int files() {
        return files.get();
    }

    int agencies() {
        return agencies.get();
    }

    List<Finding> failures() {
        return List.copyOf(failed);
    }
}
