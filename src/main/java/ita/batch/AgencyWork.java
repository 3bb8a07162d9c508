package ita.batch;

import ita.analysis.AgencyAnalysis;
import ita.analysis.YearAnalysis;
import ita.measures.MeasurePlan;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What every output of one agency shares: the analysis as of the fiscal year written, that year, the measures
 * plan made for it, and where its files go.
 *
 * @param analysis the agency's analysis without the years after {@code year}, so that its latest year is the one
 *                 written
 * @param folder   {@code <out>/<province>/<district>}, each part safe as a file name
 * @param stem     {@code <agency>-<fiscal year>}, safe as a file name: the name of the agency's own files
 * @param names    the file names taken in this run, shared by every agency
 */
record AgencyWork(AgencyAnalysis analysis, YearAnalysis year, MeasurePlan plan, Path folder, String stem,
                  OutputNames names) {

    AgencyWork {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(stem, "stem");
        Objects.requireNonNull(names, "names");
    }

    /** A file in the agency's folder that no other file of the run has taken: -2, -3 … before the extension when needed. */
    Path file(String fileStem, String extension) {
        return names.unique(folder, fileStem, extension);
    }
}
