package ita.analysis;

import ita.framework.NationalFigures;
import ita.framework.YearFramework;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The figures an executive summary opens with, for a group (a province, a district) in one fiscal year: how many
 * agencies were assessed and their mean, how many reached the pass mark against the national strategy's target
 * and the country's figures of the year, the change from the year before, and its districts and agency types from
 * the best to the weakest.
 *
 * @param agencies     agencies with a result this year
 * @param mean         their mean total; null when none has a total
 * @param passing      agencies at or above the pass mark, with the year before
 * @param previousMean the mean of the year before, or null when the group has no total then
 * @param national     what the NACC published for the whole country this year, if anything
 * @param districts    the districts with a total this year, best mean first (ties by name)
 * @param types        the agency types (อบจ., เทศบาล, อบต.) likewise
 */
public record Headline(String name, int fiscalYear, int agencies, BigDecimal mean, PassCount passing,
                       BigDecimal previousMean, Optional<NationalFigures> national, List<GroupMean> districts,
                       List<GroupMean> types) {

    /**
     * The national strategy's target: at least 80 % of agencies at or above the pass mark (85).
     */
    public static final BigDecimal TARGET_SHARE = BigDecimal.valueOf(80);

    public Headline {
        districts = List.copyOf(districts);
        types = List.copyOf(types);
        national = national == null ? Optional.empty() : national;
    }

    /**
     * The headline of a group in its newest year.
     *
     * @param districts the group's districts (empty for a district)
     * @param types     the group's agency types
     * @param f         the rules of that year, for its national figures
     */
    public static Headline of(GroupAnalysis group, List<GroupAnalysis> districts, List<GroupAnalysis> types,
                              YearFramework f) {
        return of(group, districts, types, group.latest().fiscalYear(), f).orElseThrow();
    }

    /** The headline of a group in a given year; empty when the group has no result that year. */
    public static Optional<Headline> of(GroupAnalysis group, List<GroupAnalysis> districts, List<GroupAnalysis> types,
                                        int year, YearFramework f) {
        Optional<YearStatistics> ys = group.year(year).filter(s -> s.agencies() > 0);
        if (ys.isEmpty()) {
            return Optional.empty();
        }
        YearStatistics y = ys.get();
        BigDecimal before = group.year(year - 1).map(s -> s.totals().mean()).orElse(null);
        // a year borrowing a neighbour's rules has no national figures of its own
        Optional<NationalFigures> national = f.fiscalYear() == year ? f.national().filter(n -> !n.isEmpty())
                : Optional.empty();
        return Optional.of(new Headline(group.name(), year, y.agencies(), y.totals().mean(), y.passing(), before,
                national, ranked(districts, year), ranked(types, year)));
    }

    private static List<GroupMean> ranked(List<GroupAnalysis> groups, int year) {
        List<GroupMean> out = new ArrayList<>();
        for (GroupAnalysis g : groups) {
            g.year(year).filter(s -> s.totals().mean() != null)
                    .ifPresent(s -> out.add(new GroupMean(g.name(), s.totals().count(), s.totals().mean())));
        }
        out.sort(Comparator.comparing(GroupMean::mean).reversed().thenComparing(GroupMean::name));
        return out;
    }

    /** The change of the mean from the year before, or null. */
    public BigDecimal meanChange() {
        return mean == null || previousMean == null ? null : mean.subtract(previousMean);
    }

    /** The share at or above the pass mark less the target, in percentage points; null when unknown. */
    public BigDecimal targetGap() {
        return passing.share() == null ? null : passing.share().subtract(TARGET_SHARE);
    }

    public boolean meetsTarget() {
        return passing.share() != null && passing.share().compareTo(TARGET_SHARE) >= 0;
    }

    /** The group's mean less the national mean, when both are known. */
    public Optional<BigDecimal> gapToNationalMean() {
        return national.flatMap(NationalFigures::nationalMean).filter(m -> mean != null).map(mean::subtract);
    }

    /** The group's share at or above the pass mark less the national share, when both are known. */
    public Optional<BigDecimal> gapToNationalShare() {
        return national.map(NationalFigures::share).filter(s -> s != null && passing.share() != null)
                .map(s -> passing.share().subtract(s));
    }

    /** The best district, when there are at least two to compare. */
    public Optional<GroupMean> bestDistrict() {
        return districts.size() < 2 ? Optional.empty() : Optional.of(districts.get(0));
    }

    public Optional<GroupMean> weakestDistrict() {
        return districts.size() < 2 ? Optional.empty() : Optional.of(districts.get(districts.size() - 1));
    }

    public Optional<GroupMean> bestType() {
        return types.size() < 2 ? Optional.empty() : Optional.of(types.get(0));
    }

    public Optional<GroupMean> weakestType() {
        return types.size() < 2 ? Optional.empty() : Optional.of(types.get(types.size() - 1));
    }
}
