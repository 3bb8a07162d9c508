package ita.analysis;

import static ita.analysis.Seeds.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.framework.FrameworkCatalog;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrioritiesTest {

    private final YearFramework y2565 = FrameworkCatalog.standard().framework(2565);
    private final YearFramework y2567 = FrameworkCatalog.standard().framework(2567);

    @Test
    void itemGainIsShortfallOverItemsOverSubIndicatorsTimesWeight() {
        FixPlan plan = Priorities.of(Seeds.seed000(), y2567);
        // o8 in 9.2 (7 items, 5 sub-indicators): 100 / 7 / 5 × 0.20 = 0.571428… → 0.5714
        assertEquals(d("0.5714"), gain(plan, "o8"));
        // o34 in 10.3 (2 items, 3 sub-indicators): 100 / 2 / 3 × 0.20 = 3.3333
        assertEquals(d("3.3333"), gain(plan, "o34"));
        // o14 scored 50 in 9.3 (4 items): 50 / 4 / 5 × 0.20 = 0.5
        assertEquals(d("0.5000"), gain(plan, "o14"));
        // indicator 8 at 71.41: 28.59 × 0.10 = 2.859
        assertEquals(d("2.8590"), gain(plan, "ind8"));
        // indicator 4 at 72.71: 27.29 × 0.06 = 1.6374
        assertEquals(d("1.6374"), gain(plan, "ind4"));
    }

    @Test
    void seed000ItemsRankedByGainTiesByCode() {
        FixPlan plan = Priorities.of(Seeds.seed000(), y2567);
        assertEquals(List.of("o34", "o28", "o15", "o19", "o20", "o4", "o8", "o12", "o14", "o16", "o17"),
                plan.itemFixes().stream().map(Fix::code).toList());
        // indicators by (100 − score) × weight: 9 → 6.31, 10 → 4.666, 8 → 2.859, 7 → 1.938, 4 → 1.6374, 6 → 1.58,
        // 5 → 1.125, 1 → 1.0998, 2 → 1.0122, 3 → 0.6498; items as in the test above
        assertEquals(List.of("ind9", "ind10", "o34", "ind8", "ind7", "ind4", "ind6", "o28", "ind5", "ind1", "ind2",
                "o15", "o19", "o20", "o4", "ind3"), plan.fixes().subList(0, 16).stream().map(Fix::code).toList());
    }

    @Test
    void itemGainsOfAnIndicatorAddUpToTheIndicatorShortfall() {
        FixPlan plan = Priorities.of(Seeds.seed000(), y2567);
        BigDecimal sum = plan.itemFixes().stream().filter(f -> f.indicator() == 9).map(Fix::gain)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        // indicator 9 unrounded = (83.333… + 71.428… + 37.5 + 50 + 100) / 5 = 68.452381; (100 − 68.452381) × 0.20
        assertEquals(6.3095, sum.doubleValue(), 0.0005);
    }

    @Test
    void seed000NeedsTwoItemsToReachEightyFiveFromTheReportedTotal() {
        FixPlan plan = Priorities.of(Seeds.seed000(), y2567);
        assertEquals(FixPlan.BaseSource.REPORTED, plan.baseSource());
        assertEquals(d("81.52"), plan.base());
        assertTrue(plan.notes().get(0).contains("81.52"));
        assertEquals(d("3.48"), plan.pointsToPass());
        assertEquals("ต้องปรับปรุง", plan.currentLevel());
        NextLevel next = plan.nextLevel().orElseThrow();
        assertEquals("ผ่าน", next.label());
        assertEquals(d("3.48"), next.pointsNeeded());
        assertFalse(next.hasToolCondition());
        ItemSet set = plan.smallestItemSet();
        assertEquals(ItemSet.Outcome.REACHABLE, set.outcome());
        assertEquals(List.of("o34", "o28"), set.codes());
        assertEquals(d("4.6667"), set.gain());
        assertEquals(d("86.19"), set.reached());
    }

    @Test
    void greedySetIsTheSmallestByExhaustiveSearch() {
        // every subset of the seed's 11 failed items: none with fewer items than the greedy set reaches 85
        FixPlan plan = Priorities.of(Seeds.seed000(), y2567);
        List<Fix> items = plan.itemFixes();
        BigDecimal needed = d("85").subtract(plan.base());
        int best = Integer.MAX_VALUE;
        for (int mask = 1; mask < (1 << items.size()); mask++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < items.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    sum = sum.add(items.get(i).gain());
                }
            }
            if (sum.compareTo(needed) >= 0) {
                best = Math.min(best, Integer.bitCount(mask));
            }
        }
        assertEquals(best, plan.smallestItemSet().items().size());
        // a harder target: from 75.00 the greedy set must still match the exhaustive minimum
        AgencyYear lower = withTotal(Seeds.seed000(), "75.00");
        FixPlan p75 = Priorities.of(lower, y2567);
        BigDecimal need75 = d("10.00");
        int best75 = Integer.MAX_VALUE;
        for (int mask = 1; mask < (1 << items.size()); mask++) {
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < items.size(); i++) {
                if ((mask & (1 << i)) != 0) {
                    sum = sum.add(items.get(i).gain());
                }
            }
            if (sum.compareTo(need75) >= 0) {
                best75 = Math.min(best75, Integer.bitCount(mask));
            }
        }
        assertEquals(ItemSet.Outcome.REACHABLE, p75.smallestItemSet().outcome());
        assertEquals(best75, p75.smallestItemSet().items().size());
    }

    @Test
    void saysWhenFixingEveryItemIsNotEnough() {
        FixPlan plan = Priorities.of(withTotal(Seeds.seed000(), "60.00"), y2567);
        assertEquals(ItemSet.Outcome.UNREACHABLE, plan.smallestItemSet().outcome());
        assertTrue(plan.smallestItemSet().items().isEmpty());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("ยังไม่ถึง 85")), plan.notes().toString());
    }

    @Test
    void withoutItemsOnlyIndicatorsAreRankedAndThePlanSaysSo() {
        FixPlan plan = Priorities.of(Seeds.seed003(), y2565);
        assertFalse(plan.itemsKnown());
        assertEquals(ItemSet.Outcome.UNKNOWN, plan.smallestItemSet().outcome());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("ไม่มีคะแนนรายข้อ OIT")));
        // indicator 10 at 25.00: 75 × 0.20 = 15; indicator 9: 25.79 × 0.20 = 5.158; indicator 7: 33.85 × 0.10
        assertEquals(List.of("ind10", "ind9", "ind7", "ind8", "ind6", "ind4", "ind2"),
                plan.fixes().stream().map(Fix::code).toList());
        assertEquals(d("15.0000"), plan.fixes().get(0).gain());
        assertEquals(d("11.65"), plan.pointsToPass());
        assertEquals("B", plan.nextLevel().orElseThrow().label());
        assertEquals(d("1.65"), plan.nextLevel().orElseThrow().pointsNeeded());
    }

    @Test
    void failedItemsOnlyStillGiveGainsAndTheSet() {
        AgencyYear.Builder b = Seeds.year(Seeds.NA_SAI, 2567, "81.52", "ต้องปรับปรุง", Seeds.seed000().indicators());
        for (int i = 0; i < Seeds.SEED_000_ITEMS.length; i++) {
            if (Seeds.SEED_000_ITEMS[i] < 100) {
                b.oitItem(new OitItemScore("o" + (i + 1), "", BigDecimal.valueOf(Seeds.SEED_000_ITEMS[i]), ""));
            }
        }
        FixPlan plan = Priorities.of(b.build(), y2567);
        assertEquals(d("0.5714"), gain(plan, "o8"));
        assertEquals(List.of("o34", "o28"), plan.smallestItemSet().codes());
        assertTrue(plan.notes().stream().anyMatch(n -> n.contains("11 จาก 35")), plan.notes().toString());
    }

    @Test
    void nextLevelFrom2567PassStatesTheToolCondition() {
        AgencyYear y = Seeds.year(Seeds.NA_SAI, 2567, "90.00", "ผ่าน", List.of())
                .tool(Tool.IIT, d("96.00")).tool(Tool.EIT, d("96.00")).tool(Tool.OIT, d("81.00")).build();
        FixPlan plan = Priorities.of(y, y2567);
        assertEquals("ผ่าน", plan.currentLevel());
        NextLevel next = plan.nextLevel().orElseThrow();
        assertEquals("ผ่านดี", next.label());
        assertEquals(d("0.00"), next.pointsNeeded());
        assertEquals(d("85"), next.minEachTool());
        assertEquals(java.util.Map.of(Tool.OIT, d("4.00")), next.toolShortfalls());
        assertTrue(next.describe().contains("OIT ขาดอีก 4.00"), next.describe());
        assertEquals(d("0.00"), plan.pointsToPass());
        assertEquals(ItemSet.Outcome.UNKNOWN, plan.smallestItemSet().outcome());
    }

    @Test
    void computedTotalIsTheBaseWhenNoneWasReported() {
        AgencyYear y = Seeds.year(Seeds.BA_TONG, 2565, null, null, Seeds.seed002().indicators()).build();
        FixPlan plan = Priorities.of(y, y2565);
        assertEquals(FixPlan.BaseSource.COMPUTED, plan.baseSource());
        assertEquals(d("91.93"), plan.base());
        assertEquals("AA", plan.nextLevel().orElseThrow().label());
        assertEquals(d("3.07"), plan.nextLevel().orElseThrow().pointsNeeded());
    }

    @Test
    void topLevelHasNoNextLevel() {
        AgencyYear y = Seeds.year(Seeds.BA_TONG, 2565, "96.00", "AA", List.of()).build();
        assertTrue(Priorities.of(y, y2565).nextLevel().isEmpty());
        assertEquals(ItemSet.Outcome.UNKNOWN, Priorities.of(y, y2565).smallestItemSet().outcome());
    }

    private static BigDecimal gain(FixPlan plan, String code) {
        return plan.fixes().stream().filter(f -> f.code().equals(code)).findFirst().orElseThrow().gain();
    }

    private static AgencyYear withTotal(AgencyYear y, String total) {
        return new AgencyYear(y.agency(), y.fiscalYear(), y.yearSource(), d(total), null, y.tools(), y.indicators(),
                y.questions(), new ArrayList<>(y.oitItems()), y.source(), y.cells());
    }
}
