package ita.report.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextLinesTest {

    @Test
    void vowelsAboveAndBelowAndToneMarksTakeNoWidth() {
        // น ้ ำ: sara am (U+0E33) is a base character, mai tho (U+0E49) is not
        assertEquals(2, TextLines.baseCharacters("น้ำ"));
        // ที่: sara ii and mai ek combine with tho thahan
        assertEquals(1, TextLines.baseCharacters("ที่"));
        assertEquals(6, TextLines.baseCharacters("คุณธรรม"), "sara u below the line is not counted");
        assertTrue(TextLines.isCombining('\u0E31'));
        assertTrue(TextLines.isCombining('\u0E4E'));
        assertFalse(TextLines.isCombining('\u0E30'), "sara a follows its consonant and takes width");
        assertFalse(TextLines.isCombining('ก'));
    }

    @Test
    void linesGrowWithTextAndBreaks() {
        assertEquals(1, TextLines.estimate("", 10));
        assertEquals(1, TextLines.estimate("ผ่าน", 10));
        String forty = "ก".repeat(40);
        assertEquals(5, TextLines.estimate(forty, 10), "40 letters in about 8.5 per line");
        assertEquals(3, TextLines.estimate("ก\nข\nค", 10));
        // the same letters with tone marks need no more lines
        assertEquals(TextLines.estimate("ก".repeat(20), 10), TextLines.estimate("ก่".repeat(20), 10));
    }
}
