package ita.analysis;

import ita.framework.YearFramework;
import ita.model.AgencyYear;
import java.util.Objects;
import java.util.Optional;

/**
 * The analysis of one agency-year.
 *
 * @param year          what was reported
 * @param framework     the rules used for the year
 * @param frameworkNote why the rules are not the year's own (an old or a future year), if so
 * @param check         reported figures against their recomputation
 * @param profile       strengths, weaknesses, failed items, lowest questions, cross-tool issues
 * @param plan          what to fix first
 * @param fromPrevious  the change from the agency's previous record, if any
 * @param provinceRank  rank by reported total in the province that year
 * @param districtRank  rank by reported total in the district that year
 */
public record YearAnalysis(AgencyYear year, YearFramework framework, Optional<String> frameworkNote,
                           CheckResult check, Profile profile, FixPlan plan, Optional<YearChange> fromPrevious,
                           Optional<Rank> provinceRank, Optional<Rank> districtRank) {

    public YearAnalysis {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(framework, "framework");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(plan, "plan");
    }

    public int fiscalYear() {
        return year.fiscalYear();
    }

    /** The reported level, or the computed one when none was reported; null when neither is known. */
    public String level() {
        return year.level() != null ? year.level() : check.computedLevel();
    }

    public boolean levelReported() {
        return year.level() != null;
    }
}
