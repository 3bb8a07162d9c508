package ita.analysis;

import ita.model.Tool;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How an agency's result changed from one fiscal year to a later one.
 *
 * @param tools       change of each tool; empty when either year is total-only (2561 or earlier)
 * @param indicators  change of indicators 1–10 (index 0 = indicator 1); {@link Delta#UNKNOWN}-like entries with
 *                    nulls where unknown; all unknown when either year is total-only
 * @param fromLevel   the level of the earlier year (reported, else from its reported total), or null
 * @param toLevel     the level of the later year, or null
 * @param levelSteps  how many levels better (positive) or worse (negative) the later year is; null when unknown or
 *                    when the two years use different level schemes (AA–F up to 2566, labels from 2567)
 * @param totalsOnly  true when either year is 2561 or earlier, whose results compare by total only
 * @param items       OIT items lined up by concept across the two years' codes (o34 of 2567 with O25 of 2569),
 *                    for the concepts both years define and both records scored
 */
public record YearChange(int fromYear, int toYear, Delta total, Map<Tool, Delta> tools, List<Delta> indicators,
                         String fromLevel, String toLevel, Integer levelSteps, boolean totalsOnly,
                         List<ItemChange> items) {

    public YearChange {
        Objects.requireNonNull(total, "total");
        EnumMap<Tool, Delta> t = new EnumMap<>(Tool.class);
        t.putAll(tools);
        tools = Collections.unmodifiableMap(t);
        indicators = List.copyOf(indicators);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The comparison of one concept, e.g. {@code measures}. */
    public java.util.Optional<ItemChange> item(String concept) {
        return items.stream().filter(i -> i.concept().equals(concept)).findFirst();
    }

    /** The change of indicator 1–10. */
    public Delta indicator(int number) {
        return indicators.isEmpty() ? Delta.UNKNOWN : indicators.get(number - 1);
    }

    /** True when fiscal years between the two are missing from the history. */
    public boolean skipsYears() {
        return toYear - fromYear > 1;
    }

    public int span() {
        return toYear - fromYear;
    }
}
