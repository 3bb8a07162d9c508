package ita.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.framework.FrameworkCatalog;
import ita.model.AgencyType;
import ita.model.QuestionScore;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasurePlannerTest {

    private final MeasurePlanner planner = MeasurePlanner.standard();
    private final MeasurePlan plan = planner.plan(PlanFixtures.tabKhlo2565());

    @Test
    void plansForTheYearAfterTheResult() {
        assertEquals(2565, plan.resultYear());
        assertEquals(2566, plan.fiscalYear());
        assertEquals("องค์การบริหารส่วนตำบลทับคล้อ", plan.agencyName());
        assertEquals("ทับคล้อ", plan.district());
        assertEquals("พิจิตร", plan.province());
        assertEquals("ต.ค. 2565 – ก.ย. 2566", plan.fiscalPeriod());
        assertEquals(List.of(), plan.notes());
    }

    @Test
    void oneMeasurePerIndicatorNotPassedUrgentFirst() {
        // seed 003 wrote seven measures, one per indicator; the fixture has four indicators below 85
        assertEquals(List.of("ind:10", "ind:7", "ind:9", "ind:8"),
                plan.measures().stream().map(PlannedMeasure::catalogKey).toList());
        assertEquals(List.of(Urgency.URGENT, Urgency.URGENT, Urgency.DEVELOP, Urgency.DEVELOP),
                plan.measures().stream().map(PlannedMeasure::urgency).toList());
        assertEquals("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", plan.measures().get(0).issue().label());
    }

    @Test
    void eachMeasureGathersTheItemsAndQuestionsOfItsIndicator() {
        assertEquals(List.of("ind10", "o:o36", "o:o37", "o:o38", "o:o42", "o:o43"), keys(measure("ind:10")));
        assertEquals(List.of("ind7", "q:e10", "q:e6"), keys(measure("ind:7")));
        assertEquals(List.of("ind9", "o:o2", "o:o11", "o:o12", "o:o20", "o:o23", "o:o24", "o:o27", "o:o28"),
                keys(measure("ind:9")));
        for (PlanRequest.FailedItem i : PlanFixtures.tabKhlo2565().failedItems()) {
            long measures = plan.measures().stream().filter(m -> keys(m).contains("o:" + i.code())).count();
            assertEquals(1, measures, i.code());
        }
    }

    @Test
    void theAnalysisUsesTheAgencysFiguresAndTheClassItWasGiven() {
        PlannedMeasure first = plan.measures().get(0);
        assertEquals("ตัวชี้วัดที่ 10 การป้องกันการทุจริต (25.00 คะแนน)", first.bases().get(0).reference());
        assertEquals("ปี 2565 ได้ 25.00 คะแนน ต่ำกว่าเกณฑ์ 85 คะแนนอยู่ 60.00 คะแนน และต่ำที่สุดใน 4 ตัวชี้วัดที่ต่ำกว่า"
                + "เกณฑ์ จึงเป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน ตัวชี้วัดนี้มีน้ำหนักร้อยละ 20 ของคะแนนรวม "
                + "หากยกระดับถึงเกณฑ์ คะแนนรวมจะเพิ่มขึ้นประมาณ 12.00 คะแนน", first.bases().get(0).analysis());
        // 85 − 66.15 = 18.85; × 10 % = 1.885 → 1.89
        assertTrue(measure("ind:7").bases().get(0).analysis().endsWith("ประมาณ 1.89 คะแนน"));
        assertTrue(measure("ind:8").bases().get(0).analysis().contains("จึงเป็นประเด็นที่ต้องพัฒนาให้ดีขึ้น"));
        // the weakest indicator above 70 is urgent when the analysis says so: the plan writes the same class
        PlanRequest.WeakIndicator eight = new PlanRequest.WeakIndicator(8, "", new BigDecimal("79.45"), null, 0,
                Urgency.URGENT);
        MeasurePlan p = planner.plan(new PlanRequest("องค์การบริหารส่วนตำบลบาตง", AgencyType.SAO, "", "", 2565,
                PlanRequest.PASS_MARK, List.of(eight), List.of(), List.of(), Map.of()));
        assertEquals(Urgency.URGENT, p.measures().get(0).urgency());
        assertTrue(p.measures().get(0).bases().get(0).analysis().contains("ต้องแก้ไขโดยเร่งด่วน"));
    }

    @Test
    void theTargetSaysWhatMovesFromWhatToWhatByWhen() {
        assertEquals("ยกระดับตัวชี้วัดที่ 10 จาก 25.00 คะแนน เป็นไม่น้อยกว่า 85 คะแนน ในการประเมินปีงบประมาณ พ.ศ. 2566 "
                + "โดยให้ข้อ O36, O37, O38, O42 และ O43 ซึ่งทั้งหมดไม่ผ่านในปี 2565 ผ่านเกณฑ์ครบทุกข้อภายในเดือน"
                + "เมษายน 2566", measure("ind:10").target());
        assertEquals("ยกระดับตัวชี้วัดที่ 7 จาก 66.15 คะแนน, ข้อ E10 จาก 58.33 คะแนน และ ข้อ E6 จาก 61.90 คะแนน "
                + "เป็นไม่น้อยกว่า 85 คะแนน ในการประเมินปีงบประมาณ พ.ศ. 2566", measure("ind:7").target());
    }

    @Test
    void stepsNameTheAgencysItemsAndCarryMonthsOfThePlanYear() {
        PlannedMeasure ten = measure("ind:10");
        List<String> steps = ten.stepList().stream().map(PlannedStep::text).toList();
        assertTrue(steps.get(0).startsWith("แต่งตั้งคณะทำงานขับเคลื่อนการป้องกันการทุจริต"), steps.get(0));
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("ข้อ O36: ประเมินความเสี่ยงการทุจริตประจำปี")), steps.toString());
        assertTrue(steps.stream().anyMatch(s -> s.startsWith("ข้อ O42: จัดทำมาตรการส่งเสริมคุณธรรม")), steps.toString());
        assertTrue(steps.get(steps.size() - 1).startsWith("สรุปผลการดำเนินการป้องกันการทุจริตรอบ 6 เดือน"));
        assertTrue(ten.steps().startsWith("1. แต่งตั้งคณะทำงาน"), ten.steps());
        assertTrue(ten.steps().contains("(ต.ค. – ธ.ค. 2565)"), ten.steps());
        assertEquals(0, ten.startMonth());
        assertEquals(6, ten.endMonth());
        assertEquals(YearMonth.of(2022, 10), ten.start());
        assertEquals(YearMonth.of(2023, 4), ten.end());
        assertEquals("ต.ค. 2565 – เม.ย. 2566", ten.period());
        // the grid marks the months steps fall in, not the whole year
        Set<Integer> months = new HashSet<>();
        for (int m = 0; m < 12; m++) {
            if (!ten.stepsIn(m).isEmpty()) {
                months.add(m);
            }
        }
        assertEquals(Set.of(0, 1, 2, 3, 4, 5, 6), months);
        // without question or item scores the indicator's own steps are used
        assertEquals(4, measure("ind:8").stepList().size());
    }

    @Test
    void theMonitoringSaysTheRoundsItIsReportedIn() {
        for (PlannedMeasure m : plan.measures()) {
            assertTrue(m.monitoring().endsWith(m.reportingRound().label()), m.monitoring());
        }
        PlannedMeasure seven = measure("ind:7");
        assertEquals(ReportingRound.SIX_MONTHS, seven.reportingRound(), "all its steps end by มี.ค.");
        assertEquals(ReportingRound.SIX_AND_TWELVE_MONTHS, measure("ind:8").reportingRound());
    }

    @Test
    void noTwoMeasuresShareAStepOrASubject() {
        Map<String, String> seen = new HashMap<>();
        Map<String, String> subjects = new HashMap<>();
        for (PlannedMeasure m : plan.measures()) {
            for (PlannedStep s : m.stepList()) {
                String before = seen.put(s.text(), m.catalogKey());
                assertTrue(before == null || before.equals(m.catalogKey()), "step twice: " + s.text());
                for (String subject : Subjects.of(s.text())) {
                    String other = subjects.put(subject, m.catalogKey());
                    assertTrue(other == null || other.equals(m.catalogKey()), subject + " in " + other + " and "
                            + m.catalogKey());
                }
            }
        }
    }

    @Test
    void aStepOfARowIsLeftOutWhenAnItemsOwnStepIsAboutTheSame() {
        // indicator 8's row opens an E-Service; the failed E-Service item of indicator 9 says it for that item
        PlanRequest r = new PlanRequest("องค์การบริหารส่วนตำบลตัวอย่าง", "", "", 2565,
                List.of(PlanFixtures.weak(8, "", "70.00"), PlanFixtures.weak(9, "", "80.00")),
                List.of(PlanFixtures.item("o17", "E-Service", "")), List.of());
        MeasurePlan p = planner.plan(r);
        long eService = p.measures().stream().flatMap(m -> m.stepList().stream())
                .filter(s -> Subjects.of(s.text()).contains("e-service")).count();
        assertEquals(1, eService, p.measures().toString());
        assertTrue(p.measures().stream().flatMap(m -> m.stepList().stream())
                .anyMatch(s -> s.text().startsWith("ข้อ O17")));
    }

    @Test
    void nothingIsProposedForWhatPassed() {
        // an E-Service item that scored 100 is not failed: it never reaches the planner, and no step names it
        for (PlannedMeasure m : plan.measures()) {
            assertFalse(m.steps().contains("ข้อ O17"), m.steps());
        }
        PlanRequest only = new PlanRequest("องค์การบริหารส่วนตำบลตัวอย่าง", "", "", 2565, List.of(),
                List.of(PlanFixtures.item("o36", "", "")), List.of());
        MeasurePlan p = planner.plan(only);
        assertEquals(1, p.measures().size());
        assertEquals(List.of("o:o36"), keys(p.measures().get(0)));
        assertEquals(Urgency.DEVELOP, p.measures().get(0).urgency(), "a failed item of a passed indicator");
    }

    @Test
    void atMostTenMeasuresOrWhatTheCallerAsks() {
        List<PlanRequest.WeakIndicator> all = new java.util.ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            all.add(PlanFixtures.weak(n, "", Integer.toString(50 + n) + ".00"));
        }
        PlanRequest r = new PlanRequest("องค์การบริหารส่วนตำบลตัวอย่าง", "", "", 2565, all, List.of(), List.of());
        assertEquals(10, planner.plan(r).measures().size());
        MeasurePlan three = planner.withMaxMeasures(3).plan(r);
        assertEquals(List.of("ind:1", "ind:2", "ind:3"), three.measures().stream().map(PlannedMeasure::catalogKey)
                .toList(), "the lowest, urgent ones first");
        assertEquals(7, three.notes().size(), three.notes().toString());
        assertTrue(three.notes().get(0).contains("ไม่เกิน 3 มาตรการ"), three.notes().get(0));
    }

    @Test
    void fromTwentyFiveSixtySevenTheIssuesAreTheCrossToolOnes() {
        PlanRequest r = new PlanRequest("เทศบาลตำบลตัวอย่าง", "", "", 2567,
                List.of(PlanFixtures.weak(4, "", "72.71"), PlanFixtures.weak(9, "", "68.45")),
                List.of(PlanFixtures.item("o34", "", ""), PlanFixtures.item("o13", "", "")),
                List.of(new QuestionScore("i11", "", new BigDecimal("70.10"))));
        MeasurePlan p = planner.plan(r);
        // indicator 9 (68.45) is urgent, and so are issue 3 that holds it and issue 2 that holds its item o13
        assertEquals(List.of("issue:2@2567-2569", "issue:3@2567-2569", "issue:4@2567-2569", "issue:7@2567-2569"),
                p.measures().stream().map(PlannedMeasure::catalogKey).toList());
        PlannedMeasure assets = p.measures().get(2);
        assertEquals("ประเด็นที่ 4 กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ", assets.issue().label());
        assertEquals(List.of("ind4", "q:i11"), keys(assets));
        // o34 is the measures document of 2567: the row of that concept, whatever the year's code
        PlannedMeasure seven = p.measures().get(3);
        assertTrue(seven.stepList().stream().anyMatch(s -> s.text().startsWith("ข้อ o34: จัดทำมาตรการส่งเสริม")),
                seven.steps());
    }

    @Test
    void unitsAreNamedAsTheAgencysTypeNamesThem() {
        PlanRequest sao = PlanFixtures.tabKhlo2565();
        PlanRequest town = new PlanRequest("เทศบาลเมืองตัวอย่าง", AgencyType.TOWN_MUNICIPALITY, "", "", 2565,
                PlanRequest.PASS_MARK, sao.weakIndicators(), sao.failedItems(), sao.lowQuestions(), Map.of());
        PlanRequest other = new PlanRequest("การประปาส่วนภูมิภาคตัวอย่าง", AgencyType.OTHER, "", "", 2565,
                PlanRequest.PASS_MARK, sao.weakIndicators(), sao.failedItems(), sao.lowQuestions(), Map.of());
        assertEquals("สำนักปลัด (งานนโยบายและแผน), สำนักปลัด (งานการเจ้าหน้าที่)", measure("ind:10").responsible());
        PlannedMeasure townTen = planner.plan(town).measures().get(0);
        assertEquals("กองยุทธศาสตร์และงบประมาณ, กองการเจ้าหน้าที่", townTen.responsible());
        assertTrue(townTen.monitoring().contains("ปลัดเทศบาล") && townTen.monitoring().contains("นายกเทศมนตรี"),
                townTen.monitoring());
        PlannedMeasure otherTen = planner.plan(other).measures().get(0);
        assertEquals("ฝ่ายนโยบายและแผน, ฝ่ายบริหารทรัพยากรบุคคล", otherTen.responsible());
        assertFalse(otherTen.monitoring().contains("ปลัด") || otherTen.steps().contains("ท้องถิ่น"),
                otherTen.monitoring());
        assertTrue(planner.plan(other).responsibleUnits().contains("ฝ่ายบริหารทั่วไป"));
    }

    @Test
    void twoAgenciesWithDifferentWeaknessesGetDifferentText() {
        PlanRequest a = new PlanRequest("องค์การบริหารส่วนตำบลก", "", "", 2567, List.of(PlanFixtures.weak(9, "", "60.00")),
                List.of(PlanFixtures.item("o8", "", "")), List.of());
        PlanRequest b = new PlanRequest("องค์การบริหารส่วนตำบลข", "", "", 2567, List.of(PlanFixtures.weak(9, "", "62.50")),
                List.of(PlanFixtures.item("o9", "", "")), List.of());
        PlannedMeasure ma = planner.plan(a).measures().get(0);
        PlannedMeasure mb = planner.plan(b).measures().get(0);
        assertNotEquals(ma.statement(), mb.statement());
        assertNotEquals(ma.steps(), mb.steps());
    }

    @Test
    void questionsSayWhichIndicatorTheyPullDown() {
        PlannedMeasure seven = measure("ind:7");
        assertEquals("ปี 2565 ข้อ E10 ได้ 58.33 คะแนน ต่ำกว่าเกณฑ์ 85 คะแนนอยู่ 26.67 คะแนน และเป็นข้อที่ฉุดคะแนน"
                + "ตัวชี้วัดที่ 7 ซึ่งได้ 66.15 คะแนน", seven.bases().get(1).analysis());
        assertTrue(seven.bases().get(2).reference().startsWith("ข้อ E6 การเผยแพร่ข้อมูลของหน่วยงานที่ท่านติดต่อ"));
    }

    @Test
    void theCallersOwnAnalysisReplacesTheGeneratedSentence() {
        PlanRequest withOwn = PlanFixtures.tabKhlo2565().withAnalyses(Map.of("ind7", "วิเคราะห์เองว่าช่องทางน้อย"));
        assertEquals("วิเคราะห์เองว่าช่องทางน้อย", planner.plan(withOwn).measures().stream()
                .filter(m -> m.catalogKey().equals("ind:7")).findFirst().orElseThrow().bases().get(0).analysis());
    }

    @Test
    void aYearWithoutItsOwnDefinitionUsesTheNewestAndSaysSo() {
        PlanRequest r = new PlanRequest("เทศบาลตำบลตัวอย่าง", "", "", 2570, List.of(PlanFixtures.weak(9, "", "60.00")),
                List.of(PlanFixtures.item("o12", "", "")), List.of());
        MeasurePlan p = planner.plan(r);
        assertEquals(1, p.notes().size());
        assertTrue(p.notes().get(0).startsWith("ใช้เกณฑ์การประเมินของปี 2569"), p.notes().get(0));
        assertEquals(2571, p.fiscalYear());
        assertTrue(p.measures().get(0).period().startsWith("ต.ค. 2570"), p.measures().get(0).period());
    }

    @Test
    void aCatalogWithoutARowStillGivesAFilledMeasureAndSaysSo() {
        MeasureCatalog tiny = MeasureCatalog.parse(("key,topic,measure,steps,responsible,start_month,end_month,monitoring\n"
                + "ind:7,สื่อสาร,เพิ่มช่องทาง,\"ต.ค.: ก\nพ.ย.: ข\",งานประชาสัมพันธ์,ต.ค.,ก.ย.,ติดตาม\n")
                .getBytes(StandardCharsets.UTF_8), "mine.csv");
        MeasurePlan p = new MeasurePlanner(tiny, FrameworkCatalog.standard()).plan(PlanFixtures.tabKhlo2565());
        assertEquals("general:ind:10", p.measures().get(0).catalogKey());
        assertEquals("สำนักปลัด", p.measures().get(0).responsible(), "the built-in units are inherited");
        assertTrue(p.notes().contains("แคตตาล็อกมาตรการ mine.csv ไม่มีแถว ind:10 สำหรับปี 2565 จึงใช้มาตรการทั่วไปสำหรับ"
                + "ตัวชี้วัดที่ 10 การป้องกันการทุจริต"), p.notes().toString());
        // e10 and e6 have no rows of their own: general steps join the indicator 7 measure
        PlannedMeasure seven = p.measures().stream().filter(m -> m.catalogKey().equals("ind:7")).findFirst().orElseThrow();
        assertEquals(List.of("ind7", "q:e10", "q:e6"), keys(seven));
        assertEquals("ก", seven.stepList().get(0).text(), "the row's first step opens");
        assertTrue(seven.stepList().stream().anyMatch(x -> x.text().equals("ข")), "and its last is kept");
    }

    private static List<String> keys(PlannedMeasure m) {
        return m.bases().stream().map(PlannedMeasure.Basis::key).toList();
    }

    private PlannedMeasure measure(String key) {
        return plan.measures().stream().filter(m -> m.catalogKey().equals(key)).findFirst().orElseThrow(
                () -> new AssertionError("no measure " + key));
    }
}
