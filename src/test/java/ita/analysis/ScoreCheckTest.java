package ita.analysis;

import static ita.analysis.Seeds.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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

class ScoreCheckTest {

    private final FrameworkCatalog catalog = FrameworkCatalog.standard();
    private final YearFramework y2565 = catalog.framework(2565);
    private final YearFramework y2567 = catalog.framework(2567);

    @Test
    void seed003TotalLevelAndToolsAllCheck() {
        CheckResult r = ScoreCheck.check(Seeds.seed003(), y2565);
        assertEquals(CheckStatus.OK, r.total().status());
        assertEquals(d("73.35"), r.total().reported());
        assertEquals(d("73.35"), r.computedTotal());
        assertEquals(Basis.INDICATORS, r.total().basis());
        assertEquals(CheckStatus.OK, r.level().status());
        assertEquals("C", r.computedLevel());
        // IIT 498.95 / 5 = 99.79 against the published 99.80; OIT 99.21 / 2 = 49.61 against 49.60: within 0.02
        assertEquals(CheckStatus.OK, r.tool(Tool.IIT).status());
        assertEquals(d("99.79"), r.tool(Tool.IIT).computed());
        assertEquals(d("0.01"), r.tool(Tool.IIT).difference());
        assertEquals(CheckStatus.OK, r.tool(Tool.EIT).status());
        assertEquals(CheckStatus.OK, r.tool(Tool.OIT).status());
        assertEquals(CheckStatus.OK, r.overall());
    }

    @Test
    void aTotalFromIndicatorsIsCheckedWithOneRoundingAtTheEnd() {
        // OIT 49.605 unrounded: 27.021 + 24 + 19.842 = 70.863 → 70.86 (rounding the tool first would give 70.87)
        AgencyYear y = Seeds.year(Seeds.BA_TONG, 2565, "70.86", "C", Seeds.scores("90.07", "90.07", "90.07", "90.07",
                "90.07", "80.00", "80.00", "80.00", "74.21", "25.00")).build();
        CheckResult r = ScoreCheck.check(y, y2565);
        assertEquals(d("70.86"), r.computedTotal());
        assertEquals(d("0.00"), r.total().difference());
        assertEquals(d("49.61"), r.tool(Tool.OIT).computed(), "the tool is shown rounded");
        assertEquals(CheckStatus.OK, r.overall());
    }

    @Test
    void year2566LabelsAreCheckedInTheSchemeTheyBelongTo() {
        YearFramework y2566 = catalog.framework(2566);
        CheckResult letter = ScoreCheck.check(Seeds.year(Seeds.BA_TONG, 2566, "91.93", "A", List.of()).build(), y2566);
        assertEquals(CheckStatus.OK, letter.level().status());
        assertEquals("AA–F", letter.level().scheme());
        // ผ่าน, not ผ่านดี: OIT is below 85
        CheckResult label = ScoreCheck.check(Seeds.year(Seeds.BA_TONG, 2566, "87.50", "ผ่าน", List.of())
                .tool(Tool.IIT, d("95.00")).tool(Tool.EIT, d("90.00")).tool(Tool.OIT, d("80.00")).build(), y2566);
        assertEquals(CheckStatus.OK, label.level().status(), label.level().describe());
        assertEquals(catalog.framework(2567).levels().name(), label.level().scheme());
        CheckResult wrong = ScoreCheck.check(Seeds.year(Seeds.BA_TONG, 2566, "81.52", "ผ่าน", List.of()).build(), y2566);
        assertEquals(CheckStatus.MISMATCH, wrong.level().status());
        assertEquals("ต้องปรับปรุง", wrong.level().computed());
        // in 2565 only AA–F was printed: ผ่าน is not a level of the year
        CheckResult y2565Label = ScoreCheck.check(Seeds.year(Seeds.BA_TONG, 2565, "91.93", "ผ่าน", List.of()).build(),
                y2565);
        assertEquals(CheckStatus.MISMATCH, y2565Label.level().status());
    }

    @Test
    void seed002TotalAndLevelCheckFromIndicatorsAlone() {
        CheckResult r = ScoreCheck.check(Seeds.seed002(), y2565);
        assertEquals(CheckStatus.OK, r.total().status());
        assertEquals(d("91.93"), r.computedTotal());
        assertEquals("A", r.computedLevel());
        assertEquals(CheckStatus.OK, r.level().status());
        assertEquals(CheckStatus.NOT_CHECKABLE, r.tool(Tool.IIT).status(), "no tool score was reported");
        assertEquals(List.of("iit"), r.tool(Tool.IIT).missing());
        assertEquals(CheckStatus.OK, r.overall());
    }

    @Test
    void flagsSeed000TotalThatDoesNotMatchIndicators() {
        CheckResult r = ScoreCheck.check(Seeds.seed000(), y2567);
        FigureCheck total = r.total();
        assertEquals(CheckStatus.MISMATCH, total.status());
        assertEquals(d("81.52"), total.reported());
        assertEquals(d("77.12"), total.computed());
        assertEquals(d("4.40"), total.gap());
        assertEquals(d("4.40"), total.difference());
        assertEquals("คะแนนรวม ที่รายงาน 81.52 ไม่ตรงกับที่คำนวณจากคะแนนตัวชี้วัด 77.12 (ต่างกัน 4.40)",
                total.describe());
        // the level is judged on the reported total, which ITAS publishes: 81.52 is ต้องปรับปรุง
        assertEquals(CheckStatus.OK, r.level().status());
        assertEquals(Basis.REPORTED_TOTAL, r.level().basis());
        assertEquals(CheckStatus.MISMATCH, r.overall());
        assertEquals(d("81.52"), Seeds.seed000().total(), "the reported total is never replaced");
    }

    @Test
    void recomputesSeed000OitIndicatorsExactlyFromItems() {
        CheckResult r = ScoreCheck.check(Seeds.seed000(), y2567);
        FigureCheck ind9 = r.indicator(9).orElseThrow();
        FigureCheck ind10 = r.indicator(10).orElseThrow();
        assertEquals(CheckStatus.OK, ind9.status());
        assertEquals(Basis.OIT_ITEMS, ind9.basis());
        assertEquals(d("68.45"), ind9.computed());
        assertEquals(0, ind9.difference().signum());
        assertEquals(CheckStatus.OK, ind10.status());
        assertEquals(d("76.67"), ind10.computed());
        assertEquals(0, ind10.difference().signum());
    }

    @Test
    void partialItemListIsNotRecomputedAndNamesWhatIsMissing() {
        AgencyYear.Builder b = Seeds.year(Seeds.NA_SAI, 2567, "81.52", "ต้องปรับปรุง", Seeds.scores("81.67", "83.13",
                "89.17", "72.71", "81.25", "84.20", "80.62", "71.41", "68.45", "76.67"));
        for (int i = 0; i < Seeds.SEED_000_ITEMS.length; i++) {
            if (Seeds.SEED_000_ITEMS[i] < 100) {
                b.oitItem(new OitItemScore("o" + (i + 1), "", BigDecimal.valueOf(Seeds.SEED_000_ITEMS[i]), ""));
            }
        }
        CheckResult r = ScoreCheck.check(b.build(), y2567);
        FigureCheck ind10 = r.indicator(10).orElseThrow();
        assertEquals(CheckStatus.NOT_CHECKABLE, ind10.status());
        assertNull(ind10.computed());
        assertEquals(List.of("o26", "o27", "o29", "o30", "o31", "o32", "o33", "o35"), ind10.missing());
        assertTrue(ind10.describe().startsWith("ตรวจสอบตัวชี้วัดที่ 10 ไม่ได้: ขาด ข้อ o26"), ind10.describe());
    }

    @Test
    void indicatorsFromQuestionsWhenEveryQuestionIsPresent() {
        AgencyYear.Builder b = Seeds.year(Seeds.NA_SAI, 2567, null, null, Seeds.scores("81.67"));
        b.question(new QuestionScore("i1", "", d("80.00")));
        b.question(new QuestionScore("i2", "", d("85.00")));
        b.question(new QuestionScore("i3", "", d("80.01")));
        b.question(new QuestionScore("i4", "", d("90.00")));
        CheckResult r = ScoreCheck.check(b.build(), y2567);
        FigureCheck ind1 = r.indicator(1).orElseThrow();
        // (80.00 + 85.00 + 80.01) / 3 = 81.67
        assertEquals(CheckStatus.OK, ind1.status());
        assertEquals(d("81.67"), ind1.computed());
        assertEquals(Basis.QUESTIONS, ind1.basis());
        FigureCheck ind2 = r.indicator(2).orElseThrow();
        assertEquals(CheckStatus.NOT_CHECKABLE, ind2.status());
        assertEquals(List.of("ind2", "i5", "i6"), ind2.missing());
    }

    @Test
    void totalChecksFromReportedToolsWhenIndicatorsAreMissing() {
        AgencyYear y = Seeds.year(Seeds.THAP_KHLO, 2565, "73.35", "C", List.of())
                .tool(Tool.IIT, d("99.80")).tool(Tool.EIT, d("78.57")).tool(Tool.OIT, d("49.60")).build();
        CheckResult r = ScoreCheck.check(y, y2565);
        assertEquals(CheckStatus.OK, r.total().status());
        assertEquals(Basis.REPORTED_TOOLS, r.total().basis());
        assertEquals(d("73.35"), r.computedTotal());
        assertEquals(CheckStatus.NOT_CHECKABLE, r.tool(Tool.OIT).status());
        assertEquals(List.of("ind9", "ind10"), r.tool(Tool.OIT).missing());
        assertEquals(CheckStatus.OK, r.overall());
    }

    @Test
    void totalIsNotCheckableWhenAToolCannotBeComputedAndWasNotReported() {
        AgencyYear y = Seeds.year(Seeds.THAP_KHLO, 2565, "73.35", "C", Seeds.scores("100.00", "99.50", "100.00",
                "99.45", "100.00", "88.21", "66.15", "81.35", "74.21")).build();
        CheckResult r = ScoreCheck.check(y, y2565);
        assertEquals(CheckStatus.NOT_CHECKABLE, r.total().status());
        assertEquals(List.of("oit", "ind10"), r.total().missing());
        assertEquals(CheckStatus.NOT_CHECKABLE, r.overall());
    }

    @Test
    void toleranceAllowsTwoHundredthsButNotThree() {
        CheckResult within = ScoreCheck.check(Seeds.year(Seeds.BA_TONG, 2565, "91.95", "A", Seeds.seed002()
                .indicators()).build(), y2565);
        assertEquals(CheckStatus.OK, within.total().status());
        CheckResult outside = ScoreCheck.check(Seeds.year(Seeds.BA_TONG, 2565, "91.96", "A", Seeds.seed002()
                .indicators()).build(), y2565);
        assertEquals(CheckStatus.MISMATCH, outside.total().status());
        assertEquals(d("0.03"), outside.total().gap());
    }

    @Test
    void flagsLevelThatDoesNotFitTheTotal() {
        CheckResult r = ScoreCheck.check(Seeds.year(Seeds.BA_TONG, 2565, "91.93", "B", Seeds.seed002().indicators())
                .build(), y2565);
        assertEquals(CheckStatus.MISMATCH, r.level().status());
        assertEquals("A", r.level().computed());
        assertEquals(CheckStatus.MISMATCH, r.overall());
    }

    @Test
    void level2567NeedsToolScoresAboveEightyFive() {
        // total 90 with tools computed from indicators: IIT 96, EIT 96, OIT 80 → ผ่าน, not ผ่านดี
        AgencyYear y = Seeds.year(Seeds.NA_SAI, 2567, "90.00", "ผ่านดี", Seeds.scores("96", "96", "96", "96", "96",
                "96", "96", "96", "80", "80")).build();
        CheckResult r = ScoreCheck.check(y, y2567);
        assertEquals("ผ่าน", r.computedLevel());
        assertEquals(CheckStatus.MISMATCH, r.level().status());
        // without tool scores a total of 90 cannot tell ผ่าน from ผ่านดี
        AgencyYear bare = Seeds.year(Seeds.NA_SAI, 2567, "90.00", "ผ่านดี", List.of()).build();
        LevelCheck level = ScoreCheck.check(bare, y2567).level();
        assertEquals(CheckStatus.NOT_CHECKABLE, level.status());
        assertEquals(List.of("iit", "eit", "oit"), level.missing());
    }

    @Test
    void totalOnlyYearChecksNothingButTheLevel() {
        AgencyYear y = Seeds.year(Seeds.NA_SAI, 2560, "86.10", "A", List.of()).build();
        CheckResult r = ScoreCheck.check(y, catalog.framework(2560));
        assertEquals(CheckStatus.NOT_CHECKABLE, r.total().status());
        assertEquals(CheckStatus.OK, r.level().status());
        assertTrue(r.indicators().isEmpty());
        assertEquals(CheckStatus.NOT_CHECKABLE, r.overall());
    }

    @Test
    void missingLevelIsReportedAsComputed() {
        CheckResult r = ScoreCheck.check(Seeds.year(Seeds.BA_TONG, 2565, "91.93", null, Seeds.seed002().indicators())
                .build(), y2565);
        assertEquals(CheckStatus.NOT_CHECKABLE, r.level().status());
        assertEquals("A", r.level().computed());
        assertEquals(List.of("level"), r.level().missing());
        assertEquals(CheckStatus.OK, r.overall());
    }
}
