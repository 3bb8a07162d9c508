package ita.analysis;

import java.math.BigDecimal;

/**
 * How many agencies of a group reached one level in a fiscal year.
 *
 * @param share         percent of the agencies with a known level, 2 decimals
 * @param previousCount the count in the previous fiscal year, when that year uses the same level scheme; else null
 * @param change        count − previousCount, or null
 */
public record LevelCount(String label, int count, BigDecimal share, Integer previousCount, Integer change) {
}
