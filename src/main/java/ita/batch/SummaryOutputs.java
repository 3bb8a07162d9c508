package ita.batch;

import ita.analysis.AgencyBrief;
import ita.analysis.AgencyHistory;
import ita.analysis.DistrictAnalysis;
import ita.analysis.Grouping;
import ita.analysis.ProvinceAnalysis;
import ita.analysis.ProvinceAnalyzer;
import ita.report.document.DocumentOptions;
import ita.report.document.ProvinceReport;
import ita.report.summary.ProvinceSummaryWriter;
import ita.report.summary.SummaryRow;
import ita.report.summary.SummaryWriter;
import ita.report.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The outputs about many agencies: a summary workbook per province and per district that holds an agency chosen, the
 * report of each such province to its governor (with the documents), the summary of everything read, and summary.csv/summary.json with one row per chosen agency and year. The statistics and ranks
 * always cover every agency read, whatever --province or --district chose.
 */
final class SummaryOutputs {

    private final RunSetup setup;
    private final ExecutorService pool;
    private final Failures failures;
    private final WriteOptions options;
    private final RunNames names;
    private final ProvinceReport reports;

    SummaryOutputs(RunSetup setup, ExecutorService pool, Failures failures, RunNames names) {
        this.names = names;
        this.setup = setup;
        this.pool = pool;
        this.failures = failures;
        this.options = WriteOptions.defaults().withThaiDigits(setup.settings().thaiDigits());
        this.reports = new ProvinceReport(new DocumentOptions(setup.settings().thaiDigits()), setup.frameworks(),
                options.writtenOn());
    }

    /**
     * @param all       every agency read
     * @param analyses  what the summaries show of every agency read (those that failed are missing)
     * @param chosen    the ids of the agencies chosen for writing
     * @param rows      the summary rows of the chosen agencies, in report order
     */
    List<Path> write(List<AgencyHistory> all, List<AgencyBrief> analyses, Set<String> chosen, List<SummaryRow> rows)
            throws InterruptedException {
        List<Path> written = new ArrayList<>();
        List<Future<Path>> jobs = new ArrayList<>();
        boolean workbooks = setup.settings().writes(BatchSettings.OutputFormat.XLSX);
        boolean documents = setup.settings().writes(BatchSettings.OutputFormat.DOCX);
        if ((workbooks || documents) && !all.isEmpty()) {
            Set<String> provinces = all.stream().filter(h -> chosen.contains(h.agency().id()))
                    .map(h -> h.agency().province()).collect(Collectors.toSet());
            Map<String, List<AgencyBrief>> byProvince = new HashMap<>();
            analyses.forEach(a -> byProvince.computeIfAbsent(a.agency().province(), k -> new ArrayList<>()).add(a));
            // every province is analysed once, on the pool, for its own summary and for the summary of everything
            Map<String, List<AgencyHistory>> members = new java.util.TreeMap<>();
            all.stream().filter(h -> workbooks || provinces.contains(h.agency().province()))
                    .forEach(h -> members.computeIfAbsent(h.agency().province(), k -> new ArrayList<>()).add(h));
            Set<String> districts = all.stream().filter(h -> chosen.contains(h.agency().id()))
                    .map(h -> Grouping.DISTRICT.key(h.agency())).collect(Collectors.toSet());
            Map<String, Future<Analysed>> analysing = new java.util.LinkedHashMap<>();
            members.forEach((province, histories) -> analysing.put(province, pool.submit(() ->
                    analyse(histories, workbooks && provinces.contains(province), districts))));
            Map<String, Analysed> analysed = new java.util.LinkedHashMap<>();
            for (Map.Entry<String, Future<Analysed>> e : analysing.entrySet()) {
                analysed.put(e.getKey(), get(e.getValue()));
            }
            if (workbooks) {
                Path overall = names.runFile(ProvinceSummaryWriter.OVERALL_FILE);
                List<ProvinceAnalysis> every = analysed.values().stream().map(Analysed::province).toList();
                jobs.add(submit(overall, () -> ProvinceSummaryWriter.writeOverall(overall, all, analyses,
                        setup.analysis(), every, options)));
            }
            analysed.forEach((province, a) -> {
                if (!provinces.contains(province)) {
                    return;
                }
                List<AgencyBrief> own = byProvince.getOrDefault(province, List.of());
                ProvinceAnalysis p = a.province();
                if (workbooks) {
                    Path target = names.provinceSummary(province);
                    jobs.add(submit(target, () -> ProvinceSummaryWriter.write(target, p, own, options)));
                    for (DistrictAnalysis d : a.districts()) {
                        Path file = names.districtSummary(d.overall().key());
                        jobs.add(submit(file, () -> ProvinceSummaryWriter.writeDistrict(file, d, own, options)));
                    }
                }
                if (documents) {
                    Path report = names.provinceReport(province, p.overall().latest().fiscalYear());
                    jobs.add(submit(report, () -> reports.write(report, p, own)));
                }
            });
        }
        // summary.csv and summary.json are written here while the pool writes the workbooks
        SummaryWriter w = new SummaryWriter();
        List<Path> tables = new ArrayList<>();
        if (setup.settings().writes(BatchSettings.OutputFormat.CSV)) {
            Path p = names.runFile(SummaryWriter.CSV_FILE);
            guard(p, () -> w.writeCsv(rows, p)).ifPresent(tables::add);
        }
        if (setup.settings().writes(BatchSettings.OutputFormat.JSON)) {
            Path p = names.runFile(SummaryWriter.JSON_FILE);
            guard(p, () -> w.writeJson(rows, p)).ifPresent(tables::add);
        }
        written.addAll(collect(jobs));
        written.addAll(tables);
        return written;
    }

    /** A province analysed, with those of its districts whose summaries are written. */
    private record Analysed(ProvinceAnalysis province, List<DistrictAnalysis> districts) {
    }

    private Analysed analyse(List<AgencyHistory> histories, boolean withDistricts, Set<String> chosenDistricts) {
        ProvinceAnalysis p = ProvinceAnalyzer.analyze(histories, setup.analysis()).get(0);
        if (!withDistricts) {
            return new Analysed(p, List.of());
        }
        List<DistrictAnalysis> districts = new ArrayList<>();
        for (DistrictAnalysis d : ProvinceAnalyzer.districts(p, histories, setup.analysis())) {
            if (chosenDistricts.contains(d.overall().key())) {
                districts.add(d);
            }
        }
        return new Analysed(p, districts);
    }

    private static <T> T get(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private java.util.Optional<Path> guard(Path target, Write w) {
        try {
            w.run();
            return java.util.Optional.of(target);
        } catch (IOException | RuntimeException e) {
            failures.output(shown(target), e);
            return java.util.Optional.empty();
        }
    }

    private Future<Path> submit(Path target, Callable<Path> write) {
        return pool.submit(() -> {
            try {
                return write.call();
            } catch (IOException | RuntimeException e) {
                failures.output(shown(target), e);
                return null;
            }
        });
    }

    private static List<Path> collect(List<Future<Path>> jobs) throws InterruptedException {
        List<Path> done = new ArrayList<>();
        for (Future<Path> f : jobs) {
            try {
                Path p = f.get();
                if (p != null) {
                    done.add(p);
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
        return done;
    }

    /** The output as named relative to the output folder, as the run report names files. */
    private String shown(Path target) {
        return setup.out().relativize(target).toString().replace('\\', '/');
    }
}
