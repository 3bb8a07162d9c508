package ita.report.workbook;

import ita.analysis.AgencyAnalysis;
import ita.analysis.AgencyAnalyzer;
import ita.analysis.AgencyHistory;
import ita.analysis.AnalysisSettings;
import ita.analysis.YearAnalysis;
import ita.measures.MeasurePlan;
import ita.measures.MeasurePlanner;
import ita.model.AgencyYear;
import ita.sample.SampleAgency;
import ita.sample.SampleUniverse;
import java.util.ArrayList;
import java.util.List;

/**
 * Times writing agency workbooks (analysis sheets, measures, progress reports) on one thread, for generated
 * agencies with results 2564–2567. Not a test: run with
 * {@code java -cp target/classes:target/test-classes:<deps> ita.report.workbook.WorkbookWriteSpeed [agencies] [rounds]}.
 */
public final class WorkbookWriteSpeed {

    private WorkbookWriteSpeed() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Job> jobs = jobs(n);
        AgencyWorkbookWriter writer = new AgencyWorkbookWriter();
        WorkbookOptions options = WorkbookOptions.defaults();
        double best = Double.MAX_VALUE;
        long bytes = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            bytes = 0;
            for (Job j : jobs) {
                bytes += write(writer, j, options).length;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            best = Math.min(best, seconds);
            System.out.printf("round %d: %d workbooks in %.2f s = %.1f per second (%.2f ms each, %d KB average)%n",
                    round + 1, jobs.size(), seconds, jobs.size() / seconds, seconds * 1000 / jobs.size(),
                    bytes / 1024 / jobs.size());
        }
        System.out.printf("best: %.1f workbooks per second on one thread%n", jobs.size() / best);
    }

    public record Job(AgencyAnalysis analysis, MeasurePlan plan) {
    }

    public static List<Job> jobs(int n) {
        SampleUniverse u = SampleUniverse.national(n, 42);
        List<AgencyHistory> histories = new ArrayList<>();
        for (SampleAgency a : u.agencies()) {
            List<AgencyYear> years = new ArrayList<>();
            for (int y = 2564; y <= 2567; y++) {
                u.result(a, y).ifPresent(years::add);
            }
            if (!years.isEmpty()) {
                histories.add(AgencyHistory.of(years));
            }
        }
        MeasurePlanner planner = MeasurePlanner.standard();
        List<Job> jobs = new ArrayList<>();
        for (AgencyAnalysis a : AgencyAnalyzer.analyzeAll(histories, AnalysisSettings.defaults())) {
            YearAnalysis y = WorkbookOptions.defaults().yearOf(a);
            if (y.framework().hasIndicators()) {
                jobs.add(new Job(a, planner.plan(PlanRequests.of(a, y))));
            }
        }
        return jobs;
    }

    static byte[] write(AgencyWorkbookWriter writer, Job j, WorkbookOptions options) throws java.io.IOException {
        WorkbookOptions sheetOptions = WorkbookOptions.defaults();
        List<SheetContributor> more = List.of(
                (wb, an, ya, o) -> MeasuresSheetWriter.write(wb, j.plan(), sheetOptions),
                (wb, an, ya, o) -> ProgressReportSheetWriter.write(wb, j.plan(), sheetOptions));
        return writer.toBytes(j.analysis(), options, more);
    }
}
