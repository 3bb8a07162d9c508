package ita.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void aThaiQuoteIsCutBetweenTwoWordsNeverInsideOne() {
        String q = "ในหน่วยงานของท่าน มีเจ้าหน้าที่ ที่ปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่อหรือผู้มารับบริการอย่างเท่าเทียมกัน"
                + " มากน้อยเพียงใด";
        String cut = NumberText.shorten(q, 60);
        assertTrue(cut.endsWith("…"), cut);
        assertTrue(cut.length() <= 61, cut);
        String kept = cut.substring(0, cut.length() - 1);
        assertTrue(q.startsWith(kept), cut);
        // the next character starts a word: a consonant, never a vowel or tone mark that belongs to the last one
        char next = q.charAt(kept.length());
        assertTrue(Character.getType(next) != Character.NON_SPACING_MARK && "ะาำิีึืุูั่้๊๋็์ๅ".indexOf(next) < 0,
                "cut before '" + next + "': " + cut);
    }

    @Test
    void noCutSplitsASyllable() {
        String q = "ท่านรู้แนวปฏิบัติของหน่วยงานของท่านเกี่ยวกับการใช้ทรัพย์สินของราชการที่ถูกต้องในหน่วยงาน มากน้อยเพียงใด";
        for (int max = 10; max < q.length(); max++) {
            String cut = NumberText.shorten(q, max);
            String kept = cut.substring(0, cut.length() - 1);
            char next = q.charAt(kept.length());
            // a following vowel, tone mark or final consonant of a syllable means the cut fell inside a word
            assertTrue("ะาำิีึืุูั่้๊๋็์".indexOf(next) < 0, "cut before '" + next + "': " + cut);
            assertTrue(!cut.endsWith("หน่วยง…") && !cut.endsWith("ปฏิบั…") && !cut.endsWith("ทรัพย์ส…"), cut);
            assertTrue("เแโใไ".indexOf(kept.charAt(kept.length() - 1)) < 0, "a leading vowel left alone: " + cut);
        }
    }

    @Test
    void shortTextIsKeptWhole() {
        assertEquals("สั้น", NumberText.shorten("สั้น", 80));
        assertEquals("", NumberText.quote(" "));
    }
}
