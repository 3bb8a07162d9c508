package ita.measures;

import java.util.Objects;

/**
 * One row of the measure catalog: a measure ({@code ind}, {@code issue}), the step a weak question or failed item
 * adds ({@code q}, {@code item}, {@code concept}, {@code sub}; its step is the {@code measure} column), or a unit
 * named per agency type ({@code unit}; the names are in the {@code responsible} column).
 *
 * @param startMonth fiscal month index 0 (ต.ค.) – 11 (ก.ย.)
 * @param endMonth   fiscal month index, not before {@code startMonth}
 * @param line       the line of the catalog file where the row starts (1 = header), for messages
 */
public record CatalogEntry(CatalogKey key, String topic, String measure, String steps, String responsible,
                           int startMonth, int endMonth, String monitoring, int line) {

    public CatalogEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(steps, "steps");
        Objects.requireNonNull(responsible, "responsible");
        Objects.requireNonNull(monitoring, "monitoring");
        if (startMonth < 0 || endMonth > 11 || endMonth < startMonth) {
            throw new IllegalArgumentException("months " + startMonth + "–" + endMonth + " are not a fiscal period");
        }
    }

    /** The steps column read step by step, each with its months (the row's when a line names none). */
    public java.util.List<CatalogStep> stepList() {
        return CatalogStep.parse(steps, startMonth, endMonth);
    }
}
