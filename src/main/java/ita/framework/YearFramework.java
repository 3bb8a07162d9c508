package ita.framework;

import ita.model.Tool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything known about the ITA of one fiscal year. Immutable; loaded by {@link FrameworkCatalog}.
 *
 * @param toolWeights  the weight of each tool in the total (sum 1)
 * @param scale        decimals of published figures
 * @param rounding     how published figures are rounded
 * @param tolerance    the gap allowed between a reported and a recomputed figure
 * @param itemScores   the scores an OIT item may have (100/0, and 50 where partial)
 * @param measureItems the OIT items about the measures document and its report, e.g. o34, o35
 * @param notes        what is uncertain or missing in this definition, in English
 */
public record YearFramework(
        int fiscalYear,
        Generation generation,
        Map<Tool, BigDecimal> toolWeights,
        int scale,
        RoundingMode rounding,
        BigDecimal tolerance,
        List<IndicatorDef> indicators,
        List<QuestionDef> questions,
        List<OitSubIndicator> subIndicators,
        List<OitItemDef> oitItems,
        List<BigDecimal> itemScores,
        LevelScheme levels,
        BigDecimal passMark,
        List<CrossToolIssue> issues,
        List<String> measureItems,
        List<String> notes) {

    public YearFramework {
        toolWeights = toolWeights == null || toolWeights.isEmpty() ? Map.of() : new EnumMap<>(toolWeights);
        indicators = List.copyOf(indicators);
        questions = List.copyOf(questions);
        subIndicators = List.copyOf(subIndicators);
        oitItems = List.copyOf(oitItems);
        itemScores = List.copyOf(itemScores);
        issues = List.copyOf(issues);
        measureItems = List.copyOf(measureItems);
        notes = List.copyOf(notes);
    }

    public boolean hasIndicators() {
        return generation == Generation.TEN_INDICATORS;
    }

    public IndicatorDef indicator(int number) {
        return indicators.get(number - 1);
    }

    public List<IndicatorDef> indicatorsOf(Tool tool) {
        return indicators.stream().filter(i -> i.tool() == tool).toList();
    }

    public BigDecimal weight(Tool tool) {
        return toolWeights.get(tool);
    }

    /** The share of the total one indicator carries: its tool's weight over the tool's indicator count. */
    public BigDecimal indicatorWeight(int number) {
        Tool t = indicator(number).tool();
        return weight(t).divide(BigDecimal.valueOf(indicatorsOf(t).size()), 10, RoundingMode.HALF_UP);
    }

    public Optional<QuestionDef> question(String code) {
        return questions.stream().filter(q -> q.code().equals(code)).findFirst();
    }

    public List<QuestionDef> questionsOf(int indicator) {
        return questions.stream().filter(q -> q.indicator() == indicator).toList();
    }

    public Optional<OitItemDef> oitItem(String code) {
        return oitItems.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    public Optional<OitSubIndicator> subIndicator(String code) {
        return subIndicators.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public List<OitSubIndicator> subIndicatorsOf(int indicator) {
        return subIndicators.stream().filter(s -> s.indicator() == indicator).toList();
    }

    public Optional<OitSubIndicator> subIndicatorOfItem(String itemCode) {
        return subIndicators.stream().filter(s -> s.items().contains(itemCode)).findFirst();
    }

    public BigDecimal round(BigDecimal v) {
        return v.setScale(scale, rounding);
    }
}
