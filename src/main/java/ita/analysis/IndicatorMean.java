package ita.analysis;

import java.math.BigDecimal;

/**
 * The mean of one indicator across a group in a fiscal year, against the previous fiscal year.
 *
 * @param count         agencies with a score for the indicator
 * @param previousMean  the mean in the previous fiscal year, or null
 * @param change        mean − previousMean, or null
 */
public record IndicatorMean(int number, String name, BigDecimal mean, int count, BigDecimal previousMean,
                            BigDecimal change) {
}
