package ita.analysis;

import static ita.analysis.Seeds.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.AgencyYear;
import ita.model.Tool;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearOverYearTest {

    private static AgencyYear total(int year, String total, String level) {
        return Seeds.year(Seeds.NA_SAI, year, total, level, List.of()).build();
    }

    @Test
    void comparesConsecutiveYearsByIndicatorNumberAndTool() {
        AgencyYear a = Seeds.year(Seeds.THAP_KHLO, 2565, "73.35", "C", Seeds.seed003().indicators())
                .tool(Tool.OIT, d("49.60")).build();
        AgencyYear b = Seeds.year(Seeds.THAP_KHLO, 2566, "80.10", "B", Seeds.scores("100.00", "99.00", "100.00",
                "99.45", "100.00", "90.00", "70.00", "81.35", "80.00", "40.00")).tool(Tool.OIT, d("60.00")).build();
        Trend t = YearOverYear.of(AgencyHistory.of(List.of(b, a)));
        assertEquals(List.of(2565, 2566), t.fiscalYears());
        YearChange c = t.steps().get(0);
        assertEquals(d("6.75"), c.total().change());
        assertEquals(d("15.00"), c.indicator(10).change());
        assertEquals(d("-0.50"), c.indicator(2).change());
        assertEquals(d("0.00"), c.indicator(8).change());
        assertEquals(d("10.40"), c.tools().get(Tool.OIT).change());
        assertNull(c.tools().get(Tool.IIT).change(), "IIT was not reported");
        assertEquals(1, c.levelSteps(), "C to B is one level up");
        assertFalse(c.totalsOnly());
        assertEquals(c, t.firstToLast().orElseThrow());
    }

    @Test
    void theSlopeIsExactAndRoundedOnceAsTheYearPublishes() {
        // (60.25 − 60.00) / 2 = 0.125 exactly → 0.13; through doubles the regression gives 0.12499999999999822 → 0.12
        Trend t = YearOverYear.of(AgencyHistory.of(List.of(total(2563, "60.00", null), total(2564, "60.37", null),
                total(2565, "60.25", null))));
        assertEquals(d("0.13"), t.slopePerYear().orElseThrow());
    }

    @Test
    void trendSlopeGainDropAndMissingYears() {
        // 2563 70, 2564 80, 2566 78, 2567 85: years 2563 2564 2566 2567, mean 2565, totals mean 78.25
        // Sxx = 4 + 1 + 1 + 4 = 10; Sxy = (−2)(−8.25) + (−1)(1.75) + (1)(−0.25) + (2)(6.75) = 28
        // slope = 2.8 points a year
        Trend t = YearOverYear.of(AgencyHistory.of(List.of(total(2563, "70.00", null), total(2564, "80.00", null),
                total(2566, "78.00", null), total(2567, "85.00", null))));
        assertEquals(d("2.80"), t.slopePerYear().orElseThrow());
        assertEquals(List.of(2565), t.missingYears());
        assertEquals(2563, t.biggestGain().orElseThrow().fromYear());
        assertEquals(d("10.00"), t.biggestGain().orElseThrow().total().change());
        assertEquals(d("-2.00"), t.biggestDrop().orElseThrow().total().change());
        YearChange skipping = t.steps().get(1);
        assertTrue(skipping.skipsYears());
        assertEquals(2, skipping.span());
        assertEquals(d("15.00"), t.firstToLast().orElseThrow().total().change());
        assertEquals(t.steps().get(2), t.into(2567).orElseThrow());
        assertTrue(t.into(2563).isEmpty());
    }

    @Test
    void equalGainsGiveTheEarliestAndNoDropWhenNothingFell() {
        Trend t = YearOverYear.of(AgencyHistory.of(List.of(total(2562, "70.00", null), total(2563, "75.00", null),
                total(2564, "80.00", null))));
        assertEquals(2562, t.biggestGain().orElseThrow().fromYear());
        assertTrue(t.biggestDrop().isEmpty());
    }

    @Test
    void oldYearsCompareTotalsOnly() {
        AgencyYear old = total(2561, "80.00", "B");
        AgencyYear recent = Seeds.year(Seeds.NA_SAI, 2562, "85.00", "A", Seeds.seed002().indicators()).build();
        YearChange c = YearOverYear.of(AgencyHistory.of(List.of(old, recent))).steps().get(0);
        assertTrue(c.totalsOnly());
        assertEquals(d("5.00"), c.total().change());
        assertTrue(c.tools().isEmpty());
        assertNull(c.indicator(1).change());
        assertEquals(1, c.levelSteps());
    }

    @Test
    void levelsOfDifferentSchemesAreNotCompared() {
        YearChange c = YearOverYear.of(AgencyHistory.of(List.of(total(2566, "80.00", "B"),
                total(2567, "81.52", "ต้องปรับปรุง")))).steps().get(0);
        assertEquals("B", c.fromLevel());
        assertEquals("ต้องปรับปรุง", c.toLevel());
        assertNull(c.levelSteps());
    }

    @Test
    void oneYearHasNoTrend() {
        Trend t = YearOverYear.of(AgencyHistory.of(List.of(Seeds.seed000())));
        assertFalse(t.hasHistory());
        assertTrue(t.steps().isEmpty());
        assertTrue(t.firstToLast().isEmpty());
        assertTrue(t.slopePerYear().isEmpty());
    }
}
