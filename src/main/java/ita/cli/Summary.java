package ita.cli;

import ita.batch.FileOutcome.Status;
import ita.batch.RunResult;
import java.io.PrintWriter;
import java.util.stream.Collectors;

/** The closing summary of a run. */
final class Summary {

    private Summary() {
    }

    static void print(RunResult r, PrintWriter out, boolean debug) {
        String years = r.years().stream().map(String::valueOf).collect(Collectors.joining(", "));
        out.printf("files: %d read, %d read with findings, %d rejected%n", r.count(Status.READ),
                r.count(Status.READ_WITH_FINDINGS), r.count(Status.REJECTED));
        out.printf("agencies: %d, fiscal years: %s%n", r.agencies(), years.isEmpty() ? "none" : years);
        if (!r.failures().isEmpty()) {
            out.printf("not written: %d (an agency, summary or copy that failed; see run-report.xlsx)%n",
                    r.failures().size());
        }
        out.printf("outputs: %d files in %s (see run-report.xlsx)%n", r.outputs().size(), r.outDir());
        out.printf("time: %.1f s%n", r.time().toMillis() / 1000.0);
        r.notes().forEach(out::println);
        if (debug) {
            r.phases().forEach((name, d) -> out.printf("  %s: %.1f s%n", name, d.toMillis() / 1000.0));
        }
        out.flush();
    }
}
