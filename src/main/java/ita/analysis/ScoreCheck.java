package ita.analysis;

import ita.framework.LevelRule;
import ita.framework.LevelScheme;
import ita.framework.OitSubIndicator;
import ita.framework.QuestionDef;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.model.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recomputes what an agency-year reported and compares, within the year's tolerance:
 * <ul>
 * <li>indicators 1–8 from their questions and 9–10 from their OIT items, only when every question or item the
 * year defines for the indicator is present (a list of failed items alone is not enough);</li>
 * <li>each tool as the mean of its indicators (reported ones, or recomputed where none was reported);</li>
 * <li>the total as 0.30·IIT + 0.30·EIT + 0.40·OIT, each tool from its indicators or, when they are missing,
 * as reported;</li>
 * <li>the level from the reported total (the computed one when none was reported) in the year's scheme.</li>
 * </ul>
 */
public final class ScoreCheck {

    private ScoreCheck() {
    }

    public static CheckResult check(AgencyYear year, YearFramework framework) {
        List<String> notes = new ArrayList<>();
        if (!framework.hasIndicators()) {
            return totalOnly(year, framework);
        }
        List<FigureCheck> indicatorChecks = new ArrayList<>();
        List<BigDecimal> effective = new ArrayList<>();
        Map<String, BigDecimal> questions = questionScores(year);
        Map<String, BigDecimal> items = itemScores(year, framework, notes);
        for (int n = 1; n <= AgencyYear.INDICATORS; n++) {
            FigureCheck c = n <= 8 ? fromQuestions(year, framework, n, questions) : fromItems(year, framework, n, items);
            indicatorChecks.add(c);
            effective.add(year.indicator(n) != null ? year.indicator(n) : c.computed());
        }
        Map<Tool, FigureCheck> toolChecks = new EnumMap<>(Tool.class);
        for (Tool t : Tool.values()) {
            List<BigDecimal> parts = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            framework.indicatorsOf(t).forEach(i -> {
                parts.add(effective.get(i.number() - 1));
                if (effective.get(i.number() - 1) == null) {
                    missing.add("ind" + i.number());
                }
            });
            BigDecimal computed = Scoring.toolScore(parts, framework);
            toolChecks.put(t, FigureCheck.compare(code(t), year.tool(t), computed, Basis.INDICATORS, missing,
                    framework));
        }
        FigureCheck total = checkTotal(year, framework, toolChecks);
        LevelCheck level = checkLevel(year, framework, total, toolChecks);
        if (year.total() != null && year.tools().size() == Tool.values().length) {
            BigDecimal fromReportedTools = Scoring.total(year.tools(), framework);
            BigDecimal diff = year.total().subtract(fromReportedTools).abs();
            if (diff.compareTo(framework.tolerance()) > 0 && total.basis() != Basis.REPORTED_TOOLS) {
                notes.add("คะแนนรวมที่รายงาน " + FigureCheck.plain(year.total(), framework.scale())
                        + " ไม่ตรงกับที่คำนวณจากคะแนนรายเครื่องมือที่รายงาน " + FigureCheck.plain(fromReportedTools, framework.scale()));
            }
        }
        CheckStatus overall = overall(total, level, toolChecks.values(), indicatorChecks);
        return new CheckResult(year.fiscalYear(), total, level, toolChecks, indicatorChecks, overall, effective, notes);
    }

    private static CheckResult totalOnly(AgencyYear year, YearFramework framework) {
        FigureCheck total = new FigureCheck("total", CheckStatus.NOT_CHECKABLE, year.total(), null, null, Basis.NONE,
                List.of("ind1", "ind2", "ind3", "ind4", "ind5", "ind6", "ind7", "ind8", "ind9", "ind10"),
                framework.scale());
        LevelCheck level = checkLevel(year, framework, total, Map.of());
        List<String> notes = List.of("ปีงบประมาณ " + year.fiscalYear()
                + " ใช้การประเมินแบบเดิม เปรียบเทียบกับปีอื่นได้เฉพาะคะแนนรวม");
        CheckStatus overall = level.status() == CheckStatus.MISMATCH ? CheckStatus.MISMATCH : CheckStatus.NOT_CHECKABLE;
        return new CheckResult(year.fiscalYear(), total, level, Map.of(), List.of(), overall,
                java.util.Collections.nCopies(AgencyYear.INDICATORS, null), notes);
    }

    private static FigureCheck checkTotal(AgencyYear year, YearFramework framework, Map<Tool, FigureCheck> tools) {
        Map<Tool, BigDecimal> used = new EnumMap<>(Tool.class);
        List<String> missing = new ArrayList<>();
        int fromIndicators = 0;
        for (Tool t : Tool.values()) {
            FigureCheck c = tools.get(t);
            if (c.computed() != null) {
                used.put(t, c.computed());
                fromIndicators++;
            } else if (year.tool(t) != null) {
                used.put(t, year.tool(t));
            } else {
                missing.add(code(t));
                missing.addAll(c.missing().stream().filter(m -> !m.equals(c.subject())).toList());
            }
        }
        BigDecimal computed = missing.isEmpty() ? Scoring.total(used, framework) : null;
        Basis basis = fromIndicators == Tool.values().length ? Basis.INDICATORS
                : fromIndicators == 0 ? Basis.REPORTED_TOOLS : Basis.INDICATORS_AND_TOOLS;
        return FigureCheck.compare("total", year.total(), computed, basis, missing, framework);
    }

    static LevelCheck checkLevel(AgencyYear year, YearFramework framework, FigureCheck total,
                                 Map<Tool, FigureCheck> toolChecks) {
        LevelScheme scheme = framework.levels();
        BigDecimal basisTotal = year.total() != null ? year.total() : total.computed();
        Basis basis = year.total() != null ? Basis.REPORTED_TOTAL : Basis.COMPUTED_TOTAL;
        if (basisTotal == null) {
            List<String> missing = year.level() == null ? List.of("level", "total") : List.of("total");
            return new LevelCheck(CheckStatus.NOT_CHECKABLE, year.level(), null, null, Basis.NONE, scheme.name(),
                    missing, framework.scale());
        }
        Map<Tool, BigDecimal> tools = toolsForLevel(year, toolChecks);
        List<String> missingTools = new ArrayList<>();
        boolean toolRuleApplies = scheme.rules().stream()
                .anyMatch(r -> r.minEachTool() != null && basisTotal.compareTo(r.minTotal()) >= 0);
        if (toolRuleApplies && tools.size() < Tool.values().length) {
            for (Tool t : Tool.values()) {
                if (!tools.containsKey(t)) {
                    missingTools.add(code(t));
                }
            }
        }
        String computed = missingTools.isEmpty() ? Scoring.level(basisTotal, tools, framework) : null;
        if (year.level() == null || computed == null) {
            List<String> missing = new ArrayList<>();
            if (year.level() == null) {
                missing.add("level");
            }
            missing.addAll(missingTools);
            return new LevelCheck(CheckStatus.NOT_CHECKABLE, year.level(), computed, basisTotal,
                    computed == null ? Basis.NONE : basis, scheme.name(), missing, framework.scale());
        }
        int rank = scheme.rank(year.level());
        CheckStatus s = rank >= 0 && rank == scheme.rank(computed) ? CheckStatus.OK : CheckStatus.MISMATCH;
        return new LevelCheck(s, year.level(), computed, basisTotal, basis, scheme.name(), List.of(),
                framework.scale());
    }

    /** The reported tool scores when all three were reported, else the computed ones, else what there is. */
    private static Map<Tool, BigDecimal> toolsForLevel(AgencyYear year, Map<Tool, FigureCheck> toolChecks) {
        if (year.tools().size() == Tool.values().length) {
            return year.tools();
        }
        Map<Tool, BigDecimal> m = new EnumMap<>(Tool.class);
        for (Tool t : Tool.values()) {
            BigDecimal v = year.tool(t);
            if (v == null && toolChecks.get(t) != null) {
                v = toolChecks.get(t).computed();
            }
            if (v != null) {
                m.put(t, v);
            }
        }
        return m;
    }

    private static FigureCheck fromQuestions(AgencyYear year, YearFramework framework, int n,
                                             Map<String, BigDecimal> given) {
        List<QuestionDef> defs = framework.questionsOf(n);
        List<BigDecimal> scores = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (QuestionDef q : defs) {
            BigDecimal v = given.get(q.code());
            if (v == null) {
                missing.add(q.code());
            }
            scores.add(v);
        }
        BigDecimal computed = defs.isEmpty() || !missing.isEmpty() ? null
                : Scoring.indicatorFromQuestions(scores, framework);
        return FigureCheck.compare("ind" + n, year.indicator(n), computed, Basis.QUESTIONS, missing,
                    framework);
    }

    private static FigureCheck fromItems(AgencyYear year, YearFramework framework, int n,
                                         Map<String, BigDecimal> given) {
        List<OitSubIndicator> subs = framework.subIndicatorsOf(n);
        List<List<BigDecimal>> bySub = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (OitSubIndicator s : subs) {
            List<BigDecimal> scores = new ArrayList<>();
            for (String code : s.items()) {
                BigDecimal v = given.get(code);
                if (v == null) {
                    missing.add(code);
                }
                scores.add(v);
            }
            bySub.add(scores);
        }
        BigDecimal computed = subs.isEmpty() || !missing.isEmpty() ? null
                : Scoring.indicatorFromItems(bySub, framework);
        return FigureCheck.compare("ind" + n, year.indicator(n), computed, Basis.OIT_ITEMS, missing,
                    framework);
    }

    private static Map<String, BigDecimal> questionScores(AgencyYear year) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        for (QuestionScore q : year.questions()) {
            m.putIfAbsent(q.code(), q.score());
        }
        return m;
    }

    private static Map<String, BigDecimal> itemScores(AgencyYear year, YearFramework framework, List<String> notes) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (OitItemScore o : year.oitItems()) {
            if (framework.oitItem(o.code()).isEmpty()) {
                unknown.add(o.code());
            }
            m.putIfAbsent(o.code(), o.score());
        }
        if (!unknown.isEmpty()) {
            notes.add("ข้อ OIT " + String.join(", ", unknown) + " ไม่อยู่ในรายการข้อของปีงบประมาณ "
                    + framework.fiscalYear());
        }
        return m;
    }

    private static CheckStatus overall(FigureCheck total, LevelCheck level, java.util.Collection<FigureCheck> tools,
                                       List<FigureCheck> indicators) {
        boolean mismatch = total.status() == CheckStatus.MISMATCH || level.status() == CheckStatus.MISMATCH
                || tools.stream().anyMatch(c -> c.status() == CheckStatus.MISMATCH)
                || indicators.stream().anyMatch(c -> c.status() == CheckStatus.MISMATCH);
        if (mismatch) {
            return CheckStatus.MISMATCH;
        }
        return total.status() == CheckStatus.OK ? CheckStatus.OK : CheckStatus.NOT_CHECKABLE;
    }

    static String code(Tool t) {
        return t.name().toLowerCase(Locale.ROOT);
    }

    /** The next better rule above a level in a scheme, or null for the best. */
    static LevelRule ruleAbove(LevelScheme scheme, String label) {
        int rank = scheme.rank(label);
        return rank > 0 ? scheme.rules().get(rank - 1) : null;
    }
}
