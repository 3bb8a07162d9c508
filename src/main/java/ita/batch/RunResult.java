package ita.batch;

import ita.model.Finding;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SortedSet;

/**
 * What a run did: every file's outcome, the agencies and years written, the outputs, and what failed after reading.
 *
 * @param outDir   the folder the outputs went to (a new run folder when --out held an earlier run)
 * @param agencies the agencies chosen for writing (all read, without --province or --district)
 * @param failures one finding per agency, summary or copy that could not be analysed or written
 * @param phases   how long each part of the run took, in order
 * @param notes    what the user should know about the outputs, one line each (the PDF's font, the progress forms)
 */
public record RunResult(Path outDir, List<FileOutcome> files, int agencies, SortedSet<Integer> years,
                        List<Path> outputs, List<Finding> failures, Duration time, java.util.Map<String, Duration> phases,
                        List<String> notes) {

    public RunResult(Path outDir, List<FileOutcome> files, int agencies, SortedSet<Integer> years, List<Path> outputs,
                     List<Finding> failures, Duration time, java.util.Map<String, Duration> phases) {
        this(outDir, files, agencies, years, outputs, failures, time, phases, List.of());
    }

    public RunResult {
        notes = List.copyOf(notes);
        files = List.copyOf(files);
        outputs = List.copyOf(outputs);
        failures = List.copyOf(failures);
        phases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phases));
    }

    public long count(FileOutcome.Status status) {
        return files.stream().filter(f -> f.status() == status).count();
    }

    public long rejectedFiles() {
        return count(FileOutcome.Status.REJECTED);
    }

    /** True when every file was read and everything chosen was written: exit code 0. */
    public boolean complete() {
        return rejectedFiles() == 0 && failures.isEmpty();
    }
}
