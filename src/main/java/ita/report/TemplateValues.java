package ita.report;

import ita.analysis.AgencyAnalysis;
import ita.analysis.IndicatorAssessment;
import ita.analysis.IndicatorScore;
import ita.analysis.Rank;
import ita.analysis.YearAnalysis;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The values the placeholders of a template stand for, for one agency's latest year. */
final class TemplateValues {

    /** A placeholder's value: a number (written as a number when alone in a cell) or text. */
    sealed interface Value permits Num, Text {
        /** The value inside text. */
        String inText(ThaiFormat fmt);
    }

    /**
     * A number, null when unknown; {@code year} rounds a score in text as the year publishes it, and is null for
     * years and ranks, written whole.
     */
    record Num(BigDecimal value, YearFramework year) implements Value {
        public String inText(ThaiFormat fmt) {
            if (value == null) {
                return ThaiFormat.UNKNOWN;
            }
            return year == null ? fmt.text(value.toPlainString()) : fmt.score(value, year);
        }
    }

    record Text(String value) implements Value {
        public String inText(ThaiFormat fmt) {
            return value == null || value.isEmpty() ? ThaiFormat.UNKNOWN : value;
        }
    }

    /** The placeholders of one agency, in the order the guide lists them. */
    static final List<String> AGENCY_NAMES;
    /** The fields of {@code ${each measure}} rows. */
    static final List<String> MEASURE_FIELDS = List.of("topic", "measure", "steps", "responsible", "period",
            "monitoring");
    /** The fields of {@code ${each weakness}} rows. */
    static final List<String> WEAKNESS_FIELDS = List.of("indicator", "name", "score", "tool", "verdict", "gap");

    static {
        List<String> names = new ArrayList<>(List.of("agency.name", "agency.type", "agency.district",
                "agency.province", "agency.code", "year", "next_year", "previous_year", "total", "level", "iit", "eit",
                "oit"));
        for (int n = 1; n <= 10; n++) {
            names.add("ind" + n);
        }
        names.addAll(List.of("total_change", "weakest", "strengths", "failed_items", "points_to_85",
                "rank_in_province", "agencies_in_province", "rank_in_district", "written_on"));
        AGENCY_NAMES = List.copyOf(names);
    }

    private TemplateValues() {
    }

    static Map<String, Value> agency(AgencyAnalysis a, WriteOptions options) {
        ThaiFormat fmt = new ThaiFormat(options);
        YearAnalysis y = a.latest();
        YearFramework f = y.framework();
        AgencyYear r = y.year();
        Map<String, Value> m = new LinkedHashMap<>();
        m.put("agency.name", new Text(a.agency().name()));
        m.put("agency.type", new Text(SummaryContext.typeLabel(a.agency())));
        m.put("agency.district", new Text(a.agency().district()));
        m.put("agency.province", new Text(a.agency().province()));
        m.put("agency.code", new Text(a.agency().code()));
        m.put("year", whole(y.fiscalYear()));
        m.put("next_year", whole(y.fiscalYear() + 1));
        m.put("previous_year", new Num(y.fromPrevious().map(c -> BigDecimal.valueOf(c.fromYear())).orElse(null), null));
        m.put("total", score(r.total() != null ? r.total() : y.check().computedTotal(), f));
        m.put("level", new Text(y.level()));
        for (Tool t : Tool.values()) {
            BigDecimal v = r.tool(t) != null ? r.tool(t) : y.check().computedTools().get(t);
            m.put(t.name().toLowerCase(Locale.ROOT), score(v, f));
        }
        for (int n = 1; n <= 10; n++) {
            m.put("ind" + n, score(r.indicator(n), f));
        }
        m.put("total_change", score(y.fromPrevious().map(c -> c.total().change()).orElse(null), f));
        m.put("weakest", new Text(indicators(y.profile().weakest(), f, fmt)));
        m.put("strengths", new Text(indicators(y.profile().strengths(), f, fmt)));
        m.put("failed_items", new Text(y.profile().itemsKnown() ? y.profile().failedItemList().stream()
                .map(OitItemScore::code).collect(Collectors.joining(", ")) : ""));
        m.put("points_to_85", score(y.plan().pointsToPass(), f));
        m.put("rank_in_province", new Num(y.provinceRank().map(x -> BigDecimal.valueOf(x.rank())).orElse(null), null));
        m.put("agencies_in_province", new Num(y.provinceRank().map(Rank::of).map(BigDecimal::valueOf).orElse(null),
                null));
        m.put("rank_in_district", new Num(y.districtRank().map(x -> BigDecimal.valueOf(x.rank())).orElse(null), null));
        m.put("written_on", new Text(fmt.date(options.writtenOn())));
        return m;
    }

    /**
     * The rows of {@code ${each weakness}}: the indicators below the threshold, lowest first (ties by number);
     * when none is, the weakest indicator(s).
     */
    static List<Map<String, Value>> weaknesses(AgencyAnalysis a, ThaiFormat fmt) {
        YearAnalysis y = a.latest();
        BigDecimal threshold = y.profile().threshold();
        List<IndicatorAssessment> chosen = y.profile().assessments().stream()
                .filter(x -> x.indicator().score().compareTo(threshold) < 0).toList();
        if (chosen.isEmpty()) {
            chosen = y.profile().assessments().stream().filter(IndicatorAssessment::weakest).toList();
        }
        List<Map<String, Value>> out = new ArrayList<>();
        for (IndicatorAssessment x : chosen.stream().sorted(Comparator.comparing((IndicatorAssessment i)
                -> i.indicator().score()).thenComparingInt(i -> i.indicator().number())).toList()) {
            IndicatorScore s = x.indicator();
            Map<String, Value> m = new LinkedHashMap<>();
            m.put("indicator", whole(s.number()));
            m.put("name", new Text(s.name()));
            m.put("score", score(s.score(), y.framework()));
            m.put("tool", new Text(s.tool().name()));
            m.put("verdict", new Text(x.verdict().thaiLabel()));
            m.put("gap", score(x.gap(), y.framework()));
            out.add(m);
        }
        return out;
    }

    /** The rows of {@code ${each measure}}, as the caller gave them; every value is text. */
    static List<Map<String, Value>> measures(List<Map<String, String>> rows) {
        List<Map<String, Value>> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            Map<String, Value> m = new LinkedHashMap<>();
            MEASURE_FIELDS.forEach(f -> m.put(f, new Text("")));
            r.forEach((k, v) -> m.put(k, new Text(v == null ? "" : v)));
            out.add(m);
        }
        return out;
    }

    private static String indicators(List<IndicatorScore> list, YearFramework f, ThaiFormat fmt) {
        return list.stream().map(s -> fmt.text("ตัวชี้วัดที่ " + s.number() + " " + s.name() + " (")
                + fmt.score(s.score(), f) + ")").collect(Collectors.joining(", "));
    }

    private static Num score(BigDecimal v, YearFramework f) {
        return new Num(v, f);
    }

    private static Num whole(int v) {
        return new Num(BigDecimal.valueOf(v), null);
    }
}
