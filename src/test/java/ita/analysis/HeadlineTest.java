package ita.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.framework.FrameworkCatalog;
import ita.report.summary.SmallProvince;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The executive summary's figures of {@link SmallProvince} in 2566, worked by hand from its table: totals 73.35,
 * 88.00, 96.50, 88.00 and 80.25.
 */
class HeadlineTest {

    private final ProvinceAnalysis province = SmallProvince.province();
    private final Headline h = province.headline(FrameworkCatalog.standard());

    private static void same(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "expected " + expected + " but was " + actual);
    }

    @Test
    void countsMeanAndPassingOfTheNewestYear() {
        assertEquals(2566, h.fiscalYear());
        assertEquals("พิจิตร", h.name());
        assertEquals(5, h.agencies());
        // (73.35 + 88.00 + 96.50 + 88.00 + 80.25) / 5 = 426.10 / 5
        same("85.22", h.mean());
        assertEquals(3, h.passing().count());
        same("60.00", h.passing().share());
    }

    @Test
    void changeFromTheYearBefore() {
        // 2565: (70 + 85.5 + 60 + 92 + 78 + 82.25) / 6 = 77.958…
        same("77.96", h.previousMean());
        same("7.26", h.meanChange());
        assertEquals(2, h.passing().previousCount());
        same("26.67", h.passing().shareChange());
    }

    @Test
    void againstTheTargetAndTheCountry() {
        assertFalse(h.meetsTarget());
        same("-20.00", h.targetGap());
        // 2566 as published: mean 90.19, 80.94 % at or above 85
        same("-4.97", h.gapToNationalMean().orElseThrow());
        same("-20.94", h.gapToNationalShare().orElseThrow());
    }

    @Test
    void districtsAndTypesFromTheBestToTheWeakest() {
        // เมืองพิจิตร (96.50 + 88.00 + 80.25) / 3 = 88.25; ทับคล้อ (73.35 + 88.00) / 2 = 80.675
        assertEquals(List.of("เมืองพิจิตร", "ทับคล้อ"), h.districts().stream().map(GroupMean::name).toList());
        same("88.25", h.bestDistrict().orElseThrow().mean());
        same("80.68", h.weakestDistrict().orElseThrow().mean());
        assertEquals(3, h.bestDistrict().orElseThrow().agencies());
        // เทศบาล (88.00 + 96.50) / 2 = 92.25; อบต. (73.35 + 88.00 + 80.25) / 3 = 80.533…
        assertEquals("เทศบาล", h.bestType().orElseThrow().name());
        same("92.25", h.bestType().orElseThrow().mean());
        assertEquals("อบต.", h.weakestType().orElseThrow().name());
        same("80.53", h.weakestType().orElseThrow().mean());
    }

    @Test
    void aYearWithoutResultsHasNoHeadlineAndOneDistrictNamesNoBestOrWeakest() {
        FrameworkCatalog c = FrameworkCatalog.standard();
        assertTrue(Headline.of(province.overall(), province.byDistrict(), province.byTypeGroup(), 2567,
                c.framework(2567)).isEmpty());
        GroupAnalysis district = province.byDistrict().get(0);
        Headline d = Headline.of(district, List.of(), province.byTypeGroup(), c.framework(2566));
        assertTrue(d.bestDistrict().isEmpty() && d.weakestDistrict().isEmpty());
    }
}
