package ita.analysis;

import static ita.analysis.Seeds.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.AgencyYear;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgencyAnalyzerTest {

    @Test
    void analysesEveryYearWithItsChangeAndRanks() {
        AgencyYear y2566 = Seeds.year(Seeds.NA_SAI, 2566, "80.00", "B", List.of()).build();
        AgencyHistory nasai = AgencyHistory.of(List.of(y2566, Seeds.seed000()));
        AgencyHistory other = RankingsTest.history(RankingsTest.A, 2567, "90.00");
        other = new AgencyHistory(Seeds.agency("ก", "พิบูลย์รักษ์", "อุดรธานี"), other.years());
        List<AgencyAnalysis> all = AgencyAnalyzer.analyzeAll(List.of(nasai, other), AnalysisSettings.defaults());
        AgencyAnalysis a = all.stream().filter(x -> x.agency().equals(Seeds.NA_SAI)).findFirst().orElseThrow();
        assertEquals(2, a.years().size());
        YearAnalysis latest = a.latest();
        assertEquals(2567, latest.fiscalYear());
        assertEquals(CheckStatus.MISMATCH, latest.check().overall());
        assertEquals(List.of(9), IndicatorScore.numbers(latest.profile().weakest()));
        assertEquals(d("3.48"), latest.plan().pointsToPass());
        assertEquals(d("1.52"), latest.fromPrevious().orElseThrow().total().change());
        assertEquals(new Rank(2, 2), latest.provinceRank().orElseThrow());
        assertEquals(new Rank(2, 2), latest.districtRank().orElseThrow());
        assertTrue(a.year(2566).orElseThrow().fromPrevious().isEmpty());
        assertEquals("ต้องปรับปรุง", latest.level());
        assertTrue(latest.frameworkNote().isEmpty());
    }

    @Test
    void levelIsComputedWhenNoneWasReportedAndFutureYearsSayWhichRulesApply() {
        AgencyYear y = Seeds.year(Seeds.BA_TONG, 2570, "81.00", null, List.of()).build();
        AgencyAnalysis a = AgencyAnalyzer.analyze(AgencyHistory.of(List.of(y)), AnalysisSettings.defaults(),
                Rankings.none());
        YearAnalysis ya = a.latest();
        assertEquals("ต้องปรับปรุง", ya.level());
        assertTrue(!ya.levelReported());
        assertTrue(ya.frameworkNote().orElseThrow().contains("using the rules of 2569"));
        assertTrue(ya.provinceRank().isEmpty());
        // 91.93 is ผ่าน or ผ่านดี depending on the tools, which are unknown: no level is made up
        AgencyYear high = Seeds.year(Seeds.BA_TONG, 2570, "91.93", null, List.of()).build();
        assertEquals(null, AgencyAnalyzer.analyze(AgencyHistory.of(List.of(high)), AnalysisSettings.defaults(),
                Rankings.none()).latest().level());
    }
}
