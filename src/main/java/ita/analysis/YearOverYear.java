package ita.analysis;

import ita.framework.Concept;
import ita.framework.FrameworkCatalog;
import ita.framework.LevelScheme;
import ita.framework.OitItemDef;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import ita.model.Tool;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Year-over-year comparison of one agency: total, tools, indicators and level between consecutive records and
 * from first to last, the least-squares trend of the total, the biggest gain and drop, and missing years.
 * Indicators are compared by number (stable since 2562); years up to 2561 compare by total only.
 */
public final class YearOverYear {

    private YearOverYear() {
    }

    public static Trend of(AgencyHistory history) {
        return of(history, FrameworkCatalog.standard());
    }

    public static Trend of(AgencyHistory history, FrameworkCatalog catalog) {
        List<AgencyYear> years = history.years();
        List<YearChange> steps = new ArrayList<>();
        for (int i = 1; i < years.size(); i++) {
            steps.add(change(years.get(i - 1), years.get(i), catalog));
        }
        Optional<YearChange> firstToLast = years.size() < 2 ? Optional.empty()
                : Optional.of(change(history.first(), history.latest(), catalog));
        Optional<YearChange> gain = steps.stream().filter(s -> s.total().known() && s.total().change().signum() > 0)
                .max(Comparator.comparing((YearChange s) -> s.total().change())
                        .thenComparing(Comparator.comparingInt(YearChange::fromYear).reversed()));
        Optional<YearChange> drop = steps.stream().filter(s -> s.total().known() && s.total().change().signum() < 0)
                .min(Comparator.comparing((YearChange s) -> s.total().change())
                        .thenComparingInt(YearChange::fromYear));
        List<Integer> missing = new ArrayList<>();
        for (int y = history.first().fiscalYear() + 1; y < history.latest().fiscalYear(); y++) {
            if (history.year(y).isEmpty()) {
                missing.add(y);
            }
        }
        return new Trend(history.agency().id(), history.fiscalYears(), steps, firstToLast,
                slope(years, catalog.framework(history.latest().fiscalYear())), gain, drop, missing);
    }

    /** The change between two records of one agency, the first being the earlier. */
    public static YearChange change(AgencyYear from, AgencyYear to, FrameworkCatalog catalog) {
        YearFramework ff = catalog.framework(from.fiscalYear());
        YearFramework tf = catalog.framework(to.fiscalYear());
        boolean totalsOnly = !ff.hasIndicators() || !tf.hasIndicators();
        Map<Tool, Delta> tools = new EnumMap<>(Tool.class);
        List<Delta> indicators = new ArrayList<>();
        if (!totalsOnly) {
            for (Tool t : Tool.values()) {
                tools.put(t, Delta.of(from.tool(t), to.tool(t), tf));
            }
            for (int n = 1; n <= AgencyYear.INDICATORS; n++) {
                indicators.add(Delta.of(from.indicator(n), to.indicator(n), tf));
            }
        }
        String fromLevel = level(from, ff);
        String toLevel = level(to, tf);
        Integer steps = null;
        // a label is ranked in the scheme it belongs to (2566 accepts AA–F and the labels of 2567)
        Optional<LevelScheme> fromScheme = ff.schemeOf(fromLevel);
        Optional<LevelScheme> toScheme = tf.schemeOf(toLevel);
        if (fromScheme.isPresent() && toScheme.isPresent()
                && fromScheme.get().name().equals(toScheme.get().name())) {
            steps = fromScheme.get().rank(fromLevel) - toScheme.get().rank(toLevel);
        }
        return new YearChange(from.fiscalYear(), to.fiscalYear(), Delta.of(from.total(), to.total(), tf), tools,
                indicators, fromLevel, toLevel, steps, totalsOnly, totalsOnly ? List.of() : items(from, ff, to, tf,
                        catalog));
    }

    /** The year's items by concept, each concept's in item order, as {@link YearFramework#itemsOf} gives them. */
    private static Map<String, List<OitItemDef>> byConcept(YearFramework f) {
        Map<String, List<OitItemDef>> out = new java.util.HashMap<>();
        for (OitItemDef o : f.oitItems()) {
            out.computeIfAbsent(o.concept(), c -> new ArrayList<>(2)).add(o);
        }
        return out;
    }

    /**
     * The OIT items of two records lined up by concept, in the later year's item order: the concepts both years
     * define and both records scored.
     */
    public static List<ItemChange> items(AgencyYear from, YearFramework ff, AgencyYear to, YearFramework tf,
                                         FrameworkCatalog catalog) {
        Map<String, BigDecimal> fromScores = scores(from);
        Map<String, BigDecimal> toScores = scores(to);
        List<ItemChange> out = new ArrayList<>();
        java.util.Set<String> done = new java.util.HashSet<>();
        Map<String, List<OitItemDef>> fromItems = byConcept(ff);
        Map<String, List<OitItemDef>> toItems = byConcept(tf);
        for (OitItemDef item : tf.oitItems()) {
            if (!item.hasConcept() || !done.add(item.concept())) {
                continue;
            }
            List<ItemChange.Side> before = sides(fromItems.getOrDefault(item.concept(), List.of()), fromScores);
            List<ItemChange.Side> after = sides(toItems.get(item.concept()), toScores);
            if (before.stream().anyMatch(x -> x.score() != null) && after.stream().anyMatch(x -> x.score() != null)) {
                String name = catalog.concept(item.concept()).map(Concept::name).orElse(item.title());
                out.add(new ItemChange(item.concept(), name, before, after,
                        Delta.of(mean(before, tf), mean(after, tf), tf)));
            }
        }
        return out;
    }

    private static Map<String, BigDecimal> scores(AgencyYear y) {
        Map<String, BigDecimal> m = new java.util.HashMap<>();
        y.oitItems().forEach(o -> m.putIfAbsent(o.code(), o.score()));
        return m;
    }

    private static List<ItemChange.Side> sides(List<OitItemDef> defs, Map<String, BigDecimal> scores) {
        return defs.stream().map(d -> new ItemChange.Side(d.code(), d.displayCode(), d.title(), scores.get(d.code())))
                .toList();
    }

    /** The mean of the known scores of a side, rounded as the later year publishes; null when none is known. */
    private static BigDecimal mean(List<ItemChange.Side> side, YearFramework later) {
        List<BigDecimal> known = side.stream().map(ItemChange.Side::score).filter(java.util.Objects::nonNull).toList();
        return Figures.round(Scoring.mean(known), later);
    }

    /** The reported level, else the level of the reported total; null when neither is known. */
    static String level(AgencyYear y, YearFramework f) {
        if (y.level() != null) {
            return y.level();
        }
        return y.total() == null ? null : Scoring.level(y.total(), y.tools(), f);
    }

    /**
     * The least-squares slope of the reported totals over the fiscal years, in points per year, computed exactly
     * (Σ(x − x̄)(y − ȳ) / Σ(x − x̄)²) and rounded once as the latest year publishes figures; empty with fewer than
     * two totals.
     */
    static Optional<BigDecimal> slope(List<AgencyYear> years, YearFramework latest) {
        List<AgencyYear> known = years.stream().filter(y -> y.total() != null).toList();
        int n = known.size();
        if (n < 2) {
            return Optional.empty();
        }
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal sumX = BigDecimal.ZERO;
        BigDecimal sumY = BigDecimal.ZERO;
        for (AgencyYear y : known) {
            sumX = sumX.add(BigDecimal.valueOf(y.fiscalYear()));
            sumY = sumY.add(y.total());
        }
        // n·Σ(x − x̄)(y − ȳ) = n·Σxy − Σx·Σy and n·Σ(x − x̄)² = n·Σx² − (Σx)²: no division until the end
        BigDecimal sxy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        for (AgencyYear y : known) {
            BigDecimal x = BigDecimal.valueOf(y.fiscalYear());
            sxy = sxy.add(x.multiply(y.total()));
            sxx = sxx.add(x.multiply(x));
        }
        BigDecimal numerator = count.multiply(sxy).subtract(sumX.multiply(sumY));
        BigDecimal denominator = count.multiply(sxx).subtract(sumX.multiply(sumX));
        if (denominator.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(latest.round(numerator.divide(denominator, MathContext.DECIMAL128)));
    }
}
