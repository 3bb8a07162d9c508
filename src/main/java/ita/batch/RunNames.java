package ita.batch;

import ita.analysis.AgencyHistory;
import ita.analysis.Grouping;
import ita.model.Agency;
import ita.model.Finding;
import ita.model.InputFormat;
import ita.model.SourceRef;
import ita.report.SafeNames;
import ita.report.annotate.AnnotatedCopyWriter;
import ita.report.annotate.TemplateFiller;
import ita.report.document.AgencyDocuments;
import ita.report.document.ProvinceReport;
import ita.report.summary.ProvinceSummaryWriter;
import ita.report.summary.SummaryWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names of one run's outputs, made with {@link OutputPlan} once the agencies to write and the inputs to copy are
 * known: the run's own files at the top (which come first), a folder per province with its summary, a folder per
 * district, each agency's workbook, documents and filled template, and the annotated copies.
 */
final class RunNames {

    static final String RUN_REPORT_CSV = "run-report.csv";
    static final String RUN_REPORT_XLSX = "run-report.xlsx";
    /** Names the run takes at the top of its folder, whatever it writes this time, so that they stay stable. */
    static final List<String> RUN_FILES = List.of(SummaryWriter.CSV_FILE, SummaryWriter.JSON_FILE, RUN_REPORT_CSV,
            RUN_REPORT_XLSX, ProvinceSummaryWriter.OVERALL_FILE);

    private final OutputPlan plan;
    private final Map<String, OutputPlan.Claim> run = new HashMap<>();
    private final Map<String, OutputPlan.Claim> provinces = new HashMap<>();
    private final Map<String, OutputPlan.Claim> districts = new HashMap<>();
    private final Map<String, OutputPlan.Claim> reports = new HashMap<>();
    private final Map<String, OutputPlan.Claim> agencies = new HashMap<>();
    private final Map<String, OutputPlan.Claim> templates = new HashMap<>();
    private final Map<String, OutputPlan.Claim> copies = new HashMap<>();
    private List<Finding> renamed = List.of();
    private Map<String, java.util.SortedSet<Integer>> provinceYears = Map.of();

    private RunNames(OutputPlan plan) {
        this.plan = plan;
    }

    /** Where one agency's files go. */
    record AgencyFiles(Optional<OutputPlan.Claim> own, Optional<OutputPlan.Claim> filledTemplate) {

        /** The agency's file ending in {@code tail} (".xlsx", "-มาตรการ2568.docx"). */
        Path file(String tail) {
            return own.orElseThrow(() -> new IllegalStateException("no files planned for this agency")).path(tail);
        }

        /** The filled template. */
        Path template() {
            return filledTemplate.orElseThrow(() -> new IllegalStateException("no template planned for this agency"))
                    .onlyPath();
        }
    }

    /**
     * @param all     every agency read (a province report is named by its province's newest year)
     * @param chosen  the agencies written
     * @param copies  the inputs that get an annotated copy, with their format (empty without --annotate)
     * @param protect inputs of the run, which no output may replace
     */
    static RunNames plan(RunSetup setup, List<AgencyHistory> all, List<AgencyHistory> chosen,
                         Map<InputFile, InputFormat> copies, List<Path> protect) {
        RunNames n = new RunNames(new OutputPlan(setup.out()));
        protect.forEach(n.plan::protect);
        OutputPlan.Folder root = n.plan.root();
        for (String f : RUN_FILES) {
            int dot = f.lastIndexOf('.');
            n.run.put(f, root.files("run:" + f, OutputPlan.Rank.RUN, f, f.substring(0, dot),
                    List.of(f.substring(dot)), "its own " + f, null));
        }
        annotatedFolder(root);
        BatchSettings s = setup.settings();
        Map<String, java.util.SortedSet<Integer>> provinceYears = new HashMap<>();
        all.forEach(h -> provinceYears.computeIfAbsent(h.agency().province(), k -> new java.util.TreeSet<>())
                .addAll(h.fiscalYears()));
        n.provinceYears = provinceYears;
        for (AgencyHistory h : chosen) {
            int year = s.year().orElse(h.latest().fiscalYear());
            if (h.fiscalYears().contains(year)) {
                n.agency(root, h, year, s);
            }
        }
        copies.keySet().stream().sorted(java.util.Comparator.comparing(InputFile::displayName))
                .forEach(f -> n.copies.put(f.displayName(), copy(root, f, copies.get(f))));
        n.renamed = n.plan.resolve();
        return n;
    }

    private void agency(OutputPlan.Folder root, AgencyHistory h, int year, BatchSettings s) {
        Agency a = h.agency();
        SourceRef where = h.latest().source();
        OutputPlan.Folder province = province(root, a.province(), where, s);
        String district = a.district();
        OutputPlan.Folder folder = province.folder("district:" + district, OutputPlan.Rank.DATA, district,
                SafeNames.segment(district, "ไม่ระบุอำเภอ"), "district '" + district + "'", where);
        String districtKey = Grouping.DISTRICT.key(a);
        if (s.writes(BatchSettings.OutputFormat.XLSX) && !districts.containsKey(districtKey)) {
            String file = ProvinceSummaryWriter.districtTargetFor(Path.of("x"), a.province(), district).getFileName()
                    .toString();
            districts.put(districtKey, folder.files("district-summary:" + districtKey, OutputPlan.Rank.RUN, "",
                    file.substring(0, file.length() - ".xlsx".length()), List.of(".xlsx"),
                    "the summary of district '" + district + "'", null));
        }
        String sortKey = a.name() + "\u0000" + a.id();
        List<String> tails = agencyTails(s, year);
        if (!tails.isEmpty()) {
            agencies.put(a.id(), folder.files("agency:" + a.id(), OutputPlan.Rank.DATA, sortKey,
                    SafeNames.segment(a.name(), "หน่วยงาน") + "-" + year, tails, a.name(), where));
        }
        if (s.writes(BatchSettings.OutputFormat.XLSX) && s.template().isPresent()) {
            String t = s.template().get().getFileName().toString();
            int dot = t.lastIndexOf('.');
            String ext = dot < 0 ? "" : t.substring(dot).toLowerCase(Locale.ROOT);
            templates.put(a.id(), folder.files("template:" + a.id(), OutputPlan.Rank.DATA, sortKey,
                    TemplateFiller.baseName(a.name(), t), List.of(ext), "the filled template of " + a.name(), where));
        }
    }

    private static OutputPlan.Folder annotatedFolder(OutputPlan.Folder root) {
        return root.folder("run:" + AnnotatedCopyWriter.FOLDER, OutputPlan.Rank.RUN, AnnotatedCopyWriter.FOLDER,
                AnnotatedCopyWriter.FOLDER, "its own folder of annotated copies", null);
    }

    private OutputPlan.Folder province(OutputPlan.Folder root, String province, SourceRef where, BatchSettings s) {
        Path target = ProvinceSummaryWriter.targetFor(Path.of("x"), province);
        OutputPlan.Folder folder = root.folder("province:" + province, OutputPlan.Rank.DATA, province,
                target.getParent().getFileName().toString(), "province '" + province + "'", where);
        if (s.writes(BatchSettings.OutputFormat.XLSX) && !provinces.containsKey(province)) {
            String file = target.getFileName().toString();
            provinces.put(province, folder.files("summary:" + province, OutputPlan.Rank.RUN, "",
                    file.substring(0, file.length() - ".xlsx".length()), List.of(".xlsx"),
                    "the summary of province '" + province + "'", null));
        }
        if (s.writes(BatchSettings.OutputFormat.DOCX) && !reports.containsKey(province)) {
            // named by the province's newest year, known once analysed: every year read is claimed
            List<String> tails = new ArrayList<>();
            for (int year : provinceYears.getOrDefault(province, new java.util.TreeSet<>())) {
                tails.add("-" + year + ".docx");
                if (s.pdf()) {
                    tails.add("-" + year + ".pdf");
                }
            }
            if (!tails.isEmpty()) {
                String file = ProvinceReport.targetFor(Path.of("x"), province, 0).getFileName().toString();
                reports.put(province, folder.files("report:" + province, OutputPlan.Rank.RUN, "",
                        file.substring(0, file.length() - "-0.docx".length()), tails,
                        "the report of province '" + province + "'", null));
            }
        }
        return folder;
    }

    /** The agency's workbook, then its documents (and their PDFs). */
    private static List<String> agencyTails(BatchSettings s, int year) {
        List<String> tails = new ArrayList<>();
        if (s.writes(BatchSettings.OutputFormat.XLSX)) {
            tails.add(".xlsx");
        }
        if (s.writes(BatchSettings.OutputFormat.DOCX)) {
            for (AgencyDocuments.Kind k : AgencyDocuments.Kind.values()) {
                String t = "-" + k.suffix() + (year + 1);
                tails.add(t + ".docx");
                if (s.pdf()) {
                    tails.add(t + ".pdf");
                }
            }
        }
        return tails;
    }

    /** annotated/<folders of the input>/<name>: one folder claim per folder of the path as shown. */
    private static OutputPlan.Claim copy(OutputPlan.Folder root, InputFile f, InputFormat format) {
        Path target = AnnotatedCopyWriter.targetFor(Path.of(""), f.displayName(), format);
        String[] parts = f.displayName().replace('\\', '/').split("/+");
        OutputPlan.Folder folder = annotatedFolder(root);
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            if (parts[i].isEmpty() || parts[i].equals(".")) {
                continue; // as targetFor leaves them out
            }
            prefix.append(parts[i]).append('/');
            folder = folder.folder("input-folder:" + prefix, OutputPlan.Rank.DATA, prefix.toString(),
                    SafeNames.segment(parts[i], "_"), "the folder " + prefix + " of the inputs", null);
        }
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return folder.files("copy:" + f.displayName(), OutputPlan.Rank.DATA, f.displayName(), name.substring(0, dot),
                List.of(name.substring(dot)), "the annotated copy of " + f.displayName(),
                SourceRef.file(f.displayName()));
    }

    /** One warning per name that had to change. */
    List<Finding> renamed() {
        return renamed;
    }

    /** One of {@link #RUN_FILES}, as settled. */
    Path runFile(String name) {
        OutputPlan.Claim c = run.get(name);
        return c.path(name.substring(name.lastIndexOf('.')));
    }

    /** The summary of a province that holds an agency written. */
    Path provinceSummary(String province) {
        OutputPlan.Claim c = provinces.get(province);
        if (c == null) {
            throw new IllegalStateException("no summary planned for province '" + province + "'");
        }
        return c.path(".xlsx");
    }

    /** The summary of a district that holds an agency written, by its key ({@link Grouping#DISTRICT}). */
    Path districtSummary(String key) {
        OutputPlan.Claim c = districts.get(key);
        if (c == null) {
            throw new IllegalStateException("no summary planned for district " + key);
        }
        return c.path(".xlsx");
    }

    /** The report of a province that holds an agency written, for its newest year. */
    Path provinceReport(String province, int year) {
        OutputPlan.Claim c = reports.get(province);
        if (c == null) {
            throw new IllegalStateException("no report planned for province '" + province + "'");
        }
        return c.path("-" + year + ".docx");
    }

    /** Where the agency's files go; empty when it writes none. */
    Optional<AgencyFiles> agency(String id) {
        Optional<OutputPlan.Claim> own = Optional.ofNullable(agencies.get(id));
        Optional<OutputPlan.Claim> template = Optional.ofNullable(templates.get(id));
        return own.isEmpty() && template.isEmpty() ? Optional.empty() : Optional.of(new AgencyFiles(own, template));
    }

    /** Where the annotated copy of an input goes, when it gets one. */
    Optional<Path> copy(InputFile f) {
        return Optional.ofNullable(copies.get(f.displayName())).map(OutputPlan.Claim::onlyPath);
    }
}
