package ita.batch;

import ita.analysis.AgencyBrief;
import ita.analysis.AgencyHistory;
import ita.analysis.AnalysisSettings;
import ita.analysis.GroupAnalysis;
import ita.analysis.GroupStatistics;
import ita.analysis.Grouping;
import ita.analysis.ProvinceAnalysis;
import ita.analysis.ProvinceAnalyzer;
import ita.report.document.DocumentOptions;
import ita.report.document.ProvinceReport;
import ita.report.summary.ProvinceSummaryWriter;
import ita.report.summary.SummaryRow;
import ita.report.summary.SummaryScope;
import ita.report.summary.SummaryWriter;
import ita.report.WriteOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The outputs about many agencies: a summary workbook per province and per district that holds an agency chosen, the
 * report of each such province to its governor (with the documents; none for a province of one agency assessed, said
 * in a closing line), the summary of everything read, and summary.csv/summary.json with one row per chosen agency
 * and year. The statistics and ranks always cover every agency read, whatever --province or --district chose.
 */
final class SummaryOutputs {

    private final RunSetup setup;
    private final ExecutorService pool;
    private final Failures failures;
    private final WriteOptions options;
    private final RunNames names;
    private final ProvinceReport reports;
    private final List<String> notes = new ArrayList<>();

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
        // Everything runs on the pool, the longest first so that the last to finish are short: the statistics of
        // the whole country and the provinces' analyses, then summary.json and summary.csv (ready from the start,
        // they fill the pool while the last analyses finish), then the writing that needs the analyses.
        boolean workbooks = setup.settings().writes(BatchSettings.OutputFormat.XLSX);
        boolean documents = setup.settings().writes(BatchSettings.OutputFormat.DOCX);
        boolean summaries = (workbooks || documents) && !all.isEmpty();
        Set<String> provinces = new HashSet<>();
        Set<String> districts = new HashSet<>();
        Map<String, List<AgencyHistory>> members = new TreeMap<>();
        Map<String, List<AgencyBrief>> byProvince = new HashMap<>();
        Future<Map<Grouping, List<GroupAnalysis>>> country = null;
        Map<String, Future<Analysed>> analysing = new HashMap<>();
        if (summaries) {
            for (AgencyHistory h : all) {
                // chosen and written: an agency with no result for the year asked (--year) has no outputs, and
                // its province or district, none of its own when no other agency of it is written
                if (chosen.contains(h.agency().id()) && names.agency(h.agency().id()).isPresent()) {
                    provinces.add(h.agency().province());
                    districts.add(Grouping.DISTRICT.key(h.agency()));
                }
            }
            analyses.forEach(a -> byProvince.computeIfAbsent(a.agency().province(), k -> new ArrayList<>()).add(a));
            // every province is analysed once, for its own summary and for the summary of everything
            all.stream().filter(h -> workbooks || provinces.contains(h.agency().province()))
                    .forEach(h -> members.computeIfAbsent(h.agency().province(), k -> new ArrayList<>()).add(h));
            if (workbooks) {
                AnalysisSettings settings = setup.analysis();
                country = pool.submit(() -> GroupStatistics.of(all, SummaryScope.EVERYTHING_GROUPINGS, settings));
            }
            for (String province : largestFirst(members.keySet(), p -> members.get(p).size())) {
                analysing.put(province, pool.submit(() -> analyse(members.get(province),
                        workbooks && provinces.contains(province), districts)));
            }
        }
        Future<Path> csv = null;
        Future<Path> json = null;
        SummaryWriter w = new SummaryWriter();
        if (setup.settings().writes(BatchSettings.OutputFormat.JSON)) {
            Path p = names.runFile(SummaryWriter.JSON_FILE);
            json = submit(p, () -> {
                w.writeJson(rows, p);
                return p;
            });
        }
        if (setup.settings().writes(BatchSettings.OutputFormat.CSV)) {
            Path p = names.runFile(SummaryWriter.CSV_FILE);
            csv = submit(p, () -> {
                w.writeCsv(rows, p);
                return p;
            });
        }
        Future<Path> overall = null;
        Map<String, Future<Path>> provinceSummaries = new HashMap<>();
        Map<String, Future<Path>> provinceReports = new HashMap<>();
        Map<String, List<Future<Path>>> districtSummaries = new HashMap<>();
        if (summaries) {
            Map<String, Analysed> analysed = new TreeMap<>();
            for (Map.Entry<String, Future<Analysed>> e : analysing.entrySet()) {
                analysed.put(e.getKey(), get(e.getValue()));
            }
            if (workbooks) {
                Path target = names.runFile(ProvinceSummaryWriter.OVERALL_FILE);
                List<ProvinceAnalysis> every = analysed.values().stream().map(Analysed::province).toList();
                Map<Grouping, List<GroupAnalysis>> groups = get(country);
                overall = submit(target, () -> ProvinceSummaryWriter.write(target,
                        SummaryScope.everything(analyses, every, groups), options));
            }
            List<String> withoutReport = new ArrayList<>();
            List<String> written = largestFirst(analysed.keySet().stream().filter(provinces::contains).toList(),
                    p -> members.get(p).size());
            for (String province : written) {
                List<AgencyBrief> own = byProvince.getOrDefault(province, List.of());
                ProvinceAnalysis p = analysed.get(province).province();
                if (workbooks) {
                    Path target = names.provinceSummary(province);
                    provinceSummaries.put(province, submit(target,
                            () -> ProvinceSummaryWriter.write(target, p, own, options)));
                }
                if (documents && ProvinceReport.comparesAgencies(p)) {
                    Path report = names.provinceReport(province, p.overall().latest().fiscalYear());
                    provinceReports.put(province, submit(report, () -> reports.write(report, p, own)));
                } else if (documents) {
                    withoutReport.add(province);
                }
            }
            if (!withoutReport.isEmpty()) {
                notes.add(withoutReport(withoutReport));
            }
            for (String province : written) {
                List<AgencyBrief> own = byProvince.getOrDefault(province, List.of());
                List<Future<Path>> jobs = new ArrayList<>();
                Analysed a = analysed.get(province);
                for (GroupAnalysis d : a.districts()) {
                    Path file = names.districtSummary(d.key());
                    jobs.add(submit(file, () -> ProvinceSummaryWriter.writeDistrict(file, a.analysed().district(d),
                            own, options)));
                }
                districtSummaries.put(province, jobs);
            }
        }
        // the files in the order of the outputs: the summary of everything, each province's summary, its districts'
        // and its report, then the tables
        List<Future<Path>> jobs = new ArrayList<>();
        if (overall != null) {
            jobs.add(overall);
        }
        for (String province : members.keySet()) {
            if (provinceSummaries.containsKey(province)) {
                jobs.add(provinceSummaries.get(province));
            }
            jobs.addAll(districtSummaries.getOrDefault(province, List.of()));
            if (provinceReports.containsKey(province)) {
                jobs.add(provinceReports.get(province));
            }
        }
        if (csv != null) {
            jobs.add(csv);
        }
        if (json != null) {
            jobs.add(json);
        }
        return collect(jobs);
    }

    /** What the run's closing lines say of the outputs written here, one line each. */
    List<String> notes() {
        return List.copyOf(notes);
    }

    private static String withoutReport(List<String> provinces) {
        List<String> shown = provinces.stream().map(p -> p.isBlank() ? "ไม่ระบุจังหวัด" : p).sorted().toList();
        return "province reports: none for " + String.join(", ", shown) + ", as each has one agency assessed in its"
                + " latest year; a province report compares agencies, and that agency's own documents hold its analysis";
    }

    /** The keys ordered by the work they bring, the most first, ties by key. */
    private static List<String> largestFirst(java.util.Collection<String> keys,
                                             java.util.function.ToIntFunction<String> size) {
        List<String> out = new ArrayList<>(keys);
        out.sort(java.util.Comparator.comparingInt(size).reversed().thenComparing(k -> k));
        return out;
    }

    /**
     * A province analysed, with those of its districts whose summaries are written. A district's own groups (its
     * types) are analysed when its summary is written, and let go with it: a country's districts hold most of the
     * groups, and kept until the end they would fill the memory the summaries work in.
     */
    private record Analysed(ProvinceAnalyzer.Province analysed, List<GroupAnalysis> districts) {
        ProvinceAnalysis province() {
            return analysed.analysis();
        }
    }

    private Analysed analyse(List<AgencyHistory> histories, boolean withDistricts, Set<String> chosenDistricts) {
        ProvinceAnalyzer.Province p = ProvinceAnalyzer.province(histories, setup.analysis());
        List<GroupAnalysis> districts = new ArrayList<>();
        if (withDistricts) {
            for (GroupAnalysis d : p.analysis().byDistrict()) {
                if (chosenDistricts.contains(d.key())) {
                    districts.add(d);
                }
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
