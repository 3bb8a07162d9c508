package ita.report.workbook;

import ita.analysis.AgencyAnalysis;
import ita.analysis.FailedItems;
import ita.analysis.IndicatorAssessment;
import ita.analysis.IndicatorScore;
import ita.analysis.ItemChange;
import ita.analysis.Profile;
import ita.analysis.Verdict;
import ita.analysis.YearAnalysis;
import ita.measures.PlanRequest;
import ita.measures.Urgency;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What the measures planner is asked for one agency-year: its own weaknesses, failed items and low questions. */
public final class PlanRequests {

    private PlanRequests() {
    }

    /**
     * The indicators below the threshold with the class the analysis gave each, every failed item, and every
     * question below the threshold; an agency with nothing below it keeps the standard of its weakest indicator.
     */
    public static PlanRequest of(AgencyAnalysis a, YearAnalysis y) {
        Profile p = y.profile();
        boolean nothingFailed = p.belowThreshold().isEmpty() && p.failedItemList().isEmpty()
                && y.year().questions().stream().noneMatch(q -> q.score().compareTo(p.threshold()) < 0);
        List<IndicatorScore> weak = new ArrayList<>(nothingFailed ? p.weakest().stream().limit(1).toList()
                : p.belowThreshold());
        weak.sort(Comparator.comparing(IndicatorScore::score).thenComparingInt(IndicatorScore::number));
        AgencyYear previous = a.history().years().stream().filter(r -> r.fiscalYear() < y.fiscalYear())
                .reduce((first, second) -> second).orElse(null);
        List<PlanRequest.WeakIndicator> indicators = new ArrayList<>();
        for (IndicatorScore s : weak) {
            BigDecimal before = previous == null ? null : previous.indicator(s.number());
            indicators.add(new PlanRequest.WeakIndicator(s.number(), s.name(), s.score(), before,
                    previous == null ? 0 : previous.fiscalYear(), urgency(p, s.number())));
        }
        List<PlanRequest.FailedItem> items = new ArrayList<>();
        for (FailedItems group : p.failedItems()) {
            for (OitItemScore o : group.items()) {
                items.add(new PlanRequest.FailedItem(o.code(), o.title(), group.subIndicator(), o.score(), o.comment(),
                        previous(y, o.code())));
            }
        }
        List<QuestionScore> questions = y.year().questions().stream()
                .filter(q -> q.score().compareTo(p.threshold()) < 0).toList();
        return new PlanRequest(a.agency().name(), a.agency().type(), a.agency().district(), a.agency().province(),
                y.fiscalYear(), p.threshold(), indicators, items, questions, java.util.Map.of());
    }

    /** The class the analysis gave an indicator, in the planner's words: one class on every sheet and document. */
    static Urgency urgency(Profile p, int indicator) {
        Verdict v = p.assessments().stream().filter(x -> x.indicator().number() == indicator)
                .map(IndicatorAssessment::verdict).findFirst().orElse(Verdict.KEEP_UP);
        return switch (v) {
            case URGENT -> Urgency.URGENT;
            case DEVELOP -> Urgency.DEVELOP;
            case KEEP_UP -> Urgency.KEEP_UP;
        };
    }

    /** The item of the previous result that stands for the same concept, with its score (the lowest if several). */
    private static PlanRequest.Previous previous(YearAnalysis y, String code) {
        return y.fromPrevious().flatMap(c -> c.items().stream()
                .filter(i -> i.to().stream().anyMatch(s -> s.code().equals(code)))
                .flatMap(i -> i.from().stream()).filter(s -> s.score() != null)
                .min(Comparator.comparing(ItemChange.Side::score))
                .map(s -> new PlanRequest.Previous(c.fromYear(), s.displayCode(), s.score()))).orElse(null);
    }
}
