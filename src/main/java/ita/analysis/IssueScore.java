package ita.analysis;

import ita.model.OitItemScore;
import ita.model.QuestionScore;
import java.math.BigDecimal;
import java.util.List;

/**
 * One of the seven cross-tool issues (ประเด็น, from 2567) with the scores of its questions and OIT items that
 * were given; texts and titles come from the year's list where the input had none.
 *
 * @param missing question and item codes of the issue that were not given
 */
public record IssueScore(int number, String name, List<QuestionScore> questions, List<OitItemScore> items,
                         List<String> missing) {

    public IssueScore {
        questions = List.copyOf(questions);
        items = List.copyOf(items);
        missing = List.copyOf(missing);
    }

    /** The mean of the given question scores, 2 decimals; null when none was given. */
    public BigDecimal questionMean() {
        BigDecimal m = Scoring.mean(questions.stream().map(QuestionScore::score).toList());
        return m == null ? null : m.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    public List<OitItemScore> failedItems() {
        return items.stream().filter(i -> !i.passed()).toList();
    }
}
