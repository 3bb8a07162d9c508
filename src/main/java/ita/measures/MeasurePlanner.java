package ita.measures;

import ita.framework.CrossToolIssue;
import ita.framework.FrameworkCatalog;
import ita.framework.IndicatorDef;
import ita.framework.OitItemDef;
import ita.framework.OitSubIndicator;
import ita.framework.QuestionDef;
import ita.framework.YearFramework;
import ita.model.AgencyNames;
import ita.model.AgencyType;
import ita.model.QuestionScore;
import ita.model.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plans one agency's measures for the fiscal year after its ITA result: one measure per issue the agency did not
 * pass, urgent issues first, at most {@link #maxMeasures()} of them (10 unless asked otherwise), as agencies publish
 * them.
 *
 * <p>An issue is an indicator up to 2566 and one of the year's cross-tool issues from 2567 (seed 000's seven
 * ประเด็น). Each indicator below the threshold, each question below it and each failed OIT item belongs to exactly one
 * issue: a question and an item to the issue that lists it (to 2566, the indicator it belongs to), an indicator to
 * the issue holding most of its questions and items. An issue gets a measure when something in it did not pass,
 * and only then; the one exception is an agency that passed everything, whose request names the indicator whose
 * standard it keeps.
 *
 * <p>A measure is its issue's catalog row ({@code ind:N} or {@code issue:N@years}), made the agency's own: its
 * target names the agency's indicators, questions and items with their scores and says what they move to by when;
 * its steps are the row's first step, one step for each weak question and failed item of the issue (from their
 * {@code q:}, {@code item:} or {@code concept:} rows, an item's being about that item alone), and the row's last
 * step, each with its months; when the result gives no question or item scores for the issue, the row's own steps
 * are used. The reporting rounds follow from the months, and the monitoring text says them. Units are named as the
 * agency's type names them. When a catalog lacks a row a general measure is used, and the plan's notes (for staff)
 * say so.
 */
public final class MeasurePlanner {

    /** Measures in a plan unless the caller asks for another number. */
    public static final int DEFAULT_MAX_MEASURES = 10;

    private final MeasureCatalog catalog;
    private final FrameworkCatalog frameworks;
    private final int maxMeasures;

    public MeasurePlanner(MeasureCatalog catalog, FrameworkCatalog frameworks) {
        this(catalog, frameworks, DEFAULT_MAX_MEASURES);
    }

    public MeasurePlanner(MeasureCatalog catalog, FrameworkCatalog frameworks, int maxMeasures) {
        if (maxMeasures < 1) {
            throw new IllegalArgumentException("a plan needs room for at least one measure, got " + maxMeasures);
        }
        this.catalog = catalog;
        this.frameworks = frameworks;
        this.maxMeasures = maxMeasures;
    }

    /** A planner with the built-in catalog and framework definitions. */
    public static MeasurePlanner standard() {
        return new MeasurePlanner(MeasureCatalog.loadDefault(), FrameworkCatalog.standard());
    }

    /** The same planner with another cap on the number of measures. */
    public MeasurePlanner withMaxMeasures(int max) {
        return new MeasurePlanner(catalog, frameworks, max);
    }

    public int maxMeasures() {
        return maxMeasures;
    }

    public MeasurePlan plan(PlanRequest request) {
        return new Run(request).plan();
    }

    /** What one issue gathers. */
    private static final class Work {
        final Issue issue;
        final List<PlanRequest.WeakIndicator> indicators = new ArrayList<>();
        final List<QuestionScore> questions = new ArrayList<>();
        final List<PlanRequest.FailedItem> items = new ArrayList<>();
        Urgency urgency = Urgency.KEEP_UP;
        BigDecimal lowest = BigDecimal.valueOf(100);

        Work(Issue issue) {
            this.issue = issue;
        }

        void rank(Urgency u, BigDecimal score) {
            if (u.ordinal() < urgency.ordinal()) {
                urgency = u;
            }
            if (score != null && score.compareTo(lowest) < 0) {
                lowest = score;
            }
        }
    }

    /** The state of one planning run. */
    private final class Run {
        private final PlanRequest request;
        private final YearFramework fw;
        private final int year;
        private final int planYear;
        private final AgencyType type;
        private final boolean crossTool;
        private final List<String> notes = new ArrayList<>();
        private final Map<Integer, PlanRequest.WeakIndicator> weak = new LinkedHashMap<>();
        private final Map<Integer, Work> works = new LinkedHashMap<>();

        Run(PlanRequest request) {
            this.request = request;
            FrameworkCatalog.Resolution res = frameworks.forYear(request.resultYear());
            this.fw = res.framework();
            res.note().ifPresent(n -> notes.add("ใช้เกณฑ์การประเมินของปี " + fw.fiscalYear() + " เนื่องจาก" + n));
            this.year = request.resultYear();
            this.planYear = request.planYear();
            this.type = request.agencyType();
            this.crossTool = !fw.issues().isEmpty();
            request.weakIndicators().forEach(w -> weak.putIfAbsent(w.number(), w));
        }

        MeasurePlan plan() {
            for (PlanRequest.WeakIndicator w : weak.values()) {
                work(issueOfIndicator(w.number())).ifPresent(k -> {
                    k.indicators.add(w);
                    k.rank(w.urgency(), w.score());
                });
            }
            Set<String> seen = new LinkedHashSet<>();
            for (QuestionScore q : request.lowQuestions()) {
                if (!seen.add(q.code())) {
                    continue;
                }
                Optional<QuestionDef> def = fw.question(q.code());
                if (def.isEmpty()) {
                    notes.add("ข้อคำถาม " + q.code() + " ไม่อยู่ในแบบวัดของปี " + fw.fiscalYear()
                            + " จึงไม่ได้นำมากำหนดมาตรการ");
                    continue;
                }
                Optional<Work> k = work(crossTool ? issueListing(q.code()) : Optional.of(def.get().indicator()));
                if (k.isEmpty()) {
                    notes.add("ข้อคำถาม " + fw.displayCode(q.code()) + " ไม่อยู่ในประเด็นใดของปี " + fw.fiscalYear());
                    continue;
                }
                k.get().questions.add(q);
                k.get().rank(toDevelop(def.get().indicator()), scoreOf(def.get().indicator()));
            }
            for (PlanRequest.FailedItem i : request.failedItems()) {
                if (!seen.add(i.code())) {
                    continue;
                }
                int indicator = indicatorOfItem(i);
                Optional<Work> k = indicator == 0 ? Optional.empty()
                        : work(crossTool ? issueListing(i.code()) : Optional.of(indicator));
                if (k.isEmpty()) {
                    notes.add("ข้อ " + fw.displayCode(i.code()) + " ไม่อยู่ในรายการข้อ OIT ของปี " + fw.fiscalYear()
                            + " จึงไม่ได้นำมากำหนดมาตรการ");
                    continue;
                }
                k.get().items.add(i);
                k.get().rank(toDevelop(indicator), scoreOf(indicator));
            }
            List<Work> ordered = works.values().stream()
                    .sorted(Comparator.comparingInt((Work k) -> k.urgency.ordinal())
                            .thenComparing(k -> k.lowest).thenComparingInt(k -> k.issue.number()))
                    .toList();
            List<Draft> drafts = new ArrayList<>();
            for (Work k : ordered) {
                if (drafts.size() < maxMeasures) {
                    drafts.add(new Draft(k));
                } else {
                    notes.add("ไม่ได้กำหนดมาตรการสำหรับ" + k.issue.label() + " เนื่องจากกำหนดจำนวนมาตรการไว้ไม่เกิน "
                            + maxMeasures + " มาตรการ");
                }
            }
            oneStepPerSubject(drafts);
            List<PlannedMeasure> measures = drafts.stream().map(Draft::measure).toList();
            Set<String> units = new LinkedHashSet<>(catalog.responsibleUnits(type));
            measures.forEach(m -> units.add(m.responsible()));
            return new MeasurePlan(request.agencyName().strip(), AgencyNames.district(request.district()),
                    AgencyNames.province(request.province()), year, planYear, measures, List.copyOf(units), notes);
        }

        // ---- which issue

        private Optional<Work> work(Optional<Integer> issue) {
            return issue.map(n -> works.computeIfAbsent(n, k -> new Work(issueNamed(k))));
        }

        private Issue issueNamed(int n) {
            if (crossTool) {
                String name = fw.issues().stream().filter(i -> i.number() == n).map(CrossToolIssue::name).findFirst()
                        .orElse("");
                return new Issue(Issue.Kind.CROSS_TOOL, n, name);
            }
            return new Issue(Issue.Kind.INDICATOR, n, indicatorName(n));
        }

        /** The issue of an indicator: itself to 2566; from 2567, the issue holding most of its questions and items. */
        private Optional<Integer> issueOfIndicator(int n) {
            if (!crossTool) {
                return Optional.of(n);
            }
            Set<String> codes = new LinkedHashSet<>();
            fw.questionsOf(n).forEach(q -> codes.add(q.code()));
            fw.subIndicatorsOf(n).forEach(s -> codes.addAll(s.items()));
            CrossToolIssue best = null;
            long most = 0;
            for (CrossToolIssue i : fw.issues()) {
                long c = codes.stream().filter(x -> i.questions().contains(x) || i.items().contains(x)).count();
                if (c > most) {
                    best = i;
                    most = c;
                }
            }
            if (best == null) {
                notes.add("ตัวชี้วัดที่ " + n + " ไม่มีข้อคำถามหรือข้อ OIT ในประเด็นใดของปี " + fw.fiscalYear()
                        + " จึงไม่ได้นำมากำหนดมาตรการ");
                return Optional.empty();
            }
            return Optional.of(best.number());
        }

        private Optional<Integer> issueListing(String code) {
            return fw.issues().stream().filter(i -> i.questions().contains(code) || i.items().contains(code))
                    .map(CrossToolIssue::number).findFirst();
        }

        private int indicatorOfItem(PlanRequest.FailedItem i) {
            String sub = i.subIndicator().isBlank()
                    ? fw.subIndicatorOfItem(i.code()).map(OitSubIndicator::code).orElse("") : i.subIndicator().strip();
            return sub.startsWith("10.") ? 10 : sub.startsWith("9.") ? 9 : 0;
        }

        /** How the analysis classed an indicator: as the request says, else kept up (it was not below the line). */
        private Urgency urgencyOf(int indicator) {
            PlanRequest.WeakIndicator w = weak.get(indicator);
            return w == null ? Urgency.KEEP_UP : w.urgency();
        }

        /**
         * How pressing a weak question or failed item is: its indicator's class, but never a standard to keep, for
         * what did not pass is something to develop even in an indicator that passed.
         */
        private Urgency toDevelop(int indicator) {
            Urgency u = urgencyOf(indicator);
            return u == Urgency.KEEP_UP ? Urgency.DEVELOP : u;
        }

        private BigDecimal scoreOf(int indicator) {
            PlanRequest.WeakIndicator w = weak.get(indicator);
            return w == null ? null : w.score();
        }

        // ---- the measure

        /** A measure before its steps are final: the steps of all measures are weighed together first. */
        private final class Draft {
            final Work work;
            final CatalogEntry row;
            final List<PlanRequest.WeakIndicator> indicators;
            final List<QuestionScore> questions;
            final List<PlanRequest.FailedItem> items;
            final List<PlannedMeasure.Basis> bases = new ArrayList<>();
            final List<StepDraft> own = new ArrayList<>();
            final Set<String> units = new LinkedHashSet<>();
            List<StepDraft> steps;

            Draft(Work k) {
                work = k;
                row = measureRow(k.issue);
                indicators = k.indicators.stream().sorted(Comparator.comparing(PlanRequest.WeakIndicator::score))
                        .toList();
                questions = k.questions.stream().sorted(Comparator.comparing(QuestionScore::score)
                        .thenComparing(QuestionScore::code)).toList();
                items = k.items.stream().sorted(Comparator.comparingInt(Run.this::itemOrder)).toList();
                indicators.forEach(w -> bases.add(indicatorBasis(w)));
                questions.forEach(q -> bases.add(questionBasis(q)));
                items.forEach(i -> bases.add(itemBasis(i)));
                units.add(resolve(row.responsible()));
                for (QuestionScore q : questions) {
                    Optional<CatalogEntry> e = catalog.find(CatalogKey.Kind.QUESTION, q.code(), fw.fiscalYear());
                    e.ifPresent(x -> units.add(resolve(x.responsible())));
                    own.add(e.map(x -> new StepDraft(resolve(x.measure()), x.startMonth(), x.endMonth(), q.code()))
                            .orElseGet(() -> questionFallback(q)));
                }
                for (PlanRequest.FailedItem i : items) {
                    Optional<CatalogEntry> e = itemRow(i);
                    e.ifPresent(x -> units.add(resolve(x.responsible())));
                    own.add(e.map(x -> new StepDraft(resolve(x.measure()), x.startMonth(), x.endMonth(), i.code()))
                            .orElseGet(() -> itemFallback(i)));
                }
                steps = steps(row, own);
            }

            PlannedMeasure measure() {
                List<PlannedStep> done = new ArrayList<>();
                Set<String> texts = new LinkedHashSet<>();
                for (StepDraft d : steps) {
                    if (texts.add(d.text())) {
                        done.add(new PlannedStep(d.text(), d.start(), d.end(), planYear));
                    }
                }
                ReportingRound round = ReportingRound.forPeriod(
                        done.stream().mapToInt(PlannedStep::startMonth).min().orElse(0),
                        done.stream().mapToInt(PlannedStep::endMonth).max().orElse(11));
                units.removeIf(String::isBlank);
                units.removeIf(u -> units.stream().anyMatch(v -> v.startsWith(u + " (")));
                String responsible = String.join(", ", units.stream().limit(3).toList());
                String target = MeasureText.target(indicators, questions, items, done, own, fw, request.threshold(),
                        year, planYear);
                return new PlannedMeasure(work.issue, work.urgency, toolOf(work, indicators, questions),
                        (row.line() == 0 ? "general:" : "") + row.key(), resolve(row.topic()), resolve(row.measure()),
                        target, done, responsible, monitoring(row, round), round, bases);
            }
        }

        /**
         * The row's first step, then a step for each weak question and failed item (one step for items that share an
         * action) and the row's last step, in the order of their months; the row's steps alone when the issue names
         * no question or item.
         */
        private List<StepDraft> steps(CatalogEntry row, List<StepDraft> own) {
            List<CatalogStep> rowSteps = row.stepList();
            List<StepDraft> drafts = new ArrayList<>();
            if (own.isEmpty()) {
                rowSteps.forEach(s -> drafts.add(new StepDraft(resolve(s.text()), s.startMonth(), s.endMonth(),
                        List.of())));
                return drafts;
            }
            if (!rowSteps.isEmpty()) {
                CatalogStep first = rowSteps.get(0);
                drafts.add(new StepDraft(resolve(first.text()), first.startMonth(), first.endMonth(), List.of()));
            }
            Map<String, StepDraft> merged = new LinkedHashMap<>();
            for (StepDraft d : own) {
                merged.merge(d.text(), d, StepDraft::join);
            }
            List<StepDraft> rest = new ArrayList<>();
            merged.values().forEach(d -> rest.add(d.withCodes(fw)));
            if (rowSteps.size() > 1) {
                CatalogStep last = rowSteps.get(rowSteps.size() - 1);
                rest.add(new StepDraft(resolve(last.text()), last.startMonth(), last.endMonth(), List.of()));
            }
            // in the order they are done; the row's closing step among them by its months
            rest.sort(Comparator.comparingInt(StepDraft::start).thenComparingInt(StepDraft::end));
            drafts.addAll(rest);
            return drafts;
        }

        /**
         * A step of a row that is about what another step of the plan is about (an E-Service, the anti-corruption
         * plan, the borrowing manual) is left out: a weak question's or failed item's own step wins, then the
         * earlier measure's. A measure keeps at least two steps.
         */
        private void oneStepPerSubject(List<Draft> drafts) {
            Set<String> covered = new LinkedHashSet<>();
            drafts.forEach(d -> d.steps.stream().filter(s -> !s.codes().isEmpty())
                    .forEach(s -> covered.addAll(Subjects.of(s.text()))));
            for (Draft d : drafts) {
                List<StepDraft> kept = new ArrayList<>();
                for (int i = 0; i < d.steps.size(); i++) {
                    StepDraft s = d.steps.get(i);
                    Set<String> about = Subjects.of(s.text());
                    boolean repeat = s.codes().isEmpty() && about.stream().anyMatch(covered::contains);
                    int left = kept.size() + d.steps.size() - i - 1;
                    if (repeat && left >= 2) {
                        continue;
                    }
                    kept.add(s);
                    if (s.codes().isEmpty()) {
                        covered.addAll(about);
                    }
                }
                d.steps = kept;
            }
        }

        private String monitoring(CatalogEntry row, ReportingRound round) {
            String text = resolve(row.monitoring()).strip();
            if (text.endsWith(".")) {
                text = text.substring(0, text.length() - 1);
            }
            String to = catalog.units().name("executive", type).orElse("ผู้บริหาร");
            return text + " และรายงานผลต่อ" + to + " " + round.label();
        }

        private Tool toolOf(Work k, List<PlanRequest.WeakIndicator> indicators, List<QuestionScore> questions) {
            Optional<PlanRequest.WeakIndicator> first = indicators.stream()
                    .min(Comparator.comparingInt((PlanRequest.WeakIndicator w) -> w.urgency().ordinal())
                            .thenComparing(PlanRequest.WeakIndicator::score));
            if (first.isPresent() && fw.hasIndicators()) {
                return fw.indicator(first.get().number()).tool();
            }
            if (!questions.isEmpty()) {
                return questions.get(0).code().startsWith("i") ? Tool.IIT : Tool.EIT;
            }
            if (!k.items.isEmpty()) {
                return Tool.OIT;
            }
            return k.issue.kind() == Issue.Kind.INDICATOR && fw.hasIndicators() ? fw.indicator(k.issue.number()).tool()
                    : Tool.OIT;
        }

        // ---- the bases

        private PlannedMeasure.Basis indicatorBasis(PlanRequest.WeakIndicator w) {
            String name = w.name().isBlank() ? indicatorName(w.number()) : w.name().strip();
            List<PlanRequest.WeakIndicator> below = weak.values().stream().filter(o -> o.urgency() != Urgency.KEEP_UP)
                    .toList();
            int rank = 1 + (int) below.stream().filter(o -> o.score().compareTo(w.score()) < 0).count();
            BigDecimal weight = fw.hasIndicators() ? fw.indicatorWeight(w.number()) : null;
            String key = "ind" + w.number();
            String analysis = given(key).orElseGet(() -> MeasureText.indicator(w, year, fw, weight, rank, below.size(),
                    request.threshold()));
            return new PlannedMeasure.Basis(PlannedMeasure.BasisKind.INDICATOR, key, Integer.toString(w.number()),
                    Integer.toString(w.number()), MeasureText.indicatorReference(w.number(), name, w.score(), fw), analysis);
        }

        private PlannedMeasure.Basis questionBasis(QuestionScore q) {
            Optional<QuestionDef> def = fw.question(q.code());
            int indicator = def.map(QuestionDef::indicator).orElse(0);
            String text = q.text().isBlank() ? def.map(QuestionDef::text).orElse("") : q.text();
            String key = "q:" + q.code();
            String analysis = given(key).orElseGet(() -> MeasureText.question(q, year, fw, indicator,
                    scoreOf(indicator), request.threshold()));
            return new PlannedMeasure.Basis(PlannedMeasure.BasisKind.QUESTION, key, q.code(),
                    fw.displayCode(q.code()), MeasureText.questionReference(fw.displayCode(q.code()), text, q.score(), fw), analysis);
        }

        private PlannedMeasure.Basis itemBasis(PlanRequest.FailedItem i) {
            String title = i.title().isBlank() ? fw.oitItem(i.code()).map(OitItemDef::title).orElse("") : i.title();
            String key = "o:" + i.code();
            String analysis = given(key).orElseGet(() -> MeasureText.item(i, year, fw, planYear));
            return new PlannedMeasure.Basis(PlannedMeasure.BasisKind.ITEM, key, i.code(),
                    fw.displayCode(i.code()), MeasureText.itemReference(fw.displayCode(i.code()), title, i.score(), fw), analysis);
        }

        // ---- catalog rows

        private CatalogEntry measureRow(Issue issue) {
            CatalogKey.Kind kind = issue.kind() == Issue.Kind.CROSS_TOOL ? CatalogKey.Kind.ISSUE
                    : CatalogKey.Kind.INDICATOR;
            return catalog.find(kind, Integer.toString(issue.number()), fw.fiscalYear())
                    .orElseGet(() -> general(CatalogKey.of(kind, Integer.toString(issue.number())), issue));
        }

        /**
         * The step row of an item: its own, else its concept's (the same thing whatever the year calls it), else its
         * sub-indicator's.
         */
        private Optional<CatalogEntry> itemRow(PlanRequest.FailedItem i) {
            int y = fw.fiscalYear();
            String code = i.code();
            return catalog.find(CatalogKey.Kind.ITEM, code, y)
                    .or(() -> fw.conceptOf(code).flatMap(c -> catalog.find(CatalogKey.Kind.CONCEPT, c, y)))
                    .or(() -> fw.subIndicatorOfItem(code).flatMap(sub -> catalog.find(CatalogKey.Kind.SUB_INDICATOR,
                            sub.code(), y)));
        }

        /** A measure for what the catalog lacks, so that every issue still gets a filled row. */
        private CatalogEntry general(CatalogKey key, Issue issue) {
            notes.add("แคตตาล็อกมาตรการ " + catalog.source() + " ไม่มีแถว " + key.target() + " สำหรับปี "
                    + fw.fiscalYear() + " จึงใช้มาตรการทั่วไปสำหรับ" + issue.label());
            return new CatalogEntry(key, issue.name().isEmpty() ? issue.label() : issue.name(),
                    "แก้ไขการดำเนินงานใน" + issue.label() + "ให้ผ่านเกณฑ์",
                    "ต.ค.: วิเคราะห์สาเหตุที่ได้คะแนนต่ำจากผลการประเมินและความเห็นของผู้ตรวจประเมิน\n"
                            + "พ.ย.: กำหนดวิธีแก้ไขและกำหนดเวลา แล้วเสนอผู้บริหารอนุมัติ\n"
                            + "ธ.ค.–มี.ค.: ดำเนินการตามวิธีที่กำหนดและเก็บหลักฐานการดำเนินการ\n"
                            + "เม.ย.–พ.ค.: ตรวจทานผลการแก้ไขก่อนการประเมินรอบถัดไป",
                    catalog.units().defines("office") ? "{office}" : "ผู้บริหารมอบหมาย", 0, 7,
                    "ผู้บริหารติดตามความก้าวหน้าในการประชุมประจำเดือน", 0);
        }

        private StepDraft questionFallback(QuestionScore q) {
            notes.add("แคตตาล็อกมาตรการไม่มีแถว q:" + q.code() + " สำหรับปี " + fw.fiscalYear()
                    + " จึงใช้ขั้นตอนทั่วไป");
            return new StepDraft("ทบทวนการดำเนินงานในเรื่องที่ข้อคำถามนี้ประเมิน และปรับปรุงให้ผู้ตอบแบบวัดรับรู้ได้ชัดเจน", 1, 3,
                    q.code());
        }

        private StepDraft itemFallback(PlanRequest.FailedItem i) {
            Optional<OitItemDef> def = fw.oitItem(i.code());
            String title = i.title().isBlank() ? def.map(OitItemDef::title).orElse("") : i.title();
            boolean previous = def.map(OitItemDef::isReportOnPreviousYear).orElse(false);
            String text = "จัดทำและเผยแพร่ข้อมูล" + (title.isBlank() ? "ตามข้อนี้" : title)
                    + (previous ? " ของปีงบประมาณ พ.ศ. " + year : "") + " บนเว็บไซต์ของหน่วยงานให้ครบองค์ประกอบตามหลักเกณฑ์";
            return new StepDraft(text, 0, 2, i.code());
        }

        // ---- helpers

        private String resolve(String text) {
            return catalog.resolve(text, type).replace("{result-year}", Integer.toString(year))
                    .replace("{plan-year}", Integer.toString(planYear));
        }

        private int itemOrder(PlanRequest.FailedItem i) {
            List<OitItemDef> all = fw.oitItems();
            for (int k = 0; k < all.size(); k++) {
                if (all.get(k).code().equals(i.code())) {
                    return k;
                }
            }
            return Integer.MAX_VALUE;
        }

        private String indicatorName(int n) {
            return fw.hasIndicators() ? fw.indicator(n).name()
                    : frameworks.framework(frameworks.newestYear()).indicators().stream()
                            .filter(d -> d.number() == n).map(IndicatorDef::name).findFirst().orElse("");
        }

        private Optional<String> given(String key) {
            return Optional.ofNullable(request.analyses().get(key)).filter(s -> !s.isBlank()).map(String::strip);
        }
    }

    /** A step before it is numbered: its text, months and the question or item codes it answers. */
    record StepDraft(String text, int start, int end, List<String> codes) {

        StepDraft(String text, int start, int end, String code) {
            this(text, start, end, List.of(code));
        }

        StepDraft join(StepDraft other) {
            List<String> all = new ArrayList<>(codes);
            all.addAll(other.codes);
            return new StepDraft(text, Math.min(start, other.start), Math.max(end, other.end), all);
        }

        /** The text led by the codes it answers, as the year writes them: "ข้อ O36 และ O37: …". */
        StepDraft withCodes(YearFramework fw) {
            if (codes.isEmpty()) {
                return this;
            }
            List<String> shown = codes.stream().map(fw::displayCode).toList();
            return new StepDraft("ข้อ " + MeasureText.join(shown) + ": " + text, start, end, codes);
        }
    }
}
