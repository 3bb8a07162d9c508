package ita.analysis;

import ita.model.Agency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the writers need about one agency: each of its years analysed, oldest first, and its trend.
 * The latest year is the one a measures workbook is about.
 */
public record AgencyAnalysis(Agency agency, AgencyHistory history, List<YearAnalysis> years, Trend trend) {

    public AgencyAnalysis {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(trend, "trend");
        years = List.copyOf(years);
        if (years.isEmpty()) {
            throw new IllegalArgumentException("an analysis needs at least one year");
        }
    }

    public YearAnalysis latest() {
        return years.get(years.size() - 1);
    }

    public Optional<YearAnalysis> year(int fiscalYear) {
        return years.stream().filter(y -> y.fiscalYear() == fiscalYear).findFirst();
    }
}
