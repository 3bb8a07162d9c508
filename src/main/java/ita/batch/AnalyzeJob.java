package ita.batch;

import ita.analysis.AgencyAnalysis;
import ita.analysis.AgencyBrief;
import ita.analysis.AgencyAnalyzer;
import ita.analysis.AgencyHistory;
import ita.analysis.AnalysisSettings;
import ita.analysis.Rankings;
import ita.ingest.AgencyRegistry;
import ita.ingest.ReadLimits;
import ita.model.AgencyYear;
import ita.model.InputFormat;
import ita.model.Finding;
import ita.report.summary.RunReportWriter;
import ita.report.summary.SummaryRow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * {@code ita analyze}: check the options, read every file in parallel into records, group them by agency across
 * files and years, analyse every agency and write the outputs of those chosen in parallel, then the summaries, the
 * annotated copies and the run report. Ranks and statistics cover everything read; --province and --district
 * choose what is written. An agency that fails is reported and skipped, as a file that cannot be read is.
 * An agency's full analysis lives only while its files are written: the summaries keep what they print of it
 * ({@link AgencyBrief}), so that memory grows with the agencies by a few hundred bytes each, not by analyses.
 */
public final class AnalyzeJob {

    /** Analyses one agency; the standard one is {@link AgencyAnalyzer#analyze}. */
    @FunctionalInterface
    interface Analyzer {
        AgencyAnalysis analyze(AgencyHistory history, AnalysisSettings settings, Rankings rankings);
    }

    private final RunSetup setup;
    private final Progress progress;
    private final Analyzer analyzer;
    private final AgencyOutputs agencyOutputs;
    private final Failures failures;
    private final Map<String, Duration> phases = new LinkedHashMap<>();

    AnalyzeJob(RunSetup setup, Progress progress, Analyzer analyzer, AgencyOutputs agencyOutputs) {
        this.setup = setup;
        this.progress = progress;
        this.analyzer = analyzer;
        this.agencyOutputs = agencyOutputs;
        this.failures = new Failures(progress);
    }

    /**
     * Runs the whole job.
     *
     * @throws UsageException when an option names a file that cannot be used, before any input is read
     */
    public static RunResult run(BatchSettings s, Progress progress) {
        RunSetup setup = RunSetup.check(s);
        return new AnalyzeJob(setup, progress, AgencyAnalyzer::analyze, AgencyOutputs.standard(setup)).run();
    }

    RunResult run() {
        long t0 = System.nanoTime();
        BatchSettings s = setup.settings();
        List<InputFile> files = InputFinder.find(s.inputs(), s.out());
        // no local for the stage: its tables of shared values go once the records are read
        List<ReadStage.FileRead> reads = new ReadStage(setup.frameworks(), setup.mapping(), s.assumeYear(),
                ReadLimits.defaults(), s.fileTimeout()).readAll(files, s.threads(), progress);
        long mark = lap("read", t0);

        List<FileOutcome> outcomes = reads.stream().map(ReadStage.FileRead::outcome).toList();
        List<Finding> mergeFindings = new ArrayList<>();
        List<AgencyHistory> all = histories(reads, s.annotate(), mergeFindings);
        if (!s.annotate()) {
            reads = List.of(); // the records as read are only needed again for annotated copies
        }
        long agencyYears = all.stream().mapToLong(h -> h.years().size()).sum();
        int writers = MemoryBudget.writers(all.size(), agencyYears, s.writes(BatchSettings.OutputFormat.XLSX),
                MemoryBudget.writerBytes(s.writes(BatchSettings.OutputFormat.XLSX),
                        s.writes(BatchSettings.OutputFormat.DOCX)), s.threads(), Runtime.getRuntime().maxMemory());
        Selection selection = Selection.of(s);
        List<AgencyHistory> chosen = all.stream().filter(h -> selection.includes(h.agency())).toList();
        Set<String> chosenIds = chosen.stream().map(h -> h.agency().id()).collect(Collectors.toSet());
        Rankings rankings = Rankings.of(all);
        RunNames names = RunNames.plan(setup, all, chosen, copies(reads, selection), protectedInputs(files));
        names.renamed().forEach(progress::notice);
        mark = lap("group", mark);

        List<Path> outputs = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        List<String> closing = new ArrayList<>();
        if (writers < s.threads()) {
            closing.add(MemoryBudget.fewerThreads(writers, s.threads(), Runtime.getRuntime().maxMemory()));
        }
        if (s.year().isPresent()) {
            int year = s.year().getAsInt();
            List<String> without = chosen.stream().filter(h -> !h.fiscalYears().contains(year))
                    .map(h -> h.agency().name()).sorted().toList();
            if (!without.isEmpty()) {
                closing.add(withoutYear(year, without));
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(writers, ReadStage.daemon("ita-write"));
        try {
            Agencies done = agencies(pool, all, chosenIds, rankings, selection, names);
            outputs.addAll(done.written);
            notes.addAll(done.checks);
            mark = lap("analyse and write agencies", mark);
            SummaryOutputs summaries = new SummaryOutputs(setup, pool, failures, names);
            outputs.addAll(summaries.write(all, done.briefs, chosenIds, done.rows));
            closing.addAll(summaries.notes());
            mark = lap("summaries", mark);
            if (setup.soffice().isPresent()) {
                // the agencies' documents and the province reports, in one LibreOffice pass
                outputs.addAll(DocumentOutputs.pdfs(setup.soffice().get(), List.copyOf(outputs), s.threads(), closing));
                mark = lap("pdf", mark);
            }
            outputs.addAll(new AnnotatedCopies(setup, pool, failures, names).write(reads, done.annotated, selection,
                    notes));
            mark = lap("annotated copies", mark);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.shutdownNow();
        }
        closing.addAll(DocumentOutputs.formNotes(setup.forms()));
        List<Finding> findings = new ArrayList<>();
        outcomes.forEach(o -> findings.addAll(o.findings()));
        findings.addAll(mergeFindings);
        findings.addAll(names.renamed());
        findings.addAll(notes);
        findings.addAll(failures.findings());
        try {
            outputs.addAll(RunReportWriter.write(names.runFile(RunNames.RUN_REPORT_CSV),
                    names.runFile(RunNames.RUN_REPORT_XLSX), outcomes.stream().map(AnalyzeJob::line).toList(),
                    findings));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lap("run report", mark);
        progress.done();
        TreeSet<Integer> years = new TreeSet<>();
        chosen.forEach(h -> years.addAll(h.fiscalYears()));
        return new RunResult(setup.out(), outcomes, chosen.size(), years, outputs, failures.findings(),
                Duration.ofNanos(System.nanoTime() - t0), phases, closing);
    }

    /**
     * Every agency read, its records merged across files and years. The records keep where each value was read only
     * for annotated copies: nothing else reads it after the merge, and it is most of a record's size.
     */
    static List<AgencyHistory> histories(List<ReadStage.FileRead> reads, boolean keepCells,
                                                 List<Finding> findings) {
        List<AgencyYear> records = new ArrayList<>();
        reads.forEach(r -> records.addAll(r.records()));
        AgencyRegistry.Merged merged = AgencyRegistry.merge(records);
        findings.addAll(merged.findings());
        if (keepCells) {
            return AgencyHistory.fromGroups(merged.byAgency());
        }
        Map<String, List<AgencyYear>> groups = new LinkedHashMap<>();
        merged.byAgency().forEach((id, years) -> groups.put(id, years.stream().map(AgencyYear::withoutCells).toList()));
        return AgencyHistory.fromGroups(groups);
    }

    /**
     * What the agency stage gave: the brief of every agency whose analysis succeeded, the rows, files and score-check
     * findings of those chosen, and with --annotate the full analyses of the agencies the copies are about.
     */
    record Agencies(List<AgencyBrief> briefs, List<SummaryRow> rows, List<Path> written, List<Finding> checks,
                            List<AgencyAnalysis> annotated) {
    }

    /** Analyses every agency read and writes the chosen ones, on the run's threads; a failure skips one agency. */
    Agencies agencies(ExecutorService pool, List<AgencyHistory> all, Set<String> chosen, Rankings rankings,
                              Selection selection, RunNames names) throws InterruptedException {
        ConcurrentLinkedQueue<AgencyBrief> briefs = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<SummaryRow> rows = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Path> written = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Checked> checks = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<AgencyAnalysis> annotated = new ConcurrentLinkedQueue<>();
        boolean annotate = setup.settings().annotate();
        progress.startWriting(all.size());
        List<Future<?>> jobs = new ArrayList<>(all.size());
        for (AgencyHistory h : all) {
            jobs.add(pool.submit(() -> {
                try {
                    AgencyAnalysis a = analyse(h, rankings);
                    if (a != null) {
                        briefs.add(AgencyBrief.of(a));
                        if (chosen.contains(h.agency().id())) {
                            write(h, a, rows, written, names);
                            ScoreCheckFindings.of(a, setup.settings().year())
                                    .ifPresent(f -> checks.add(new Checked(h.agency().id(), f)));
                        }
                        // copies name records by the agency they were read under, which may differ from the latest
                        if (annotate && (chosen.contains(h.agency().id())
                                || h.years().stream().anyMatch(y -> selection.includes(y.agency())))) {
                            annotated.add(a);
                        }
                    }
                } finally {
                    progress.agencyWritten();
                }
            }));
        }
        for (Future<?> f : jobs) {
            try {
                f.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        List<AgencyBrief> sorted = new ArrayList<>(briefs);
        sorted.sort(Comparator.comparing(x -> x.agency().id()));
        List<AgencyAnalysis> kept = new ArrayList<>(annotated);
        kept.sort(Comparator.comparing(x -> x.agency().id()));
        List<Finding> found = checks.stream().sorted(Comparator.comparing(Checked::agencyId)).map(Checked::finding)
                .toList();
        return new Agencies(sorted, sorted(rows), new ArrayList<>(written), found, kept);
    }

    private record Checked(String agencyId, Finding finding) {
    }

    private AgencyAnalysis analyse(AgencyHistory h, Rankings rankings) {
        try {
            return analyzer.analyze(h, setup.analysis(), rankings);
        } catch (RuntimeException | StackOverflowError e) {
            failures.agency(h, "analyse", e);
            return null;
        }
    }

    private void write(AgencyHistory h, AgencyAnalysis a, ConcurrentLinkedQueue<SummaryRow> rows,
                       ConcurrentLinkedQueue<Path> written, RunNames names) {
        try {
            List<SummaryRow> own = SummaryRow.of(List.of(a));
            written.addAll(agencyOutputs.write(a, names));
            rows.addAll(own);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            failures.agency(h, "write", e);
        }
    }

    /** With --annotate, the inputs that hold an agency chosen, with the format they were read in. */
    private Map<InputFile, InputFormat> copies(List<ReadStage.FileRead> reads, Selection selection) {
        Map<InputFile, InputFormat> copies = new LinkedHashMap<>();
        if (setup.settings().annotate()) {
            for (ReadStage.FileRead r : reads) {
                if (r.records().stream().anyMatch(y -> selection.includes(y.agency()))) {
                    InputFormat.ofLabel(r.outcome().format()).ifPresent(f -> copies.put(r.outcome().file(), f));
                }
            }
        }
        return copies;
    }

    /** Every file the run reads: no output may be written over one of them. */
    private List<Path> protectedInputs(List<InputFile> files) {
        BatchSettings s = setup.settings();
        List<Path> inputs = new ArrayList<>();
        files.forEach(f -> inputs.add(f.path()));
        s.template().ifPresent(inputs::add);
        s.mapping().ifPresent(inputs::add);
        s.catalog().ifPresent(inputs::add);
        InputFinder.find(s.progress(), null).forEach(f -> inputs.add(f.path()));
        return inputs;
    }

    private long lap(String name, long since) {
        long now = System.nanoTime();
        phases.put(name, Duration.ofNanos(now - since));
        return now;
    }

    private static List<SummaryRow> sorted(ConcurrentLinkedQueue<SummaryRow> rows) {
        List<SummaryRow> list = new ArrayList<>(rows);
        list.sort(Comparator.comparing(SummaryRow::province).thenComparing(SummaryRow::district)
                .thenComparing(SummaryRow::agencyName).thenComparing(SummaryRow::agencyId)
                .thenComparingInt(SummaryRow::fiscalYear));
        return Collections.unmodifiableList(list);
    }

    static RunReportWriter.FileLine line(FileOutcome o) {
        return new RunReportWriter.FileLine(o.file().displayName(), o.status().label(), o.format(),
                String.join(" + ", o.layouts()), o.years().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                o.records(), o.reason());
    }

    /** The closing line for the agencies chosen that have no result for the year asked: no outputs for them. */
    static String withoutYear(int year, List<String> names) {
        int shown = Math.min(names.size(), 10);
        String list = String.join(", ", names.subList(0, shown))
                + (names.size() > shown ? " and " + (names.size() - shown) + " more" : "");
        return "fiscal year " + year + ": no result for " + names.size() + " of the agencies read, so nothing is written"
                + " for " + (names.size() == 1 ? "it" : "them") + ": " + list;
    }
}
