package ita.batch;

import ita.framework.FrameworkCatalog;
import ita.ingest.ColumnMapping;
import ita.ingest.InputException;
import ita.ingest.LayoutRecognizer;
import ita.model.RawWorkbook;
import ita.ingest.ReadContext;
import ita.ingest.ReadLimits;
import ita.ingest.WorkbookReaders;
import ita.model.AgencyYear;
import ita.model.Finding;
import ita.model.SourceRef;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeSet;

/**
 * Reads files in parallel into compact records. Each file is read on its own, with a time limit;
 * whatever goes wrong with one file becomes its outcome and the others go on.
 */
public final class ReadStage {

    /** One file's records and outcome. */
    public record FileRead(FileOutcome outcome, List<AgencyYear> records) {
    }

    private final FrameworkCatalog catalog;
    private final Optional<ColumnMapping> mapping;
    private final OptionalInt assumeYear;
    private final ReadLimits limits;
    private final Duration timeout;
    private final Compactor compactor = new Compactor();

    /** @param assumeYear the fiscal year of files that say none (--assume-year) */
    public ReadStage(FrameworkCatalog catalog, Optional<ColumnMapping> mapping, OptionalInt assumeYear,
                     ReadLimits limits, Duration timeout) {
        this.catalog = catalog;
        this.mapping = mapping;
        this.assumeYear = assumeYear;
        this.limits = limits;
        this.timeout = timeout;
    }

    /** Reads every file, in the order given, using {@code threads} workers. */
    public List<FileRead> readAll(List<InputFile> files, int threads, Progress progress) {
        progress.startReading(files.size());
        ReadWorkers workers = new ReadWorkers(files, Math.max(1, threads), timeout, this::read, progress);
        return workers.run();
    }

    static FileRead timedOut(InputFile f, Duration timeout) {
        return rejected(f, "time-limit", "reading took longer than " + timeout.toSeconds() + " s and was stopped",
                "Open the file in Excel, remove empty formatted rows and save it again.");
    }

    static FileRead failed(InputFile f, Throwable t) {
        return rejected(f, "internal-error", "the reader failed: " + t,
                "Please report this file; rerun with --debug for details.");
    }

    /** Reads one file; never throws for bad input. */
    public FileRead read(InputFile f) {
        if (f.refused().isPresent()) {
            Finding finding = f.refused().get();
            return new FileRead(new FileOutcome(f, FileOutcome.Status.REJECTED, "", List.of(), 0, new TreeSet<>(),
                    finding.toLine(), List.of(finding)), List.of());
        }
        RawWorkbook wb;
        try {
            wb = WorkbookReaders.read(f.path(), f.displayName(), limits);
        } catch (InputException e) {
            Finding finding = e.toFinding();
            return new FileRead(new FileOutcome(f, FileOutcome.Status.REJECTED, "", List.of(), 0, new TreeSet<>(),
                    finding.toLine(), List.of(finding)), List.of());
        }
        ita.ingest.Recognition rec = new LayoutRecognizer().recognize(wb,
                new ReadContext(f.displayName(), mapping, assumeYear, catalog));
        // cell locations are kept (shared, they cost little): findings across files and annotated copies name them
        List<AgencyYear> records = rec.records().stream().map(compactor::compact).toList();
        TreeSet<Integer> years = new TreeSet<>();
        records.forEach(r -> years.add(r.fiscalYear()));
        if (records.isEmpty()) {
            Finding why = rec.findings().stream().filter(x -> x.severity() == ita.model.Severity.ERROR).findFirst()
                    .orElse(Finding.error("no-records", SourceRef.file(f.displayName()),
                            "expected agency results but found none", "Check the header row or give --mapping."));
            return new FileRead(new FileOutcome(f, FileOutcome.Status.REJECTED, wb.format().label(), rec.layouts(),
                    0, years, why.toLine(), rec.findings()), List.of());
        }
        return new FileRead(new FileOutcome(f, FileOutcome.statusOf(rec.findings()), wb.format().label(),
                rec.layouts(), records.size(), years, "", rec.findings()), records);
    }

    static FileRead rejected(InputFile f, String kind, String message, String fix) {
        Finding finding = Finding.error(kind, SourceRef.file(f.displayName()), message, fix);
        return new FileRead(new FileOutcome(f, FileOutcome.Status.REJECTED, "", List.of(), 0, new TreeSet<>(),
                finding.toLine(), List.of(finding)), List.of());
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
