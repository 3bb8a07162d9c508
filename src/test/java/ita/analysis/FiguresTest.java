package ita.analysis;

import static ita.analysis.Seeds.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.framework.FrameworkCatalog;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import java.math.RoundingMode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every figure the analysis computes is rounded by its year's own rule. A year that published one decimal, rounding
 * half to even, shows it: no place keeps a scale of its own.
 */
class FiguresTest {

    private static final YearFramework Y2567 = FrameworkCatalog.standard().framework(2567);
    /** 2567 as if it published figures with 1 decimal, rounding half to even. */
    private static final YearFramework ONE_DECIMAL = new YearFramework(Y2567.fiscalYear(), Y2567.generation(),
            Y2567.toolWeights(), 1, RoundingMode.HALF_EVEN, Y2567.tolerance(), Y2567.indicators(), Y2567.questions(),
            Y2567.subIndicators(), Y2567.oitItems(), Y2567.itemScores(), Y2567.levels(), Y2567.alsoAccepted(),
            Y2567.passMark(), Y2567.issues(), Y2567.national(), Y2567.notes());

    @Test
    void changesStatisticsAndTheTrendTakeTheYearsRounding() {
        assertEquals(d("0.2"), Delta.of(d("80.00"), d("80.25"), ONE_DECIMAL).change(), "0.25 half to even");
        assertEquals(d("0.25"), Delta.of(d("80.00"), d("80.25"), Y2567).change());
        Distribution s = Distribution.of(Seeds.scores("80.00", "80.15", "80.40"), ONE_DECIMAL);
        assertEquals(d("80.2"), s.mean(), "80.1833… to one decimal");
        assertEquals(d("80.2"), s.median(), "80.15 half to even");
        assertEquals(d("80.18"), Distribution.of(Seeds.scores("80.00", "80.15", "80.40"), Y2567).mean());
        List<AgencyYear> years = List.of(Seeds.year(Seeds.NA_SAI, 2563, "60.00", null, List.of()).build(),
                Seeds.year(Seeds.NA_SAI, 2564, "60.37", null, List.of()).build(),
                Seeds.year(Seeds.NA_SAI, 2565, "60.25", null, List.of()).build());
        assertEquals(d("0.1"), YearOverYear.slope(years, ONE_DECIMAL).orElseThrow(), "0.125 to one decimal");
        assertEquals(d("0.13"), YearOverYear.slope(years, Y2567).orElseThrow());
    }

    @Test
    void pointsToPassTheNextLevelAndTextsTakeTheYearsRounding() {
        AgencyYear y = Seeds.seed000();
        FixPlan plan = Priorities.of(y, ONE_DECIMAL);
        assertEquals(d("3.5"), plan.pointsToPass(), "85 − 81.52 = 3.48");
        assertEquals(1, plan.nextLevel().orElseThrow().pointsNeeded().scale());
        assertEquals(d("3.48"), Priorities.of(y, Y2567).pointsToPass());
        assertEquals("3.5", Figures.show(d("3.48"), ONE_DECIMAL));
        assertEquals("81.52", Figures.asWritten(d("81.52"), ONE_DECIMAL), "a reported figure is quoted as written");
        assertEquals("81.50", Figures.asWritten(d("81.5"), Y2567));
        CheckResult check = ScoreCheck.check(y, ONE_DECIMAL);
        assertTrue(check.total().describe().contains("ที่รายงาน 81.52 "), check.total().describe());
        assertEquals("3.5", NumberText.n(new YearAnalysis(y, ONE_DECIMAL, java.util.Optional.empty(), check,
                StrengthsWeaknesses.of(y, ONE_DECIMAL, AnalysisSettings.defaults()), plan, java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty()), plan.pointsToPass()));
    }

    @Test
    void issueMeansTakeTheYearsRounding() {
        List<ita.model.QuestionScore> qs = List.of(new ita.model.QuestionScore("i1", "", d("80.00")),
                new ita.model.QuestionScore("i2", "", d("80.25")));
        assertEquals(d("80.1"), IssueScore.of(1, "ประเด็น", qs, List.of(), List.of(), ONE_DECIMAL).questionMean(),
                "80.125 half to even");
        assertEquals(d("80.13"), IssueScore.of(1, "ประเด็น", qs, List.of(), List.of(), Y2567).questionMean());
    }
}
