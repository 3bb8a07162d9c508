package ita.analysis;

import ita.model.OitItemScore;
import java.util.List;

/**
 * The OIT items of one sub-indicator that did not score 100 (0, or 50 where partial), in item order.
 *
 * @param subIndicator the code, e.g. 9.2; empty for items not in the year's list
 * @param indicator    9 or 10; 0 for items not in the year's list
 * @param itemCount    how many items the sub-indicator has in the year's list
 * @param items        the failed items, titles filled in from the year's list where the input had none
 */
public record FailedItems(String subIndicator, String name, int indicator, int itemCount, List<OitItemScore> items) {
    public FailedItems {
        items = List.copyOf(items);
    }
}
