package ita.framework;

import ita.framework.FrameworkJson.ItemJson;
import ita.framework.FrameworkJson.LevelsJson;
import ita.framework.FrameworkJson.QuestionJson;
import ita.framework.FrameworkJson.RuleJson;
import ita.framework.FrameworkJson.SubJson;
import ita.framework.FrameworkJson.YearJson;
import ita.model.Tool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one year's file into a {@link YearFramework}, checking everything a later stage relies on. Each
 * problem is one {@link FrameworkException} naming the file, the field and how to fix it.
 */
final class YearDefinitions {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern SUB_CODE = Pattern.compile("(9|10)\\.[1-9]");
    static final int MIN_YEAR = 2550;
    static final int MAX_YEAR = 2700;

    private final String file;
    private final List<IndicatorDef> indicators;
    private final Map<String, Concept> concepts;

    /**
     * @param file       the file as named in messages
     * @param indicators the ten indicators (the same every year)
     * @param concepts   the concepts an item may name
     */
    YearDefinitions(String file, List<IndicatorDef> indicators, Map<String, Concept> concepts) {
        this.file = file;
        this.indicators = indicators;
        this.concepts = concepts;
    }

    private FrameworkException error(String field, String problem) {
        return new FrameworkException(file, field, problem);
    }

    YearFramework build(YearJson y, Integer expectedYear) {
        int year = fiscalYear(y, expectedYear);
        if (y.generation() == null) {
            throw error("generation", "is missing. Write \"generation\": \"TEN_INDICATORS\" (or \"TOTAL_ONLY\" for the"
                    + " old ITA up to 2561).");
        }
        boolean ten = y.generation() == Generation.TEN_INDICATORS;
        Map<Tool, BigDecimal> weights = weights(y, ten);
        int scale = y.scale() == null ? 2 : y.scale();
        if (scale < 0 || scale > 4) {
            throw error("scale", "expected the decimals of published scores, 0–4, but found " + scale
                    + ". Published ITA scores have 2.");
        }
        BigDecimal tolerance = y.tolerance() == null ? new BigDecimal("0.02") : y.tolerance();
        if (tolerance.signum() < 0 || tolerance.compareTo(BigDecimal.ONE) > 0) {
            throw error("tolerance", "expected a gap of 0–1 but found " + tolerance.toPlainString()
                    + ". Use 0.02, the rounding a recomputation from rounded indicators may show.");
        }
        BigDecimal passMark = y.passMark() == null ? BigDecimal.valueOf(85) : y.passMark();
        score("passMark", passMark);
        List<BigDecimal> itemScores = y.itemScores() == null ? List.of(BigDecimal.ZERO, HUNDRED) : y.itemScores();
        for (int i = 0; i < itemScores.size(); i++) {
            score("itemScores[" + i + "]", itemScores.get(i));
        }
        if (y.levels() == null) {
            throw error("levels", "is missing. Copy the levels of the year before (ita framework export DIR) and "
                    + "change what the new year changed.");
        }
        LevelScheme levels = levels("levels", y.levels());
        List<LevelScheme> also = new ArrayList<>();
        List<LevelsJson> alsoJson = nn(y.alsoAccepted());
        for (int i = 0; i < alsoJson.size(); i++) {
            also.add(levels("alsoAccepted[" + i + "]", alsoJson.get(i)));
        }
        Map<String, QuestionDef> questions = questions(nn(y.questions()));
        Map<String, ItemDraft> items = items(nn(y.oitItems()));
        List<OitSubIndicator> subs = subIndicators(nn(y.subIndicators()), items);
        List<OitItemDef> itemDefs = new ArrayList<>();
        for (ItemDraft d : items.values()) {
            if (d.sub == null) {
                throw error("oitItems[" + d.display + "]", "the item is in no sub-indicator. Add \"" + d.display
                        + "\" to the items of one entry of subIndicators.");
            }
            itemDefs.add(new OitItemDef(d.canonical, d.display, d.title, d.sub, d.concept, d.timing));
        }
        List<CrossToolIssue> issues = issues(y, questions, items);
        return new YearFramework(year, y.generation(), weights, scale,
                y.rounding() == null ? RoundingMode.HALF_UP : y.rounding(), tolerance,
                ten ? indicators : List.of(), List.copyOf(questions.values()), subs, itemDefs, itemScores, levels,
                also, passMark, issues, national(y.national()), nn(y.notes()));
    }

    private int fiscalYear(YearJson y, Integer expected) {
        if (y.fiscalYear() == null) {
            throw error("fiscalYear", "is missing. Write the Buddhist-era fiscal year, e.g. \"fiscalYear\": "
                    + (expected == null ? 2570 : expected) + ".");
        }
        int year = y.fiscalYear();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw error("fiscalYear", "expected a Buddhist-era fiscal year such as 2570 but found " + year + ".");
        }
        if (expected != null && year != expected) {
            throw error("fiscalYear", "says " + year + " but the file is named " + expected + ".json. Name the file "
                    + year + ".json or correct the year.");
        }
        return year;
    }

    private Map<Tool, BigDecimal> weights(YearJson y, boolean ten) {
        Map<Tool, BigDecimal> weights = y.toolWeights() == null ? Map.of() : new EnumMap<>(y.toolWeights());
        if (!ten) {
            return weights;
        }
        if (weights.size() != 3) {
            throw error("toolWeights", "expected a weight for each of IIT, EIT and OIT but found "
                    + (weights.isEmpty() ? "none" : String.join(", ", weights.keySet().stream().map(Tool::name).toList()))
                    + ". Write \"toolWeights\": {\"IIT\": \"0.30\", \"EIT\": \"0.30\", \"OIT\": \"0.40\"}.");
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Tool t : Tool.values()) {
            BigDecimal w = weights.get(t);
            if (w == null || w.signum() <= 0 || w.compareTo(BigDecimal.ONE) >= 0) {
                throw error("toolWeights." + t.name(), "expected a weight between 0 and 1 but found "
                        + (w == null ? "none" : w.toPlainString()) + ". Weights are shares of the total, such as 0.30.");
            }
            sum = sum.add(w);
        }
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            throw error("toolWeights", "the weights must sum to 1 but " + weights.get(Tool.IIT).toPlainString() + " + "
                    + weights.get(Tool.EIT).toPlainString() + " + " + weights.get(Tool.OIT).toPlainString() + " = "
                    + sum.toPlainString() + ". Change them so that they add up to 1 (2562–2569: 0.30, 0.30, 0.40).");
        }
        return weights;
    }

    private void score(String field, BigDecimal v) {
        if (v == null || v.signum() < 0 || v.compareTo(HUNDRED) > 0) {
            throw error(field, "expected a score 0–100 but found " + (v == null ? "none" : v.toPlainString()) + ".");
        }
    }

    private LevelScheme levels(String field, LevelsJson json) {
        if (json.name() == null || json.name().isBlank()) {
            throw error(field + ".name", "is missing. Name the scheme, e.g. \"AA–F\" or \"ผ่าน/ต้องปรับปรุง\".");
        }
        List<RuleJson> rulesJson = nn(json.rules());
        if (rulesJson.isEmpty()) {
            throw error(field + ".rules", "lists no levels. List them best first, the last with \"minTotal\": 0.");
        }
        List<LevelRule> rules = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        BigDecimal previous = null;
        for (int i = 0; i < rulesJson.size(); i++) {
            RuleJson r = rulesJson.get(i);
            String f = field + ".rules[" + i + "]";
            if (r.label() == null || r.label().isBlank()) {
                throw error(f + ".label", "is missing. Write the label as agencies print it, e.g. \"ผ่าน\".");
            }
            if (!labels.add(ita.text.ThaiText.key(r.label()))) {
                throw error(f + ".label", "\"" + r.label() + "\" is listed twice. Give each level its own label.");
            }
            if (r.minTotal() == null) {
                throw error(f + ".minTotal", "is missing. Write the lowest total of level " + r.label() + ".");
            }
            score(f + ".minTotal", r.minTotal());
            if (r.minEachTool() != null) {
                score(f + ".minEachTool", r.minEachTool());
            }
            if (previous != null && r.minTotal().compareTo(previous) > 0) {
                throw error(f + ".minTotal", "level " + r.label() + " starts at " + r.minTotal().toPlainString()
                        + ", above the level before it. List the levels best first.");
            }
            previous = r.minTotal();
            rules.add(new LevelRule(r.label().strip(), r.minTotal(), r.minEachTool()));
        }
        if (previous.signum() != 0) {
            throw error(field + ".rules[" + (rulesJson.size() - 1) + "].minTotal", "the last level must start at 0 so "
                    + "that every total has a level, but it starts at " + previous.toPlainString() + ".");
        }
        return new LevelScheme(json.name().strip(), rules);
    }

    private Map<String, QuestionDef> questions(List<QuestionJson> list) {
        Map<String, QuestionDef> out = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            QuestionJson q = list.get(i);
            String field = "questions[" + i + "]";
            Optional<CodeForms.Code> code = CodeForms.parse(q.code());
            if (code.isEmpty() || code.get().letter() == 'o') {
                throw error(field + ".code", "expected a question code such as i1 or e9 but found \"" + q.code() + "\".");
            }
            String c = code.get().display();
            Integer n = q.indicator();
            boolean iit = code.get().letter() == 'i';
            if (n == null || (iit && (n < 1 || n > 5)) || (!iit && (n < 6 || n > 8))) {
                throw error("questions[" + c + "].indicator", "expected " + (iit ? "an IIT indicator 1–5" : "an EIT indicator 6–8")
                        + " for question " + c + " but found " + n + ". IIT questions (i…) belong to indicators 1–5, "
                        + "EIT questions (e…) to 6–8.");
            }
            if (out.containsKey(code.get().canonical())) {
                throw error("questions[" + c + "]", "question " + c + " is listed twice. Keep one of them.");
            }
            out.put(code.get().canonical(), new QuestionDef(code.get().canonical(), n, q.text(), c));
        }
        return out;
    }

    /** An item as read, before its sub-indicator is known. */
    private static final class ItemDraft {
        final String canonical;
        final String display;
        final String title;
        final String concept;
        final ItemTiming timing;
        String sub;

        ItemDraft(String canonical, String display, String title, String concept, ItemTiming timing) {
            this.canonical = canonical;
            this.display = display;
            this.title = title;
            this.concept = concept;
            this.timing = timing;
        }
    }

    private Map<String, ItemDraft> items(List<ItemJson> list) {
        Map<String, ItemDraft> out = new LinkedHashMap<>();
        for (int i = 0; i < list.size(); i++) {
            ItemJson o = list.get(i);
            Optional<CodeForms.Code> code = CodeForms.parse(o.code());
            if (code.isEmpty() || code.get().letter() != 'o') {
                throw error("oitItems[" + i + "].code", "expected an OIT item code such as O1 or o34 but found \""
                        + o.code() + "\".");
            }
            String c = code.get().display();
            String field = "oitItems[" + c + "]";
            if (out.containsKey(code.get().canonical())) {
                throw error(field, "item " + c + " is listed twice. Keep one of them.");
            }
            String concept = o.concept() == null ? "" : o.concept().strip();
            if (!concept.isEmpty() && !concepts.containsKey(concept)) {
                throw error(field + ".concept", "\"" + concept + "\" is not a known concept. Use one of "
                        + String.join(", ", concepts.keySet()) + ", leave the field out, or add the concept to "
                        + "concepts.json in the same folder.");
            }
            ItemTiming timing = ItemTiming.ofJson(o.timing());
            if (timing == null) {
                throw error(field + ".timing", "expected \"current-year\" (a plan or information of the year assessed) "
                        + "or \"previous-year\" (a report on the year before) but found \"" + o.timing()
                        + "\". Leave the field out when it is not known.");
            }
            out.put(code.get().canonical(), new ItemDraft(code.get().canonical(), c,
                    o.title() == null ? "" : o.title().strip(), concept, timing));
        }
        return out;
    }

    private List<OitSubIndicator> subIndicators(List<SubJson> list, Map<String, ItemDraft> items) {
        List<OitSubIndicator> out = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            SubJson s = list.get(i);
            if (s.code() == null || !SUB_CODE.matcher(s.code().strip()).matches()) {
                throw error("subIndicators[" + i + "].code", "expected a sub-indicator such as 9.1 or 10.2 but found \""
                        + s.code() + "\".");
            }
            String code = s.code().strip();
            String field = "subIndicators[" + code + "]";
            int indicator = code.startsWith("10.") ? 10 : 9;
            if (s.indicator() != null && s.indicator() != indicator) {
                throw error(field + ".indicator", "sub-indicator " + code + " belongs to indicator " + indicator
                        + " but the file says " + s.indicator() + ". Write " + indicator + ".");
            }
            if (seen.containsKey(code)) {
                throw error(field, "sub-indicator " + code + " is listed twice. Merge the two entries.");
            }
            seen.put(code, code);
            List<String> codes = new ArrayList<>();
            for (String written : nn(s.items())) {
                Optional<CodeForms.Code> c = CodeForms.parse(written);
                ItemDraft d = c.map(x -> items.get(x.canonical())).orElse(null);
                if (d == null) {
                    throw error(field + ".items", "names \"" + written + "\", which is not in oitItems. Add the item to "
                            + "oitItems or correct the code.");
                }
                if (d.sub != null) {
                    throw error(field + ".items", "item " + d.display + " is also in sub-indicator " + d.sub
                            + "; an item belongs to one sub-indicator. Remove it from one of them.");
                }
                d.sub = code;
                codes.add(d.canonical);
            }
            if (codes.isEmpty()) {
                throw error(field + ".items", "lists no items. List the codes of its items, e.g. [\"O1\", \"O2\"].");
            }
            out.add(new OitSubIndicator(code, indicator, s.name() == null ? "" : s.name().strip(), codes));
        }
        return out;
    }

    private List<CrossToolIssue> issues(YearJson y, Map<String, QuestionDef> questions, Map<String, ItemDraft> items) {
        List<CrossToolIssue> out = new ArrayList<>();
        for (FrameworkJson.IssueJson i : nn(y.issues())) {
            String field = "issues[" + i.number() + "]";
            out.add(new CrossToolIssue(i.number(), i.name(), known(i.questions(), questions.keySet(), field + ".questions",
                    "questions"), known(i.items(), items.keySet(), field + ".items", "oitItems")));
        }
        return out;
    }

    /** The canonical codes of a list that must name codes defined elsewhere in the file. */
    private List<String> known(List<String> written, Set<String> defined, String field, String where) {
        List<String> out = new ArrayList<>();
        for (String w : nn(written)) {
            String c = CodeForms.parse(w).map(CodeForms.Code::canonical).orElse(null);
            if (c == null || !defined.contains(c)) {
                throw error(field, "names \"" + w + "\", which is not in " + where + ". Correct the code or add it to "
                        + where + ".");
            }
            out.add(c);
        }
        return out;
    }

    private Optional<NationalFigures> national(FrameworkJson.NationalJson n) {
        if (n == null) {
            return Optional.empty();
        }
        if (n.agencies() != null && n.agencies() < 1) {
            throw error("national.agencies", "expected the number of agencies assessed but found " + n.agencies() + ".");
        }
        if (n.mean() != null) {
            score("national.mean", n.mean());
        }
        if (n.share() != null) {
            score("national.share", n.share());
        }
        if (n.atOrAbovePassMark() != null && (n.atOrAbovePassMark() < 0
                || (n.agencies() != null && n.atOrAbovePassMark() > n.agencies()))) {
            throw error("national.atOrAbovePassMark", "expected at most the " + n.agencies() + " agencies assessed but "
                    + "found " + n.atOrAbovePassMark() + ".");
        }
        NationalFigures f = new NationalFigures(n.agencies(), n.mean(), n.atOrAbovePassMark(), n.share(),
                Boolean.TRUE.equals(n.derived()));
        return f.isEmpty() ? Optional.empty() : Optional.of(f);
    }

    private static <T> List<T> nn(List<T> l) {
        return l == null ? Collections.emptyList() : l;
    }
}
