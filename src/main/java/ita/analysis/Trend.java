package ita.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An agency's results over all its fiscal years.
 *
 * @param fiscalYears   the years with a record, ascending
 * @param steps         the change between each pair of consecutive records (a step may skip missing years)
 * @param firstToLast   from the first record to the last, when there are two or more
 * @param slopePerYear  least-squares slope of the reported total against the fiscal year, points per year,
 *                      2 decimals; empty with fewer than two totals
 * @param biggestGain   the step with the largest rise of the total, if any rose (earliest on ties)
 * @param biggestDrop   the step with the largest fall of the total, if any fell (earliest on ties)
 * @param missingYears  fiscal years between the first and the last record that have none
 */
public record Trend(String agencyId, List<Integer> fiscalYears, List<YearChange> steps,
                    Optional<YearChange> firstToLast, Optional<BigDecimal> slopePerYear,
                    Optional<YearChange> biggestGain, Optional<YearChange> biggestDrop, List<Integer> missingYears) {

    public Trend {
        fiscalYears = List.copyOf(fiscalYears);
        steps = List.copyOf(steps);
        missingYears = List.copyOf(missingYears);
    }

    /** The step that ends in a fiscal year: the change from the previous record. */
    public Optional<YearChange> into(int fiscalYear) {
        return steps.stream().filter(s -> s.toYear() == fiscalYear).findFirst();
    }

    public boolean hasHistory() {
        return fiscalYears.size() >= 2;
    }
}
