package ita.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The smallest set of failed OIT items whose fixing alone lifts the total to the pass mark (85).
 *
 * @param items   the items, largest gain first; empty unless {@link Outcome#REACHABLE}
 * @param gain    their summed gain, 4 decimals
 * @param reached base + gain, 2 decimals; null when the base is unknown
 */
public record ItemSet(Outcome outcome, List<Fix> items, BigDecimal gain, BigDecimal reached) {

    /** Whether such a set exists. */
    public enum Outcome {
        /** The base is already at or above the pass mark. */
        ALREADY_REACHED,
        /** Fixing {@code items} reaches the pass mark. */
        REACHABLE,
        /** Fixing every failed item does not reach it; {@code gain} is what all of them add. */
        UNREACHABLE,
        /** No OIT item scores were given, or the base total is unknown. */
        UNKNOWN
    }

    public ItemSet {
        Objects.requireNonNull(outcome, "outcome");
        items = List.copyOf(items);
        gain = gain == null ? BigDecimal.ZERO.setScale(Priorities.GAIN_DECIMALS) : gain;
    }

    public List<String> codes() {
        return items.stream().map(Fix::code).toList();
    }
}
