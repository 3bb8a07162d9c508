package ita.analysis;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One indicator with its verdict.
 *
 * @param weakest true when the indicator is (one of) the lowest of the agency-year
 * @param gap     how far the score is below the strength threshold, rounded as the year publishes figures; zero at
 *                or above it
 */
public record IndicatorAssessment(IndicatorScore indicator, Verdict verdict, boolean weakest, BigDecimal gap) {
    public IndicatorAssessment {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(gap, "gap");
    }
}
