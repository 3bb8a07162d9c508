package ita.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.framework.FrameworkCatalog;
import ita.model.QuestionScore;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
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
    void urgentIndicatorsComeFirstWithTheAgencysOwnFigures() {
        PlannedMeasure first = plan.measures().get(0);
        assertEquals("ind:10", first.catalogKey());
        assertEquals("ตัวชี้วัดที่ 10 การป้องกันการทุจริต (25.00 คะแนน)", first.itaReference());
        assertEquals("ปี 2565 ได้ 25.00 คะแนน ต่ำกว่าเกณฑ์ 85 อยู่ 60.00 คะแนน เป็นจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน "
                + "และต่ำที่สุดใน 4 ตัวชี้วัดที่ต้องปรับปรุง ตัวชี้วัดนี้มีน้ำหนักร้อยละ 20 ของคะแนนรวม "
                + "หากยกระดับถึงเกณฑ์จะเพิ่มคะแนนรวมได้ประมาณ 12.00 คะแนน", first.analysis());
        PlannedMeasure seven = measure("ind:7");
        assertEquals("ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (66.15 คะแนน)", seven.itaReference());
        // 85 − 66.15 = 18.85; × 10 % = 1.885 → 1.89
        assertTrue(seven.analysis().startsWith("ปี 2565 ได้ 66.15 คะแนน ต่ำกว่าเกณฑ์ 85 อยู่ 18.85 คะแนน "
                + "เป็นจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน (ต่ำเป็นอันดับ 2 จาก 4 ตัวชี้วัดที่ต้องปรับปรุง)"), seven.analysis());
        assertTrue(seven.analysis().endsWith("ประมาณ 1.89 คะแนน"), seven.analysis());
        assertTrue(measure("ind:8").analysis().contains("81.35 คะแนน ต่ำกว่าเกณฑ์ 85 อยู่ 3.65 คะแนน "
                + "เป็นประเด็นที่ต้องพัฒนาให้ถึงเกณฑ์"));
    }

    @Test
    void rowsFollowTheWeakIndicatorsWorstFirstWithTheirQuestionsAndItems() {
        assertEquals(List.of("ind:10", "sub:10.1@2562-2565", "item:o42@2562-2566", "item:o43@2562-2566",
                "ind:7", "q:e10@2562-2566", "q:e6@2562-2566",
                "ind:9", "sub:9.1@2562-2565", "sub:9.2@2562-2565", "sub:9.3@2562-2565", "sub:9.4@2562-2566",
                "ind:8"), plan.measures().stream().map(PlannedMeasure::catalogKey).toList());
    }

    @Test
    void everyFailedItemIsNamedInTheReferenceOfExactlyOneMeasure() {
        List<String> failed = PlanFixtures.tabKhlo2565().failedItems().stream().map(PlanRequest.FailedItem::code)
                .toList();
        for (String code : failed) {
            long rows = plan.measures().stream()
                    .filter(m -> m.bases().stream().anyMatch(b -> b.key().equals("o:" + code))).count();
            assertEquals(1, rows, code);
            // written as 2565 writes its codes: O42, not o42
            String shown = "O" + code.substring(1);
            assertTrue(plan.measures().stream().anyMatch(m -> m.itaReference().contains("ข้อ " + shown + " ")), code);
        }
        PlannedMeasure hr = measure("sub:9.3@2562-2565");
        assertEquals("ข้อ O20 รายงานผลการใช้จ่ายงบประมาณประจำปี (0 คะแนน)\n"
                + "ข้อ O23 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน (0 คะแนน)\n"
                + "ข้อ O24 รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี (0 คะแนน)", hr.itaReference());
        assertEquals("ปี 2565 ตัวชี้วัดย่อย 9.3 การบริหารเงินงบประมาณ ไม่ผ่าน 3 จาก 7 ข้อ โดยข้อ O20 ได้ 0 คะแนน "
                + "(ไม่ผ่าน) ผู้ตรวจประเมินให้ความเห็นว่า ขาดข้อเสนอแนะ", hr.bases().get(0).analysis());
        assertEquals("ปี 2565 ข้อ O43 ได้ 0 คะแนน (ไม่ผ่าน) ต้องจัดทำและเผยแพร่ให้ครบองค์ประกอบตามหลักเกณฑ์ของปี 2566",
                measure("item:o43@2562-2566").analysis());
    }

    @Test
    void everyFieldIsFilledAndNoMeasureRepeats() {
        Set<String> measures = new HashSet<>();
        for (PlannedMeasure m : plan.measures()) {
            for (String f : List.of(m.topic(), m.itaReference(), m.analysis(), m.measure(), m.steps(), m.responsible(),
                    m.period(), m.monitoring())) {
                assertFalse(f.isBlank(), m.catalogKey());
            }
            assertTrue(m.steps().startsWith("1. "), m.catalogKey());
            assertTrue(measures.add(m.measure()), "measure repeated: " + m.measure());
        }
    }

    @Test
    void periodsAreInTheNewFiscalYear() {
        PlannedMeasure ten = measure("ind:10");
        assertEquals("ต.ค. 2565 – ก.ย. 2566", ten.period());
        assertEquals(0, ten.startMonth());
        assertEquals(11, ten.endMonth());
        assertEquals(YearMonth.of(2022, 10), ten.start());
        assertEquals(YearMonth.of(2023, 9), ten.end());
        assertEquals(ReportingRound.SIX_AND_TWELVE_MONTHS, ten.reportingRound());
        PlannedMeasure o42 = measure("item:o42@2562-2566");
        assertEquals("ต.ค. 2565 – ธ.ค. 2565", o42.period());
        assertEquals(ReportingRound.SIX_MONTHS, o42.reportingRound());
    }

    @Test
    void questionsSayWhichIndicatorTheyPullDown() {
        assertEquals("ปี 2565 ข้อ E10 ได้ 58.33 คะแนน ต่ำกว่าเกณฑ์ 85 อยู่ 26.67 คะแนน และเป็นข้อที่ฉุดคะแนน"
                + "ตัวชี้วัดที่ 7 ซึ่งได้ 66.15 คะแนน", measure("q:e10@2562-2566").analysis());
        assertTrue(measure("q:e6@2562-2566").itaReference().startsWith("ข้อ E6 การเผยแพร่ข้อมูลของหน่วยงานที่ท่านติดต่อ"));
    }

    @Test
    void theCallersOwnAnalysisReplacesTheGeneratedSentence() {
        PlanRequest r = PlanFixtures.tabKhlo2565();
        PlanRequest withOwn = new PlanRequest(r.agencyName(), r.district(), r.province(), r.resultYear(),
                r.weakIndicators(), r.failedItems(), r.lowQuestions(), Map.of("ind7", "วิเคราะห์เองว่าช่องทางน้อย"));
        assertEquals("วิเคราะห์เองว่าช่องทางน้อย", planner.plan(withOwn).measures().stream()
                .filter(m -> m.catalogKey().equals("ind:7")).findFirst().orElseThrow().analysis());
    }

    @Test
    void usesTheQuestionnaireOfTheResultYear() {
        PlanRequest r = new PlanRequest("เทศบาลตำบลตัวอย่าง", "", "", 2567,
                List.of(PlanFixtures.weak(4, "", "72.71")), List.of(PlanFixtures.item("o34", "", "")),
                List.of(new QuestionScore("i11", "", new BigDecimal("70.10"))));
        MeasurePlan p = planner.plan(r);
        // o34 is the measures document of 2567: the catalog's row for that concept, whatever the year's code
        assertEquals(List.of("ind:4", "q:i11@2567-2569", "concept:measures"),
                p.measures().stream().map(PlannedMeasure::catalogKey).toList());
        assertEquals("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (72.71 คะแนน)", p.measures().get(0).itaReference());
        assertTrue(p.measures().get(2).itaReference().startsWith("ข้อ o34 มาตรการส่งเสริมคุณธรรม"));
        assertEquals("ต.ค. 2567 – ธ.ค. 2567", p.measures().get(2).period());
    }

    @Test
    void aYearWithoutItsOwnDefinitionUsesTheNewestAndSaysSo() {
        PlanRequest r = new PlanRequest("เทศบาลตำบลตัวอย่าง", "", "", 2570, List.of(PlanFixtures.weak(9, "", "60.00")),
                List.of(PlanFixtures.item("o12", "", "")), List.of());
        MeasurePlan p = planner.plan(r);
        assertEquals(List.of("fiscal year 2570 has no definition yet; using the rules of 2569 (add 2570.json with "
                + "--framework-dir)"), p.notes());
        assertEquals(List.of("ind:9", "sub:9.3@2566-2569"), p.measures().stream().map(PlannedMeasure::catalogKey).toList());
        assertEquals("ต.ค. 2570 – ก.ย. 2571", p.measures().get(0).period());
    }

    @Test
    void aCatalogWithoutARowStillGivesAFilledMeasureAndSaysSo() {
        MeasureCatalog tiny = MeasureCatalog.parse(("key,topic,measure,steps,responsible,start_month,end_month,monitoring\n"
                + "ind:7,สื่อสาร,เพิ่มช่องทาง,\"1. ก\n2. ข\",งานประชาสัมพันธ์,ต.ค.,ก.ย.,ติดตาม\n")
                .getBytes(StandardCharsets.UTF_8), "mine.csv");
        MeasurePlan p = new MeasurePlanner(tiny, FrameworkCatalog.standard()).plan(PlanFixtures.tabKhlo2565());
        assertEquals("general:ind:10", p.measures().get(0).catalogKey());
        assertEquals("สำนักปลัด", p.measures().get(0).responsible());
        assertTrue(p.notes().contains("the measure catalog mine.csv has no row for ind:10 in fiscal year 2565; "
                + "a general measure was used"), p.notes().toString());
        // e10 and e6 have no rows of their own and join the indicator 7 measure
        PlannedMeasure seven = p.measures().stream().filter(m -> m.catalogKey().equals("ind:7")).findFirst().orElseThrow();
        assertEquals(List.of("ind7", "q:e10", "q:e6"), seven.bases().stream().map(PlannedMeasure.Basis::key).toList());
    }

    private PlannedMeasure measure(String key) {
        return plan.measures().stream().filter(m -> m.catalogKey().equals(key)).findFirst().orElseThrow(
                () -> new AssertionError("no measure " + key));
    }
}
