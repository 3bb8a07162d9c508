package ita.analysis;

import static ita.analysis.Seeds.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.AgencyYear;
import ita.model.QuestionScore;
import ita.model.Tool;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paragraphs (SummaryText) and single sentences (ItemText) written from an agency's own figures. */
class SummaryTextTest {

    /**
     * INVENTED FOR THIS TEST, not from any document: a 2564 result for seed 003's agency, so that changes can be
     * described (76.07, level B; indicator 10 was 40.00).
     */
    private static AgencyYear invented2564() {
        return Seeds.year(Seeds.THAP_KHLO, 2564, "76.07", "B", Seeds.scores("98.50", "97.20", "99.10", "95.00",
                "98.00", "85.00", "63.00", "80.00", "80.00", "40.00"))
                .tool(Tool.IIT, d("97.56")).tool(Tool.EIT, d("76.00")).tool(Tool.OIT, d("60.00")).build();
    }

    private static AgencyAnalysis thapKhlo() {
        return AgencyAnalyzer.analyze(AgencyHistory.of(List.of(invented2564(), Seeds.seed003())),
                AnalysisSettings.defaults(), Rankings.none());
    }

    /** Seed 000 with some of its question scores (i10 46.88 and e9 48.28 are its lowest). */
    private static AgencyAnalysis naSai() {
        AgencyYear y = Seeds.seed000();
        AgencyYear.Builder b = Seeds.year(Seeds.NA_SAI, 2567, "81.52", "ต้องปรับปรุง", y.indicators());
        y.oitItems().forEach(b::oitItem);
        String[][] q = {{"i10", "46.88"}, {"i11", "100.00"}, {"i12", "71.25"}, {"e7", "87.59"}, {"e8", "89.66"},
            {"e9", "48.28"}};
        for (String[] x : q) {
            b.question(new QuestionScore(x[0], "", d(x[1])));
        }
        return AgencyAnalyzer.analyze(AgencyHistory.of(List.of(b.build())), AnalysisSettings.defaults(),
                Rankings.none());
    }

    @Test
    void summaryOpensWithTheAgencysOwnTotalLevelAndChange() {
        String first = SummaryText.paragraphs(thapKhlo()).get(0);
        assertTrue(first.startsWith("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2565 ขององค์การบริหารส่วนตำบลทับคล้อ "
                + "อำเภอทับคล้อ จังหวัดพิจิตร ได้ 73.35 คะแนน อยู่ในระดับ C ลดลง 2.72 คะแนนจากปี 2564"), first);
        assertTrue(first.contains("ปี 2564 ได้ 76.07 คะแนน ระดับ B"), first);
        assertTrue(first.contains("ระดับลดลง 1 ระดับ จาก B เป็น C"), first);
        assertTrue(first.contains("ยังต่ำกว่าเกณฑ์ผ่าน 85 คะแนนอยู่ 11.65 คะแนน"), first);
    }

    @Test
    void everyParagraphCarriesTheAgencysNumbers() {
        for (AgencyAnalysis a : List.of(thapKhlo(), naSai())) {
            for (String p : SummaryText.paragraphs(a)) {
                assertTrue(p.matches("(?s).*\\d+\\.\\d\\d.*"), "a figure with 2 decimals in: " + p);
            }
        }
    }

    @Test
    void weakestIndicatorIsNamedWithItsScoreAndDrop() {
        List<String> ps = SummaryText.paragraphs(thapKhlo());
        assertTrue(ps.stream().anyMatch(p -> p.startsWith("ตัวชี้วัดที่ได้คะแนนต่ำที่สุดคือตัวชี้วัดที่ 10 การป้องกันการทุจริต "
                + "25.00 คะแนน ลดลง 15.00 คะแนนจากปี 2564 ต่ำกว่าเกณฑ์ 85 คะแนนอยู่ 60.00 คะแนน โดยมีตัวชี้วัดที่ต่ำกว่าเกณฑ์"
                + "รวม 4 จาก 10 ตัวชี้วัด")), String.join("\n", ps));
        assertTrue(ps.stream().anyMatch(p -> p.contains("แยกตามเครื่องมือ IIT 99.80 คะแนน (เพิ่มขึ้น 2.24)")
                && p.contains("OIT 49.60 คะแนน (ลดลง 10.40)")));
        assertTrue(ps.stream().anyMatch(p -> p.contains("ตัวชี้วัดที่ลดลงมากที่สุดคือตัวชี้วัดที่ 10 การป้องกันการทุจริต "
                + "ลดลง 15.00 คะแนน")));
    }

    @Test
    void indicatorSentencesSayVerdictChangeAndGain() {
        YearAnalysis y = thapKhlo().latest();
        String ten = ItemText.indicatorSentence(y, 10);
        assertEquals("ตัวชี้วัดที่ 10 การป้องกันการทุจริต (OIT) ได้ 25.00 คะแนน ลดลง 15.00 คะแนนจากปี 2564 "
                + "ต่ำที่สุดในปีนี้ ต่ำกว่าเกณฑ์ 85 คะแนนอยู่ 60.00 คะแนน เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน "
                + "หากยกระดับเป็น 100 คะแนนจะได้คะแนนรวมเพิ่ม 15.00 คะแนน", ten);
        String one = ItemText.indicatorSentence(y, 1);
        assertTrue(one.contains("100.00 คะแนน เพิ่มขึ้น 1.50 คะแนนจากปี 2564") && one.contains("รักษามาตรฐาน"), one);
        String eight = ItemText.indicatorSentence(y, 8);
        assertTrue(eight.contains("81.35") && eight.contains("เป็นประเด็นที่ต้องพัฒนาให้ดีขึ้น"), eight);
        assertThrows(IllegalArgumentException.class, () -> ItemText.indicatorSentence(y, 11));
    }

    @Test
    void indicatorSentenceNamesTheLowestQuestionOrTheFailedItems() {
        YearAnalysis y = naSai().latest();
        String four = ItemText.indicatorSentence(y, 4);
        assertTrue(four.contains("ข้อคำถามที่ได้คะแนนต่ำที่สุดคือข้อ i10") && four.contains("46.88 คะแนน"), four);
        String ten = ItemText.indicatorSentence(y, 10);
        assertTrue(ten.contains("ข้อ OIT ที่ไม่ผ่าน 2 ข้อ ได้แก่ o28 รายงานผลตามนโยบาย No Gift Policy และ o34"), ten);
    }

    @Test
    void aGainThatRoundsToNothingIsNotWritten() {
        YearAnalysis y = thapKhlo().latest();
        for (int n = 1; n <= 10; n++) {
            assertFalse(ItemText.indicatorSentence(y, n).contains(" 0.00 คะแนน"), ItemText.indicatorSentence(y, n));
        }
        String one = ItemText.indicatorSentence(y, 1);
        assertFalse(one.contains("หากยกระดับ"), "indicator 1 is at 100: " + one);
    }

    @Test
    void failedItemsAreCountedAndTheItemsToFixFirstNamedWithTheirPoints() {
        List<String> ps = SummaryText.paragraphs(naSai());
        // every item of 2567 has a score, so the count is out of 35 (SeedAgency-like inputs with fewer say no "of")
        assertTrue(ps.stream().anyMatch(p -> p.startsWith("ข้อ OIT ที่ไม่ผ่าน 11 จาก 35 ข้อ (ตัวชี้วัดที่ 9 จำนวน 9 ข้อ และ "
                + "ตัวชี้วัดที่ 10 จำนวน 2 ข้อ) หากแก้ไขให้ผ่านทุกข้อจะได้คะแนนรวมเพิ่ม")), String.join("\n", ps));
        assertTrue(ps.stream().anyMatch(p -> p.startsWith("หากแก้ไขข้อ o34 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายใน"
                + "หน่วยงาน และ o28 รายงานผลตามนโยบาย No Gift Policy ให้ผ่าน (2 ข้อ) จะได้คะแนนรวมเพิ่ม 4.67 คะแนน "
                + "เป็น 86.19 คะแนน ซึ่งถึงเกณฑ์ผ่าน 85 คะแนน")), String.join("\n", ps));
        assertTrue(ps.stream().anyMatch(p -> p.contains("ข้อคำถามที่ได้คะแนนต่ำที่สุดของ IIT คือข้อ i10")
                && p.contains("ของ EIT คือข้อ e9") && p.contains("48.28")));
    }

    @Test
    void theScoreCheckRanksAndInputNotesAreNotPartOfThePublishedText() {
        List<String> ps = SummaryText.paragraphs(naSai());
        String all = String.join("\n", ps);
        assertFalse(all.contains("77.12") || all.contains("ไม่ตรงกับ") || all.contains("ตรวจสอบคะแนน"), all);
        assertFalse(all.contains("อันดับ") || all.contains("ข้อมูลที่นำเข้า"), all);
        assertFalse(all.contains("จุดแข็งที่ควรรักษามาตรฐานไว้ คือ"), "the classes are listed in the tables: " + all);
    }

    @Test
    void itemSentencesForItemsAndQuestions() {
        YearAnalysis y = naSai().latest();
        assertEquals("ข้อ o34 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน (ตัวชี้วัดย่อย 10.3 "
                + "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ของตัวชี้วัดที่ 10) ไม่ผ่าน ได้ 0 คะแนน "
                + "หากแก้ไขให้ผ่านจะได้คะแนนรวมเพิ่ม 3.33 คะแนน และเป็น 1 ใน 2 ข้อที่เมื่อแก้ไขแล้วทำให้ถึงเกณฑ์ผ่าน "
                + "85 คะแนน", ItemText.itemSentence(y, "O34"));
        assertTrue(ItemText.itemSentence(y, "o14").contains("ผ่านบางส่วน ได้ 50 คะแนน"));
        assertTrue(ItemText.itemSentence(y, "o1").contains("ผ่าน ได้ 100 คะแนน"));
        assertTrue(ItemText.itemSentence(y, "o99").contains("ไม่อยู่ในรายการข้อ OIT ของปี 2567"));
        String e9 = ItemText.itemSentence(y, "e9");
        assertTrue(e9.contains("ได้ 48.28 คะแนน ต่ำกว่าเกณฑ์ 85 คะแนนอยู่ 36.72 คะแนน ต่ำที่สุดของแบบวัด EIT"), e9);
        assertTrue(ItemText.itemSentence(y, "i1").endsWith("ไม่มีคะแนน"));
    }

    @Test
    void countsOfFailedItemsAreOutOfTheYearsItemsOnlyWhenEveryItemHasAScore() {
        // seed 003 lists only the thirteen items its assessor failed: "13 of 13" would contradict the item sheet
        AgencyYear y = Seeds.seed003();
        AgencyYear.Builder b = Seeds.year(Seeds.THAP_KHLO, 2565, "73.35", "C", y.indicators());
        b.oitItem(new ita.model.OitItemScore("o36", "", d("0"), ""));
        b.oitItem(new ita.model.OitItemScore("o42", "", d("0"), ""));
        AgencyAnalysis a = AgencyAnalyzer.analyze(AgencyHistory.of(List.of(b.build())), AnalysisSettings.defaults(),
                Rankings.none());
        assertTrue(SummaryText.paragraphs(a).stream().anyMatch(p -> p.startsWith("ข้อ OIT ที่ไม่ผ่าน 2 ข้อ หาก")),
                String.join("\n", SummaryText.paragraphs(a)));
    }

    @Test
    void withoutAPreviousYearOrItemScoresTheTextSaysNothingOfWhatIsMissing() {
        AgencyAnalysis a = AgencyAnalyzer.analyze(AgencyHistory.of(List.of(Seeds.seed003())),
                AnalysisSettings.defaults(), Rankings.none());
        List<String> ps = SummaryText.paragraphs(a);
        assertFalse(String.join("\n", ps).contains("ไม่มีผลการประเมิน"), String.join("\n", ps));
        assertFalse(String.join("\n", ps).contains("ไม่มีคะแนนรายข้อ"), String.join("\n", ps));
        assertTrue(ps.stream().anyMatch(p -> p.contains("ตัวชี้วัดที่ให้คะแนนรวมเพิ่มมากที่สุดหากยกระดับเป็น 100 คะแนนคือ"
                + "ตัวชี้วัดที่ 10 การป้องกันการทุจริต เพิ่มได้ 15.00 คะแนน")),
                String.join("\n", ps));
    }

    @Test
    void thaiDigitsRewriteEveryDigitOfTheText() {
        AgencyAnalysis a = thapKhlo();
        List<String> ps = SummaryText.paragraphs(a, a.latest(), true);
        assertTrue(ps.get(0).contains("ได้ ๗๓.๓๕ คะแนน"), ps.get(0));
        for (String p : ps) {
            assertFalse(p.matches("(?s).*[0-9].*"), p);
        }
        assertTrue(ItemText.indicatorSentence(a.latest(), 10, true).startsWith("ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต"));
        assertEquals("ข้อ o๓๔", NumberText.digits("ข้อ o34", true));
        assertEquals("ข้อ o34", NumberText.digits("ข้อ o34", false));
    }
}
