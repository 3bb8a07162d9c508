package ita.report.document;

import ita.framework.FrameworkCatalog;
import ita.measures.MeasurePlan;
import ita.measures.PlannedMeasure;
import ita.measures.ReportingRound;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Which measures each round reports, and the OIT items that ask for the documents. */
final class Rounds {

    private Rounds() {
    }

    /** Whether a measure is reported in the 6- or 12-month round. */
    static boolean reportedIn(PlannedMeasure m, int months) {
        ReportingRound r = m.reportingRound();
        return months == 6 ? r != ReportingRound.TWELVE_MONTHS : r != ReportingRound.SIX_MONTHS;
    }

    /** The numbers (1-based) of the measures a round reports. */
    static List<Integer> reportedIn(MeasurePlan plan, int months) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < plan.measures().size(); i++) {
            if (reportedIn(plan.measures().get(i), months)) {
                out.add(i + 1);
            }
        }
        return out;
    }

    /** "1–3, 5, 7–8". */
    static String ranges(List<Integer> numbers) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < numbers.size()) {
            int j = i;
            while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(numbers.get(i));
            if (j > i) {
                sb.append(j == i + 1 ? ", " : "–").append(numbers.get(j));
            }
            i = j + 1;
        }
        return sb.toString();
    }

    /** The OIT item of a fiscal year that asks for the measures document (O42 to 2566, o34 in 2567, O25 in 2569), in the year's own form, if known. */
    static Optional<String> measuresItem(int fiscalYear) {
        return item(fiscalYear, "measures");
    }

    /** The OIT item of a fiscal year that asks for the progress report (O43 to 2566, o35 in 2567, O26 in 2569), in the year's own form, if known. */
    static Optional<String> progressItem(int fiscalYear) {
        return item(fiscalYear, "measures-report");
    }

    private static Optional<String> item(int fiscalYear, String concept) {
        FrameworkCatalog.Resolution r = FrameworkCatalog.standard().forYear(fiscalYear);
        if (r.note().isPresent()) {
            return Optional.empty();
        }
        return r.framework().itemsOf(concept).stream().findFirst().map(o -> r.framework().displayCode(o.code()));
    }
}
