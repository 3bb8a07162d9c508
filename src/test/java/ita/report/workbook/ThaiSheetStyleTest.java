package ita.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ThaiSheetStyleTest {

    @Test
    void vowelsAndToneMarksAboveAndBelowTakeNoWidth() {
        // ที่: ท with ี and ่ above it is one letter wide; น้ำ: ้ sits above น, ำ follows it
        assertEquals(ThaiSheetStyle.textWidth("ท"), ThaiSheetStyle.textWidth("ที่"), 1e-9);
        assertEquals(ThaiSheetStyle.textWidth("นา"), ThaiSheetStyle.textWidth("น้ำ"), 1e-9);
        assertEquals(ThaiSheetStyle.textWidth("กข"), ThaiSheetStyle.textWidth("กุ้ขั"), 1e-9);
        assertTrue(ThaiSheetStyle.isThaiCombining('\u0E48'));
        assertTrue(!ThaiSheetStyle.isThaiCombining('\u0E33'));
    }

    @Test
    void linesGrowWithTextAndCountLineBreaks() {
        String sentence = "ประชุมชี้แจงบุคลากรทุกกองให้ถือปฏิบัติตามขั้นตอนที่กำหนด";
        assertEquals(1, ThaiSheetStyle.lines("", 20));
        assertEquals(1, ThaiSheetStyle.lines("ที่", 5));
        assertTrue(ThaiSheetStyle.lines(sentence, 20) > ThaiSheetStyle.lines(sentence, 60));
        assertEquals(3, ThaiSheetStyle.lines("1. ก\n2. ข\n3. ค", 20));
        assertEquals(1, ThaiSheetStyle.lines(sentence, 80));
        assertEquals(2, ThaiSheetStyle.lines(sentence + " " + sentence, 80));
    }

    @Test
    void rowHeightsStopAtWhatExcelAllows() {
        assertEquals(26f, ThaiSheetStyle.height(1));
        assertEquals(78f, ThaiSheetStyle.height(3));
        assertEquals(409f, ThaiSheetStyle.height(40));
    }
}
