package ita.batch;

import java.util.Locale;

/**
 * Whether a run fits in the memory Java was given, checked once the inputs are read and grouped and before anything
 * is analysed or written: a run that cannot fit stops with one line saying how much it needs, rather than with
 * Java's OutOfMemoryError after an hour. What the run keeps grows with the agency-years read (their records, and a
 * brief of each agency for the summaries; an agency's full analysis goes once its files are written) and, for the
 * summaries written with POI, with the agencies in the summary of everything read. Besides that, each writing thread
 * holds one agency's workbook and documents while it builds them: a run that fits on fewer threads than asked writes
 * on fewer. The figures were measured on single- and five-year lists (20,000 agencies × 1 year and 8,300 × 5 with
 * -Xmx1g and -Xmx3g, class histograms of the province and national benchmark runs) and rounded up.
 */
final class MemoryBudget {

    /** The program, its libraries and a run's fixed costs. */
    static final long BASE = 150L << 20;
    /** One agency-year read: its record and its share of the agency's brief (measured when analyses stayed too). */
    static final long PER_AGENCY_YEAR = 10L << 10;
    /** One agency in the summary workbooks (held whole by POI while written). */
    static final long PER_SUMMARY_AGENCY = 40L << 10;
    /** One writing thread building an agency's workbook; with its documents (POI's XML trees) when they are written. */
    static final long PER_WORKBOOK_WRITER = 24L << 20;
    static final long PER_DOCUMENT_WRITER = 64L << 20;

    private MemoryBudget() {
    }

    /** What one writing thread holds, for the per-agency outputs asked. */
    static long writerBytes(boolean workbooks, boolean documents) {
        return documents ? PER_DOCUMENT_WRITER : workbooks ? PER_WORKBOOK_WRITER : 0;
    }

    /** The bytes a run needs on one writing thread: the agency stage or the summaries, whichever is larger. */
    static long need(int agencies, long agencyYears, boolean summaries, long writerBytes) {
        long kept = BASE + agencyYears * PER_AGENCY_YEAR;
        return Math.max(kept + writerBytes, kept + (summaries ? agencies * PER_SUMMARY_AGENCY : 0));
    }

    static long need(int agencies, long agencyYears, boolean summaries) {
        return need(agencies, agencyYears, summaries, 0);
    }

    /** @throws UsageException when the run would not fit in {@code maxHeap} bytes */
    static void check(int agencies, long agencyYears, boolean summaries, long maxHeap) {
        check(agencies, agencyYears, summaries, 0, maxHeap);
    }

    static void check(int agencies, long agencyYears, boolean summaries, long writerBytes, long maxHeap) {
        long need = need(agencies, agencyYears, summaries, writerBytes);
        if (need <= maxHeap) {
            return;
        }
        long gb = (need + (1L << 30) - 1) >> 30;
        String lighter = summaries ? " leave out the summary workbooks (--format docx,csv,json)," : "";
        throw new UsageException(String.format(Locale.ROOT, "expected a run that fits in the memory Java was given"
                        + " (%s) but %,d agencies with %,d agency-years need about %s; nothing was written. Run with more"
                        + " memory (ITA_JAVA_OPTS=-Xmx%dg ./ita analyze …, or java -Xmx%dg -jar ita-analyzer.jar …),%s"
                        + " or give fewer files at a time.",
                size(maxHeap), agencies, agencyYears, size(need), gb, gb, lighter), null);
    }

    /**
     * The writing threads that fit: those asked, or fewer when each one's workbook and documents would not fit beside
     * what the run keeps, at least one.
     *
     * @throws UsageException when the run would not fit even on one thread
     */
    static int writers(int agencies, long agencyYears, boolean summaries, long writerBytes, int threads,
                       long maxHeap) {
        check(agencies, agencyYears, summaries, writerBytes, maxHeap);
        int asked = Math.max(1, threads);
        if (writerBytes == 0) {
            return asked;
        }
        long room = maxHeap - BASE - agencyYears * PER_AGENCY_YEAR;
        return (int) Math.max(1, Math.min(asked, room / writerBytes));
    }

    /** The one closing line of a run that writes on fewer threads than asked. */
    static String fewerThreads(int writers, int asked, long maxHeap) {
        return String.format(Locale.ROOT, "memory: the agencies were written on %d thread(s) instead of %d, as more"
                + " would not fit in the memory Java was given (%s); give it more (ITA_JAVA_OPTS=-Xmx…) to write"
                + " faster", writers, asked, size(maxHeap));
    }

    static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }
}
