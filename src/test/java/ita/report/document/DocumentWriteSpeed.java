package ita.report.document;

import ita.analysis.YearAnalysis;
import ita.report.workbook.WorkbookOptions;
import ita.report.workbook.WorkbookWriteSpeed;
import java.util.List;

/**
 * Times writing the agency documents (the analysis-and-measures document and the 6- and 12-month progress
 * reports, .docx) on one thread, for the same generated agencies as {@link WorkbookWriteSpeed}, so that the two
 * figures compare. Not a test: run with
 * {@code java -cp target/test-classes:target/ita-analyzer.jar ita.report.document.DocumentWriteSpeed [agencies] [rounds]}.
 */
public final class DocumentWriteSpeed {

    private DocumentWriteSpeed() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<WorkbookWriteSpeed.Job> jobs = WorkbookWriteSpeed.jobs(n);
        AgencyDocuments writer = new AgencyDocuments(DocumentOptions.DEFAULT);
        double best = Double.MAX_VALUE;
        double bestCpu = Double.MAX_VALUE;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        int documents = jobs.size() * AgencyDocuments.Kind.values().length;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            long bytes = 0;
            for (WorkbookWriteSpeed.Job j : jobs) {
                YearAnalysis y = WorkbookOptions.defaults().yearOf(j.analysis());
                for (AgencyDocuments.Kind kind : AgencyDocuments.Kind.values()) {
                    bytes += writer.toBytes(kind, j.analysis(), y, j.plan(), List.of()).length;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            best = Math.min(best, seconds);
            bestCpu = Math.min(bestCpu, cpu);
            System.out.printf("round %d: %d documents (%d agencies) in %.2f s = %.1f per second (%.2f ms each, %d KB"
                    + " average); %.2f s CPU of this thread = %.1f per CPU second%n", round + 1, documents, jobs.size(),
                    seconds, documents / seconds, seconds * 1000 / documents, bytes / 1024 / documents, cpu,
                    documents / cpu);
        }
        System.out.printf("best: %.1f documents per second on one thread (%.1f agencies)%n", documents / best,
                jobs.size() / best);
        // on a machine shared with other work the thread's own CPU time is the steadier figure
        System.out.printf("best by CPU time: %.1f documents per CPU second of the writing thread%n", documents / bestCpu);
    }
}
