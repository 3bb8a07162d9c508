package ita.analysis;

import static ita.analysis.Seeds.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import ita.model.AgencyYear;
import ita.model.Tool;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedTableTest {

    private static WeightedTable of(AgencyYear y) {
        AgencyAnalysis a = AgencyAnalyzer.analyze(AgencyHistory.of(List.of(y)), AnalysisSettings.defaults(),
                Rankings.none());
        return WeightedTable.of(a.latest());
    }

    @Test
    void computedToolsAreShownRoundedButWeightedAndTotalledUnrounded() {
        // no tool reported; OIT (74.21 + 25.00) / 2 = 49.605
        WeightedTable t = of(Seeds.year(Seeds.BA_TONG, 2565, "70.86", "C", Seeds.scores("90.07", "90.07", "90.07",
                "90.07", "90.07", "80.00", "80.00", "80.00", "74.21", "25.00")).build());
        WeightedTable.Row oit = t.rows().get(Tool.OIT.ordinal());
        assertFalse(oit.reported());
        assertEquals(d("49.61"), oit.score(), "shown rounded");
        assertEquals(d("19.84"), oit.weighted(), "0.40 × 49.605 = 19.842, not 0.40 × 49.61 = 19.844");
        assertEquals(d("70.86"), t.total(), "27.021 + 24 + 19.842 = 70.863; from the rounded tools it would be 70.87");
        assertEquals(d("0.00"), t.difference());
    }

    @Test
    void reportedToolsAreTakenAsReported() {
        WeightedTable t = of(Seeds.seed003());
        assertEquals(List.of(d("29.94"), d("23.57"), d("19.84")), t.rows().stream().map(WeightedTable.Row::weighted)
                .toList());
        assertEquals(d("73.35"), t.total());
    }
}
