package ita.sample;

import ita.model.Agency;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One synthetic agency: its identity, how its scores move, and the fiscal years it was not assessed
 * (a gap a reader must survive).
 *
 * @param number      its position in the universe, from 0; with the universe seed it fixes every score
 * @param notAssessed fiscal years with no result for this agency
 */
public record SampleAgency(int number, Agency agency, Trajectory trajectory, Set<Integer> notAssessed) {

    public SampleAgency {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(trajectory, "trajectory");
        notAssessed = notAssessed == null ? Set.of() : Set.copyOf(new TreeSet<>(notAssessed));
    }

    public boolean assessedIn(int fiscalYear) {
        return !notAssessed.contains(fiscalYear);
    }
}
