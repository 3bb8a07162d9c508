package ita.measures;

import java.util.List;
import java.util.Objects;

/**
 * The measures of one agency for fiscal year {@code fiscalYear}, planned from the result of
 * {@code resultYear} (= fiscalYear − 1).
 *
 * @param district         อำเภอ without its prefix, or empty
 * @param province         จังหวัด without its prefix, or empty
 * @param responsibleUnits the units to offer in the responsible-unit dropdown, named for the agency's type
 * @param notes            for the staff who prepare the plan, not for publication: what the catalog lacked, what
 *                         the input did not place, which issues the cap on measures left out (Thai)
 */
public record MeasurePlan(String agencyName, String district, String province, int resultYear, int fiscalYear,
                          List<PlannedMeasure> measures, List<String> responsibleUnits, List<String> notes) {

    public MeasurePlan {
        Objects.requireNonNull(agencyName, "agencyName");
        measures = List.copyOf(measures);
        responsibleUnits = List.copyOf(responsibleUnits);
        notes = List.copyOf(notes);
        if (fiscalYear != resultYear + 1) {
            throw new IllegalArgumentException("a plan is for the year after its result: " + resultYear + " → "
                    + fiscalYear);
        }
    }

    /** The whole fiscal year, e.g. "ต.ค. 2565 – ก.ย. 2566". */
    public String fiscalPeriod() {
        return FiscalMonths.period(fiscalYear, 0, 11);
    }
}
