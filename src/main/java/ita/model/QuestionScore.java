package ita.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The score of one IIT or EIT question.
 *
 * @param code canonical code, lower case with Arabic digits: i1, e10
 * @param text the question as read, or empty
 */
public record QuestionScore(String code, String text, BigDecimal score) {
    public QuestionScore {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(score, "score");
        text = text == null ? "" : text;
    }
}
