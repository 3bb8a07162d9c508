package ita.analysis;

import ita.model.Tool;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The next better level of the year's scheme and what it takes.
 *
 * @param minTotal       the total the level needs
 * @param pointsNeeded   how far the base total is below it (0 when already there)
 * @param minEachTool    the score every tool needs for this level (2567 on: ผ่านดี 85, ผ่านดีเยี่ยม 95), or null
 * @param toolShortfalls for each tool below {@code minEachTool}, the points it lacks
 * @param toolsKnown     false when the level has a tool condition and a tool score is unknown
 * @param scale          the decimals the year publishes: figures are quoted with at least these
 */
public record NextLevel(String label, BigDecimal minTotal, BigDecimal pointsNeeded, BigDecimal minEachTool,
                        Map<Tool, BigDecimal> toolShortfalls, boolean toolsKnown, int scale) {

    public NextLevel {
        EnumMap<Tool, BigDecimal> m = new EnumMap<>(Tool.class);
        m.putAll(toolShortfalls);
        toolShortfalls = Collections.unmodifiableMap(m);
    }

    public boolean hasToolCondition() {
        return minEachTool != null;
    }

    /**
     * One Thai line, e.g. "ระดับ ผ่านดี: ต้องได้คะแนนรวมอย่างน้อย 85.00 ซึ่งได้แล้ว และทุกเครื่องมืออย่างน้อย 85.00 (OIT ขาดอีก
     * 12.44)": a total already reached says so rather than lacking 0.00.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder("ระดับ ").append(label).append(": ต้องได้คะแนนรวมอย่างน้อย ")
                .append(FigureCheck.plain(minTotal, scale));
        if (pointsNeeded.signum() > 0) {
            sb.append(" (ขาดอีก ").append(FigureCheck.plain(pointsNeeded, scale)).append(')');
        } else {
            sb.append(" ซึ่งได้แล้ว");
        }
        if (minEachTool != null) {
            sb.append(" และทุกเครื่องมืออย่างน้อย ").append(FigureCheck.plain(minEachTool, scale));
            if (!toolsKnown) {
                sb.append(" (ไม่ทราบคะแนนบางเครื่องมือ)");
            } else if (!toolShortfalls.isEmpty()) {
                sb.append(" (");
                sb.append(String.join(", ", toolShortfalls.entrySet().stream()
                        .map(e -> e.getKey().name() + " ขาดอีก " + FigureCheck.plain(e.getValue(), scale)).toList()));
                sb.append(')');
            }
        }
        return sb.toString();
    }
}
