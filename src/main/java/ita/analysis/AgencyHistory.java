package ita.analysis;

import ita.model.Agency;
import ita.model.AgencyYear;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Everything read about one agency, one record per fiscal year, oldest first. Two records of the same
 * year are refused: which one to keep is the reader's decision, and {@link #duplicateYears} finds them.
 *
 * @param agency the agency as named in its latest year
 * @param years  the records, sorted by fiscal year, at least one
 */
public record AgencyHistory(Agency agency, List<AgencyYear> years) {

    /** Histories ordered as reports list them: province, district, name, id. */
    public static final Comparator<AgencyHistory> REPORT_ORDER = Comparator
            .comparing((AgencyHistory h) -> h.agency().province())
            .thenComparing(h -> h.agency().district())
            .thenComparing(h -> h.agency().name())
            .thenComparing(h -> h.agency().id());

    public AgencyHistory {
        Objects.requireNonNull(agency, "agency");
        if (years == null || years.isEmpty()) {
            throw new IllegalArgumentException("agency " + agency.name() + " has no fiscal year");
        }
        List<AgencyYear> sorted = years.stream().sorted(Comparator.comparingInt(AgencyYear::fiscalYear)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            AgencyYear a = sorted.get(i - 1);
            AgencyYear b = sorted.get(i);
            if (a.fiscalYear() == b.fiscalYear()) {
                throw new IllegalArgumentException("agency " + agency.name() + " has two records for fiscal year "
                        + a.fiscalYear() + ": " + a.source().describe() + " and " + b.source().describe()
                        + "; keep one");
            }
        }
        years = sorted;
    }

    /** A history of the given records, named after the agency of the latest one. */
    public static AgencyHistory of(List<AgencyYear> years) {
        if (years.isEmpty()) {
            throw new IllegalArgumentException("a history needs at least one fiscal year");
        }
        AgencyYear latest = years.stream().max(Comparator.comparingInt(AgencyYear::fiscalYear)).orElseThrow();
        return new AgencyHistory(latest.agency(), years);
    }

    /**
     * One history per entry of records grouped by agency id, in {@link #REPORT_ORDER}. The map key becomes
     * the agency id, so records the reader matched across years under one key stay one agency.
     */
    public static List<AgencyHistory> fromGroups(Map<String, List<AgencyYear>> byAgencyId) {
        List<AgencyHistory> out = new ArrayList<>();
        byAgencyId.forEach((id, years) -> {
            if (years.isEmpty()) {
                return;
            }
            AgencyHistory h = of(years);
            Agency a = h.agency();
            if (!a.id().equals(id)) {
                a = new Agency(id, a.name(), a.coreName(), a.type(), a.district(), a.province(), a.code());
            }
            out.add(new AgencyHistory(a, h.years()));
        });
        out.sort(REPORT_ORDER);
        return List.copyOf(out);
    }

    /** The fiscal years that occur more than once among the records, ascending. */
    public static List<Integer> duplicateYears(List<AgencyYear> years) {
        TreeSet<Integer> seen = new TreeSet<>();
        TreeSet<Integer> twice = new TreeSet<>();
        for (AgencyYear y : years) {
            if (!seen.add(y.fiscalYear())) {
                twice.add(y.fiscalYear());
            }
        }
        return List.copyOf(twice);
    }

    public AgencyYear latest() {
        return years.get(years.size() - 1);
    }

    public AgencyYear first() {
        return years.get(0);
    }

    public Optional<AgencyYear> year(int fiscalYear) {
        return years.stream().filter(y -> y.fiscalYear() == fiscalYear).findFirst();
    }

    /** The nearest record before a fiscal year, which may be more than one year earlier. */
    public Optional<AgencyYear> before(int fiscalYear) {
        AgencyYear found = null;
        for (AgencyYear y : years) {
            if (y.fiscalYear() < fiscalYear) {
                found = y;
            }
        }
        return Optional.ofNullable(found);
    }

    public List<Integer> fiscalYears() {
        return years.stream().map(AgencyYear::fiscalYear).toList();
    }
}
