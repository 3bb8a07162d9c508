package ita.analysis;

import ita.framework.CrossToolIssue;
import ita.framework.OitSubIndicator;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.model.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strengths and weaknesses of one agency-year.
 *
 * <p>The verdict per indicator, applied in this order: at or above the strength threshold (default 85) →
 * {@link Verdict#KEEP_UP}; below the urgent band (default 70), or the weakest indicator of the year while
 * below the threshold → {@link Verdict#URGENT}; anything else below the threshold → {@link Verdict#DEVELOP}.
 * So a year whose every indicator is high has nothing urgent, and the lowest indicator of a weak year is
 * always urgent, as the seeds describe it (seed 002: the lowest indicator is the weakness to fix urgently).
 */
public final class StrengthsWeaknesses {

    private static final Comparator<QuestionScore> LOWEST_FIRST = Comparator.comparing(QuestionScore::score)
            .thenComparing(QuestionScore::code, Codes.NATURAL);

    private StrengthsWeaknesses() {
    }

    /** With the given strength threshold, the default urgent band (70, or the threshold if lower) and 3 questions. */
    public static Profile of(AgencyYear year, YearFramework framework, BigDecimal threshold) {
        BigDecimal urgent = AnalysisSettings.DEFAULT_URGENT_BELOW.min(threshold);
        return of(year, framework, threshold, urgent, 3);
    }

    public static Profile of(AgencyYear year, YearFramework framework, AnalysisSettings settings) {
        return of(year, framework, settings.strengthThreshold(), settings.urgentBelow(), settings.lowestQuestions());
    }

    public static Profile of(AgencyYear year, YearFramework framework, BigDecimal threshold, BigDecimal urgentBelow,
                             int lowestQuestions) {
        List<IndicatorScore> known = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        if (framework.hasIndicators()) {
            for (int n = 1; n <= AgencyYear.INDICATORS; n++) {
                BigDecimal v = year.indicator(n);
                if (v == null) {
                    unknown.add(n);
                } else {
                    known.add(new IndicatorScore(n, framework.indicator(n).tool(), framework.indicator(n).name(), v));
                }
            }
        }
        List<IndicatorScore> strengths = known.stream().filter(i -> i.score().compareTo(threshold) >= 0)
                .sorted(Comparator.comparing(IndicatorScore::score).reversed()
                        .thenComparingInt(IndicatorScore::number))
                .toList();
        BigDecimal min = known.stream().map(IndicatorScore::score).min(Comparator.naturalOrder()).orElse(null);
        List<IndicatorScore> weakest = known.stream().filter(i -> i.score().compareTo(min) == 0).toList();
        List<IndicatorScore> below = known.stream().filter(i -> i.score().compareTo(threshold) < 0).toList();
        List<IndicatorAssessment> assessments = new ArrayList<>();
        for (IndicatorScore i : known) {
            boolean isWeakest = weakest.contains(i);
            Verdict v;
            if (i.score().compareTo(threshold) >= 0) {
                v = Verdict.KEEP_UP;
            } else if (i.score().compareTo(urgentBelow) < 0 || isWeakest) {
                v = Verdict.URGENT;
            } else {
                v = Verdict.DEVELOP;
            }
            assessments.add(new IndicatorAssessment(i, v, isWeakest,
                    framework.round(threshold.subtract(i.score()).max(BigDecimal.ZERO))));
        }
        Map<Tool, List<QuestionScore>> lowest = new EnumMap<>(Tool.class);
        lowest.put(Tool.IIT, lowest(year, framework, "i", lowestQuestions));
        lowest.put(Tool.EIT, lowest(year, framework, "e", lowestQuestions));
        return new Profile(year.fiscalYear(), threshold, urgentBelow, strengths, weakest, below, assessments, unknown,
                failedItems(year, framework), !year.oitItems().isEmpty(), lowest, issues(year, framework));
    }

    /** Items below 100 grouped by sub-indicator in the year's order; items unknown to the year come last. */
    static List<FailedItems> failedItems(AgencyYear year, YearFramework framework) {
        Map<String, List<OitItemScore>> bySub = new LinkedHashMap<>();
        List<OitItemScore> strangers = new ArrayList<>();
        for (OitItemScore o : year.oitItems()) {
            if (o.passed()) {
                continue;
            }
            var sub = framework.subIndicatorOfItem(o.code());
            if (sub.isEmpty()) {
                strangers.add(o);
            } else {
                bySub.computeIfAbsent(sub.get().code(), k -> new ArrayList<>()).add(withTitle(o, framework));
            }
        }
        List<FailedItems> out = new ArrayList<>();
        for (OitSubIndicator s : framework.subIndicators()) {
            List<OitItemScore> failed = bySub.get(s.code());
            if (failed != null) {
                failed.sort(Comparator.comparing(OitItemScore::code, Codes.NATURAL));
                out.add(new FailedItems(s.code(), s.name(), s.indicator(), s.items().size(), failed));
            }
        }
        if (!strangers.isEmpty()) {
            strangers.sort(Comparator.comparing(OitItemScore::code, Codes.NATURAL));
            out.add(new FailedItems("", "ไม่อยู่ในรายการข้อของปี", 0, 0, strangers));
        }
        return out;
    }

    private static List<QuestionScore> lowest(AgencyYear year, YearFramework framework, String prefix, int count) {
        List<QuestionScore> sorted = year.questions().stream().filter(q -> q.code().startsWith(prefix))
                .map(q -> withText(q, framework)).sorted(LOWEST_FIRST).toList();
        List<QuestionScore> out = new ArrayList<>();
        for (QuestionScore q : sorted) {
            if (out.size() < count || q.score().compareTo(out.get(out.size() - 1).score()) == 0) {
                out.add(q);
            } else {
                break;
            }
        }
        return out;
    }

    private static List<IssueScore> issues(AgencyYear year, YearFramework framework) {
        Map<String, QuestionScore> questions = new LinkedHashMap<>();
        year.questions().forEach(q -> questions.putIfAbsent(q.code(), withText(q, framework)));
        Map<String, OitItemScore> items = new LinkedHashMap<>();
        year.oitItems().forEach(o -> items.putIfAbsent(o.code(), withTitle(o, framework)));
        List<IssueScore> out = new ArrayList<>();
        for (CrossToolIssue issue : framework.issues()) {
            List<QuestionScore> qs = new ArrayList<>();
            List<OitItemScore> is = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (String c : issue.questions()) {
                if (questions.containsKey(c)) {
                    qs.add(questions.get(c));
                } else {
                    missing.add(c);
                }
            }
            for (String c : issue.items()) {
                if (items.containsKey(c)) {
                    is.add(items.get(c));
                } else {
                    missing.add(c);
                }
            }
            out.add(IssueScore.of(issue.number(), issue.name(), qs, is, missing, framework));
        }
        return out;
    }

    static QuestionScore withText(QuestionScore q, YearFramework framework) {
        if (!q.text().isEmpty()) {
            return q;
        }
        return framework.question(q.code()).map(d -> new QuestionScore(q.code(), d.text(), q.score())).orElse(q);
    }

    static OitItemScore withTitle(OitItemScore o, YearFramework framework) {
        if (!o.title().isEmpty()) {
            return o;
        }
        return framework.oitItem(o.code()).map(d -> new OitItemScore(o.code(), d.title(), o.score(), o.comment()))
                .orElse(o);
    }
}
