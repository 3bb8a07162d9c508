package ita.analysis;

import ita.framework.FrameworkCatalog;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import java.util.ArrayList;
import java.util.List;

/** Analyzes agencies: every year of a history checked, profiled and planned, with its trend and ranks. */
public final class AgencyAnalyzer {

    private AgencyAnalyzer() {
    }

    /** One agency, ranked within the given context ({@link Rankings#none()} for none). */
    public static AgencyAnalysis analyze(AgencyHistory history, AnalysisSettings settings, Rankings rankings) {
        FrameworkCatalog catalog = settings.catalog();
        Trend trend = YearOverYear.of(history, catalog);
        String id = history.agency().id();
        List<YearAnalysis> years = new ArrayList<>();
        for (AgencyYear y : history.years()) {
            FrameworkCatalog.Resolution r = catalog.forYear(y.fiscalYear());
            YearFramework f = r.framework();
            CheckResult check = ScoreCheck.check(y, f);
            years.add(new YearAnalysis(y, f, r.note(), check, StrengthsWeaknesses.of(y, f, settings),
                    Priorities.of(y, f, check), trend.into(y.fiscalYear()),
                    rankings.inProvince(id, y.fiscalYear()), rankings.inDistrict(id, y.fiscalYear())));
        }
        return new AgencyAnalysis(history.agency(), history, years, trend);
    }

    /**
     * The analysis as it stood in a fiscal year: the years after it left out and the trend computed without them,
     * so that the latest year is the one asked for. The analysis itself when that is its latest year.
     *
     * @throws IllegalArgumentException when the agency has no result for that year
     */
    public static AgencyAnalysis asOf(AgencyAnalysis analysis, int fiscalYear, AnalysisSettings settings) {
        if (analysis.year(fiscalYear).isEmpty()) {
            throw new IllegalArgumentException(analysis.agency().name() + " has no result for fiscal year " + fiscalYear);
        }
        if (analysis.latest().fiscalYear() == fiscalYear) {
            return analysis;
        }
        AgencyHistory history = new AgencyHistory(analysis.agency(), analysis.history().years().stream()
                .filter(y -> y.fiscalYear() <= fiscalYear).toList());
        return new AgencyAnalysis(analysis.agency(), history,
                analysis.years().stream().filter(y -> y.fiscalYear() <= fiscalYear).toList(),
                YearOverYear.of(history, settings.catalog()));
    }

    /** Every agency, ranked among all the histories given, in report order. */
    public static List<AgencyAnalysis> analyzeAll(List<AgencyHistory> histories, AnalysisSettings settings) {
        Rankings rankings = Rankings.of(histories);
        return histories.stream().sorted(AgencyHistory.REPORT_ORDER)
                .map(h -> analyze(h, settings, rankings)).toList();
    }
}
