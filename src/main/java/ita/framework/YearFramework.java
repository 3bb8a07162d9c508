package ita.framework;

import ita.model.Tool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything known about the ITA of one fiscal year. Immutable; loaded by {@link FrameworkCatalog}.
 *
 * @param toolWeights  the weight of each tool in the total (sum 1)
 * @param scale        decimals of published figures
 * @param rounding     how published figures are rounded
 * @param tolerance    the gap allowed between a reported and a recomputed figure
 * @param itemScores   the scores an OIT item may have (100/0, and 50 where partial)
 * @param levels       the level scheme of the year
 * @param alsoAccepted other schemes whose labels agencies printed for the year (2566: ผ่าน/ต้องปรับปรุง
 *                     besides AA–F); a reported label of one of them is checked in its own scheme
 * @param national     what was published for the whole country, if anything
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
        List<LevelScheme> alsoAccepted,
        BigDecimal passMark,
        List<CrossToolIssue> issues,
        Optional<NationalFigures> national,
        List<String> notes) {

    public YearFramework {
        toolWeights = toolWeights == null || toolWeights.isEmpty() ? Map.of() : new EnumMap<>(toolWeights);
        indicators = List.copyOf(indicators);
        questions = List.copyOf(questions);
        subIndicators = List.copyOf(subIndicators);
        oitItems = List.copyOf(oitItems);
        itemScores = List.copyOf(itemScores);
        Objects.requireNonNull(levels, "levels");
        alsoAccepted = alsoAccepted == null ? List.of() : List.copyOf(alsoAccepted);
        issues = List.copyOf(issues);
        national = national == null ? Optional.empty() : national;
        notes = List.copyOf(notes);
    }

    /** The same definition under another fiscal year (for old years that share the total-only rules). */
    YearFramework withFiscalYear(int year) {
        return new YearFramework(year, generation, toolWeights, scale, rounding, tolerance, indicators, questions,
                subIndicators, oitItems, itemScores, levels, alsoAccepted, passMark, issues, Optional.empty(), notes);
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
        for (QuestionDef q : questions) {
            if (q.code().equals(code)) {
                return Optional.of(q);
            }
        }
        return Optional.empty();
    }

    public List<QuestionDef> questionsOf(int indicator) {
        List<QuestionDef> out = new ArrayList<>();
        for (QuestionDef q : questions) {
            if (q.indicator() == indicator) {
                out.add(q);
            }
        }
        return List.copyOf(out);
    }

    public Optional<OitItemDef> oitItem(String code) {
        // plain loops in the look-ups: they run for every item of every agency, and the lists are short
        for (OitItemDef o : oitItems) {
            if (o.code().equals(code)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }

    public Optional<OitSubIndicator> subIndicator(String code) {
        return subIndicators.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public List<OitSubIndicator> subIndicatorsOf(int indicator) {
        return subIndicators.stream().filter(s -> s.indicator() == indicator).toList();
    }

    public Optional<OitSubIndicator> subIndicatorOfItem(String itemCode) {
        for (OitSubIndicator s : subIndicators) {
            if (s.items().contains(itemCode)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public BigDecimal round(BigDecimal v) {
        return v.setScale(scale, rounding);
    }

    // ---- concepts and codes ---------------------------------------------------------------------

    /** The items of the year that stand for a concept, in item order; empty when the year has none. */
    public List<OitItemDef> itemsOf(String concept) {
        // most concepts are one item: no list is grown for them
        OitItemDef first = null;
        List<OitItemDef> more = null;
        for (OitItemDef o : oitItems) {
            if (o.concept().equals(concept)) {
                if (first == null) {
                    first = o;
                } else {
                    if (more == null) {
                        more = new ArrayList<>(4);
                        more.add(first);
                    }
                    more.add(o);
                }
            }
        }
        return first == null ? List.of() : more == null ? List.of(first) : List.copyOf(more);
    }

    /** The concept of an item of the year, if it has one. */
    public Optional<String> conceptOf(String itemCode) {
        return oitItem(itemCode).map(OitItemDef::concept).filter(c -> !c.isEmpty());
    }

    /**
     * A question or item code written as the year writes it: o42 → O42 in 2565, o34 stays o34 in 2567,
     * o25 → O25 in 2569. A code the year does not define takes the letter case of the year's codes.
     */
    public String displayCode(String code) {
        if (code == null || code.isEmpty()) {
            return code;
        }
        Optional<OitItemDef> item = oitItem(code);
        if (item.isPresent()) {
            return item.get().displayCode();
        }
        Optional<QuestionDef> q = question(code);
        if (q.isPresent()) {
            return q.get().displayCode();
        }
        char letter = code.charAt(0);
        String sample = letter == 'o' ? oitItems.stream().map(OitItemDef::displayCode).findFirst().orElse(null)
                : questions.stream().map(QuestionDef::displayCode).findFirst().orElse(null);
        if (sample != null && !sample.isEmpty() && Character.isUpperCase(sample.charAt(0))) {
            return code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1);
        }
        return code;
    }

    // ---- levels ---------------------------------------------------------------------------------

    /** The year's scheme first, then the others accepted for it. */
    public List<LevelScheme> levelSchemes() {
        List<LevelScheme> all = new ArrayList<>();
        all.add(levels);
        all.addAll(alsoAccepted);
        return all;
    }

    /** The scheme a reported label belongs to: the year's own when it knows the label, else an accepted one. */
    public Optional<LevelScheme> schemeOf(String label) {
        if (label == null) {
            return Optional.empty();
        }
        return levelSchemes().stream().filter(s -> s.rank(label) >= 0).findFirst();
    }
}
