package ita.analysis;

import ita.model.OitItemScore;
import ita.model.QuestionScore;
import java.math.BigDecimal;
import java.util.List;

/**
 * One of the seven cross-tool issues (ประเด็น, from 2567) with the scores of its questions and OIT items that
 * were given; texts and titles come from the year's list where the input had none.
 *
 * @param missing      question and item codes of the issue that were not given
 * @param questionMean the mean of the given question scores, rounded as the year publishes figures; null when none
 *                     was given
 */
public record IssueScore(int number, String name, List<QuestionScore> questions, List<OitItemScore> items,
                         List<String> missing, BigDecimal questionMean) {

    public IssueScore {
        questions = List.copyOf(questions);
        items = List.copyOf(items);
        missing = List.copyOf(missing);
    }

    /** An issue with the mean of its question scores, rounded as the year publishes figures. */
    static IssueScore of(int number, String name, List<QuestionScore> questions, List<OitItemScore> items,
                         List<String> missing, ita.framework.YearFramework year) {
        return new IssueScore(number, name, questions, items, missing,
                Figures.round(Scoring.mean(questions.stream().map(QuestionScore::score).toList()), year));
    }

    public List<OitItemScore> failedItems() {
        return items.stream().filter(i -> !i.passed()).toList();
    }
}
