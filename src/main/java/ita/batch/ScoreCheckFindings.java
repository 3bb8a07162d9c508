package ita.batch;

import ita.analysis.AgencyAnalysis;
import ita.analysis.CheckStatus;
import ita.analysis.FigureCheck;
import ita.analysis.YearAnalysis;
import ita.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The score check of each agency written, for the run report: a reported figure its parts do not give, or a
 * level the total does not give. The published documents keep the reported figures and say nothing of it; the
 * staff see it here and on the workbook's staff sheet.
 */
final class ScoreCheckFindings {

    static final String KIND = "score-check";

    private ScoreCheckFindings() {
    }

    /** The finding of one agency written, about the year written (--year, else its latest); empty when it checks. */
    static Optional<Finding> of(AgencyAnalysis a, OptionalInt year) {
        YearAnalysis y = year.isPresent() ? a.year(year.getAsInt()).orElse(null) : a.latest();
        if (y == null) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>(y.check().mismatches().stream().map(FigureCheck::describe).toList());
        if (y.check().level().status() == CheckStatus.MISMATCH) {
            lines.add(y.check().level().describe());
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Finding.warning(KIND, y.year().source(), a.agency().name() + " ปีงบประมาณ พ.ศ. "
                + y.fiscalYear() + ": " + String.join("; ", lines),
                "The documents keep the reported figures; check the source if the difference is a typing error"));
    }
}
