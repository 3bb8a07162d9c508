package ita.batch;

import ita.analysis.AgencyAnalysis;
import ita.analysis.AgencyHistory;
import ita.analysis.AnalysisSettings;
import ita.analysis.ProvinceAnalysis;
import ita.analysis.ProvinceAnalyzer;
import ita.ingest.InputException;
import ita.ingest.InputFormat;
import ita.ingest.RawWorkbook;
import ita.ingest.ReadLimits;
import ita.ingest.WorkbookReaders;
import ita.measures.PlannedMeasure;
import ita.report.AnalysisLookup;
import ita.report.AnnotatedCopyWriter;
import ita.report.ProvinceSummaryWriter;
import ita.report.TemplateException;
import ita.report.TemplateFiller;
import ita.report.WriteOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import ita.analysis.YearAnalysis;
import ita.measures.MeasureCatalog;
import ita.measures.MeasureCatalogException;
import ita.measures.MeasurePlan;
import ita.measures.MeasurePlanner;
import ita.report.AgencyWorkbookWriter;
import ita.report.MeasuresSheetWriter;
import ita.report.PlanRequests;
import ita.report.ProgressReportSheetWriter;
import ita.report.SheetContributor;
import ita.report.document.AgencyDocuments;
import ita.report.document.DocumentOptions;
import ita.ingest.ProgressForms;
import ita.model.ProgressForm;
import ita.report.SafeNames;
import ita.report.SheetOptions;
import ita.report.WorkbookOptions;
import ita.report.SummaryRow;
import ita.report.SummaryWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The outputs of one run, per agency and for the whole run, as the settings ask. */
final class OutputWriters {

    private final BatchSettings settings;
    private final Path out;
    private final MeasurePlanner planner;
    private final AgencyWorkbookWriter workbooks = new AgencyWorkbookWriter();
    private final java.util.Set<String> used = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final AgencyDocuments documents;
    private final ProgressForms forms;
    private final java.util.Set<ProgressForm> formsUsed = java.util.concurrent.ConcurrentHashMap.newKeySet();

    OutputWriters(BatchSettings settings, Path out) {
        this(settings, out, ProgressForms.none());
    }

    OutputWriters(BatchSettings settings, Path out, ProgressForms forms) {
        this.settings = settings;
        this.out = out;
        this.forms = forms;
        this.documents = new AgencyDocuments(new DocumentOptions(settings.thaiDigits()));
        this.planner = settings.catalog().map(OutputWriters::userCatalog).map(c -> new MeasurePlanner(c,
                ita.framework.FrameworkCatalog.standard())).orElseGet(MeasurePlanner::standard);
    }

    private static MeasureCatalog userCatalog(Path file) {
        try {
            return MeasureCatalog.load(file);
        } catch (MeasureCatalogException e) {
            throw new UsageException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UsageException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * One agency's workbook for its latest year (or --year): the analysis sheets, the measures plan for the
     * next fiscal year and the progress-report forms; beside it, the documents to sign. Called from worker threads.
     */
    List<Path> agency(AgencyAnalysis a) throws IOException {
        boolean xlsx = settings.formats().contains(BatchSettings.OutputFormat.XLSX);
        boolean docx = settings.formats().contains(BatchSettings.OutputFormat.DOCX);
        if (!xlsx && !docx) {
            return List.of();
        }
        WorkbookOptions options = WorkbookOptions.defaults().withThaiDigits(settings.thaiDigits());
        if (settings.year().isPresent()) {
            int year = settings.year().getAsInt();
            if (a.history().year(year).isEmpty()) {
                return List.of();
            }
            options = options.forYear(year);
        }
        YearAnalysis y = options.yearOf(a);
        if (!y.framework().hasIndicators()) {
            return List.of();
        }
        MeasurePlan plan = planner.plan(PlanRequests.of(a, y));
        SheetOptions sheetOptions = new SheetOptions(settings.thaiDigits());
        List<SheetContributor> more = List.of(
                (wb, an, ya, o) -> MeasuresSheetWriter.write(wb, plan, sheetOptions),
                (wb, an, ya, o) -> ProgressReportSheetWriter.write(wb, plan, sheetOptions));
        Path target = unique(workbooks.pathFor(out, a, options));
        List<Path> written = new ArrayList<>();
        if (xlsx) {
            written.add(workbooks.write(target, a, options, more));
        }
        if (xlsx && settings.template().isPresent()) {
            Path template = settings.template().get();
            try {
                written.add(TemplateFiller.fill(template, TemplateFiller.targetFor(target.getParent(), template, a), a,
                        measureRows(plan), writeOptions()));
            } catch (TemplateException e) {
                throw new UsageException(e.line(), e);
            }
        }
        if (docx) {
            written.addAll(documents(target, a, y, plan));
        }
        return written;
    }

    /** The documents to sign, beside the workbook, with the results of the forms the agency gave back. */
    private List<Path> documents(Path workbook, AgencyAnalysis a, YearAnalysis y, MeasurePlan plan) throws IOException {
        List<ProgressForm> given = forms.of(a.agency(), plan.fiscalYear());
        formsUsed.addAll(given);
        return documents.write(workbook, a, y, plan, given);
    }

    /** The progress forms an agency of the run took its results from. */
    java.util.Set<ProgressForm> formsUsed() {
        return java.util.Set.copyOf(formsUsed);
    }

    private static List<Map<String, String>> measureRows(MeasurePlan plan) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (PlannedMeasure m : plan.measures()) {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("topic", m.topic());
            row.put("reference", m.itaReference());
            row.put("analysis", m.analysis());
            row.put("measure", m.measure());
            row.put("steps", m.steps());
            row.put("responsible", m.responsible());
            row.put("period", m.period());
            row.put("monitoring", m.monitoring());
            row.put("round", m.reportingRound().label());
            rows.add(row);
        }
        return rows;
    }

    private WriteOptions writeOptions() {
        return WriteOptions.defaults().withThaiDigits(settings.thaiDigits());
    }

    /** Two agencies whose names give the same file name get -2, -3 … rather than overwrite each other. */
    private Path unique(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return SafeNames.unique(target.getParent(), name.substring(0, dot), name.substring(dot), used);
    }

    List<Path> summaries(List<AgencyHistory> histories, AnalysisSettings analysisSettings, List<SummaryRow> rows,
                         List<AgencyAnalysis> analyses) throws IOException {
        List<Path> written = new ArrayList<>();
        if (settings.formats().contains(BatchSettings.OutputFormat.XLSX) && !histories.isEmpty()) {
            // the overall summary and the provinces are independent: written side by side on the run's threads
            Map<String, List<AgencyAnalysis>> byProvince = new java.util.HashMap<>();
            analyses.forEach(a -> byProvince.computeIfAbsent(a.agency().province(), k -> new ArrayList<>()).add(a));
            java.util.concurrent.ForkJoinPool pool = new java.util.concurrent.ForkJoinPool(settings.threads());
            try {
                var overall = pool.submit(() -> ProvinceSummaryWriter.writeOverall(
                        ProvinceSummaryWriter.overallTarget(out), histories, analyses, analysisSettings, writeOptions()));
                List<Path> provinces = pool.submit(() -> ProvinceAnalyzer.analyze(histories, analysisSettings)
                        .parallelStream().map(p -> {
                            try {
                                return ProvinceSummaryWriter.write(ProvinceSummaryWriter.targetFor(out, p.province()),
                                        p, byProvince.getOrDefault(p.province(), List.of()), writeOptions());
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        }).toList()).get();
                written.addAll(provinces);
                written.add(overall.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                if (e.getCause() instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException(e.getCause());
            } finally {
                pool.shutdown();
            }
        }
        SummaryWriter w = new SummaryWriter();
        if (settings.formats().contains(BatchSettings.OutputFormat.CSV)) {
            Path p = out.resolve(SummaryWriter.CSV_FILE);
            w.writeCsv(rows, p);
            written.add(p);
        }
        if (settings.formats().contains(BatchSettings.OutputFormat.JSON)) {
            Path p = out.resolve(SummaryWriter.JSON_FILE);
            w.writeJson(rows, p);
            written.add(p);
        }
        return written;
    }

    /** With --annotate: a copy of each input that was read, with comments on its weak cells and an analysis sheet. */
    List<Path> annotated(List<ReadStage.FileRead> reads, List<AgencyAnalysis> analyses, AnalysisSettings s)
            throws IOException {
        if (!settings.annotate()) {
            return List.of();
        }
        AnalysisLookup lookup = AnalysisLookup.of(analyses, s);
        List<Path> written = new ArrayList<>();
        for (ReadStage.FileRead r : reads) {
            if (r.records().isEmpty()) {
                continue;
            }
            InputFile f = r.outcome().file();
            try {
                RawWorkbook raw = WorkbookReaders.read(f.path(), f.displayName(), ReadLimits.defaults());
                Path target = AnnotatedCopyWriter.targetFor(out, f.displayName(), raw.format());
                if (raw.format() == InputFormat.XLSX || raw.format() == InputFormat.XLS) {
                    written.add(AnnotatedCopyWriter.write(f.path(), target, r.records(), lookup, writeOptions()).file());
                } else {
                    written.add(AnnotatedCopyWriter.writeGrid(raw, target, r.records(), lookup, writeOptions()).file());
                }
            } catch (InputException e) {
                // the file was read moments ago; if it changed since, it is left without a copy
                continue;
            }
        }
        return written;
    }

    static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
