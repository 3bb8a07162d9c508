package ita.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThaiTextTest {

    @Test
    void normalizesDigitsSaraAmZeroWidthAndSpaces() {
        // sara am written as nikhahit + sara aa, a zero-width space, Thai digits and a double space
        String raw = "\u0E01\u0E32\u0E23\u0E19\u0E4D\u0E32\u200B  ๘๑.๖๗ ";
        assertEquals("การนำ 81.67", ThaiText.normalize(raw));
        assertEquals(ThaiText.normalize("การนำ"), ThaiText.normalize("การน\u0E4D\u0E32"));
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
