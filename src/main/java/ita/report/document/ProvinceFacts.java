package ita.report.document;

import ita.analysis.AgencyBrief;
import ita.analysis.Compliance;
import ita.analysis.Headline;
import ita.analysis.ProvinceAnalysis;
import ita.analysis.YearStatistics;
import ita.framework.FrameworkCatalog;
import ita.framework.NationalFigures;
import ita.framework.YearFramework;
import ita.model.Agency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every part of a province report reads: the province's analysis and headline for its newest year, the
 * agencies' own analyses, the rules of each year, and the numbers of tables and charts given so far.
 */
final class ProvinceFacts {

    private final ProvinceAnalysis province;
    private final Headline headline;
    private final FrameworkCatalog catalog;
    private final Map<String, AgencyBrief> byId = new HashMap<>();
    private int tables;
    private int charts;

    ProvinceFacts(ProvinceAnalysis province, List<AgencyBrief> analyses, FrameworkCatalog catalog) {
        this.province = province;
        this.catalog = catalog;
        this.headline = province.headline(catalog);
        analyses.forEach(a -> byId.putIfAbsent(a.agency().id(), a));
    }

    ProvinceAnalysis province() {
        return province;
    }

    Headline headline() {
        return headline;
    }

    Compliance compliance() {
        return province.overall().compliance();
    }

    /** The newest fiscal year of the province, the one reported. */
    int year() {
        return headline.fiscalYear();
    }

    YearStatistics latest() {
        return province.overall().latest();
    }

    YearFramework framework(int fiscalYear) {
        return catalog.framework(fiscalYear);
    }

    /** What the NACC published for the country in a year: that year's own figures only, never a neighbour's. */
    Optional<NationalFigures> national(int fiscalYear) {
        YearFramework f = catalog.framework(fiscalYear);
        return f.fiscalYear() == fiscalYear ? f.national().filter(n -> !n.isEmpty()) : Optional.empty();
    }

    Optional<AgencyBrief.Year> year(Agency a, int fiscalYear) {
        return Optional.ofNullable(byId.get(a.id())).flatMap(x -> x.year(fiscalYear));
    }

    /** "ตารางที่ 3" for the next table. */
    String nextTable() {
        return "ตารางที่ " + (++tables);
    }

    /** "แผนภูมิที่ 2" for the next chart. */
    String nextChart() {
        return "แผนภูมิที่ " + (++charts);
    }

    /** The number the next table will get, for text that points to it before it is written. */
    int upcomingTable() {
        return tables + 1;
    }
}
