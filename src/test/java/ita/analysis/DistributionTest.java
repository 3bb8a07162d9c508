package ita.analysis;

import static ita.analysis.Seeds.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;
import org.junit.jupiter.api.Test;

class DistributionTest {

    /** Every year from 2562 publishes 2 decimals, HALF_UP. */
    private static final ita.framework.YearFramework YEAR = ita.framework.FrameworkCatalog.standard().framework(2567);

    @Test
    void theMeanAloneIsTheMeanOfTheWholeDistribution() {
        List<List<BigDecimal>> sets = List.of(Seeds.scores("80", "90", "70", "80"),
                Seeds.scores("73.35", "88.00", "96.50", "80.25", "88.00", "60.01"),
                Seeds.scores("1.005", "2.335", "3.1"), Seeds.scores("85.555", "85.554"), Seeds.scores("99.99"));
        for (List<BigDecimal> values : sets) {
            assertEquals(Distribution.of(values, YEAR).mean(), Distribution.meanOf(values, YEAR), values.toString());
        }
        assertNull(Distribution.meanOf(List.of(), YEAR));
    }

    @Test
    void fourTotalsByHand() {
        // 70, 80, 80, 90: mean 320 / 4 = 80; sample variance (100 + 0 + 0 + 100) / 3 = 66.67, sd 8.1650 → 8.16
        // type 7: Q1 at h = 3 × 0.25 = 0.75 → 70 + 0.75 × 10 = 77.50; median h = 1.5 → 80; Q3 h = 2.25 → 80 + 0.25 × 10
        Distribution s = Distribution.of(Seeds.scores("80", "90", "70", "80"), YEAR);
        assertEquals(4, s.count());
        assertEquals(d("80.00"), s.mean());
        assertEquals(d("80.00"), s.median());
        assertEquals(d("8.16"), s.standardDeviation());
        assertEquals(d("77.50"), s.q1());
        assertEquals(d("82.50"), s.q3());
        assertEquals(d("70.00"), s.min());
        assertEquals(d("90.00"), s.max());
        assertEquals(d("5.00"), s.interquartileRange());
    }

    @Test
    void fiveTotalsByHand() {
        // 73.35, 77.12, 81.52, 91.93, 95.00: mean 418.92 / 5 = 83.784 → 83.78
        // deviations −10.434, −6.664, −2.264, 8.146, 11.216; squares 108.868356 + 44.408896 + 5.125696 + 66.357316
        // + 125.798656 = 350.55892; / 4 = 87.63973; sd 9.36161 → 9.36
        // type 7: Q1 h = 1 → 77.12; median h = 2 → 81.52; Q3 h = 3 → 91.93
        Distribution s = Distribution.of(Seeds.scores("91.93", "73.35", "95.00", "81.52", "77.12"), YEAR);
        assertEquals(d("83.78"), s.mean());
        assertEquals(d("9.36"), s.standardDeviation());
        assertEquals(d("77.12"), s.q1());
        assertEquals(d("81.52"), s.median());
        assertEquals(d("91.93"), s.q3());
    }

    @Test
    void quartilesAgreeWithCommonsMathR7() {
        List<BigDecimal> values = Seeds.scores("61.20", "99.99", "73.35", "88.88", "84.99", "85.00", "91.93", "50.01",
                "77.77", "66.66", "85.00");
        double[] raw = values.stream().mapToDouble(BigDecimal::doubleValue).toArray();
        Arrays.sort(raw);
        Percentile r7 = new Percentile().withEstimationType(EstimationType.R_7);
        List<BigDecimal> sorted = values.stream().sorted().toList();
        for (double p : new double[] {0.25, 0.5, 0.75, 0.1, 0.9}) {
            assertEquals(r7.evaluate(raw, p * 100), Distribution.quantile(sorted, BigDecimal.valueOf(p)).doubleValue(),
                    1e-9, "p = " + p);
        }
    }

    @Test
    void oneValueHasNoDeviationAndNoneHasNothing() {
        Distribution one = Distribution.of(Seeds.scores("81.52"), YEAR);
        assertEquals(d("81.52"), one.q1());
        assertEquals(d("81.52"), one.q3());
        assertNull(one.standardDeviation());
        Distribution none = Distribution.of(List.of(), YEAR);
        assertEquals(0, none.count());
        assertNull(none.mean());
    }

    @Test
    void halfUpRoundingOfTheMean() {
        // (80.00 + 80.01) / 2 = 80.005 → 80.01 (HALF_UP, exact in decimal)
        assertEquals(d("80.01"), Distribution.of(Seeds.scores("80.00", "80.01"), YEAR).mean());
    }

    @Test
    void wholeHundredthsGiveTheSameStatisticsAsTheGeneralComputation() {
        java.util.Random rnd = new java.util.Random(7);
        for (int round = 0; round < 50; round++) {
            java.util.List<BigDecimal> values = new java.util.ArrayList<>();
            int n = 1 + rnd.nextInt(400);
            for (int i = 0; i < n; i++) {
                values.add(BigDecimal.valueOf(rnd.nextInt(10_001), 2));
            }
            assertEquals(Distribution.general(values, YEAR), Distribution.of(values, YEAR), "round " + round);
        }
    }

    @Test
    void theRootInDoublesRoundsAsTheRootInDecimal() {
        java.util.Random rnd = new java.util.Random(11);
        java.math.MathContext twenty = new java.math.MathContext(20);
        List<BigDecimal> variances = new java.util.ArrayList<>(List.of(BigDecimal.ZERO, new BigDecimal("0.25"),
                new BigDecimal("2.25"), new BigDecimal("1e-20"), new BigDecimal("99999999.99999999999999999999")));
        for (int i = 0; i < 20_000; i++) {
            variances.add(BigDecimal.valueOf(rnd.nextLong() & 0xFFFFFFFFFFL, 20 - rnd.nextInt(12)).setScale(20));
            // squares of roots that end in exactly half a hundredth, and a hair either side: where rounding turns
            BigDecimal half = BigDecimal.valueOf(rnd.nextInt(2_000_000)).add(new BigDecimal("0.5"));
            BigDecimal square = half.multiply(half).setScale(20);
            variances.add(square);
            variances.add(square.add(new BigDecimal("1e-20")));
            variances.add(square.subtract(new BigDecimal("1e-20")));
        }
        for (BigDecimal v : variances) {
            assertEquals(YEAR.round(v.sqrt(twenty).movePointLeft(2)), Distribution.roundedRoot(v, YEAR), v.toString());
        }
    }
}
