package ita.batch;

import ita.analysis.AgencyAnalysis;
import ita.analysis.YearAnalysis;
import ita.measures.MeasurePlan;
import java.util.Objects;

/**
 * What every output of one agency shares: the analysis as of the fiscal year written, that year, the measures
 * plan made for it, and where its files go.
 *
 * @param analysis the agency's analysis without the years after {@code year}, so that its latest year is the one
 *                 written
 * @param files    the names settled for the agency's files before any was written ({@link RunNames})
 */
record AgencyWork(AgencyAnalysis analysis, YearAnalysis year, MeasurePlan plan, RunNames.AgencyFiles files) {

    AgencyWork {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(files, "files");
    }
}
