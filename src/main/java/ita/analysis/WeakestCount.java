package ita.analysis;

import java.math.BigDecimal;

/**
 * How often one indicator is an agency's weakest (ties count for each tied indicator).
 *
 * @param of    agencies with all ten indicator scores, the only ones counted
 * @param share percent of {@code of}, 2 decimals; null when none
 */
public record WeakestCount(int number, String name, int count, int of, BigDecimal share) {
}
