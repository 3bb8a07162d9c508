package ita.analysis;

import ita.framework.YearFramework;
import ita.model.Tool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The arithmetic of the ITA, exact in decimal: a tool is the mean of its indicators, the total the
 * weighted sum of the tools. Published totals follow the unrounded tool means and are rounded once at the end
 * (2 decimals, HALF_UP); tool scores are shown rounded. The worksheet functions of the macros mirror these.
 */
public final class Scoring {

    private static final int WORK_SCALE = 10;

    private Scoring() {
    }

    /** The unrounded mean of the given scores; null when a score is missing or there are none. */
    public static BigDecimal mean(Collection<BigDecimal> scores) {
        if (scores.isEmpty() || scores.stream().anyMatch(Objects::isNull)) {
            return null;
        }
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(scores.size()), WORK_SCALE, RoundingMode.HALF_UP);
    }

    /** A tool score from its indicator scores: their mean, rounded as the year publishes. */
    public static BigDecimal toolScore(Collection<BigDecimal> indicatorScores, YearFramework year) {
        BigDecimal m = mean(indicatorScores);
        return m == null ? null : year.round(m);
    }

    /**
     * The total from the three tool scores as given (reported ones): sum of weight × tool, rounded once at the end
     * (30 % × 99.80 + 30 % × 78.57 + 40 % × 49.60 = 73.351 → 73.35). From indicators use
     * {@link #totalFromIndicators}, which does not round the tool means first.
     */
    public static BigDecimal total(Map<Tool, BigDecimal> tools, YearFramework year) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Tool t : Tool.values()) {
            BigDecimal v = tools.get(t);
            if (v == null) {
                return null;
            }
            sum = sum.add(v.multiply(year.weight(t)));
        }
        return year.round(sum);
    }

    /**
     * The total from the scores of each tool, rounded once at the end: a tool given as one score counts as that
     * score (a reported tool score); a tool given as its indicator scores counts as their mean, unrounded. So a
     * total from indicators is Σ weight × (sum of the tool's indicators ÷ their count), computed exactly: an OIT
     * mean of 49.605 is not first rounded to 49.61, which would add 0.002 to the total and may turn it up by 0.01.
     * Null when a tool or a score is missing.
     */
    public static BigDecimal totalOfMeans(Map<Tool, ? extends Collection<BigDecimal>> scoresByTool, YearFramework year) {
        long common = 1;
        for (Tool t : Tool.values()) {
            Collection<BigDecimal> scores = scoresByTool.get(t);
            if (scores == null || scores.isEmpty() || scores.stream().anyMatch(Objects::isNull) || year.weight(t) == null) {
                return null;
            }
            common = lcm(common, scores.size());
        }
        // Σ w × sum × (common ÷ n), divided by common once: a division rounded straight to the published scale
        BigDecimal numerator = BigDecimal.ZERO;
        for (Tool t : Tool.values()) {
            Collection<BigDecimal> scores = scoresByTool.get(t);
            BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            numerator = numerator.add(sum.multiply(year.weight(t)).multiply(BigDecimal.valueOf(common / scores.size())));
        }
        return numerator.divide(BigDecimal.valueOf(common), year.scale(), year.rounding());
    }

    /** The total from ten indicator scores (index 0 = indicator 1), rounded once at the end; null when one is missing. */
    public static BigDecimal totalFromIndicators(java.util.List<BigDecimal> indicators, YearFramework year) {
        Map<Tool, java.util.List<BigDecimal>> byTool = new EnumMap<>(Tool.class);
        for (Tool t : Tool.values()) {
            byTool.put(t, year.indicatorsOf(t).stream().map(i -> indicators.get(i.number() - 1)).toList());
        }
        return totalOfMeans(byTool, year);
    }

    private static long lcm(long a, long b) {
        return a / java.math.BigInteger.valueOf(a).gcd(java.math.BigInteger.valueOf(b)).longValue() * b;
    }

    /**
     * The weighted share of a tool given as its indicator scores: weight × their unrounded mean, rounded once
     * (EIT 88.21, 66.15, 81.35 × 0.30 = 23.571 → 23.57). Exact: the sum is weighted before it is divided.
     * Null when a score is missing.
     */
    public static BigDecimal weightedMean(Tool tool, Collection<BigDecimal> scores, YearFramework year) {
        if (scores.isEmpty() || scores.stream().anyMatch(Objects::isNull)) {
            return null;
        }
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.multiply(year.weight(tool)).divide(BigDecimal.valueOf(scores.size()), year.scale(), year.rounding());
    }

    /** The weighted share one tool adds to the total, rounded as published (99.80 × 0.30 → 29.94). */
    public static BigDecimal weighted(Tool tool, BigDecimal toolScore, YearFramework year) {
        return year.round(toolScore.multiply(year.weight(tool)));
    }

    /** Tool scores from ten indicator scores (index 0 = indicator 1); a tool with a missing indicator is left out. */
    public static Map<Tool, BigDecimal> toolScores(java.util.List<BigDecimal> indicators, YearFramework year) {
        Map<Tool, BigDecimal> tools = new EnumMap<>(Tool.class);
        for (Tool t : Tool.values()) {
            var scores = year.indicatorsOf(t).stream().map(i -> indicators.get(i.number() - 1)).toList();
            BigDecimal v = toolScore(scores, year);
            if (v != null) {
                tools.put(t, v);
            }
        }
        return tools;
    }

    /** An IIT or EIT indicator from all of its question scores: their mean, rounded as published. */
    public static BigDecimal indicatorFromQuestions(Collection<BigDecimal> questionScores, YearFramework year) {
        return toolScore(questionScores, year);
    }

    /**
     * OIT indicator 9 or 10 from its item scores, one collection per sub-indicator, unrounded: each
     * sub-indicator is the mean of its items, the indicator the unweighted mean of its sub-indicators.
     * Null when a score is missing.
     */
    public static BigDecimal exactIndicatorFromItems(java.util.List<? extends Collection<BigDecimal>> itemsBySubIndicator) {
        if (itemsBySubIndicator.isEmpty()) {
            return null;
        }
        java.util.List<BigDecimal> subs = new java.util.ArrayList<>();
        for (Collection<BigDecimal> items : itemsBySubIndicator) {
            subs.add(mean(items));
        }
        return mean(subs);
    }

    /** OIT indicator 9 or 10 from its item scores, rounded once at the end (seed 000, 2567: 68.45 and 76.67). */
    public static BigDecimal indicatorFromItems(java.util.List<? extends Collection<BigDecimal>> itemsBySubIndicator,
                                                YearFramework year) {
        BigDecimal exact = exactIndicatorFromItems(itemsBySubIndicator);
        return exact == null ? null : year.round(exact);
    }

    /**
     * Points of total one OIT item adds when raised to 100, unrounded:
     * (100 − score) / items in its sub-indicator / sub-indicators in its indicator × indicator weight
     * (2567, an item failed in 9.2 with 7 items: 100 / 7 / 5 × 0.20 = 0.5714…).
     */
    public static BigDecimal itemGain(BigDecimal score, int itemsInSubIndicator, int subIndicatorsInIndicator,
                                      BigDecimal indicatorWeight) {
        BigDecimal shortfall = BigDecimal.valueOf(100).subtract(score);
        return shortfall.multiply(indicatorWeight).divide(
                BigDecimal.valueOf((long) itemsInSubIndicator * subIndicatorsInIndicator), WORK_SCALE,
                RoundingMode.HALF_UP);
    }

    /** Points of total one indicator adds when raised to 100, unrounded: (100 − score) × indicator weight. */
    public static BigDecimal indicatorGain(BigDecimal score, BigDecimal indicatorWeight) {
        return BigDecimal.valueOf(100).subtract(score).multiply(indicatorWeight);
    }

    /** The level of a total in the year's scheme, using tool scores where the scheme needs them. */
    public static String level(BigDecimal total, Map<Tool, BigDecimal> tools, YearFramework year) {
        return year.levels().levelOf(total, tools);
    }
}
