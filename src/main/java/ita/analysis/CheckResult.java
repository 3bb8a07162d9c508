package ita.analysis;

import ita.model.Tool;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The score check of one agency-year: each reported figure against its recomputation. Reported figures
 * are never replaced; the computed ones are kept beside them.
 *
 * @param total      the total against the tools (from indicators, or the reported tools where indicators are missing)
 * @param level      the level against the year's scheme
 * @param tools      each tool against the mean of its indicators
 * @param indicators indicators 1–10 against their questions (1–8) or OIT items (9, 10); empty for total-only years
 * @param overall    {@link CheckStatus#MISMATCH} when any check is a mismatch, else {@link CheckStatus#OK} when the
 *                   total checks, else {@link CheckStatus#NOT_CHECKABLE}; exported as {@code total_check}
 * @param effectiveIndicators the ten indicator values the computation used: reported, or recomputed where none was
 *                   reported; null where neither is known
 * @param notes      remarks in Thai, such as items that are not in the year's list
 */
public record CheckResult(int fiscalYear, FigureCheck total, LevelCheck level, Map<Tool, FigureCheck> tools,
                          List<FigureCheck> indicators, CheckStatus overall, List<BigDecimal> effectiveIndicators,
                          List<String> notes) {

    public CheckResult {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(overall, "overall");
        EnumMap<Tool, FigureCheck> t = new EnumMap<>(Tool.class);
        t.putAll(tools);
        tools = Collections.unmodifiableMap(t);
        indicators = List.copyOf(indicators);
        effectiveIndicators = Collections.unmodifiableList(new java.util.ArrayList<>(effectiveIndicators));
        notes = List.copyOf(notes);
    }

    public BigDecimal computedTotal() {
        return total.computed();
    }

    public String computedLevel() {
        return level.computed();
    }

    public FigureCheck tool(Tool t) {
        return tools.get(t);
    }

    /** The check of indicator 1–10; empty when the year has no indicators. */
    public java.util.Optional<FigureCheck> indicator(int number) {
        String key = "ind" + number;
        return indicators.stream().filter(c -> c.subject().equals(key)).findFirst();
    }

    /** Tool scores recomputed from indicators, for the tools where that was possible. */
    public Map<Tool, BigDecimal> computedTools() {
        Map<Tool, BigDecimal> m = new EnumMap<>(Tool.class);
        tools.forEach((k, v) -> {
            if (v.computed() != null && v.basis() == Basis.INDICATORS) {
                m.put(k, v.computed());
            }
        });
        return m;
    }

    /** Every figure check that did not match, total first. */
    public List<FigureCheck> mismatches() {
        return figures().filter(c -> c.status() == CheckStatus.MISMATCH).toList();
    }

    /** The total, the tools and the indicators, in that order. */
    public Stream<FigureCheck> figures() {
        return Stream.of(Stream.of(total), tools.values().stream(), indicators.stream()).flatMap(s -> s);
    }
}
