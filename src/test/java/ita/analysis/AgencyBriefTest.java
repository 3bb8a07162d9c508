package ita.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.report.summary.SmallProvince;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyBriefTest {

    @Test
    void aBriefShowsWhatTheAnalysisShowsYearByYear() {
        List<AgencyAnalysis> analyses = SmallProvince.analyses();
        int changes = 0;
        int failed = 0;
        for (AgencyAnalysis a : analyses) {
            AgencyBrief b = AgencyBrief.of(a);
            assertEquals(a.agency(), b.agency());
            assertEquals(a.history().fiscalYears(), b.fiscalYears());
            assertEquals(a.years().size(), b.years().size());
            for (YearAnalysis y : a.years()) {
                AgencyBrief.Year by = b.year(y.fiscalYear()).orElseThrow();
                String where = a.agency().name() + " " + y.fiscalYear();
                assertEquals(y.level(), by.level(), where);
                assertEquals(y.provinceRank(), by.provinceRank(), where);
                assertEquals(y.profile().weakest(), by.weakest(), where);
                assertEquals(y.profile().itemsKnown(), by.itemsKnown(), where);
                assertEquals(y.profile().failedItemList().stream().map(o -> y.framework().displayCode(o.code()))
                        .toList(), by.failedItems(), where);
                if (y.fromPrevious().isPresent()) {
                    YearChange c = y.fromPrevious().get();
                    assertEquals(java.util.Optional.ofNullable(c.total().change()), by.changeSince(c.fromYear()), where);
                    assertTrue(by.changeSince(c.fromYear() - 1).isEmpty(), "only the previous record's year: " + where);
                    changes++;
                } else {
                    assertTrue(by.changeSince(y.fiscalYear() - 1).isEmpty(), where);
                }
                failed += by.failedItems().size();
            }
        }
        assertTrue(changes > 0 && failed > 0, "the fixture has changes (" + changes + ") and failed items (" + failed + ")");
    }
}
