package ita.macros;

import static ita.macros.LibreOfficeBasic.args;
import static ita.macros.LibreOfficeBasic.text;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ita.analysis.Scoring;
import ita.framework.FrameworkCatalog;
import ita.framework.LevelRule;
import ita.framework.YearFramework;
import ita.macros.LibreOfficeBasic.Case;
import ita.macros.LibreOfficeBasic.Result;
import ita.model.CellRefs;
import ita.model.Tool;
import ita.text.ThaiDates;
import ita.text.ThaiText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * The cases for the worksheet functions, by group (total, tool, level, points, digits, fiscal,
 * error), each a formula and the answer of the Java engine (Scoring, LevelScheme, ThaiText,
 * ThaiDates) for the same inputs: computed here, never typed.
 */
final class FunctionCases {

    static final List<String> GROUPS = List.of("total", "tool", "level", "points", "digits", "fiscal", "error");

    private static final FrameworkCatalog CATALOG = FrameworkCatalog.standard();
    private static final YearFramework TEN_INDICATORS = CATALOG.framework(2567);
    private static final int VALUE = 2015;
    private static final int NUM = 2036;
    private static final double SAME = 1e-9;

    private sealed interface Expected {
    }

    private record Number(BigDecimal value) implements Expected {
    }

    private record Text(String value) implements Expected {
    }

    private record ErrorValue(int code) implements Expected {
    }

    private record Check(Case formula, Expected expected) {
    }

    private static final Map<String, List<Check>> CHECKS = new LinkedHashMap<>();

    static {
        addTotals();
        addToolScores();
        addLevels();
        addPointsTo();
        addDigits();
        addFiscalYears();
        addBadArguments();
    }

    private FunctionCases() {
    }

    /** Every case of every group. */
    static List<Case> all() {
        return CHECKS.values().stream().flatMap(List::stream).map(Check::formula).toList();
    }

    /** Fails listing every case of the group whose result differs from the engine's answer. */
    static void verify(String group, int atLeast, Map<String, Result> results) {
        List<Check> checks = CHECKS.get(group);
        assertTrue(checks.size() >= atLeast, group + ": only " + checks.size() + " cases");
        List<String> wrong = new ArrayList<>();
        for (Check c : checks) {
            Result r = results.get(c.formula().id());
            String problem = problem(c.expected(), r);
            if (problem != null) {
                wrong.add(c.formula().formula() + " " + c.formula().inputs() + ": " + problem);
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " of " + checks.size() + " " + group + " cases differ from the engine:\n  "
                    + String.join("\n  ", wrong));
        }
    }

    // ---- ITA_TOTAL ------------------------------------------------------------------------------

    private static void addTotals() {
        List<String[]> triples = new ArrayList<>(List.of(
                new String[] {"99.8", "78.57", "49.6"},       // seed 003: 73.351 -> 73.35
                new String[] {"84.995", "84.995", "84.995"}, // exactly x.xx5
                new String[] {"94.995", "94.995", "94.995"},
                new String[] {"69.995", "69.995", "69.995"},
                new String[] {"84.9949999", "84.995", "84.995"},
                new String[] {"100", "100", "100"},
                new String[] {"0", "0", "0"},
                new String[] {"0.005", "0", "0"},
                new String[] {"93.48", "89.45", "90.65"},
                new String[] {"99.79", "78.57", "49.61"}));
        // two-decimal scores whose weighted sum ends in 5 at the third decimal (where half up and
        // half even part), and those where rounding the Double sum half up would go wrong
        Random random = new Random(2567);
        int halves = 0;
        int doubles = 0;
        while (halves < 20 || doubles < 10) {
            String[] t = {twoDecimals(random), twoDecimals(random), twoDecimals(random)};
            BigDecimal exact = weightedSum(t);
            boolean half = exact.movePointRight(3).remainder(BigDecimal.TEN).intValue() == 5;
            double d = 0.3 * Double.parseDouble(t[0]) + 0.3 * Double.parseDouble(t[1]) + 0.4 * Double.parseDouble(t[2]);
            boolean doubleWrong = BigDecimal.valueOf(Math.round(d * 100) / 100.0).compareTo(total(t)) != 0;
            if (half && halves < 20) {
                triples.add(t);
                halves++;
            } else if (doubleWrong && doubles < 10) {
                triples.add(t);
                doubles++;
            }
        }
        int i = 0;
        for (String[] t : triples) {
            Expected e = new Number(total(t));
            add("total", "=ITA_TOTAL(" + args(t) + ")", List.of(), e);
            if (i++ % 3 == 0) {
                // from cells, as the scores usually arrive
                add("total", "=ITA_TOTAL(C{row};D{row};E{row})", numbers(t), e);
            }
        }
        // text in cells, with Thai digits
        add("total", "=ITA_TOTAL(C{row};D{row};E{row})", List.of("๙๙.๘", " 78.57 ", "49.60"),
                new Number(total(new String[] {"99.8", "78.57", "49.6"})));
        addTotalsOfIndicatorRanges();
    }

    /**
     * Each tool as the range of its indicators (C:G, H:J, K:L): their means enter the total unrounded and the
     * total is rounded once. The seeds, a tool mean of exactly …5 at the third decimal, and indicator sets where
     * rounding the tool means first would publish 0.01 more or less.
     */
    private static void addTotalsOfIndicatorRanges() {
        List<String[]> tens = new ArrayList<>(List.of(
                new String[] {"100", "99.5", "100", "99.45", "100", "88.21", "66.15", "81.35", "74.21", "25"},
                new String[] {"93.48", "89.45", "88.43", "84.98", "96.61", "90.65", "85.45", "79.45", "96", "100"},
                new String[] {"81.67", "83.13", "89.17", "72.71", "81.25", "84.2", "80.62", "71.41", "68.45", "76.67"},
                new String[] {"90.07", "90.07", "90.07", "90.07", "90.07", "80", "80", "80", "74.21", "25"}));
        Random random = new Random(2569);
        int differing = 0;
        while (differing < 12) {
            String[] t = new String[10];
            for (int k = 0; k < 10; k++) {
                t[k] = twoDecimals(random);
            }
            BigDecimal once = Scoring.totalFromIndicators(decimals(t), TEN_INDICATORS);
            BigDecimal first = Scoring.total(Scoring.toolScores(decimals(t), TEN_INDICATORS), TEN_INDICATORS);
            if (once.compareTo(first) != 0) {
                tens.add(t);
                differing++;
            }
        }
        for (String[] t : tens) {
            add("total", "=ITA_TOTAL(C{row}:G{row};H{row}:J{row};K{row}:L{row})", numbers(t),
                    new Number(Scoring.totalFromIndicators(decimals(t), TEN_INDICATORS)));
        }
        // a tool score and two ranges mixed
        add("total", "=ITA_TOTAL(99.8;C{row}:E{row};F{row}:G{row})", List.of(88.21, 66.15, 81.35, 74.21, 25.0),
                new Number(Scoring.totalOfMeans(Map.of(Tool.IIT, decimals("99.8"), Tool.EIT,
                        decimals("88.21", "66.15", "81.35"), Tool.OIT, decimals("74.21", "25")), TEN_INDICATORS)));
    }

    private static BigDecimal weightedSum(String[] t) {
        return new BigDecimal(t[0]).multiply(TEN_INDICATORS.weight(Tool.IIT))
                .add(new BigDecimal(t[1]).multiply(TEN_INDICATORS.weight(Tool.EIT)))
                .add(new BigDecimal(t[2]).multiply(TEN_INDICATORS.weight(Tool.OIT)));
    }

    private static BigDecimal total(String[] t) {
        return Scoring.total(tools(t[0], t[1], t[2]), TEN_INDICATORS);
    }

    // ---- ITA_TOOL_SCORE -------------------------------------------------------------------------

    private static void addToolScores() {
        List<String[]> sets = new ArrayList<>(List.of(
                new String[] {"100.00", "99.50", "100.00", "99.45", "100.00"}, // seed 003 IIT: 99.79
                new String[] {"88.21", "66.15", "81.35"},
                new String[] {"74.21", "25.00"},                               // 49.605 -> 49.61
                new String[] {"84.99", "85.00"},
                new String[] {"94.99", "95.00"},
                new String[] {"84.994999999992", "84.995"},                   // the engine divides to 10 decimals first
                new String[] {"33.33", "33.33", "33.34"},
                new String[] {"100"},
                new String[] {"0", "0.01"}));
        Random random = new Random(2568);
        int found = 0;
        while (found < 12) {
            int n = new int[] {2, 3, 5}[random.nextInt(3)];
            String[] s = new String[n];
            for (int k = 0; k < n; k++) {
                s[k] = twoDecimals(random);
            }
            BigDecimal mean = Scoring.mean(decimals(s));
            BigDecimal third = mean.movePointRight(2).remainder(BigDecimal.ONE);
            if (third.compareTo(new BigDecimal("0.4")) >= 0 && third.compareTo(new BigDecimal("0.6")) <= 0) {
                sets.add(s);
                found++;
            }
        }
        for (String[] s : sets) {
            Expected e = new Number(Scoring.toolScore(decimals(s), TEN_INDICATORS));
            String last = CellRefs.column(2 + s.length - 1);
            add("tool", "=ITA_TOOL_SCORE(C{row}:" + last + "{row})", numbers(s), e);
            add("tool", "=ITA_TOOL_SCORE(" + args(s) + ")", List.of(), e);
        }
        // ranges and numbers mixed, as the ParamArray takes them
        add("tool", "=ITA_TOOL_SCORE(C{row}:D{row};100;E{row})", List.of(99.5, 100.0, 99.45),
                new Number(Scoring.toolScore(decimals("99.5", "100", "100", "99.45"), TEN_INDICATORS)));
    }

    // ---- ITA_LEVEL ------------------------------------------------------------------------------

    private static void addLevels() {
        List<String[]> toolSets = List.of(
                new String[] {"100", "100", "100"}, new String[] {"95", "95", "95"},
                new String[] {"94.99", "95", "95"}, new String[] {"95", "94.99", "95"},
                new String[] {"95", "95", "94.99"}, new String[] {"85", "85", "85"},
                new String[] {"84.99", "85", "85"}, new String[] {"85", "85", "84.99"},
                new String[] {"60", "60", "60"}, new String[] {"95", "95", null},
                new String[] {null, "95", "95"});
        // tool scores given to a year whose levels do not use them change nothing
        for (int year : new int[] {2565, 2567, 2568}) {
            for (BigDecimal total : boundaryTotals(year)) {
                add("level", "=ITA_LEVEL(" + args(total.toPlainString(), "" + year) + ")", List.of(),
                        new Text(CATALOG.framework(year).levels().levelOf(total, Map.of())));
                for (String[] t : toolSets) {
                    add("level", "=ITA_LEVEL(" + args(total.toPlainString(), "" + year) + ";C{row};D{row};E{row})",
                            numbers(t), new Text(CATALOG.framework(year).levels().levelOf(total, tools(t[0], t[1], t[2]))));
                }
            }
        }
        for (int year : new int[] {2550, 2561, 2562, 2566, 2570}) {
            for (BigDecimal total : boundaryTotals(year)) {
                add("level", "=ITA_LEVEL(" + args(total.toPlainString(), "" + year) + ")", List.of(),
                        new Text(CATALOG.framework(year).levels().levelOf(total, Map.of())));
            }
        }
        // tools as literal arguments; the third left out
        add("level", "=ITA_LEVEL(96;2567;96;96;96)", List.of(),
                new Text(CATALOG.framework(2567).levels().levelOf(new BigDecimal("96"), tools("96", "96", "96"))));
        add("level", "=ITA_LEVEL(96;2567;96;96)", List.of(),
                new Text(CATALOG.framework(2567).levels().levelOf(new BigDecimal("96"), Map.of())));
        // a Gregorian fiscal year is read as Buddhist era; the year may be Thai-digit text
        for (int gregorian : new int[] {2022, 2024, 2025}) {
            int be = ThaiDates.toBuddhistYear(gregorian);
            add("level", "=ITA_LEVEL(" + args("90", "" + gregorian, "90", "90", "90") + ")", List.of(),
                    new Text(CATALOG.framework(be).levels().levelOf(new BigDecimal("90"), tools("90", "90", "90"))));
        }
        add("level", "=ITA_LEVEL(81.52;C{row})", List.of("๒๕๖๗"),
                new Text(CATALOG.framework(2567).levels().levelOf(new BigDecimal("81.52"), Map.of())));
    }

    /** Each rule's minimum total and minimum per tool, a hundredth either side, half a hundredth below, 0 and 100. */
    private static TreeSet<BigDecimal> boundaryTotals(int year) {
        TreeSet<BigDecimal> totals = new TreeSet<>(List.of(BigDecimal.ZERO, new BigDecimal("100")));
        BigDecimal hundredth = new BigDecimal("0.01");
        for (LevelRule r : CATALOG.framework(year).levels().rules()) {
            for (BigDecimal m : Arrays.asList(r.minTotal(), r.minEachTool())) {
                if (m == null) {
                    continue;
                }
                for (BigDecimal t : List.of(m, m.subtract(hundredth), m.add(hundredth), m.subtract(new BigDecimal("0.005")))) {
                    if (t.signum() >= 0 && t.compareTo(new BigDecimal("100")) <= 0) {
                        totals.add(t);
                    }
                }
            }
        }
        return totals;
    }

    // ---- ITA_POINTS_TO --------------------------------------------------------------------------

    private static void addPointsTo() {
        String[][] pairs = {{"85", "73.351"}, {"85", "85"}, {"85", "90"}, {"95", "94.995"}, {"85", "84.9951"},
            {"85", "84.994"}, {"100", "0"}, {"95", "81.52"}, {"70", "69.995"}};
        for (String[] p : pairs) {
            BigDecimal needed = new BigDecimal(p[0]).subtract(new BigDecimal(p[1])).max(BigDecimal.ZERO);
            add("points", "=ITA_POINTS_TO(" + args(p) + ")", List.of(), new Number(TEN_INDICATORS.round(needed)));
        }
    }

    // ---- ITA_THAI_DIGITS, ITA_ARABIC_DIGITS -----------------------------------------------------

    private static void addDigits() {
        for (String s : List.of("ปีงบประมาณ พ.ศ. 2567", "73.35", "", "ITA", "๒๕๖๗", "คะแนน 81.52%")) {
            add("digits", "=ITA_THAI_DIGITS(" + text(s) + ")", List.of(), new Text(ThaiText.toThaiDigits(s)));
        }
        for (String s : List.of("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "๘๑,๖๗%", "mixed ๑2๓", "", "2567")) {
            add("digits", "=ITA_ARABIC_DIGITS(" + text(s) + ")", List.of(), new Text(ThaiText.toArabicDigits(s)));
        }
        // a number is written as Excel shows it
        for (String n : List.of("2567", "73.5", "0.25")) {
            add("digits", "=ITA_THAI_DIGITS(" + n + ")", List.of(),
                    new Text(ThaiText.toThaiDigits(new BigDecimal(n).stripTrailingZeros().toPlainString())));
            add("digits", "=ITA_THAI_DIGITS(C{row})", List.of(Double.parseDouble(n)),
                    new Text(ThaiText.toThaiDigits(new BigDecimal(n).stripTrailingZeros().toPlainString())));
        }
        add("digits", "=ITA_ARABIC_DIGITS(C{row})", List.of(), new Text(""));
    }

    // ---- ITA_FISCAL_YEAR ------------------------------------------------------------------------

    private static void addFiscalYears() {
        List<LocalDate> dates = List.of(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 9, 30), LocalDate.of(2023, 10, 1),
                LocalDate.of(2023, 9, 30), LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31),
                LocalDate.of(2000, 2, 29), LocalDate.of(2019, 10, 1));
        LocalDate excelDayZero = LocalDate.of(1899, 12, 30);
        for (LocalDate d : dates) {
            Expected e = new Number(BigDecimal.valueOf(ThaiDates.fiscalYear(d)));
            add("fiscal", "=ITA_FISCAL_YEAR(DATE(" + args("" + d.getYear(), "" + d.getMonthValue(), "" + d.getDayOfMonth()) + "))",
                    List.of(), e);
            add("fiscal", "=ITA_FISCAL_YEAR(C{row})", List.of((double) ChronoUnit.DAYS.between(excelDayZero, d)), e);
            add("fiscal", "=ITA_FISCAL_YEAR(" + text(d.toString()) + ")", List.of(), e);
        }
        // Buddhist-era text dates, also in Thai digits
        add("fiscal", "=ITA_FISCAL_YEAR(" + text("2567-10-01") + ")", List.of(),
                new Number(BigDecimal.valueOf(ThaiDates.fiscalYear(LocalDate.of(2567 - ThaiDates.BE_OFFSET, 10, 1)))));
        add("fiscal", "=ITA_FISCAL_YEAR(" + text("๒๕๖๗-๐๙-๓๐") + ")", List.of(),
                new Number(BigDecimal.valueOf(ThaiDates.fiscalYear(LocalDate.of(2567 - ThaiDates.BE_OFFSET, 9, 30)))));
        // a time of day on the last day of September stays in that fiscal year
        add("fiscal", "=ITA_FISCAL_YEAR(C{row})", List.of(ChronoUnit.DAYS.between(excelDayZero, LocalDate.of(2024, 9, 30)) + 0.99),
                new Number(BigDecimal.valueOf(ThaiDates.fiscalYear(LocalDate.of(2024, 9, 30)))));
    }

    // ---- bad arguments --------------------------------------------------------------------------

    private static void addBadArguments() {
        error("=ITA_TOTAL(" + args(text("abc"), "1", "1") + ")", VALUE);
        error("=ITA_TOTAL(101;1;1)", NUM);
        error("=ITA_TOTAL(-0.01;1;1)", NUM);
        error("=ITA_TOTAL(C{row};D{row};E{row})", VALUE, 80.0, null, 80.0);
        error("=ITA_TOTAL(C{row}:E{row};1;1)", VALUE, 80.0, null, 80.0);
        error("=ITA_TOTAL(1/0;1;1)", 0);
        error("=ITA_TOOL_SCORE()", VALUE);
        error("=ITA_TOOL_SCORE(C{row}:E{row})", VALUE, 80.0, null, 80.0);
        error("=ITA_TOOL_SCORE(C{row}:E{row})", VALUE, 80.0, "x", 80.0);
        error("=ITA_TOOL_SCORE(C{row}:E{row})", NUM, 80.0, 150.0, 80.0);
        error("=ITA_TOOL_SCORE(80;" + text("8O") + ")", VALUE);
        error("=ITA_LEVEL(" + args(text("x"), "2567") + ")", VALUE);
        error("=ITA_LEVEL(80;1000)", NUM);
        error("=ITA_LEVEL(80;2567.5)", NUM);
        error("=ITA_LEVEL(101;2567)", NUM);
        error("=ITA_LEVEL(80;" + text("abc") + ")", VALUE);
        error("=ITA_LEVEL(" + args("80", "2567", text("x"), "80", "80") + ")", VALUE);
        error("=ITA_LEVEL(80;2567;80;80;-1)", NUM);
        error("=ITA_POINTS_TO(85;" + text("x") + ")", VALUE);
        error("=ITA_POINTS_TO(85;-1)", NUM);
        error("=ITA_FISCAL_YEAR(" + text("2024-13-01") + ")", VALUE);
        error("=ITA_FISCAL_YEAR(" + text("2023-02-29") + ")", VALUE);
        error("=ITA_FISCAL_YEAR(" + text("hello") + ")", VALUE);
        error("=ITA_FISCAL_YEAR(0)", NUM);
        error("=ITA_FISCAL_YEAR(-5)", NUM);
        error("=ITA_FISCAL_YEAR(C{row})", VALUE);
        error("=ITA_THAI_DIGITS(C{row}:D{row})", VALUE, "1", "2");
    }

    // ---- building and checking ------------------------------------------------------------------

    private static void add(String group, String formula, List<Object> inputs, Expected expected) {
        List<Check> list = CHECKS.computeIfAbsent(group, g -> new ArrayList<>());
        list.add(new Check(new Case(group + "-" + (list.size() + 1), formula, inputs), expected));
    }

    /** An expected error; code 0 when LibreOffice answers for the function (an error argument never reaches it). */
    private static void error(String formula, int code, Object... inputs) {
        add("error", formula, Arrays.asList(inputs), new ErrorValue(code));
    }

    private static String problem(Expected expected, Result r) {
        if (r == null) {
            return "no result";
        }
        if (expected instanceof Number n) {
            boolean ok = r.kind().equals("number") && Math.abs(r.number() - n.value().doubleValue()) < SAME;
            return ok ? null : "expected " + n.value().toPlainString() + " but found " + r;
        }
        if (expected instanceof Text t) {
            boolean ok = r.kind().equals("text") && r.text().equals(t.value());
            return ok ? null : "expected \"" + t.value() + "\" but found " + r;
        }
        ErrorValue e = (ErrorValue) expected;
        if (!r.isError()) {
            return "expected an error value but found " + r;
        }
        if (e.code() != 0 && r.errorNumber().isPresent() && r.errorNumber().get() != e.code()) {
            return "expected error " + e.code() + " but found " + r;
        }
        if (e.code() != 0 && r.errorNumber().isEmpty()) {
            return "expected the function's own error " + e.code() + " but found " + r;
        }
        return null;
    }

    private static String twoDecimals(Random random) {
        return BigDecimal.valueOf(4000 + random.nextInt(6001), 2).toPlainString();
    }

    private static List<BigDecimal> decimals(String... s) {
        return Arrays.stream(s).map(BigDecimal::new).toList();
    }

    private static List<Object> numbers(String[] s) {
        List<Object> out = new ArrayList<>();
        for (String x : s) {
            out.add(x == null ? null : Double.parseDouble(x));
        }
        return out;
    }

    /** The tool scores given; a null is a tool left out. */
    private static Map<Tool, BigDecimal> tools(String iit, String eit, String oit) {
        Map<Tool, BigDecimal> m = new EnumMap<>(Tool.class);
        String[] v = {iit, eit, oit};
        for (Tool t : Tool.values()) {
            if (v[t.ordinal()] != null) {
                m.put(t, new BigDecimal(v[t.ordinal()]));
            }
        }
        return m;
    }
}
