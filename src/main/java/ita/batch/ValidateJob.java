package ita.batch;

import ita.framework.FrameworkCatalog;
import ita.ingest.AgencyRegistry;
import ita.ingest.ColumnMapping;
import ita.ingest.ReadLimits;
import ita.model.AgencyYear;
import ita.model.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads files without analysing them: what each holds, and every problem found, for {@code ita validate}. */
public final class ValidateJob {

    /** Every file's outcome plus the findings that concern several files (conflicts, possible matches). */
    public record Result(List<FileOutcome> files, List<Finding> acrossFiles, int agencies) {
        public long rejected() {
            return files.stream().filter(f -> f.status() == FileOutcome.Status.REJECTED).count();
        }
    }

    private ValidateJob() {
    }

    /**
     * @param assumeYear the fiscal year of files that say none
     * @throws UsageException when the mapping cannot be used, before any input is read
     */
    public static Result run(List<Path> paths, Optional<Path> mapping, OptionalInt assumeYear, int threads,
                             Progress progress) {
        Optional<ColumnMapping> columns = Mappings.load(mapping);
        List<InputFile> files = InputFinder.find(paths, null);
        ReadStage stage = new ReadStage(FrameworkCatalog.standard(), columns, assumeYear, ReadLimits.defaults(),
                BatchSettings.DEFAULT_FILE_TIMEOUT);
        List<ReadStage.FileRead> reads = stage.readAll(files, threads, progress);
        List<AgencyYear> all = new ArrayList<>();
        List<FileOutcome> outcomes = new ArrayList<>();
        for (ReadStage.FileRead r : reads) {
            outcomes.add(r.outcome());
            all.addAll(r.records());
        }
        AgencyRegistry.Merged merged = AgencyRegistry.merge(all);
        progress.done();
        return new Result(outcomes, merged.findings(), merged.byAgency().size());
    }
}
