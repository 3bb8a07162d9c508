package ita.framework;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the NACC published for the whole country in one fiscal year, for comparison in province outputs.
 * Each figure is absent where it was not published.
 *
 * @param agencies           agencies assessed
 * @param mean               the national mean of the totals
 * @param atOrAbovePassMark  agencies at or above the pass mark (85)
 * @param share              their percentage of the agencies assessed
 * @param derived            true when the figures are reverse-computed rather than published
 */
public record NationalFigures(Integer agencies, BigDecimal mean, Integer atOrAbovePassMark, BigDecimal share,
                              boolean derived) {

    public Optional<Integer> agenciesAssessed() {
        return Optional.ofNullable(agencies);
    }

    public Optional<BigDecimal> nationalMean() {
        return Optional.ofNullable(mean);
    }

    public boolean isEmpty() {
        return agencies == null && mean == null && atOrAbovePassMark == null && share == null;
    }
}
