package ita.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ita.framework.FrameworkCatalog;
import ita.framework.YearFramework;
import ita.model.Tool;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static List<BigDecimal> scores(String... s) {
        return Arrays.stream(s).map(BigDecimal::new).toList();
    }

    @Test
    void reproducesSeed003PublishedTable() {
        YearFramework y2565 = FrameworkCatalog.standard().framework(2565);
        List<BigDecimal> ind = scores("100.00", "99.50", "100.00", "99.45", "100.00", "88.21", "66.15", "81.35",
                "74.21", "25.00");
        Map<Tool, BigDecimal> tools = Scoring.toolScores(ind, y2565);
        // from rounded indicators: IIT 498.95/5 = 99.79 and OIT 99.21/2 = 49.605 → 49.61; ITAS publishes 99.80 and
        // 49.60 from unrounded indicators, within the 0.02 tolerance; the total agrees either way
        assertEquals(new BigDecimal("99.79"), tools.get(Tool.IIT));
        assertEquals(new BigDecimal("78.57"), tools.get(Tool.EIT));
        assertEquals(new BigDecimal("49.61"), tools.get(Tool.OIT));
        assertEquals(new BigDecimal("73.35"), Scoring.total(tools, y2565));
        Map<Tool, BigDecimal> published = Map.of(Tool.IIT, new BigDecimal("99.80"), Tool.EIT,
                new BigDecimal("78.57"), Tool.OIT, new BigDecimal("49.60"));
        assertEquals(new BigDecimal("29.94"), Scoring.weighted(Tool.IIT, published.get(Tool.IIT), y2565));
        assertEquals(new BigDecimal("23.57"), Scoring.weighted(Tool.EIT, published.get(Tool.EIT), y2565));
        assertEquals(new BigDecimal("19.84"), Scoring.weighted(Tool.OIT, published.get(Tool.OIT), y2565));
        BigDecimal total = Scoring.total(published, y2565);
        assertEquals(new BigDecimal("73.35"), total);
        assertEquals("C", Scoring.level(total, published, y2565));
    }

    @Test
    void theTotalFollowsTheUnroundedToolMeansAndIsRoundedOnceAtTheEnd() {
        YearFramework y2565 = FrameworkCatalog.standard().framework(2565);
        // OIT (74.21 + 25.00) / 2 = 49.605: a tool mean ending in exactly 5 at the third decimal
        List<BigDecimal> ind = scores("90.07", "90.07", "90.07", "90.07", "90.07", "80.00", "80.00", "80.00",
                "74.21", "25.00");
        // 0.30 × 90.07 + 0.30 × 80 + 0.40 × 49.605 = 27.021 + 24 + 19.842 = 70.863 → 70.86
        assertEquals(new BigDecimal("70.86"), Scoring.totalFromIndicators(ind, y2565));
        // the tools are shown rounded: OIT 49.61
        Map<Tool, BigDecimal> shown = Scoring.toolScores(ind, y2565);
        assertEquals(new BigDecimal("90.07"), shown.get(Tool.IIT));
        assertEquals(new BigDecimal("49.61"), shown.get(Tool.OIT));
        // rounding the OIT mean first adds 0.40 × 0.005 = 0.002: 70.865 → 70.87, 0.01 more than the one rounding
        assertEquals(new BigDecimal("70.87"), Scoring.total(shown, y2565));
        // a tool given as one (reported) score counts as that score
        assertEquals(new BigDecimal("70.87"), Scoring.totalOfMeans(Map.of(Tool.IIT, List.of(shown.get(Tool.IIT)),
                Tool.EIT, List.of(shown.get(Tool.EIT)), Tool.OIT, List.of(shown.get(Tool.OIT))), y2565));
        assertEquals(null, Scoring.totalFromIndicators(java.util.Arrays.asList(new BigDecimal[10]), y2565));
    }

    @Test
    void aToolsWeightedShareIsTakenFromItsUnroundedMeanExactly() {
        YearFramework y2565 = FrameworkCatalog.standard().framework(2565);
        assertEquals(new BigDecimal("23.57"), Scoring.weightedMean(Tool.EIT, scores("88.21", "66.15", "81.35"), y2565));
        // 235.75 / 3 × 0.30 is exactly 23.575: half up gives 23.58, where a mean cut at 10 decimals would give 23.57
        assertEquals(new BigDecimal("23.58"), Scoring.weightedMean(Tool.EIT, scores("80.00", "80.00", "75.75"), y2565));
        assertEquals(null, Scoring.weightedMean(Tool.EIT, java.util.Arrays.asList(new BigDecimal("80"), null), y2565));
    }

    @Test
    void seedTotalsReproduceFromTheirIndicatorsWithOneRounding() {
        YearFramework y2565 = FrameworkCatalog.standard().framework(2565);
        assertEquals(new BigDecimal("73.35"), Scoring.totalFromIndicators(scores("100.00", "99.50", "100.00",
                "99.45", "100.00", "88.21", "66.15", "81.35", "74.21", "25.00"), y2565));
        assertEquals(new BigDecimal("91.93"), Scoring.totalFromIndicators(scores("93.48", "89.45", "88.43", "84.98",
                "96.61", "90.65", "85.45", "79.45", "96.00", "100.00"), y2565));
        assertEquals(new BigDecimal("77.12"), Scoring.totalFromIndicators(scores("81.67", "83.13", "89.17", "72.71",
                "81.25", "84.20", "80.62", "71.41", "68.45", "76.67"), FrameworkCatalog.standard().framework(2567)));
    }

    @Test
    void reproducesSeed002Total() {
        YearFramework y2565 = FrameworkCatalog.standard().framework(2565);
        List<BigDecimal> ind = scores("93.48", "89.45", "88.43", "84.98", "96.61", "90.65", "85.45", "79.45",
                "96.00", "100.00");
        BigDecimal total = Scoring.total(Scoring.toolScores(ind, y2565), y2565);
        assertEquals(new BigDecimal("91.93"), total);
        assertEquals("A", Scoring.level(total, Map.of(), y2565));
    }

    @Test
    void seed000IndicatorsGive77_12NotThePublished81_52() {
        YearFramework y2567 = FrameworkCatalog.standard().framework(2567);
        List<BigDecimal> ind = scores("81.67", "83.13", "89.17", "72.71", "81.25", "84.20", "80.62", "71.41",
                "68.45", "76.67");
        assertEquals(new BigDecimal("77.12"), Scoring.total(Scoring.toolScores(ind, y2567), y2567));
    }

    @Test
    void seed000OitIndicatorsFromItemsBySubIndicator() {
        YearFramework y2567 = FrameworkCatalog.standard().framework(2567);
        // 9.1 5/6, 9.2 5/7, 9.3 (50 + 0 + 50 + 50) / 4, 9.4 2/4, 9.5 4/4 → (83.33 + 71.43 + 37.5 + 50 + 100) / 5
        List<List<BigDecimal>> ind9 = List.of(scores("100", "100", "100", "0", "100", "100"),
                scores("100", "0", "100", "100", "100", "0", "100"), scores("50", "0", "50", "50"),
                scores("100", "0", "0", "100"), scores("100", "100", "100", "100"));
        assertEquals(new BigDecimal("68.45"), Scoring.indicatorFromItems(ind9, y2567));
        // 10.1 4/5, 10.2 3/3, 10.3 1/2 → (80 + 100 + 50) / 3
        List<List<BigDecimal>> ind10 = List.of(scores("100", "100", "0", "100", "100"), scores("100", "100", "100"),
                scores("0", "100"));
        assertEquals(new BigDecimal("76.67"), Scoring.indicatorFromItems(ind10, y2567));
        assertEquals(null, Scoring.indicatorFromItems(List.of(Arrays.asList(new BigDecimal("100"), null)), y2567));
    }

    @Test
    void gainsOfAnItemAndOfAnIndicator() {
        YearFramework y2567 = FrameworkCatalog.standard().framework(2567);
        assertEquals(new BigDecimal("0.5714"), Scoring.itemGain(BigDecimal.ZERO, 7, 5, y2567.indicatorWeight(9))
                .setScale(4, java.math.RoundingMode.HALF_UP));
        assertEquals(0, new BigDecimal("1.6374").compareTo(Scoring.indicatorGain(new BigDecimal("72.71"),
                y2567.indicatorWeight(4))));
    }
}
