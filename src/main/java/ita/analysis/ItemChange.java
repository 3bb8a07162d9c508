package ita.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One concept of the framework in two years of an agency, whatever each year's codes: the measures document was
 * o34 in 2567 and O25 in 2569. A concept may have more than one item in a year (No Gift: o26 and o27 in 2567).
 *
 * @param concept the concept's key, e.g. {@code measures}
 * @param name    its Thai name
 * @param from    the items of the earlier year, with their scores
 * @param to      the items of the later year, with their scores
 * @param score   the mean score of each side and its change; unknown when a side has no score
 */
public record ItemChange(String concept, String name, List<Side> from, List<Side> to, Delta score) {

    /**
     * An item of one year.
     *
     * @param displayCode the code as that year writes it (o34, O25)
     * @param score       its score, or null when the record has none
     */
    public record Side(String code, String displayCode, String title, BigDecimal score) {
        public boolean failed() {
            return score != null && score.compareTo(BigDecimal.valueOf(100)) < 0;
        }
    }

    public ItemChange {
        Objects.requireNonNull(concept, "concept");
        from = List.copyOf(from);
        to = List.copyOf(to);
        Objects.requireNonNull(score, "score");
    }

    /** True when some item of the concept failed in both years. */
    public boolean failedInBoth() {
        return from.stream().anyMatch(Side::failed) && to.stream().anyMatch(Side::failed);
    }

    /** The codes of one side as written, joined: "o26, o27". */
    static String codes(List<Side> side) {
        return String.join(", ", side.stream().map(Side::displayCode).toList());
    }
}
