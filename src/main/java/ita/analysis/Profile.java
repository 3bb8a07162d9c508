package ita.analysis;

import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.model.Tool;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Strengths and weaknesses of one agency-year.
 *
 * @param strengths         indicators at or above the threshold, highest first (ties: lower number first)
 * @param weakest           the lowest indicator(s), ties kept, by number
 * @param belowThreshold    every indicator under the threshold, by number
 * @param assessments       every known indicator with its verdict, by number
 * @param unknownIndicators indicators without a score, left out of everything above
 * @param failedItems       failed OIT items grouped by sub-indicator, in the year's order
 * @param itemsKnown        whether any OIT item score was given
 * @param lowestQuestions   the lowest questions of IIT and of EIT, lowest first (ties at the cut kept)
 * @param issues            the cross-tool issues of the year (2567 on), else empty
 */
public record Profile(int fiscalYear, BigDecimal threshold, BigDecimal urgentBelow, List<IndicatorScore> strengths,
                      List<IndicatorScore> weakest, List<IndicatorScore> belowThreshold,
                      List<IndicatorAssessment> assessments, List<Integer> unknownIndicators,
                      List<FailedItems> failedItems, boolean itemsKnown, Map<Tool, List<QuestionScore>> lowestQuestions,
                      List<IssueScore> issues) {

    public Profile {
        strengths = List.copyOf(strengths);
        weakest = List.copyOf(weakest);
        belowThreshold = List.copyOf(belowThreshold);
        assessments = List.copyOf(assessments);
        unknownIndicators = List.copyOf(unknownIndicators);
        failedItems = List.copyOf(failedItems);
        EnumMap<Tool, List<QuestionScore>> q = new EnumMap<>(Tool.class);
        lowestQuestions.forEach((k, v) -> q.put(k, List.copyOf(v)));
        lowestQuestions = Collections.unmodifiableMap(q);
        issues = List.copyOf(issues);
    }

    /** The assessments of one tool's indicators. */
    public List<IndicatorAssessment> byTool(Tool tool) {
        return assessments.stream().filter(a -> a.indicator().tool() == tool).toList();
    }

    public List<IndicatorAssessment> withVerdict(Verdict verdict) {
        return assessments.stream().filter(a -> a.verdict() == verdict).toList();
    }

    /** Every failed item, in the year's order. */
    public List<OitItemScore> failedItemList() {
        return failedItems.stream().flatMap(g -> g.items().stream()).toList();
    }

    public boolean complete() {
        return unknownIndicators.isEmpty();
    }
}
