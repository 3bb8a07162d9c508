package ita.analysis;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The mean total of one group (a district, an agency type) in a fiscal year, for naming the best and the weakest.
 *
 * @param name     the group's own name: ทับคล้อ, เทศบาล
 * @param agencies agencies of the group with a total that year
 */
public record GroupMean(String name, int agencies, BigDecimal mean) {
    public GroupMean {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mean, "mean");
    }
}
