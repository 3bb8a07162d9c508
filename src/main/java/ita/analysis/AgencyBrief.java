package ita.analysis;

import ita.model.Agency;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the summaries and the province reports print of one agency, kept for every agency of a run while its
 * full analysis is let go as soon as its own files are written: a national run holds thousands of these, and the
 * analyses (item changes, fixes, checks) would not fit beside them.
 *
 * @param agency      the agency as analysed
 * @param fiscalYears the years read for it, oldest first
 * @param years       each year analysed, oldest first
 */
public record AgencyBrief(Agency agency, List<Integer> fiscalYears, List<Year> years) {

    /**
     * One agency-year as the summaries show it.
     *
     * @param level        the reported level, or the computed one; null when neither is known
     * @param provinceRank rank by reported total in the province that year
     * @param fromYear     the year of the previous record, 0 when there is none
     * @param totalChange  the change of the total from that record, null when unknown
     * @param weakest      the lowest indicator(s), ties kept
     * @param itemsKnown   whether any OIT item score was given
     * @param failedItems  the failed OIT items as the year's framework shows their codes, in the year's order
     */
    public record Year(int fiscalYear, String level, Optional<Rank> provinceRank, int fromYear, BigDecimal totalChange,
                       List<IndicatorScore> weakest, boolean itemsKnown, List<String> failedItems) {

        public Year {
            Objects.requireNonNull(provinceRank, "provinceRank");
            weakest = List.copyOf(weakest);
            failedItems = List.copyOf(failedItems);
        }

        static Year of(YearAnalysis y) {
            Optional<YearChange> change = y.fromPrevious();
            return new Year(y.fiscalYear(), y.level(), y.provinceRank(), change.map(YearChange::fromYear).orElse(0),
                    change.map(c -> c.total().change()).orElse(null), y.profile().weakest(), y.profile().itemsKnown(),
                    y.profile().failedItemList().stream().map(o -> y.framework().displayCode(o.code())).toList());
        }

        /** The change of the total since {@code previous}, when the previous record is of that year. */
        public Optional<BigDecimal> changeSince(int previous) {
            return fromYear == previous ? Optional.ofNullable(totalChange) : Optional.empty();
        }
    }

    public AgencyBrief {
        Objects.requireNonNull(agency, "agency");
        fiscalYears = List.copyOf(fiscalYears);
        years = List.copyOf(years);
    }

    public static AgencyBrief of(AgencyAnalysis a) {
        return new AgencyBrief(a.agency(), a.history().fiscalYears(), a.years().stream().map(Year::of).toList());
    }

    public static List<AgencyBrief> of(List<AgencyAnalysis> analyses) {
        return analyses.stream().map(AgencyBrief::of).toList();
    }

    public Optional<Year> year(int fiscalYear) {
        return years.stream().filter(y -> y.fiscalYear() == fiscalYear).findFirst();
    }
}
