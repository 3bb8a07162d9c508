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

    /** Every agency, ranked among all the histories given, in report order. */
    public static List<AgencyAnalysis> analyzeAll(List<AgencyHistory> histories, AnalysisSettings settings) {
        Rankings rankings = Rankings.of(histories);
        return histories.stream().sorted(AgencyHistory.REPORT_ORDER)
                .map(h -> analyze(h, settings, rankings)).toList();
    }
}
