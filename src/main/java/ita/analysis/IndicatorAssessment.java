package ita.analysis;

import java.util.Objects;

/**
 * One indicator with its verdict.
 *
 * @param weakest true when the indicator is (one of) the lowest of the agency-year
 */
public record IndicatorAssessment(IndicatorScore indicator, Verdict verdict, boolean weakest) {
    public IndicatorAssessment {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(verdict, "verdict");
    }
}
