package ita.report.annotate;

import ita.analysis.AgencyAnalysis;
import ita.analysis.AgencyAnalyzer;
import ita.analysis.AgencyHistory;
import ita.analysis.AnalysisSettings;
import ita.analysis.Rankings;
import ita.analysis.YearAnalysis;
import ita.model.AgencyYear;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the analysis of a record read from an input file, for the annotated copy of that file. */
@FunctionalInterface
public interface AnalysisLookup {

    Optional<YearAnalysis> find(AgencyYear record);

    /**
     * Looks a record up among the analyses of a run: first as the very record analysed (its cell addresses may
     * have been dropped since), then by agency id and fiscal year; a record found in neither is analysed alone,
     * without ranks or a previous year.
     */
    static AnalysisLookup of(List<AgencyAnalysis> analyses, AnalysisSettings settings) {
        Map<AgencyYear, YearAnalysis> byRecord = new HashMap<>();
        Map<String, YearAnalysis> byId = new HashMap<>();
        for (AgencyAnalysis a : analyses) {
            for (YearAnalysis y : a.years()) {
                byRecord.putIfAbsent(y.year().withoutCells(), y);
                byId.putIfAbsent(a.agency().id() + "|" + y.fiscalYear(), y);
                byId.putIfAbsent(y.year().agency().id() + "|" + y.fiscalYear(), y);
            }
        }
        AnalysisLookup alone = standalone(settings);
        return record -> {
            YearAnalysis y = byRecord.get(record.withoutCells());
            if (y == null) {
                y = byId.get(record.agency().id() + "|" + record.fiscalYear());
            }
            return y != null ? Optional.of(y) : alone.find(record);
        };
    }

    /** Analyses each record on its own. */
    static AnalysisLookup standalone(AnalysisSettings settings) {
        return record -> Optional.of(AgencyAnalyzer.analyze(AgencyHistory.of(List.of(record)), settings,
                Rankings.none()).latest());
    }
}
