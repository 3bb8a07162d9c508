package ita.batch;

import ita.analysis.AgencyAnalysis;
import ita.analysis.AgencyAnalyzer;
import ita.analysis.AgencyHistory;
import ita.analysis.AnalysisSettings;
import ita.analysis.Rankings;
import ita.framework.FrameworkCatalog;
import ita.ingest.AgencyRegistry;
import ita.ingest.ColumnMapping;
import ita.ingest.ReadLimits;
import ita.model.AgencyYear;
import ita.model.Finding;
import ita.report.RunReportWriter;
import ita.report.SummaryRow;
import ita.report.SummaryWriter;
import ita.text.ThaiText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * {@code ita analyze}: read every file in parallel into records, group them by agency across files and
 * years, analyse each agency and write its outputs in parallel, then the summaries and the run report.
 * Memory is bounded by the records: an agency's analysis is written and dropped before the next.
 */
public final class AnalyzeJob {

    private AnalyzeJob() {
    }

    public static RunResult run(BatchSettings s, Progress progress) {
        long t0 = System.nanoTime();
        // what --pdf and --progress need is checked first: a missing LibreOffice or a bad form stops the run at once
        java.util.Optional<Path> soffice = DocumentOutputs.soffice(s);
        ita.ingest.ProgressForms forms = ProgressInputs.load(s.documents().progress());
        Path out = OutputFolder.choose(s.out(), s.overwrite());
        FrameworkCatalog catalog = FrameworkCatalog.standard();
        List<InputFile> files = InputFinder.find(s.inputs(), s.out());
        ReadStage reader = new ReadStage(catalog, Mappings.load(s.mapping()), s.year(),
                ReadLimits.defaults(), s.fileTimeout());
        List<ReadStage.FileRead> reads = reader.readAll(files, s.threads(), progress);
        java.util.Map<String, Duration> phases = new java.util.LinkedHashMap<>();
        long mark = System.nanoTime();
        phases.put("read", Duration.ofNanos(mark - t0));

        List<AgencyYear> records = new ArrayList<>();
        List<FileOutcome> outcomes = new ArrayList<>();
        for (ReadStage.FileRead r : reads) {
            outcomes.add(r.outcome());
            records.addAll(r.records());
        }
        AgencyRegistry.Merged merged = AgencyRegistry.merge(records);
        List<AgencyHistory> histories = AgencyHistory.fromGroups(merged.byAgency()).stream()
                .filter(h -> matches(s.province().orElse(null), h.agency().province()))
                .filter(h -> matches(s.district().orElse(null), h.agency().district()))
                .toList();
        AnalysisSettings settings = AnalysisSettings.defaults().withStrengthThreshold(s.threshold());
        Rankings rankings = Rankings.of(histories);

        mark = lap(phases, "group", mark);
        OutputWriters writers = new OutputWriters(s, out, forms);
        ConcurrentLinkedQueue<SummaryRow> rows = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Path> outputs = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<AgencyAnalysis> analyses = new ConcurrentLinkedQueue<>();
        progress.startWriting(histories.size());
        ExecutorService pool = Executors.newFixedThreadPool(s.threads(), ReadStage.daemon("ita-write"));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (AgencyHistory h : histories) {
                futures.add(pool.submit(() -> {
                    AgencyAnalysis a = AgencyAnalyzer.analyze(h, settings, rankings);
                    rows.addAll(SummaryRow.of(List.of(a)));
                    analyses.add(a);
                    outputs.addAll(writers.agency(a));
                    progress.agencyWritten();
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw rethrow(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        mark = lap(phases, "analyse and write agencies", mark);
        List<String> notes = new ArrayList<>();
        try {
            if (soffice.isPresent()) {
                outputs.addAll(DocumentOutputs.pdfs(soffice.get(), outputs, s.threads(), notes));
                mark = lap(phases, "pdf", mark);
            }
            List<AgencyAnalysis> all = new ArrayList<>(analyses);
            all.sort(java.util.Comparator.comparing(x -> x.agency().id()));
            outputs.addAll(writers.summaries(histories, settings, sorted(rows), all));
            mark = lap(phases, "summaries", mark);
            outputs.addAll(writers.annotated(reads, all, settings));
            mark = lap(phases, "annotated copies", mark);
            List<Finding> findings = new ArrayList<>();
            for (FileOutcome o : outcomes) {
                findings.addAll(o.findings());
            }
            findings.addAll(merged.findings());
            outputs.addAll(RunReportWriter.write(out, outcomes.stream().map(AnalyzeJob::line).toList(), findings));
            lap(phases, "run report", mark);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        progress.done();
        TreeSet<Integer> years = new TreeSet<>();
        histories.forEach(h -> years.addAll(h.fiscalYears()));
        notes.addAll(DocumentOutputs.formNotes(forms, writers.formsUsed()));
        return new RunResult(out, outcomes, histories.size(), years, new ArrayList<>(outputs),
                Duration.ofNanos(System.nanoTime() - t0), phases, notes);
    }

    private static long lap(java.util.Map<String, Duration> phases, String name, long since) {
        long now = System.nanoTime();
        phases.put(name, Duration.ofNanos(now - since));
        return now;
    }

    private static List<SummaryRow> sorted(ConcurrentLinkedQueue<SummaryRow> rows) {
        List<SummaryRow> list = new ArrayList<>(rows);
        list.sort(java.util.Comparator.comparing(SummaryRow::province).thenComparing(SummaryRow::district)
                .thenComparing(SummaryRow::agencyName).thenComparing(SummaryRow::agencyId)
                .thenComparingInt(SummaryRow::fiscalYear));
        return Collections.unmodifiableList(list);
    }

    static boolean matches(String wanted, String actual) {
        if (wanted == null) {
            return true;
        }
        String w = ThaiText.key(wanted).replaceFirst("^(จังหวัด|จ\\.|อำเภอ|อ\\.)", "");
        return ThaiText.key(actual).equals(w);
    }

    static RunReportWriter.FileLine line(FileOutcome o) {
        return new RunReportWriter.FileLine(o.file().displayName(), o.status().label(), o.format(),
                String.join(" + ", o.layouts()), o.years().stream().map(String::valueOf).collect(Collectors.joining(" ")),
                o.records(), o.reason());
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
