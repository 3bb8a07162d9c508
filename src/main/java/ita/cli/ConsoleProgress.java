package ita.cli;

import ita.batch.FileOutcome;
import ita.batch.Progress;
import ita.model.Finding;
import java.io.PrintWriter;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on a terminal; plain lines when there is none (as when run from an Excel macro),
 * at most one every few seconds. Rejected files, and agencies that could not be written, are printed as they
 * happen, one line each.
 */
final class ConsoleProgress implements Progress {

    private static final long PLAIN_EVERY_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final boolean quiet;
    private final boolean debug;
    private final boolean terminal;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile String phase = "";
    private volatile long lastLine;
    private ProgressBar bar;

    ConsoleProgress(PrintWriter err, boolean quiet, boolean debug) {
        this.err = err;
        this.quiet = quiet;
        this.debug = debug;
        this.terminal = System.console() != null && System.getenv("ITA_PLAIN_PROGRESS") == null;
    }

    @Override
    public synchronized void startReading(int files) {
        begin("อ่านไฟล์ (reading files)", files);
    }

    @Override
    public void fileRead(FileOutcome outcome) {
        if (outcome.status() == FileOutcome.Status.REJECTED) {
            line("rejected: " + outcome.reason(), null);
        }
        step();
    }

    /** Printed even with --quiet, as rejected files are: the run goes on, and the user must know why. */
    @Override
    public void failed(Finding finding, Throwable cause) {
        line(finding.toLine(), debug ? cause : null);
    }

    /** Printed even with --quiet: an output under another name than the user expects must not pass unseen. */
    @Override
    public void notice(Finding finding) {
        line(finding.toLine(), null);
    }

    private synchronized void line(String text, Throwable trace) {
        if (bar != null) {
            bar.pause();
        }
        err.println(text);
        if (trace != null) {
            trace.printStackTrace(err);
        }
        err.flush();
        if (bar != null) {
            bar.resume();
        }
    }

    @Override
    public synchronized void startWriting(int agencies) {
        begin("เขียนผลวิเคราะห์ (writing agencies)", agencies);
    }

    @Override
    public void agencyWritten() {
        step();
    }

    @Override
    public synchronized void done() {
        closeBar();
    }

    private void begin(String name, int n) {
        closeBar();
        phase = name;
        total = n;
        done.set(0);
        lastLine = 0;
        if (quiet) {
            return;
        }
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(n).setStyle(ProgressBarStyle.ASCII)
                    .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(200).showSpeed().build();
        } else {
            err.println(name + ": 0/" + n);
            err.flush();
        }
    }

    private void step() {
        int d = done.incrementAndGet();
        if (quiet) {
            return;
        }
        ProgressBar b = bar;
        if (b != null) {
            b.step();
            return;
        }
        long now = System.nanoTime();
        if (d == total || now - lastLine > PLAIN_EVERY_NANOS) {
            synchronized (this) {
                lastLine = now;
                err.println(phase + ": " + d + "/" + total);
                err.flush();
            }
        }
    }

    private void closeBar() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
