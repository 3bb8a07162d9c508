package ita.analysis;

import java.math.BigDecimal;

/**
 * How often one OIT item failed (scored below 100) across a group in a fiscal year.
 *
 * @param assessed agencies whose score for the item is known
 * @param share    percent of {@code assessed}, 2 decimals
 */
public record ItemFailure(String code, String title, String subIndicator, int failed, int assessed,
                          BigDecimal share) {
}
