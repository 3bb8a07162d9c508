package ita.analysis;

import java.util.List;
import java.util.Optional;

/**
 * A group of agencies in one fiscal year. "Previous" always means the fiscal year before (Y − 1); when the
 * group has no record for it, the previous figures are null.
 *
 * @param agencies        agencies of the group with a record this year
 * @param totals          statistics of the reported totals
 * @param levels          every level of the year's scheme, best first, with its count (levels reported, else
 *                        from the reported total)
 * @param unknownLevels   agencies with neither a level nor a total
 * @param passing         agencies at or above the pass mark
 * @param indicatorMeans  indicators 1–10 (empty for total-only years)
 * @param weakest         indicators 1–10 with how often each is an agency's weakest
 * @param itemFailures    OIT items that failed at least once, most failed first (ties by code)
 * @param risers          the largest rises of the total from the previous year, largest first
 * @param fallers         the largest falls, largest first
 * @param ranking         the agencies with a reported total, best first, ties sharing a rank
 */
public record YearStatistics(int fiscalYear, int agencies, Distribution totals, List<LevelCount> levels,
                             int unknownLevels, PassCount passing, List<IndicatorMean> indicatorMeans,
                             List<WeakestCount> weakest, List<ItemFailure> itemFailures, List<Mover> risers,
                             List<Mover> fallers, List<RankedAgency> ranking) {

    public YearStatistics {
        levels = List.copyOf(levels);
        indicatorMeans = List.copyOf(indicatorMeans);
        weakest = List.copyOf(weakest);
        itemFailures = List.copyOf(itemFailures);
        risers = List.copyOf(risers);
        fallers = List.copyOf(fallers);
        ranking = List.copyOf(ranking);
    }

    public Optional<LevelCount> level(String label) {
        return levels.stream().filter(l -> l.label().equals(label)).findFirst();
    }

    public Optional<IndicatorMean> indicatorMean(int number) {
        return indicatorMeans.stream().filter(m -> m.number() == number).findFirst();
    }
}
