package ita.analysis;

import ita.framework.FrameworkCatalog;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import ita.model.Tool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.stat.regression.SimpleRegression;

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
        return new Trend(history.agency().id(), history.fiscalYears(), steps, firstToLast, slope(years), gain, drop,
                missing);
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
                tools.put(t, Delta.of(from.tool(t), to.tool(t)));
            }
            for (int n = 1; n <= AgencyYear.INDICATORS; n++) {
                indicators.add(Delta.of(from.indicator(n), to.indicator(n)));
            }
        }
        String fromLevel = level(from, ff);
        String toLevel = level(to, tf);
        Integer steps = null;
        if (fromLevel != null && toLevel != null && ff.levels().name().equals(tf.levels().name())) {
            int a = ff.levels().rank(fromLevel);
            int b = tf.levels().rank(toLevel);
            if (a >= 0 && b >= 0) {
                steps = a - b;
            }
        }
        return new YearChange(from.fiscalYear(), to.fiscalYear(), Delta.of(from.total(), to.total()), tools,
                indicators, fromLevel, toLevel, steps, totalsOnly);
    }

    /** The reported level, else the level of the reported total; null when neither is known. */
    static String level(AgencyYear y, YearFramework f) {
        if (y.level() != null) {
            return y.level();
        }
        return y.total() == null ? null : Scoring.level(y.total(), y.tools(), f);
    }

    private static Optional<BigDecimal> slope(List<AgencyYear> years) {
        SimpleRegression r = new SimpleRegression();
        int n = 0;
        for (AgencyYear y : years) {
            if (y.total() != null) {
                r.addData(y.fiscalYear(), y.total().doubleValue());
                n++;
            }
        }
        if (n < 2) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(r.getSlope()).setScale(2, RoundingMode.HALF_UP));
    }
}
