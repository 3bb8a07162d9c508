package ita.analysis;

import static ita.analysis.Seeds.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.framework.FrameworkCatalog;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.model.Tool;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrengthsWeaknessesTest {

    private final YearFramework y2565 = FrameworkCatalog.standard().framework(2565);
    private final YearFramework y2567 = FrameworkCatalog.standard().framework(2567);

    @Test
    void seed002StrengthsAboveEightyHighestFirstAndIndicator8Weakest() {
        Profile p = StrengthsWeaknesses.of(Seeds.seed002(), y2565, d("80"));
        assertEquals(List.of(10, 5, 9, 1, 6, 2, 3, 7, 4), IndicatorScore.numbers(p.strengths()));
        assertEquals(List.of(8), IndicatorScore.numbers(p.weakest()));
        assertEquals(d("79.45"), p.weakest().get(0).score());
        assertEquals("การปรับปรุงระบบการทำงาน", p.weakest().get(0).name());
        assertEquals(List.of(8), IndicatorScore.numbers(p.belowThreshold()));
        assertEquals(Verdict.URGENT, p.assessments().get(7).verdict(), "the weakest below the threshold is urgent");
    }

    @Test
    void seed003WeakestIsIndicator10AndVerdictsFollowTheRule() {
        Profile p = StrengthsWeaknesses.of(Seeds.seed003(), y2565, AnalysisSettings.DEFAULT_THRESHOLD);
        assertEquals(List.of(10), IndicatorScore.numbers(p.weakest()));
        assertEquals(d("25.00"), p.weakest().get(0).score());
        assertEquals(List.of(1, 3, 5, 2, 4, 6), IndicatorScore.numbers(p.strengths()));
        assertEquals(List.of(7, 8, 9, 10), IndicatorScore.numbers(p.belowThreshold()));
        // ≥ 85 keep up; 81.35 and 74.21 develop; 66.15 below 70 and 25.00 the weakest are urgent
        assertEquals(List.of(Verdict.KEEP_UP, Verdict.KEEP_UP, Verdict.KEEP_UP, Verdict.KEEP_UP, Verdict.KEEP_UP,
                        Verdict.KEEP_UP, Verdict.URGENT, Verdict.DEVELOP, Verdict.DEVELOP, Verdict.URGENT),
                p.assessments().stream().map(IndicatorAssessment::verdict).toList());
        assertEquals(List.of(9, 10), p.byTool(Tool.OIT).stream().map(a -> a.indicator().number()).toList());
    }

    @Test
    void strengthTiesGoToTheLowerIndicatorNumberAndWeakestTiesAreKept() {
        AgencyYear y = Seeds.year(Seeds.BA_TONG, 2565, null, null, Seeds.scores("90", "95", "90", "70", "95", "70",
                "88", "88", "88", "88")).build();
        Profile p = StrengthsWeaknesses.of(y, y2565, d("85"));
        assertEquals(List.of(2, 5, 1, 3, 7, 8, 9, 10), IndicatorScore.numbers(p.strengths()));
        assertEquals(List.of(4, 6), IndicatorScore.numbers(p.weakest()));
        assertTrue(p.assessments().get(3).weakest());
        assertEquals(Verdict.URGENT, p.assessments().get(3).verdict());
    }

    @Test
    void nothingIsUrgentWhenEveryIndicatorIsAtTheThreshold() {
        AgencyYear y = Seeds.year(Seeds.BA_TONG, 2565, null, null, Seeds.scores("99", "98", "97", "96", "95", "94",
                "93", "92", "91", "90")).build();
        Profile p = StrengthsWeaknesses.of(y, y2565, d("85"));
        assertTrue(p.withVerdict(Verdict.URGENT).isEmpty());
        assertEquals(List.of(10), IndicatorScore.numbers(p.weakest()));
        assertTrue(p.belowThreshold().isEmpty());
    }

    @Test
    void seed000FailedItemsGroupedBySubIndicatorWithTitles() {
        Profile p = StrengthsWeaknesses.of(Seeds.seed000(), y2567, d("85"));
        assertEquals(List.of("9.1", "9.2", "9.3", "9.4", "10.1", "10.3"),
                p.failedItems().stream().map(FailedItems::subIndicator).toList());
        FailedItems procurement = p.failedItems().get(2);
        assertEquals(List.of("o14", "o15", "o16", "o17"), procurement.items().stream().map(OitItemScore::code).toList());
        assertEquals(4, procurement.itemCount());
        assertEquals("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", p.failedItems().get(5).items().get(0).title());
        assertEquals(List.of("o4", "o8", "o12", "o14", "o15", "o16", "o17", "o19", "o20", "o28", "o34"),
                p.failedItemList().stream().map(OitItemScore::code).toList());
        assertTrue(p.itemsKnown());
    }

    @Test
    void lowestQuestionsPerToolKeepTiesAtTheCut() {
        AgencyYear.Builder b = Seeds.year(Seeds.NA_SAI, 2567, null, null, List.of());
        String[][] q = {{"i1", "80"}, {"i2", "60"}, {"i10", "70"}, {"i11", "70"}, {"i3", "95"}, {"e1", "50"},
                {"e2", "90"}};
        for (String[] x : q) {
            b.question(new QuestionScore(x[0], "", d(x[1])));
        }
        Profile p = StrengthsWeaknesses.of(b.build(), y2567, AnalysisSettings.DEFAULT_THRESHOLD, d("70"), 2);
        assertEquals(List.of("i2", "i10", "i11"), p.lowestQuestions().get(Tool.IIT).stream().map(QuestionScore::code)
                .toList());
        assertEquals(List.of("e1", "e2"), p.lowestQuestions().get(Tool.EIT).stream().map(QuestionScore::code).toList());
        assertTrue(p.lowestQuestions().get(Tool.IIT).get(0).text().startsWith("ในหน่วยงานของท่าน มีเจ้าหน้าที่"),
                "the question text comes from the year's list");
    }

    @Test
    void crossToolIssuesOf2567CarryTheirQuestionsAndItems() {
        AgencyYear.Builder b = Seeds.year(Seeds.NA_SAI, 2567, null, null, List.of());
        b.question(new QuestionScore("i1", "", d("80.00")));
        b.question(new QuestionScore("i2", "", d("70.00")));
        b.question(new QuestionScore("i3", "", d("90.00")));
        for (int i = 0; i < Seeds.SEED_000_ITEMS.length; i++) {
            b.oitItem(new OitItemScore("o" + (i + 1), "", BigDecimal.valueOf(Seeds.SEED_000_ITEMS[i]), ""));
        }
        Profile p = StrengthsWeaknesses.of(b.build(), y2567, d("85"));
        assertEquals(7, p.issues().size());
        IssueScore first = p.issues().get(0);
        assertEquals(1, first.number());
        assertEquals(List.of("i1", "i2", "i3"), first.questions().stream().map(QuestionScore::code).toList());
        assertEquals(List.of("o7", "o8", "o9", "o10"), first.items().stream().map(OitItemScore::code).toList());
        assertEquals(d("80.00"), first.questionMean());
        assertEquals(List.of("o8"), first.failedItems().stream().map(OitItemScore::code).toList());
        assertTrue(first.missing().isEmpty());
        assertEquals(List.of("e1", "e2", "e3", "e7", "e8", "e9"), p.issues().get(1).missing());
    }

    @Test
    void noIssuesBefore2567AndNoItemsMeansItemsUnknown() {
        Profile p = StrengthsWeaknesses.of(Seeds.seed002(), y2565, d("85"));
        assertTrue(p.issues().isEmpty());
        assertFalse(p.itemsKnown());
        assertTrue(p.failedItems().isEmpty());
    }

    @Test
    void unknownIndicatorsAreLeftOutAndListed() {
        AgencyYear y = Seeds.year(Seeds.BA_TONG, 2565, null, null, Seeds.scores("90", "80")).build();
        Profile p = StrengthsWeaknesses.of(y, y2565, d("85"));
        assertEquals(List.of(3, 4, 5, 6, 7, 8, 9, 10), p.unknownIndicators());
        assertEquals(List.of(2), IndicatorScore.numbers(p.weakest()));
        assertFalse(p.complete());
    }
}
