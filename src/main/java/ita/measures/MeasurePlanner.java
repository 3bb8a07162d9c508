package ita.measures;

import ita.framework.FrameworkCatalog;
import ita.framework.IndicatorDef;
import ita.framework.OitItemDef;
import ita.framework.OitSubIndicator;
import ita.framework.QuestionDef;
import ita.framework.YearFramework;
import ita.model.QuestionScore;
import ita.text.AgencyNames;
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
 * Plans one agency's measures for the fiscal year after its ITA result.
 *
 * <p>How rows are chosen: each weak indicator (worst first) gets the catalog row {@code ind:N}, followed by
 * the rows of its low questions ({@code q:CODE}, lowest first) and of its failed OIT items, sub-indicator by
 * sub-indicator. A failed item uses its own row when the catalog has one ({@code item:o42}), else its
 * sub-indicator's row ({@code sub:9.2}), else its indicator's. Low questions and failed items of indicators
 * that are not in the weak list follow, by indicator number. Rows are looked up for the framework year of the
 * result. Several weaknesses that lead to the same catalog row make one measure with several bases (each item
 * named in its own reference line), so no measure appears twice. When a user's catalog lacks a row, a general
 * measure is used and a note says so.
 */
public final class MeasurePlanner {

    private final MeasureCatalog catalog;
    private final FrameworkCatalog frameworks;

    public MeasurePlanner(MeasureCatalog catalog, FrameworkCatalog frameworks) {
        this.catalog = catalog;
        this.frameworks = frameworks;
    }

    /** A planner with the built-in catalog and framework definitions. */
    public static MeasurePlanner standard() {
        return new MeasurePlanner(MeasureCatalog.loadDefault(), FrameworkCatalog.standard());
    }

    public MeasurePlan plan(PlanRequest request) {
        return new Run(request).plan();
    }

    /** The state of one planning run. */
    private final class Run {
        private final PlanRequest request;
        private final YearFramework fw;
        private final int year;
        private final int planYear;
        private final List<String> notes = new ArrayList<>();
        private final Map<String, PlannedMeasure> rows = new LinkedHashMap<>();
        private final Map<Integer, PlanRequest.WeakIndicator> weak = new LinkedHashMap<>();

        Run(PlanRequest request) {
            this.request = request;
            FrameworkCatalog.Resolution res = frameworks.forYear(request.resultYear());
            this.fw = res.framework();
            res.note().ifPresent(notes::add);
            this.year = request.resultYear();
            this.planYear = request.planYear();
            request.weakIndicators().forEach(w -> weak.putIfAbsent(w.number(), w));
        }

        MeasurePlan plan() {
            Map<Integer, List<QuestionScore>> questions = questionsByIndicator();
            Map<Integer, List<PlanRequest.FailedItem>> items = itemsByIndicator();
            for (PlanRequest.WeakIndicator w : weak.values()) {
                addIndicator(w);
                addQuestions(questions.remove(w.number()));
                addItems(w.number(), items.remove(w.number()));
            }
            for (int n = 1; n <= 10; n++) {
                addQuestions(questions.remove(n));
                addItems(n, items.remove(n));
            }
            questions.values().forEach(this::addQuestions);
            items.forEach(this::addItems);
            Set<String> units = new LinkedHashSet<>(catalog.responsibleUnits());
            rows.values().forEach(m -> units.add(m.responsible()));
            return new MeasurePlan(request.agencyName().strip(), AgencyNames.district(request.district()),
                    AgencyNames.province(request.province()), year, planYear, List.copyOf(rows.values()),
                    List.copyOf(units), notes);
        }

        private void addIndicator(PlanRequest.WeakIndicator w) {
            String name = w.name().isBlank() ? indicatorName(w.number()) : w.name().strip();
            int rank = 1 + (int) weak.values().stream().filter(o -> o.score().compareTo(w.score()) < 0).count();
            BigDecimal weight = fw.hasIndicators() ? fw.indicatorWeight(w.number()) : null;
            String key = "ind" + w.number();
            String analysis = given(key).orElseGet(() -> AnalysisText.indicator(w, year, fw, weight, rank,
                    weak.size()));
            PlannedMeasure.Basis basis = new PlannedMeasure.Basis(key,
                    AnalysisText.indicatorReference(w.number(), name, w.score(), fw), analysis);
            add(entry(CatalogKey.Kind.INDICATOR, Integer.toString(w.number()), name), basis);
        }

        private void addQuestions(List<QuestionScore> qs) {
            if (qs == null) {
                return;
            }
            qs.stream().sorted(Comparator.comparing(QuestionScore::score)).forEach(q -> {
                Optional<QuestionDef> def = fw.question(q.code());
                int indicator = def.map(QuestionDef::indicator).orElse(0);
                String text = q.text().isBlank() ? def.map(QuestionDef::text).orElse("") : q.text();
                PlanRequest.WeakIndicator w = weak.get(indicator);
                String key = "q:" + q.code();
                String analysis = given(key).orElseGet(() -> AnalysisText.question(q, year, fw, indicator,
                        w == null ? null : w.score()));
                PlannedMeasure.Basis basis = new PlannedMeasure.Basis(key,
                        AnalysisText.questionReference(q.code(), text, q.score(), fw), analysis);
                Optional<CatalogEntry> e = catalog.find(CatalogKey.Kind.QUESTION, q.code(), fw.fiscalYear());
                if (e.isEmpty() && indicator > 0) {
                    e = catalog.find(CatalogKey.Kind.INDICATOR, Integer.toString(indicator), fw.fiscalYear());
                }
                add(e.orElseGet(() -> general(CatalogKey.of(CatalogKey.Kind.QUESTION, q.code()),
                        "ข้อคำถาม " + q.code())), basis);
            });
        }

        private void addItems(int indicator, List<PlanRequest.FailedItem> items) {
            if (items == null) {
                return;
            }
            Map<String, List<PlanRequest.FailedItem>> bySub = new LinkedHashMap<>();
            fw.subIndicatorsOf(indicator).forEach(s -> bySub.put(s.code(), new ArrayList<>()));
            items.forEach(i -> bySub.computeIfAbsent(subOf(i), k -> new ArrayList<>()).add(i));
            bySub.forEach((sub, group) -> {
                group.sort(Comparator.comparingInt(this::itemOrder));
                Optional<OitSubIndicator> def = fw.subIndicator(sub);
                for (int k = 0; k < group.size(); k++) {
                    PlanRequest.FailedItem i = group.get(k);
                    String summary = k == 0 && !sub.isEmpty() ? AnalysisText.subSummary(sub,
                            def.map(OitSubIndicator::name).orElse(""), group.size(),
                            def.map(d -> d.items().size()).orElse(0)) : null;
                    String title = i.title().isBlank()
                            ? fw.oitItem(i.code()).map(OitItemDef::title).orElse("") : i.title();
                    String key = "o:" + i.code();
                    String analysis = given(key).orElseGet(() -> AnalysisText.item(i, year, fw, planYear, summary));
                    PlannedMeasure.Basis basis = new PlannedMeasure.Basis(key,
                            AnalysisText.itemReference(i.code(), title, i.score(), fw), analysis);
                    add(itemEntry(i.code(), sub, indicator, title), basis);
                }
            });
        }

        private CatalogEntry itemEntry(String code, String sub, int indicator, String title) {
            int y = fw.fiscalYear();
            return catalog.find(CatalogKey.Kind.ITEM, code, y)
                    .or(() -> sub.isEmpty() ? Optional.empty() : catalog.find(CatalogKey.Kind.SUB_INDICATOR, sub, y))
                    .or(() -> indicator > 0 ? catalog.find(CatalogKey.Kind.INDICATOR, Integer.toString(indicator), y)
                            : Optional.empty())
                    .orElseGet(() -> general(CatalogKey.of(CatalogKey.Kind.ITEM, code),
                            title.isBlank() ? "ข้อ " + code : title));
        }

        private CatalogEntry entry(CatalogKey.Kind kind, String code, String topic) {
            return catalog.find(kind, code, fw.fiscalYear()).orElseGet(() -> general(CatalogKey.of(kind, code), topic));
        }

        /** A measure for what the catalog lacks, so that every weakness still gets a filled row. */
        private CatalogEntry general(CatalogKey key, String topic) {
            notes.add("the measure catalog " + catalog.source() + " has no row for " + key.target() + " in fiscal year "
                    + fw.fiscalYear() + "; a general measure was used");
            return new CatalogEntry(key, topic, "แก้ไขการดำเนินงานในประเด็นนี้ให้ผ่านเกณฑ์ในปีงบประมาณ " + planYear,
                    "1. วิเคราะห์สาเหตุที่ได้คะแนนต่ำจากผลการประเมินและความเห็นของผู้ตรวจประเมิน\n"
                            + "2. กำหนดวิธีแก้ไขและกำหนดเวลาแล้วเสนอผู้บริหารอนุมัติ\n"
                            + "3. ดำเนินการและเก็บหลักฐานการดำเนินการ\n"
                            + "4. ตรวจทานผลการแก้ไขก่อนการประเมินรอบถัดไป",
                    "สำนักปลัด", 0, 11,
                    "รายงานความก้าวหน้าในการประชุมประจำเดือน และสรุปผลเสนอผู้บริหารรอบ 6 และ 12 เดือน", 0);
        }

        private void add(CatalogEntry e, PlannedMeasure.Basis basis) {
            String key = (e.line() == 0 ? "general:" : "") + e.key();
            PlannedMeasure existing = rows.get(key);
            if (existing != null) {
                rows.put(key, existing.withBasis(basis));
                return;
            }
            rows.put(key, new PlannedMeasure(key, e.topic(), List.of(basis), e.measure(), e.steps(), e.responsible(),
                    FiscalMonths.period(planYear, e.startMonth(), e.endMonth()), e.startMonth(), e.endMonth(),
                    FiscalMonths.yearMonth(planYear, e.startMonth()), FiscalMonths.yearMonth(planYear, e.endMonth()),
                    e.monitoring(), ReportingRound.forPeriod(e.startMonth(), e.endMonth())));
        }

        private Map<Integer, List<QuestionScore>> questionsByIndicator() {
            Map<Integer, List<QuestionScore>> m = new LinkedHashMap<>();
            for (QuestionScore q : request.lowQuestions()) {
                int n = fw.question(q.code()).map(QuestionDef::indicator).orElse(0);
                if (n == 0) {
                    notes.add("question " + q.code() + " is not a question of fiscal year " + fw.fiscalYear());
                }
                m.computeIfAbsent(n, k -> new ArrayList<>()).add(q);
            }
            return m;
        }

        private Map<Integer, List<PlanRequest.FailedItem>> itemsByIndicator() {
            Map<Integer, List<PlanRequest.FailedItem>> m = new LinkedHashMap<>();
            for (PlanRequest.FailedItem i : request.failedItems()) {
                String sub = subOf(i);
                int n = sub.startsWith("10.") ? 10 : sub.startsWith("9.") ? 9 : 0;
                if (n == 0) {
                    notes.add("OIT item " + i.code() + " is not an item of fiscal year " + fw.fiscalYear());
                }
                m.computeIfAbsent(n, k -> new ArrayList<>()).add(i);
            }
            return m;
        }

        private String subOf(PlanRequest.FailedItem i) {
            if (!i.subIndicator().isBlank()) {
                return i.subIndicator().strip();
            }
            return fw.subIndicatorOfItem(i.code()).map(OitSubIndicator::code).orElse("");
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
}
