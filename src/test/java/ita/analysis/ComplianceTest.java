package ita.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.framework.Concept;
import ita.model.Agency;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.report.summary.SmallProvince;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who the office chases in {@link SmallProvince} in 2566: A1 failed o42 and o43, A6 failed o42 only, A5 failed
 * only o15 (not a measures item), A2 and A4 were read without items, A3 has no 2566 result.
 */
class ComplianceTest {

    private final Compliance c = SmallProvince.province().overall().compliance();

    @Test
    void agenciesWhoseMeasuresItemsFailedWithBothItems() {
        assertEquals(2566, c.fiscalYear());
        assertEquals(List.of(SmallProvince.A1, SmallProvince.A6),
                c.measuresFailed().stream().map(Compliance.MeasuresFailure::agency).toList());
        Compliance.MeasuresFailure a6 = c.measuresFailed().get(1);
        assertEquals("O42", a6.item(Concept.MEASURES).orElseThrow().code());
        assertTrue(a6.item(Concept.MEASURES).orElseThrow().failed());
        assertEquals("O43", a6.item(Concept.MEASURES_REPORT).orElseThrow().code());
        assertFalse(a6.item(Concept.MEASURES_REPORT).orElseThrow().failed());
        assertEquals(2, c.failedCount(Concept.MEASURES));
        assertEquals(1, c.failedCount(Concept.MEASURES_REPORT));
        assertEquals(3, c.itemsChecked(), "A1, A5 and A6 gave their items");
        assertEquals(2, c.itemsUnknown(), "A2 and A4 were read without items");
    }

    @Test
    void agenciesWithoutAResultThisYearByTheirLastOne() {
        assertEquals(1, c.absent().size());
        Compliance.Absence a3 = c.absent().get(0);
        assertEquals(SmallProvince.A3, a3.agency());
        assertEquals(2565, a3.lastYear());
        assertEquals(0, new BigDecimal("60.00").compareTo(a3.lastTotal()));
        assertEquals("D", a3.lastLevel());
    }

    @Test
    void theLargestFallFromTheYearBefore() {
        assertEquals(1, c.fellMost().size());
        assertEquals(SmallProvince.A6, c.fellMost().get(0).agency());
        assertEquals(0, new BigDecimal("-2.00").compareTo(c.fellMost().get(0).change()));
    }

    @Test
    void theItemsAreFoundByConceptInEachYear() {
        // the measures document is o34 in 2567 and O25 in 2569: a failed o34 in 2567 is listed under its own code
        Agency a = SmallProvince.A1;
        AgencyYear y67 = AgencyYear.builder().agency(a).fiscalYear(2567, ita.model.YearSource.TITLE)
                .source(ita.model.SourceRef.file("a.xlsx")).total(new BigDecimal("80.00"))
                .oitItem(new OitItemScore("o34", "", BigDecimal.ZERO, ""))
                .oitItem(new OitItemScore("o42", "", BigDecimal.valueOf(100), "")).build();
        GroupAnalysis g = GroupStatistics.of(List.of(AgencyHistory.of(List.of(y67))), Grouping.PROVINCE).get(0);
        Compliance.MeasuresFailure f = g.compliance().measuresFailed().get(0);
        assertEquals("o34", f.item(Concept.MEASURES).orElseThrow().code());
        assertEquals("o35", f.item(Concept.MEASURES_REPORT).orElseThrow().code());
        assertNull(f.item(Concept.MEASURES_REPORT).orElseThrow().score(), "o35 was not given");
    }
}
