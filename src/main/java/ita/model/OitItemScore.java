package ita.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The result of one OIT item.
 *
 * @param code    canonical code, lower case with Arabic digits and no leading zeros: o1, o42
 * @param title   the item title as read, or empty
 * @param score   100 passed, 0 failed, 50 partly (seen in 2567)
 * @param comment the assessor's comment, or empty
 */
public record OitItemScore(String code, String title, BigDecimal score, String comment) {
    public OitItemScore {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(score, "score");
        title = title == null ? "" : title;
        comment = comment == null ? "" : comment;
    }

    public boolean passed() {
        return score.compareTo(BigDecimal.valueOf(100)) >= 0;
    }
}
