package ita.analysis;

import ita.framework.LevelRule;
import ita.framework.OitSubIndicator;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.Tool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What to fix first: the points of total each failed OIT item and each indicator below 100 would add, the
 * points still needed for the pass mark and the next level, and the fewest failed items that reach the pass
 * mark on their own. The base is the reported total (ITAS is authoritative), the computed one only when none
 * was reported; the plan says which.
 *
 * <p>Gains are exact: an item's gain is (100 − score) / items in its sub-indicator / sub-indicators in its
 * indicator × the indicator's weight in the total (0.20 for 9 and 10); an indicator's is (100 − score) × weight.
 */
public final class Priorities {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Priorities() {
    }

    /** A fix with its unrounded gain, which sums are made of. */
    private record Exact(Fix fix, BigDecimal gain) {
    }

    /**
     * Gains are kept to 4 decimals: they are not published figures but parts that are ranked and added up, and
     * a sum of gains rounded to the published 2 decimals each would drift. Figures shown are rounded by the year.
     */
    static final int GAIN_DECIMALS = 4;

    private static final Comparator<Exact> BY_GAIN = Comparator.comparing(Exact::gain).reversed()
            .thenComparing(e -> e.fix().kind())
            .thenComparingInt(e -> Codes.number(e.fix().code()));

    public static FixPlan of(AgencyYear year, YearFramework framework) {
        return of(year, framework, ScoreCheck.check(year, framework));
    }

    /** With the score check already made for the year, whose computed total and indicators it reuses. */
    public static FixPlan of(AgencyYear year, YearFramework framework, CheckResult check) {
        List<String> notes = new ArrayList<>();
        BigDecimal base;
        FixPlan.BaseSource source;
        if (year.total() != null) {
            base = year.total();
            source = FixPlan.BaseSource.REPORTED;
            notes.add("ใช้คะแนนรวมที่รายงาน " + FigureCheck.plain(base, framework.scale()) + " เป็นฐานในการคำนวณ");
        } else if (check.computedTotal() != null) {
            base = check.computedTotal();
            source = FixPlan.BaseSource.COMPUTED;
            notes.add("ไม่มีคะแนนรวมที่รายงาน จึงใช้คะแนนรวมที่คำนวณได้ " + FigureCheck.plain(base, framework.scale()) + " เป็นฐาน");
        } else {
            base = null;
            source = FixPlan.BaseSource.NONE;
            notes.add("ไม่ทราบคะแนนรวม จึงคำนวณคะแนนที่ยังขาดไม่ได้");
        }
        List<Exact> items = itemFixes(year, framework, notes);
        List<Exact> all = new ArrayList<>(items);
        all.addAll(indicatorFixes(check, framework));
        all.sort(BY_GAIN);
        boolean itemsKnown = !year.oitItems().isEmpty();
        if (!itemsKnown && framework.hasIndicators()) {
            notes.add("ไม่มีคะแนนรายข้อ OIT จึงจัดลำดับได้เฉพาะรายตัวชี้วัด");
        }
        BigDecimal passMark = framework.passMark();
        BigDecimal toPass = base == null ? null : framework.round(passMark.subtract(base).max(BigDecimal.ZERO));
        Map<Tool, BigDecimal> tools = tools(year, check);
        String current = base == null ? null : Scoring.level(base, tools, framework);
        Optional<NextLevel> next = base == null ? Optional.empty() : nextLevel(framework, current, base, tools);
        items.sort(BY_GAIN);
        ItemSet set = smallestSet(items, base, passMark, itemsKnown, framework);
        if (set.outcome() == ItemSet.Outcome.UNREACHABLE) {
            notes.add("แก้ไขข้อ OIT ที่ไม่ผ่านทั้งหมดได้เพิ่ม " + Figures.show(set.gain(), framework)
                    + " คะแนน ยังไม่ถึง " + FigureCheck.plain(passMark, framework.scale()));
        }
        return new FixPlan(year.fiscalYear(), base, source, passMark, toPass, current, next,
                all.stream().map(Exact::fix).toList(), itemsKnown, set, notes);
    }

    private static List<Exact> itemFixes(AgencyYear year, YearFramework framework, List<String> notes) {
        List<Exact> out = new ArrayList<>();
        if (!framework.hasIndicators()) {
            return out;
        }
        Set<String> seen = new HashSet<>();
        int given = 0;
        for (OitItemScore o : year.oitItems()) {
            if (!seen.add(o.code())) {
                continue;
            }
            Optional<OitSubIndicator> sub = framework.subIndicatorOfItem(o.code());
            if (sub.isEmpty()) {
                continue;
            }
            given++;
            if (o.passed()) {
                continue;
            }
            OitSubIndicator s = sub.get();
            int subs = framework.subIndicatorsOf(s.indicator()).size();
            BigDecimal gain = Scoring.itemGain(o.score(), s.items().size(), subs,
                    framework.indicatorWeight(s.indicator()));
            String title = StrengthsWeaknesses.withTitle(o, framework).title();
            out.add(new Exact(new Fix(Fix.Kind.OIT_ITEM, o.code(), title, s.indicator(), s.code(), o.score(),
                    gain.setScale(GAIN_DECIMALS, RoundingMode.HALF_UP)), gain));
        }
        if (given > 0 && given < framework.oitItems().size()) {
            notes.add("คะแนนรายข้อ OIT มี " + given + " จาก " + framework.oitItems().size()
                    + " ข้อ: ข้อที่ไม่ได้ระบุไม่ได้นำมาจัดลำดับ");
        }
        return out;
    }

    private static List<Exact> indicatorFixes(CheckResult check, YearFramework framework) {
        List<Exact> out = new ArrayList<>();
        if (!framework.hasIndicators()) {
            return out;
        }
        for (int n = 1; n <= AgencyYear.INDICATORS; n++) {
            BigDecimal v = check.effectiveIndicators().get(n - 1);
            if (v == null || v.compareTo(HUNDRED) >= 0) {
                continue;
            }
            BigDecimal gain = Scoring.indicatorGain(v, framework.indicatorWeight(n));
            out.add(new Exact(new Fix(Fix.Kind.INDICATOR, "ind" + n, framework.indicator(n).name(), n, "", v,
                    gain.setScale(GAIN_DECIMALS, RoundingMode.HALF_UP)), gain));
        }
        return out;
    }

    /**
     * The fewest failed items whose gains reach the pass mark, taken greedily by gain. Greedy is exact here:
     * the total is linear in the item scores, so each item's gain is independent of the others and gains add
     * up; every fix costs the same (one item). Among all sets of k items the k largest gains have the largest
     * sum, so if the k largest first reach the target at k = k*, every set of fewer items sums to at most the
     * (k* − 1) largest, which falls short: no smaller set exists.
     */
    private static ItemSet smallestSet(List<Exact> itemsByGain, BigDecimal base, BigDecimal passMark,
                                       boolean itemsKnown, YearFramework framework) {
        if (base == null || !itemsKnown) {
            return new ItemSet(ItemSet.Outcome.UNKNOWN, List.of(), null, null);
        }
        if (base.compareTo(passMark) >= 0) {
            return new ItemSet(ItemSet.Outcome.ALREADY_REACHED, List.of(), null, base);
        }
        BigDecimal needed = passMark.subtract(base);
        BigDecimal sum = BigDecimal.ZERO;
        List<Fix> chosen = new ArrayList<>();
        for (Exact e : itemsByGain) {
            sum = sum.add(e.gain());
            chosen.add(e.fix());
            if (sum.compareTo(needed) >= 0) {
                return new ItemSet(ItemSet.Outcome.REACHABLE, chosen, sum.setScale(GAIN_DECIMALS,
                        RoundingMode.HALF_UP), framework.round(base.add(sum)));
            }
        }
        return new ItemSet(ItemSet.Outcome.UNREACHABLE, List.of(), sum.setScale(GAIN_DECIMALS, RoundingMode.HALF_UP),
                framework.round(base.add(sum)));
    }

    private static Map<Tool, BigDecimal> tools(AgencyYear year, CheckResult check) {
        Map<Tool, BigDecimal> m = new EnumMap<>(Tool.class);
        Map<Tool, BigDecimal> computed = check.computedTools();
        for (Tool t : Tool.values()) {
            BigDecimal v = year.tool(t) != null ? year.tool(t) : computed.get(t);
            if (v != null) {
                m.put(t, v);
            }
        }
        return m;
    }

    private static Optional<NextLevel> nextLevel(YearFramework framework, String current, BigDecimal base,
                                                 Map<Tool, BigDecimal> tools) {
        LevelRule above = ScoreCheck.ruleAbove(framework.levels(), current);
        if (above == null) {
            return Optional.empty();
        }
        BigDecimal points = framework.round(above.minTotal().subtract(base).max(BigDecimal.ZERO));
        Map<Tool, BigDecimal> shortfalls = new EnumMap<>(Tool.class);
        boolean known = true;
        if (above.minEachTool() != null) {
            known = tools.size() == Tool.values().length;
            tools.forEach((t, v) -> {
                if (v.compareTo(above.minEachTool()) < 0) {
                    shortfalls.put(t, framework.round(above.minEachTool().subtract(v)));
                }
            });
        }
        return Optional.of(new NextLevel(above.label(), above.minTotal(), points, above.minEachTool(), shortfalls,
                known, framework.scale()));
    }
}
