package ita.analysis;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One thing to fix and the points of total it would add if raised to 100.
 *
 * @param code         the OIT item code (o15) or {@code ind7} for an indicator
 * @param title        the item title or indicator name
 * @param indicator    the indicator it belongs to (1–10)
 * @param subIndicator the sub-indicator of an item (9.2), empty for an indicator
 * @param score        its current score
 * @param gain         points of total gained, 4 decimals; an indicator's gain includes the gains of its items
 */
public record Fix(Kind kind, String code, String title, int indicator, String subIndicator, BigDecimal score,
                  BigDecimal gain) {

    /** What is fixed. */
    public enum Kind {
        INDICATOR, OIT_ITEM
    }

    public Fix {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(gain, "gain");
        title = title == null ? "" : title;
        subIndicator = subIndicator == null ? "" : subIndicator;
    }
}
