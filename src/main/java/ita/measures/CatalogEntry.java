package ita.measures;

import java.util.Objects;

/**
 * One row of the measure catalog.
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
}
