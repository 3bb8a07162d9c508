package ita.framework;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import ita.model.Tool;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ITA definitions of every fiscal year, loaded from {@code ita/framework/*.json} in the resources
 * and validated when loaded. Years up to the oldest ten-indicator year that have no definition of their
 * own are "total only"; a year newer than the newest definition uses the newest, with a note saying so.
 */
public final class FrameworkCatalog {

    private static final String BASE = "/ita/framework/";
    private static volatile FrameworkCatalog defaultCatalog;

    private final TreeMap<Integer, YearFramework> years;
    private final YearFramework totalOnly;

    private FrameworkCatalog(TreeMap<Integer, YearFramework> years, YearFramework totalOnly) {
        this.years = years;
        this.totalOnly = totalOnly;
    }

    /** The definitions shipped with the program, loaded once. */
    public static FrameworkCatalog standard() {
        FrameworkCatalog c = defaultCatalog;
        if (c == null) {
            synchronized (FrameworkCatalog.class) {
                c = defaultCatalog;
                if (c == null) {
                    c = load();
                    defaultCatalog = c;
                }
            }
        }
        return c;
    }

    /** What {@link #forYear} found: the definition to use and, when it is not the year's own, why. */
    public record Resolution(YearFramework framework, Optional<String> note) {
    }

    public Resolution forYear(int fiscalYear) {
        YearFramework own = years.get(fiscalYear);
        if (own != null) {
            return new Resolution(own, Optional.empty());
        }
        if (fiscalYear < years.firstKey()) {
            return new Resolution(withYear(totalOnly, fiscalYear), Optional.of("fiscal year " + fiscalYear
                    + " used the old ITA: only its total is comparable with later years"));
        }
        Map.Entry<Integer, YearFramework> newest = years.lastEntry();
        if (fiscalYear > newest.getKey()) {
            return new Resolution(newest.getValue(), Optional.of("fiscal year " + fiscalYear
                    + " has no definition yet; using the rules of " + newest.getKey()));
        }
        // a gap inside the known range cannot happen with the shipped files, but a user catalog may have one
        return new Resolution(years.floorEntry(fiscalYear).getValue(), Optional.of("fiscal year " + fiscalYear
                + " has no definition; using the rules of " + years.floorKey(fiscalYear)));
    }

    /** The definition of a year, or of the nearest year as {@link #forYear} decides. */
    public YearFramework framework(int fiscalYear) {
        return forYear(fiscalYear).framework();
    }

    public List<Integer> definedYears() {
        return List.copyOf(years.keySet());
    }

    public int newestYear() {
        return years.lastKey();
    }

    private static YearFramework withYear(YearFramework f, int year) {
        return new YearFramework(year, f.generation(), f.toolWeights(), f.scale(), f.rounding(), f.tolerance(),
                f.indicators(), f.questions(), f.subIndicators(), f.oitItems(), f.itemScores(), f.levels(),
                f.passMark(), f.issues(), f.measureItems(), f.notes());
    }

    // ---- loading -------------------------------------------------------------------------------

    record IndicatorJson(int number, Tool tool, String name, List<String> variants) {
    }

    record RuleJson(String label, BigDecimal minTotal, BigDecimal minEachTool) {
    }

    record LevelsJson(String name, List<RuleJson> rules) {
    }

    record QuestionJson(String code, int indicator, String text) {
    }

    record SubJson(String code, int indicator, String name, List<String> items) {
    }

    record ItemJson(String code, String title) {
    }

    record IssueJson(int number, String name, List<String> questions, List<String> items) {
    }

    record YearJson(int fiscalYear, Generation generation, Map<Tool, BigDecimal> toolWeights, Integer scale,
                    RoundingMode rounding, BigDecimal tolerance, List<BigDecimal> itemScores, BigDecimal passMark,
                    LevelsJson levels, List<QuestionJson> questions, List<SubJson> subIndicators,
                    List<ItemJson> oitItems, List<IssueJson> issues, List<String> measureItems, List<String> notes) {
    }

    record IndexJson(List<Integer> years, int totalOnly) {
    }

    static FrameworkCatalog load() {
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        IndexJson index = read(json, "index.json", IndexJson.class);
        List<IndicatorDef> indicators = new ArrayList<>();
        for (IndicatorJson i : read(json, "indicators.json", IndicatorJson[].class)) {
            indicators.add(new IndicatorDef(i.number(), i.tool(), i.name(), i.variants()));
        }
        validateIndicators(indicators);
        TreeMap<Integer, YearFramework> years = new TreeMap<>();
        for (int y : index.years()) {
            YearFramework f = toFramework(read(json, y + ".json", YearJson.class), indicators, y + ".json");
            if (f.fiscalYear() != y) {
                throw new FrameworkException(y + ".json: says fiscal year " + f.fiscalYear());
            }
            years.put(y, f);
        }
        YearFramework totalOnly = toFramework(read(json, index.totalOnly() + ".json", YearJson.class), indicators,
                index.totalOnly() + ".json");
        if (years.isEmpty()) {
            throw new FrameworkException("index.json lists no fiscal years");
        }
        return new FrameworkCatalog(years, totalOnly);
    }

    private static <T> T read(ObjectMapper json, String name, Class<T> type) {
        try (InputStream in = FrameworkCatalog.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new FrameworkException("framework definition " + BASE + name + " is missing");
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new FrameworkException("framework definition " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static void validateIndicators(List<IndicatorDef> indicators) {
        if (indicators.size() != 10) {
            throw new FrameworkException("indicators.json: expected 10 indicators, found " + indicators.size());
        }
        for (int i = 0; i < 10; i++) {
            if (indicators.get(i).number() != i + 1) {
                throw new FrameworkException("indicators.json: indicator " + (i + 1) + " is out of order");
            }
        }
    }

    private static YearFramework toFramework(YearJson y, List<IndicatorDef> indicators, String file) {
        if (y.generation() == null || y.levels() == null) {
            throw new FrameworkException(file + ": generation and levels are required");
        }
        Map<Tool, BigDecimal> weights = y.toolWeights() == null ? Map.of() : new EnumMap<>(y.toolWeights());
        boolean ten = y.generation() == Generation.TEN_INDICATORS;
        if (ten) {
            BigDecimal sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (weights.size() != 3 || sum.compareTo(BigDecimal.ONE) != 0) {
                throw new FrameworkException(file + ": tool weights must name IIT, EIT and OIT and sum to 1, found "
                        + weights);
            }
        }
        List<LevelRule> rules = new ArrayList<>();
        BigDecimal previous = null;
        for (RuleJson r : y.levels().rules()) {
            if (previous != null && r.minTotal().compareTo(previous) > 0) {
                throw new FrameworkException(file + ": levels must be listed best first; " + r.label()
                        + " starts above the level before it");
            }
            previous = r.minTotal();
            rules.add(new LevelRule(r.label(), r.minTotal(), r.minEachTool()));
        }
        LevelScheme levels;
        try {
            levels = new LevelScheme(y.levels().name(), rules);
        } catch (IllegalArgumentException e) {
            throw new FrameworkException(file + ": " + e.getMessage(), e);
        }
        List<QuestionDef> questions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (QuestionJson q : nn(y.questions())) {
            Tool expected = q.indicator() <= 5 ? Tool.IIT : Tool.EIT;
            char prefix = expected == Tool.IIT ? 'i' : 'e';
            if (q.indicator() < 1 || q.indicator() > 8 || q.code().charAt(0) != prefix || !seen.add(q.code())) {
                throw new FrameworkException(file + ": question " + q.code() + " of indicator " + q.indicator()
                        + " is misplaced or repeated (IIT questions i… belong to 1–5, EIT e… to 6–8)");
            }
            questions.add(new QuestionDef(q.code(), q.indicator(), q.text()));
        }
        Map<String, String> titles = new java.util.LinkedHashMap<>();
        for (ItemJson i : nn(y.oitItems())) {
            if (titles.put(i.code(), i.title()) != null) {
                throw new FrameworkException(file + ": OIT item " + i.code() + " is listed twice");
            }
        }
        List<OitSubIndicator> subs = new ArrayList<>();
        Map<String, String> subOfItem = new java.util.HashMap<>();
        for (SubJson s : nn(y.subIndicators())) {
            if (s.indicator() != 9 && s.indicator() != 10) {
                throw new FrameworkException(file + ": sub-indicator " + s.code() + " must belong to indicator 9 or 10");
            }
            for (String item : s.items()) {
                if (!titles.containsKey(item)) {
                    throw new FrameworkException(file + ": sub-indicator " + s.code() + " names unknown item " + item);
                }
                if (subOfItem.put(item, s.code()) != null) {
                    throw new FrameworkException(file + ": OIT item " + item + " is in two sub-indicators");
                }
            }
            subs.add(new OitSubIndicator(s.code(), s.indicator(), s.name(), s.items()));
        }
        List<OitItemDef> items = new ArrayList<>();
        for (Map.Entry<String, String> e : titles.entrySet()) {
            String sub = subOfItem.get(e.getKey());
            if (sub == null) {
                throw new FrameworkException(file + ": OIT item " + e.getKey() + " has no sub-indicator");
            }
            items.add(new OitItemDef(e.getKey(), e.getValue(), sub));
        }
        List<CrossToolIssue> issues = new ArrayList<>();
        for (IssueJson i : nn(y.issues())) {
            for (String q : i.questions()) {
                if (!seen.contains(q)) {
                    throw new FrameworkException(file + ": issue " + i.number() + " names unknown question " + q);
                }
            }
            for (String o : i.items()) {
                if (!titles.containsKey(o)) {
                    throw new FrameworkException(file + ": issue " + i.number() + " names unknown item " + o);
                }
            }
            issues.add(new CrossToolIssue(i.number(), i.name(), i.questions(), i.items()));
        }
        for (String m : nn(y.measureItems())) {
            if (!titles.containsKey(m)) {
                throw new FrameworkException(file + ": measure item " + m + " is not an OIT item of the year");
            }
        }
        return new YearFramework(y.fiscalYear(), y.generation(), weights, y.scale() == null ? 2 : y.scale(),
                y.rounding() == null ? RoundingMode.HALF_UP : y.rounding(),
                y.tolerance() == null ? new BigDecimal("0.02") : y.tolerance(),
                ten ? indicators : List.of(), questions, subs, items,
                y.itemScores() == null ? List.of(BigDecimal.ZERO, BigDecimal.valueOf(100)) : y.itemScores(),
                levels, y.passMark() == null ? BigDecimal.valueOf(85) : y.passMark(),
                issues, nn(y.measureItems()), nn(y.notes()));
    }

    private static <T> List<T> nn(List<T> l) {
        return l == null ? Collections.emptyList() : l;
    }
}
