package ita.batch;

import java.util.Locale;

/**
 * Whether a run fits in the memory Java was given, checked once the inputs are read and grouped and before anything
 * is analysed or written: a run that cannot fit stops with one line saying how much it needs, rather than with
 * Java's OutOfMemoryError after an hour. What the run keeps grows with the agency-years read (their analyses stay
 * until the summaries are written) and, for the summaries written with POI, with the agencies in the summary of
 * everything read. The figures were measured on single- and five-year lists (20,000 agencies × 1 year and
 * 8,300 × 5 with -Xmx1g and -Xmx3g) and rounded up.
 */
final class MemoryBudget {

    /** The program, its libraries and a run's fixed costs. */
    static final long BASE = 150L << 20;
    /** One agency-year read, its record and its analysis. */
    static final long PER_AGENCY_YEAR = 10L << 10;
    /** One agency in the summary workbooks (held whole by POI while written). */
    static final long PER_SUMMARY_AGENCY = 40L << 10;

    private MemoryBudget() {
    }

    /** The bytes a run needs. */
    static long need(int agencies, long agencyYears, boolean summaries) {
        return BASE + agencyYears * PER_AGENCY_YEAR + (summaries ? agencies * PER_SUMMARY_AGENCY : 0);
    }

    /** @throws UsageException when the run would not fit in {@code maxHeap} bytes */
    static void check(int agencies, long agencyYears, boolean summaries, long maxHeap) {
        long need = need(agencies, agencyYears, summaries);
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

    static String size(long bytes) {
        return bytes >= 1L << 30 ? String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30))
                : String.format(Locale.ROOT, "%d MB", bytes >> 20);
    }
}
