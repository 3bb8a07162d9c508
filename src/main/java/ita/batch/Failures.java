package ita.batch;

import ita.analysis.AgencyHistory;
import ita.model.Finding;
import ita.model.SourceRef;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The skip policy for what comes after reading, as there is one per file for reading: an agency whose analysis or
 * writing fails, or a summary or copy that cannot be written, becomes one finding in the run report and one line
 * on the console; the run goes on with the others and ends with exit code 3. Thread-safe.
 */
final class Failures {

    static final String AGENCY = "agency-failed";
    static final String OUTPUT = "output-failed";
    private static final String FIX = "Check the agency's figures in this file; if they look right, please report it"
            + " (rerun with --debug for details).";

    private static final String IO_FIX = "Check that no other program holds the file open and that the output folder"
            + " can be written, then run again.";

    private final ConcurrentLinkedQueue<Finding> findings = new ConcurrentLinkedQueue<>();
    private final Progress progress;

    Failures(Progress progress) {
        this.progress = progress;
    }

    /** An agency that could not be analysed or written; {@code stage} is "analyse" or "write". */
    void agency(AgencyHistory h, String stage, Throwable cause) {
        SourceRef where = h.latest().source();
        add(Finding.error(AGENCY, where, "expected to " + stage + " " + h.agency().name() + " but it failed ("
                + describe(cause) + "); its outputs are left out and the other agencies are written",
                isIo(cause) ? IO_FIX : FIX), cause);
    }

    /** A summary or annotated copy that could not be written; {@code what} names it as the user sees it. */
    void output(String what, Throwable cause) {
        add(Finding.error(OUTPUT, SourceRef.file(what), "expected to write this output but it failed ("
                + describe(cause) + "); the run goes on without it",
                isIo(cause) ? IO_FIX : "Please report it (rerun with --debug for details)."), cause);
    }

    private void add(Finding f, Throwable cause) {
        findings.add(f);
        progress.failed(f, cause);
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    boolean any() {
        return !findings.isEmpty();
    }

    private static boolean isIo(Throwable t) {
        return t instanceof java.io.IOException || t instanceof java.io.UncheckedIOException;
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + firstLine(m));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
