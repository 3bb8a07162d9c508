package ita.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one input said about one agency in one fiscal year. Reported figures only: nothing here is
 * recomputed. Unknown values are null (scores) or absent (maps, lists).
 *
 * @param indicators ten entries, index 0 is indicator 1; null where unknown
 * @param cells      where each value was read ("total", "level", "iit", "ind3", "q:i7", "o:o15") as
 *                   "sheet!A1", for annotated copies; may be empty
 */
public record AgencyYear(
        Agency agency,
        int fiscalYear,
        YearSource yearSource,
        BigDecimal total,
        String level,
        Map<Tool, BigDecimal> tools,
        List<BigDecimal> indicators,
        List<QuestionScore> questions,
        List<OitItemScore> oitItems,
        SourceRef source,
        Map<String, String> cells) {

    public static final int INDICATORS = 10;

    public AgencyYear {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(source, "source");
        yearSource = yearSource == null ? YearSource.USER : yearSource;
        level = level == null || level.isBlank() ? null : level;
        EnumMap<Tool, BigDecimal> t = new EnumMap<>(Tool.class);
        if (tools != null) {
            t.putAll(tools);
        }
        tools = Collections.unmodifiableMap(t);
        List<BigDecimal> ind = new ArrayList<>(Collections.nCopies(INDICATORS, (BigDecimal) null));
        if (indicators != null) {
            if (indicators.size() > INDICATORS) {
                throw new IllegalArgumentException("at most 10 indicators, got " + indicators.size());
            }
            for (int i = 0; i < indicators.size(); i++) {
                ind.set(i, indicators.get(i));
            }
        }
        indicators = Collections.unmodifiableList(ind);
        questions = questions == null ? List.of() : List.copyOf(questions);
        oitItems = oitItems == null ? List.of() : List.copyOf(oitItems);
        cells = cells == null ? Map.of() : Map.copyOf(cells);
    }

    /** The score of indicator 1–10, or null. */
    public BigDecimal indicator(int number) {
        return indicators.get(number - 1);
    }

    public BigDecimal tool(Tool tool) {
        return tools.get(tool);
    }

    public boolean hasAllIndicators() {
        return indicators.stream().allMatch(Objects::nonNull);
    }

    public boolean hasAnyIndicator() {
        return indicators.stream().anyMatch(Objects::nonNull);
    }

    public AgencyYear withAgency(Agency other) {
        return new AgencyYear(other, fiscalYear, yearSource, total, level, tools, indicators, questions, oitItems,
                source, cells);
    }

    public AgencyYear withoutCells() {
        return cells.isEmpty() ? this : new AgencyYear(agency, fiscalYear, yearSource, total, level, tools,
                indicators, questions, oitItems, source, Map.of());
    }

    /** A builder for readers, which learn the fields one cell at a time. */
    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Agency agency;
        private int fiscalYear;
        private YearSource yearSource;
        private BigDecimal total;
        private String level;
        private final EnumMap<Tool, BigDecimal> tools = new EnumMap<>(Tool.class);
        private final BigDecimal[] indicators = new BigDecimal[INDICATORS];
        private final List<QuestionScore> questions = new ArrayList<>();
        private final List<OitItemScore> oitItems = new ArrayList<>();
        private SourceRef source;
        private final Map<String, String> cells = new java.util.LinkedHashMap<>();

        public Builder agency(Agency a) { this.agency = a; return this; }
        public Builder fiscalYear(int y, YearSource from) { this.fiscalYear = y; this.yearSource = from; return this; }
        public Builder total(BigDecimal v) { this.total = v; return this; }
        public Builder level(String v) { this.level = v; return this; }
        public Builder tool(Tool t, BigDecimal v) { tools.put(t, v); return this; }
        public Builder indicator(int number, BigDecimal v) { indicators[number - 1] = v; return this; }
        public Builder question(QuestionScore q) { questions.add(q); return this; }
        public Builder oitItem(OitItemScore o) { oitItems.add(o); return this; }
        public Builder source(SourceRef s) { this.source = s; return this; }
        public Builder cell(String key, String sheetAndCell) { cells.put(key, sheetAndCell); return this; }

        public Agency agency() { return agency; }
        public int fiscalYear() { return fiscalYear; }
        public BigDecimal indicator(int number) { return indicators[number - 1]; }

        public AgencyYear build() {
            return new AgencyYear(agency, fiscalYear, yearSource, total, level, tools,
                    java.util.Arrays.asList(indicators.clone()), questions, oitItems, source, cells);
        }
    }
}
