package ita.measures;

import ita.model.ProgressForm;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One agency's progress on its measures of one fiscal year, as its forms came back.
 *
 * @param reported     the form the counts come from: the 12-month form when filled, else the 6-month one; empty
 *                     when the agency gave back no filled form
 * @param planned      the measures of its plan (the rows of its forms)
 * @param late         measures not done whose period ended within the round reported
 * @param missing      the rounds due (6, 12) of which no filled form came back
 * @param evidence     the links and documents given as evidence, each once, in the forms' order
 * @param forms        every form of the agency read, filled or not
 */
public record AgencyProgress(String agencyName, String district, String province, int fiscalYear,
                             Optional<ProgressForm> reported, int planned, int done, int inProgress, int notStarted,
                             int unclear, int late, List<Integer> missing, List<String> evidence,
                             List<ProgressForm> forms) {

    public AgencyProgress {
        Objects.requireNonNull(agencyName, "agencyName");
        district = district == null ? "" : district;
        province = province == null ? "" : province;
        reported = reported == null ? Optional.empty() : reported;
        missing = List.copyOf(missing);
        evidence = List.copyOf(evidence);
        forms = List.copyOf(forms);
    }

    /** The round the counts are of (6 or 12), or 0 when nothing came back. */
    public int round() {
        return reported.map(ProgressForm::months).orElse(0);
    }
}
