package ita.analysis;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What to fix first in one agency-year, measured in points of total.
 *
 * @param base          the total the plan starts from: the reported one, or the computed one when none was reported
 * @param baseSource    which of the two
 * @param passMark      the year's pass mark (85)
 * @param pointsToPass  pass mark − base, 0 when already there; null when the base is unknown
 * @param currentLevel  the level of the base in the year's scheme (tools as reported, else computed)
 * @param nextLevel     the next better level, empty at the top or when the base is unknown
 * @param fixes         every failed OIT item and every indicator below 100, by gain (largest first; ties:
 *                      indicators before items, then by number)
 * @param itemsKnown    whether OIT item scores were given; when not, only indicators are listed
 * @param smallestItemSet the fewest failed items that alone reach the pass mark
 * @param notes         Thai remarks: the base used, missing items
 */
public record FixPlan(int fiscalYear, BigDecimal base, BaseSource baseSource, BigDecimal passMark,
                      BigDecimal pointsToPass, String currentLevel, Optional<NextLevel> nextLevel, List<Fix> fixes,
                      boolean itemsKnown, ItemSet smallestItemSet, List<String> notes) {

    /** Where the base total came from. */
    public enum BaseSource {
        REPORTED("คะแนนรวมที่รายงาน"),
        COMPUTED("คะแนนรวมที่คำนวณจากคะแนนตัวชี้วัด"),
        NONE("ไม่ทราบคะแนนรวม");

        private final String thaiLabel;

        BaseSource(String thaiLabel) {
            this.thaiLabel = thaiLabel;
        }

        public String thaiLabel() {
            return thaiLabel;
        }
    }

    public FixPlan {
        fixes = List.copyOf(fixes);
        notes = List.copyOf(notes);
    }

    public List<Fix> itemFixes() {
        return fixes.stream().filter(f -> f.kind() == Fix.Kind.OIT_ITEM).toList();
    }

    public List<Fix> indicatorFixes() {
        return fixes.stream().filter(f -> f.kind() == Fix.Kind.INDICATOR).toList();
    }
}
