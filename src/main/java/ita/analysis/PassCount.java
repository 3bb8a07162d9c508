package ita.analysis;

import java.math.BigDecimal;

/**
 * How many agencies of a group reached the pass mark (85) in a fiscal year.
 *
 * @param of            agencies with a reported total
 * @param share         percent of {@code of}, 2 decimals; null when none
 * @param previousCount the count in the previous fiscal year, or null when the group has no total that year
 * @param previousShare the share then, or null
 * @param change        count − previousCount, or null
 * @param shareChange   share − previousShare in percentage points, or null
 */
public record PassCount(BigDecimal passMark, int count, int of, BigDecimal share, Integer previousCount,
                        BigDecimal previousShare, Integer change, BigDecimal shareChange) {
}
