package ita.batch;

import ita.model.Finding;
import ita.model.Severity;
import java.util.List;
import java.util.SortedSet;

/**
 * What happened to one input file: read, read with findings, or rejected with the reason.
 *
 * @param layouts layouts recognised, e.g. "agency list"
 * @param records agency-year records read
 */
public record FileOutcome(InputFile file, Status status, String format, List<String> layouts, int records,
                          SortedSet<Integer> years, String reason, List<Finding> findings) {

    /** The three outcomes the run report knows. */
    public enum Status {
        READ("read"), READ_WITH_FINDINGS("read with findings"), REJECTED("rejected");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public FileOutcome {
        layouts = List.copyOf(layouts);
        findings = List.copyOf(findings);
        years = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(years));
        reason = reason == null ? "" : reason;
    }

    /** READ, or READ_WITH_FINDINGS when any finding is a warning or an error. */
    static Status statusOf(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() != Severity.INFO) ? Status.READ_WITH_FINDINGS
                : Status.READ;
    }
}
