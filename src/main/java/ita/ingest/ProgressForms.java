package ita.ingest;

import ita.model.Agency;
import ita.model.ProgressForm;
import ita.model.AgencyNames;
import ita.text.ThaiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The filled progress-report forms a run was given, and which agency each belongs to: the same agency name
 * (type and core name, however written), the same fiscal year, and the same district when the form names one.
 */
public final class ProgressForms {

    private final List<ProgressForm> forms;
    /** The forms handed to an agency so far; filled from the run's worker threads. */
    private final Set<ProgressForm> used = ConcurrentHashMap.newKeySet();

    public ProgressForms(List<ProgressForm> forms) {
        this.forms = List.copyOf(forms);
    }

    public static ProgressForms none() {
        return new ProgressForms(List.of());
    }

    public List<ProgressForm> all() {
        return forms;
    }

    public boolean isEmpty() {
        return forms.isEmpty();
    }

    /** The forms of one agency for the measures of one fiscal year, in the order given; they count as used. */
    public List<ProgressForm> of(Agency agency, int fiscalYear) {
        List<ProgressForm> out = new ArrayList<>();
        for (ProgressForm f : forms) {
            if (f.fiscalYear() == fiscalYear && belongsTo(f, agency)) {
                out.add(f);
            }
        }
        used.addAll(out);
        return out;
    }

    /** The forms {@link #of} has handed out. */
    public Set<ProgressForm> used() {
        return Set.copyOf(used);
    }

    static boolean belongsTo(ProgressForm form, Agency agency) {
        AgencyNames.Parsed name = AgencyNames.parse(form.agencyName());
        if (!ThaiText.key(name.fullName()).equals(ThaiText.key(agency.name()))) {
            return false;
        }
        String place = ThaiText.key(form.place());
        return place.isEmpty() || agency.district().isEmpty() || place.contains(ThaiText.key(agency.district()));
    }
}
