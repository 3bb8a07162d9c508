package ita.analysis;

import ita.model.Agency;
import java.util.List;
import java.util.Optional;

/**
 * Statistics of one group of agencies (a province, a district, a type, or all), per fiscal year.
 *
 * @param key          the grouping key ({@link Grouping#key})
 * @param label        the Thai label
 * @param agencies     the member agencies, in report order
 * @param years        one entry per fiscal year any member has, ascending
 * @param missingYears members lacking years that other agencies of their province have
 * @param compliance   who failed the measures items, who has no result and who fell most in the newest year
 */
public record GroupAnalysis(Grouping grouping, String key, String label, List<Agency> agencies,
                            List<YearStatistics> years, List<MissingYears> missingYears, Compliance compliance) {

    public GroupAnalysis {
        agencies = List.copyOf(agencies);
        years = List.copyOf(years);
        missingYears = List.copyOf(missingYears);
        java.util.Objects.requireNonNull(compliance, "compliance");
    }

    /** The name of the group without its qualifiers: the district's own name for a district group. */
    public String name() {
        if (grouping == Grouping.DISTRICT && !agencies.isEmpty()) {
            String d = agencies.get(0).district();
            return d.isEmpty() ? "ไม่ระบุอำเภอ" : d;
        }
        return label;
    }

    public Optional<YearStatistics> year(int fiscalYear) {
        return years.stream().filter(y -> y.fiscalYear() == fiscalYear).findFirst();
    }

    /** The newest fiscal year of the group. */
    public YearStatistics latest() {
        return years.get(years.size() - 1);
    }
}
