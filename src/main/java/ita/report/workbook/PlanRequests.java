package ita.report.workbook;

import ita.analysis.AgencyAnalysis;
import ita.analysis.FailedItems;
import ita.analysis.IndicatorScore;
import ita.analysis.ItemChange;
import ita.analysis.Profile;
import ita.analysis.YearAnalysis;
import ita.measures.PlanRequest;
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

    public static PlanRequest of(AgencyAnalysis a, YearAnalysis y) {
        Profile p = y.profile();
        // indicators under the threshold, worst first; an agency above it everywhere still plans for its weakest
        List<IndicatorScore> weak = new ArrayList<>(p.belowThreshold().isEmpty() ? p.weakest() : p.belowThreshold());
        weak.sort(Comparator.comparing(IndicatorScore::score).thenComparingInt(IndicatorScore::number));
        AgencyYear previous = a.history().years().stream().filter(r -> r.fiscalYear() < y.fiscalYear())
                .reduce((first, second) -> second).orElse(null);
        List<PlanRequest.WeakIndicator> indicators = new ArrayList<>();
        for (IndicatorScore s : weak) {
            BigDecimal before = previous == null ? null : previous.indicator(s.number());
            indicators.add(new PlanRequest.WeakIndicator(s.number(), s.name(), s.score(), before,
                    previous == null ? 0 : previous.fiscalYear()));
        }
        List<PlanRequest.FailedItem> items = new ArrayList<>();
        for (FailedItems group : p.failedItems()) {
            for (OitItemScore o : group.items()) {
                items.add(new PlanRequest.FailedItem(o.code(), o.title(), group.subIndicator(), o.score(), o.comment(),
                        previous(y, o.code())));
            }
        }
        List<QuestionScore> questions = new ArrayList<>();
        p.lowestQuestions().values().forEach(list -> list.stream()
                .filter(q -> q.score().compareTo(p.threshold()) < 0).forEach(questions::add));
        return new PlanRequest(a.agency().name(), a.agency().district(), a.agency().province(), y.fiscalYear(),
                indicators, items, questions);
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
