package ita.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.framework.FrameworkCatalog;
import ita.model.AgencyType;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each defect found reading the outputs as an agency officer would (the texts below are as the tool wrote them
 * before), caught by {@link PublishedText}; and the same place written as the tool writes it now, passed.
 */
class PublishedTextTest {

    private static final FrameworkCatalog F = FrameworkCatalog.standard();

    private static List<PublishedText.Place> at(String... texts) {
        List<PublishedText.Place> out = new java.util.ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(new PublishedText.Place("P" + (i + 1), texts[i]));
        }
        return out;
    }

    @Test
    void codesInAnotherYearsForm() {
        assertEquals(1, PublishedText.codesOfTheYear(at("ชุดข้อ OIT: o42 ได้ 0 คะแนน"), 2565, F).size());
        assertEquals(1, PublishedText.codesOfTheYear(at("– ข้อ o36 ยังไม่แสดงเหตุการณ์ความเสี่ยง"), 2565, F).size());
        assertEquals(1, PublishedText.codesOfTheYear(at("ข้อ O34 มาตรการส่งเสริม"), 2567, F).size());
        assertEquals(0, PublishedText.codesOfTheYear(at("ข้อ O42 มาตรการ และข้อ E6 การเผยแพร่"), 2565, F).size());
        assertEquals(0, PublishedText.codesOfTheYear(at("ปี 2569 ข้อ O25 ได้ 0 คะแนน ซึ่งปี 2567 ข้อเดียวกัน (ข้อ o34) ได้ 0"),
                2569, F).size(), "an earlier year's item in that year's form");
    }

    @Test
    void rankOfOneAmongOne() {
        List<PublishedText.Place> p = at("อยู่อันดับที่ 1 จาก 1 หน่วยงานในจังหวัดพิจิตร");
        assertEquals(1, PublishedText.oneOfOne(p).size());
        assertTrue(PublishedText.staffNotes(p).size() >= 1);
        assertEquals(0, PublishedText.oneOfOne(at("ไม่ผ่าน 1 จาก 11 ข้อ", "อันดับ 11 จาก 1")).size());
    }

    @Test
    void checkNotesAndStaffJargonInPublishedText() {
        for (String t : List.of("ข้อสังเกตจากการตรวจสอบคะแนน: คะแนนรวม ที่รายงาน 81.52 ไม่ตรงกับที่คำนวณจากคะแนนตัวชี้วัด 77.12",
                "แยกตามเครื่องมือ (เครื่องมือที่ไม่มีคะแนนที่รายงานคำนวณจากค่าเฉลี่ยของตัวชี้วัด)",
                "ชุดที่น้อยที่สุดที่ถึง 85", "ข้อที่ 1 ของชุด", "ควอร์ไทล์ใช้วิธีเดียวกับ QUARTILE.INC ของ Excel")) {
            assertEquals(1, Math.min(1, PublishedText.staffNotes(at(t)).size()), t);
        }
        assertEquals(0, PublishedText.staffNotes(at("ผลการประเมิน ITA ได้ 73.35 คะแนน อยู่ในระดับ C")).size());
    }

    @Test
    void countsThatContradictEachOther() {
        var f = F.framework(2565);
        assertEquals(1, PublishedText.counts(at("ข้อ OIT ที่ไม่ผ่าน 13 ข้อ จาก 13 ข้อ ได้แก่ O2"), f).size());
        assertEquals(1, PublishedText.counts(at("9.5 การส่งเสริมความโปร่งใส: ผ่าน 0 จาก 0 ข้อ"), f).size());
        assertEquals(1, PublishedText.counts(at("ปี 2565 ตัวชี้วัดย่อย 9.1 ข้อมูลพื้นฐาน ไม่ผ่าน 1 จาก 8 ข้อ"), f).size());
        assertEquals(0, PublishedText.counts(at("ข้อ OIT ที่ไม่ผ่าน 13 ข้อ (ตัวชี้วัดที่ 9 จำนวน 8 ข้อ)",
                "ข้อ OIT ที่ไม่ผ่าน 11 จาก 43 ข้อ"), f).size());
    }

    @Test
    void aGainOfNothing() {
        assertEquals(1, PublishedText.zeroGains(at("หากยกระดับถึงเกณฑ์จะเพิ่มคะแนนรวมได้ประมาณ 0.00 คะแนน")).size());
        assertEquals(1, PublishedText.zeroGains(at("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (+0.00)")).size());
        assertEquals(0, PublishedText.zeroGains(at("ได้ 0.00 คะแนน", "คะแนนรวมจะเพิ่มขึ้นประมาณ 0.03 คะแนน")).size());
    }

    @Test
    void aQuoteCutInsideAWord() {
        var f = F.framework(2567);
        String i11 = f.question("i11").orElseThrow().text();
        assertTrue(i11.startsWith("ในหน่วยงาน"), i11);
        assertEquals(1, PublishedText.cutWords(at("ข้อ i11 \"ในหน่วยง…\" 100.00 คะแนน"), f).size());
        assertEquals(0, PublishedText.cutWords(at("ข้อ i11 \"ในหน่วยงานของท่าน…\" 100.00 คะแนน"), f).size());
    }

    @Test
    void aParagraphOrAListOfIndicatorsSaidTwice() {
        String p = "จุดแข็งที่ควรรักษามาตรฐานไว้ คือตัวชี้วัดที่ได้ตั้งแต่ 85 คะแนนขึ้นไป 6 ตัวชี้วัด ได้แก่ ตัวชี้วัดที่ 1, 2, 3";
        assertEquals(1, PublishedText.repeatedParagraphs(at(p, "อื่น", p)).size());
        assertEquals(1, PublishedText.repeatedIndicatorLists(at(
                "จุดแข็ง: ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่, ตัวชี้วัดที่ 3 การใช้อำนาจ, ตัวชี้วัดที่ 5 การแก้ไข",
                "จุดแข็งที่ควรรักษามาตรฐานไว้ ได้แก่ ตัวชี้วัดที่ 1 (100.00), ตัวชี้วัดที่ 3 (100.00), ตัวชี้วัดที่ 5 (100.00)"))
                .size());
    }

    @Test
    void oneIndicatorCalledUrgentOnOneSheetAndToDevelopOnAnother() {
        assertEquals("urgent", PublishedText.classOf("ต้องแก้ไขโดยเร่งด่วน"));
        assertEquals("develop", PublishedText.classOf("เป็นประเด็นที่ต้องพัฒนาให้ถึงเกณฑ์"));
        assertEquals(1, PublishedText.oneClassPerIndicator(Map.of(8, "urgent"), Map.of(8, "develop"), "มาตรการ")
                .size());
        assertEquals(0, PublishedText.oneClassPerIndicator(Map.of(8, "urgent"), Map.of(8, "urgent"), "มาตรการ")
                .size());
    }

    private static PublishedText.Measure measure(String where, String issue, List<String> refs, List<String> steps,
                                                 String period, String monitoring) {
        return new PublishedText.Measure(where, issue, refs, "มาตรการ " + where, steps, "สำนักปลัด", period,
                monitoring);
    }

    @Test
    void tooManyMeasuresAMeasureForWhatPassedAndStepsTwice() {
        List<PublishedText.Measure> many = Collections.nCopies(18, measure("m", "ตัวชี้วัดที่ 7\n(เร่งด่วน)",
                List.of("ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (66.15 คะแนน)"), List.of(), "ต.ค. 2565 – ก.ย. 2566",
                "รอบ 6 และ 12 เดือน"));
        assertTrue(PublishedText.measuresPlan(many, 10, "อบต.").get(0).contains("18 measures"));
        var eService = measure("m1", "ตัวชี้วัดที่ 9\n(ประเด็นที่ต้องพัฒนาให้ดีขึ้น)",
                List.of("ข้อ O17 E-Service (100 คะแนน)"), List.of("1. เปิดบริการออนไลน์ (E-Service) (ต.ค. 2565)"),
                "ต.ค. 2565", "… รอบ 6 เดือน");
        assertTrue(PublishedText.measuresPlan(List.of(eService), 10, "อบต.").get(0).contains("what passed"));
        var one = measure("m1", "ตัวชี้วัดที่ 4", List.of("ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (72.71 คะแนน)"),
                List.of("1. จัดทำคู่มือการยืมและการใช้ทรัพย์สินของราชการ (ธ.ค. 2565)"), "ธ.ค. 2565", "… รอบ 6 เดือน");
        var two = measure("m2", "ตัวชี้วัดที่ 1", List.of("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (80.00 คะแนน)"),
                List.of("1. จัดทำคู่มือการยืมและการใช้ทรัพย์สินของราชการ (ธ.ค. 2565)"), "ธ.ค. 2565", "… รอบ 6 เดือน");
        List<String> twice = PublishedText.measuresPlan(List.of(one, two), 10, "อบต.");
        assertTrue(twice.stream().anyMatch(x -> x.contains("the step of m1 again")), twice.toString());
        assertTrue(twice.stream().anyMatch(x -> x.contains("borrowing-manual again")), twice.toString());
    }

    @Test
    void monitoringThatNamesOtherRoundsThanTheSteps() {
        var m = measure("m1", "ตัวชี้วัดที่ 10", List.of("ตัวชี้วัดที่ 10 การป้องกันการทุจริต (25.00 คะแนน)"),
                List.of("1. ประเมินความเสี่ยง (ต.ค. – ธ.ค. 2565)"), "ต.ค. 2565 – ธ.ค. 2565",
                "ปลัดติดตามผลและรายงานผู้บริหารรอบ 6 และ 12 เดือน");
        assertTrue(PublishedText.measuresPlan(List.of(m), 10, "อบต.").get(0).contains("are reported รอบ 6 เดือน"));
    }

    @Test
    void unitsOfAnotherTypeOfAgency() {
        var m = measure("m1", "ตัวชี้วัดที่ 9", List.of("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (60.00 คะแนน)"),
                List.of("1. ปลัดองค์การบริหารส่วนตำบลตรวจ (ต.ค. 2566)"), "ต.ค. 2566", "รอบ 6 เดือน");
        assertEquals(1, PublishedText.unitsOfTheType(List.of(m), AgencyType.TOWN_MUNICIPALITY).size());
        assertEquals(0, PublishedText.unitsOfTheType(List.of(m), AgencyType.SAO).size());
        assertTrue(PublishedText.unitsOfTheType(List.of(m), AgencyType.OTHER).size() >= 1);
    }

    @Test
    void aMonthGridThatMarksEveryMonth() {
        List<Boolean> all = Collections.nCopies(12, true);
        List<PublishedText.ScheduleRow> rows = List.of(
                new PublishedText.ScheduleRow("r1", "ประเมินความเสี่ยง (ต.ค. – ธ.ค. 2566)", all),
                new PublishedText.ScheduleRow("r2", "สรุปผล (เม.ย. 2567)", all));
        List<String> found = PublishedText.schedule(rows);
        assertTrue(found.stream().anyMatch(x -> x.contains("marks month ม.ค.")), found.toString());
        assertTrue(found.stream().anyMatch(x -> x.contains("says nothing of when")), found.toString());
        List<Boolean> three = new java.util.ArrayList<>(Collections.nCopies(12, false));
        three.set(0, true);
        three.set(1, true);
        three.set(2, true);
        assertEquals(List.of(), PublishedText.schedule(List.of(
                new PublishedText.ScheduleRow("r1", "ประเมินความเสี่ยง (ต.ค. – ธ.ค. 2566)", three))));
    }

    @Test
    void theSameFirstMeasureForAgenciesWithDifferentWeaknesses() {
        var a = measure("a", "ตัวชี้วัดที่ 9", List.of("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (60.00 คะแนน)"),
                List.of("1. แต่งตั้งคณะทำงาน (ต.ค. 2567)"), "ต.ค. 2567", "รอบ 6 เดือน");
        var b = new PublishedText.Measure("b", a.issue(), List.of("ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล (72.50 คะแนน)"),
                a.statement(), a.steps(), a.responsible(), a.period(), a.monitoring());
        assertEquals(1, PublishedText.sameMeasureForDifferentAgencies(new java.util.LinkedHashMap<>(
                Map.of("อบต.ก", a, "อบต.ข", b))).size());
    }
}
