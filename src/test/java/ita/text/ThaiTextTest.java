package ita.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiTextTest {

    @Test
    void normalizesDigitsSaraAmZeroWidthAndSpaces() {
        // sara am written as nikhahit + sara aa, a zero-width space, Thai digits and a double space
        String raw = "\u0E01\u0E32\u0E23\u0E19\u0E4D\u0E32\u200B  ๘๑.๖๗ ";
        assertEquals("การนำ 81.67", ThaiText.normalize(raw));
        assertEquals(ThaiText.normalize("การนำ"), ThaiText.normalize("การน\u0E4D\u0E32"));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource({
        // nikhahit, tone mark, sara aa: a tone mark typed inside sara am
        "'\u0E19\u0E4D\u0E49\u0E32', '\u0E19\u0E49\u0E33', น้ำ from nikhahit + mai tho + sara aa",
        // sara am, then the tone mark
        "'\u0E19\u0E33\u0E49', '\u0E19\u0E49\u0E33', น้ำ with the tone after sara am",
        // mai ek before sara ii
        "'\u0E17\u0E48\u0E35', '\u0E17\u0E35\u0E48', ที่ with the tone first",
        // mai tho before sara u below, and thanthakhat before mai tri
        "'\u0E1B\u0E49\u0E38', '\u0E1B\u0E38\u0E49', ปุ้ with the tone first",
        "'\u0E01\u0E4C\u0E4A', '\u0E01\u0E4A\u0E4C', ก๊์ with thanthakhat first"})
    void putsVowelAndToneMarksInOneOrder(String typed, String canonical, String name) {
        assertEquals(canonical, ThaiText.normalize(typed));
        assertEquals(ThaiText.key(canonical), ThaiText.key(typed));
    }

    @Test
    void matchesNamesTypedWithMarksInAnotherOrder() {
        assertEquals(ThaiText.key("องค์การบริหารส่วนตำบลน้ำพุ"), ThaiText.key("องค์การบริหารส่วนตำบลน\u0E4D\u0E49\u0E32พุ"));
        assertEquals(ThaiText.key("ที่ทำการ"), ThaiText.key("ท\u0E48\u0E35ทำการ"));
        assertEquals("ที่น้ำ", ThaiText.normalize("ที่น้ำ"), "text already in order is left as it is");
        assertEquals("ABC 12", ThaiText.normalize("ABC 12"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "' a b'|a b", "'a b '|a b", "'a  b'|a b", "'a\tb'|a b", "'a\u00A0b'|a b", "'a \u00A0b'|a b",
        "'a\u200Bb'|ab", "'a\u00ADb'|ab", "'๑ ข'|1 ข",
        // sara am, then a mark; a mark of a lower class after a higher one
        "'\u0E19\u0E33\u0E48'|\u0E19\u0E48\u0E33", "'\u0E01\u0E48\u0E38'|\u0E01\u0E38\u0E48"})
    void foldsEveryTextThatIsNotAlreadyInNormalForm(String raw, String normal) {
        assertEquals(normal, ThaiText.normalize(raw));
    }

    @Test
    void keepsTextAlreadyInNormalFormWithoutCopyingIt() {
        // most cells of a workbook are already normal: recognition normalises every one of them
        for (String s : new String[] {"องค์การบริหารส่วนตำบลน้ำพุ", "i1 การปฏิบัติงาน", "ที่ ปุ้ ก๊์", "81.67", ""}) {
            assertSame(s, ThaiText.normalize(s), s);
        }
    }

    @Test
    void convertsDigitsBothWays() {
        assertEquals("๒๕๖๗", ThaiText.toThaiDigits("2567"));
        assertEquals("i10", ThaiText.toArabicDigits("i๑๐"));
    }

    @Test
    void seesBatongAndBadongAsLookAlikeButNotDifferentNames() {
        assertTrue(ThaiText.lookAlike("บาตง", "บดง"), "seed 002 writes the same agency both ways");
        assertTrue(ThaiText.lookAlike("บาตง", "บาดง"));
        assertFalse(ThaiText.lookAlike("นาทราย", "นาทราย"));
        assertFalse(ThaiText.lookAlike("หนองบัว", "หนองบัวแดง"));
        assertFalse(ThaiText.lookAlike("ทับคล้อ", "นาทราย"));
    }
}
