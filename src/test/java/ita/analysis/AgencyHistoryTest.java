package ita.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.AgencyYear;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgencyHistoryTest {

    private static AgencyYear year(int y) {
        return Seeds.year(Seeds.NA_SAI, y, "80.00", null, List.of()).build();
    }

    @Test
    void sortsYearsAndFindsNeighbours() {
        AgencyHistory h = AgencyHistory.of(List.of(year(2567), year(2564), year(2566)));
        assertEquals(List.of(2564, 2566, 2567), h.fiscalYears());
        assertEquals(2567, h.latest().fiscalYear());
        assertEquals(2564, h.before(2566).orElseThrow().fiscalYear());
        assertTrue(h.before(2564).isEmpty());
        assertTrue(h.year(2565).isEmpty());
    }

    @Test
    void refusesTwoRecordsOfOneYearNamingBothFiles() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AgencyHistory.of(List.of(year(2567), year(2567))));
        assertEquals("agency องค์การบริหารส่วนตำบลนาทราย has two records for fiscal year 2567: นาทราย-2567.xlsx and "
                + "นาทราย-2567.xlsx; keep one", e.getMessage());
        assertEquals(List.of(2567), AgencyHistory.duplicateYears(List.of(year(2566), year(2567), year(2567))));
    }

    @Test
    void groupsBecomeHistoriesKeyedByTheMapKeyInReportOrder() {
        Map<String, List<AgencyYear>> groups = new LinkedHashMap<>();
        groups.put("udon-1", List.of(year(2566), year(2567)));
        groups.put("phichit", List.of(Seeds.seed003()));
        List<AgencyHistory> h = AgencyHistory.fromGroups(groups);
        assertEquals(List.of("phichit", "udon-1"), h.stream().map(x -> x.agency().id()).toList());
        assertEquals("พิจิตร", h.get(0).agency().province());
        assertEquals(2, h.get(1).years().size());
    }
}
