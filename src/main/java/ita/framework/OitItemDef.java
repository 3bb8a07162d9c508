package ita.framework;

import java.util.Objects;

/**
 * An OIT item of one fiscal year.
 *
 * @param code         canonical code, lower case without leading zeros (o1 … o43): how records key items
 * @param displayCode  the code as the year writes it: O42 (2563–2566), o34 (2567), O25 (2569)
 * @param title        Thai title
 * @param subIndicator the sub-indicator it belongs to (9.1 … 10.3)
 * @param concept      the key of its {@link Concept}, or empty when it has no counterpart in other years
 * @param timing       whether it is about the year assessed or reports on the year before
 */
public record OitItemDef(String code, String displayCode, String title, String subIndicator, String concept,
                         ItemTiming timing) {

    public OitItemDef {
        Objects.requireNonNull(code, "code");
        displayCode = displayCode == null || displayCode.isBlank() ? code : displayCode;
        title = title == null ? "" : title;
        concept = concept == null ? "" : concept;
        timing = timing == null ? ItemTiming.UNSTATED : timing;
    }

    public boolean hasConcept() {
        return !concept.isEmpty();
    }

    /** True for a plan or information of the year assessed. */
    public boolean isForCurrentYear() {
        return timing == ItemTiming.CURRENT_YEAR;
    }

    /** True for a report on the year before the one assessed. */
    public boolean isReportOnPreviousYear() {
        return timing == ItemTiming.PREVIOUS_YEAR;
    }
}
