package ita.batch;

import java.util.Optional;

/**
 * Whether a run fits the heap Java may use, counted before any agency is analysed: the records read and what the
 * summaries keep of each agency stay to the end of the run, and each writing thread holds one agency's workbook and
 * documents while they are built. A run that does not fit on the threads asked writes on fewer; one that does not
 * fit on one thread stops before writing, saying what to do, instead of running out of memory near its end.
 *
 * @param maxBytes       what Java may use (-Xmx)
 * @param keptBytes      what stays for the whole run: start-up, the records, a brief per agency
 * @param perWriterBytes what one writing thread holds while it builds one agency's files
 * @param threads        the writing threads that fit, at most those asked; 0 when not even one fits
 */
record MemoryBudget(long maxBytes, long keptBytes, long perWriterBytes, int threads) {

    private static final long MB = 1024 * 1024;
    /** Classes, the year frameworks, the measure catalog, fonts and POI's schemas (about 25 MB live measured). */
    static final long BASE = 64 * MB;
    /** One record read (about 80 scores and their cell addresses); texts are shared between records. */
    static final long PER_RECORD = 6 * 1024;
    /** What the summaries keep of one agency: its brief, summary rows, rank-table entries and file names. */
    static final long PER_AGENCY = 6 * 1024;
    /** One agency's workbook being built; with its documents (POI's XML trees) when they are written too. */
    static final long PER_WORKBOOK_WRITER = 24 * MB;
    static final long PER_DOCUMENT_WRITER = 64 * MB;

    static MemoryBudget plan(long maxBytes, int agencies, int records, int threadsAsked, boolean documents) {
        long kept = BASE + records * PER_RECORD + agencies * PER_AGENCY;
        long perWriter = documents ? PER_DOCUMENT_WRITER : PER_WORKBOOK_WRITER;
        long fit = Math.max(0, (maxBytes - kept) / perWriter);
        return new MemoryBudget(maxBytes, kept, perWriter, (int) Math.min(Math.max(1, threadsAsked), fit));
    }

    /** The plan for this JVM. */
    static MemoryBudget plan(int agencies, int records, int threadsAsked, boolean documents) {
        return plan(Runtime.getRuntime().maxMemory(), agencies, records, threadsAsked, documents);
    }

    boolean fits() {
        return threads > 0;
    }

    long needBytes(int writers) {
        return keptBytes + writers * perWriterBytes;
    }

    /** The one line shown when fewer threads than asked are used. */
    Optional<String> note(int threadsAsked, int agencies) {
        if (!fits() || threads >= threadsAsked) {
            return Optional.empty();
        }
        return Optional.of("memory: wrote on " + threads + " thread(s) instead of " + threadsAsked + ": " + agencies
                + " agencies and their outputs need about " + mb(needBytes(threadsAsked)) + " MB on " + threadsAsked
                + " and Java may use " + mb(maxBytes) + " MB; give Java more memory (ITA_JAVA_OPTS=-Xmx"
                + suggestedMb(threadsAsked) + "m) to write faster");
    }

    /** Why the run stops before writing. */
    String refusal(int agencies) {
        return "expected " + agencies + " agencies and their outputs to need about " + mb(needBytes(1))
                + " MB of memory but Java may use " + mb(maxBytes) + " MB: give Java more (ITA_JAVA_OPTS=-Xmx"
                + suggestedMb(1) + "m, or java -Xmx" + suggestedMb(1) + "m), or choose fewer agencies with --province";
    }

    /** The need on {@code writers} threads and a quarter more for the collector, in steps of 256 MB. */
    long suggestedMb(int writers) {
        return (needBytes(writers) * 5 / 4 / MB + 255) / 256 * 256;
    }

    private static long mb(long bytes) {
        return (bytes + MB - 1) / MB;
    }
}
