package ita.batch;

import ita.analysis.AgencyAnalysis;
import ita.ingest.InputException;
import ita.model.InputFormat;
import ita.model.RawWorkbook;
import ita.ingest.ReadLimits;
import ita.ingest.WorkbookReaders;
import ita.model.AgencyYear;
import ita.model.Finding;
import ita.model.SourceRef;
import ita.report.annotate.AnalysisLookup;
import ita.report.annotate.AnnotatedCopyWriter;
import ita.report.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * With --annotate: a copy of each input that holds an agency chosen, with comments on the weak cells of the
 * chosen agencies and an analysis sheet. Copies are written side by side on the run's threads; one that cannot
 * be written is a failure of its own and the others go on.
 */
final class AnnotatedCopies {

    /** One copy written, and a finding when some of its notes found no cell to sit on. */
    private record Copy(Path file, Finding unplaced) {
    }

    private final RunSetup setup;
    private final ExecutorService pool;
    private final Failures failures;
    private final WriteOptions options;
    private final RunNames names;

    AnnotatedCopies(RunSetup setup, ExecutorService pool, Failures failures, RunNames names) {
        this.names = names;
        this.setup = setup;
        this.pool = pool;
        this.failures = failures;
        this.options = WriteOptions.defaults().withThaiDigits(setup.settings().thaiDigits());
    }

    /**
     * @param analyses the analyses of the agencies chosen, with their ranks and previous years
     * @param findings where the notes that found no cell are reported
     */
    List<Path> write(List<ReadStage.FileRead> reads, List<AgencyAnalysis> analyses, Selection chosen,
                     List<Finding> findings) throws InterruptedException {
        if (!setup.settings().annotate()) {
            return List.of();
        }
        AnalysisLookup lookup = AnalysisLookup.of(analyses, setup.analysis());
        List<Future<Copy>> jobs = new ArrayList<>();
        for (ReadStage.FileRead r : reads) {
            List<AgencyYear> records = r.records().stream().filter(y -> chosen.includes(y.agency())).toList();
            InputFile f = r.outcome().file();
            Optional<Path> target = names.copy(f);
            if (!records.isEmpty() && target.isPresent()) {
                jobs.add(pool.submit(() -> copy(f, target.get(), records, lookup)));
            }
        }
        List<Path> written = new ArrayList<>();
        for (Future<Copy> job : jobs) {
            try {
                Copy c = job.get();
                if (c != null) {
                    written.add(c.file());
                    if (c.unplaced() != null) {
                        findings.add(c.unplaced());
                    }
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return written;
    }

    private Copy copy(InputFile f, Path target, List<AgencyYear> records, AnalysisLookup lookup) {
        try {
            RawWorkbook raw = WorkbookReaders.read(f.path(), f.displayName(), ReadLimits.defaults());
            AnnotatedCopyWriter.Result r = raw.format() == InputFormat.XLSX || raw.format() == InputFormat.XLS
                    ? AnnotatedCopyWriter.write(f.path(), target, records, lookup, options)
                    : AnnotatedCopyWriter.writeGrid(raw, target, records, lookup, options);
            return new Copy(r.file(), unplaced(f, r.unplaced()));
        } catch (InputException e) {
            failures.output(AnnotatedCopyWriter.FOLDER + "/" + f.displayName(), new IOException(
                    "the input could not be read again: " + e.toFinding().message(), e));
            return null;
        } catch (IOException | RuntimeException e) {
            failures.output(AnnotatedCopyWriter.FOLDER + "/" + f.displayName(), e);
            return null;
        }
    }

    private static Finding unplaced(InputFile f, List<String> notes) {
        if (notes.isEmpty()) {
            return null;
        }
        return Finding.warning("annotation-unplaced", SourceRef.file(f.displayName()),
                "expected a cell in the annotated copy for every note but " + notes.size()
                        + (notes.size() == 1 ? " note found none: " : " notes found none: ") + String.join(", ", notes)
                        + "; they are left out of the copy, and their agencies are still in its sheet การวิเคราะห์",
                "");
    }
}
