package ita.report.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextLinesTest {

    @Test
    void digitsAreTheUnitOfWidth() {
        assertEquals(4.0, TextLines.width("0123"), 1e-9);
        assertEquals(0.0, TextLines.width(""), 1e-9);
    }

    @Test
    void vowelsAboveAndBelowAndToneMarksTakeNoWidth() {
        // ที่ = ท + sara ii + mai ek: only ท takes room
        assertEquals(TextLines.width("ท"), TextLines.width("ที่"), 1e-9);
        // น้ำ = น + mai tho + sara am, which follows its letter on the line
        assertEquals(TextLines.width("นำ"), TextLines.width("น้ำ"), 1e-9);
        // กึ๊ก็กั: sara ue, mai tri, maitaikhu, mai han-akat sit on their letters
        assertEquals(TextLines.width("กกก"), TextLines.width("กึ๊ก็กั"), 1e-9);
        assertTrue(TextLines.width("ก") > 0.5 && TextLines.width("ก") < 1.5, "a Thai letter is about a digit wide");
        assertTrue(TextLines.width("เ") < TextLines.width("ก"), "sara e is narrow");
    }

    @Test
    void controlCharactersTakeNoWidthAndOtherScriptsOneDigit() {
        assertEquals(TextLines.width("00"), TextLines.width("0\u00070"), 1e-9);
        assertEquals(1.0, TextLines.width("●"), 1e-9);
    }

    @Test
    void aWordWiderThanTheColumnIsBrokenInside() {
        // 30 digits in a column of 11 digits, one of which is padding: exactly three lines of 10
        assertEquals(3, TextLines.lines("0".repeat(30), 11));
        assertEquals(4, TextLines.lines("0".repeat(31), 11));
    }

    @Test
    void aDocumentCellIsMeasuredInPointsAtItsFontSize() {
        // a digit of 14 pt type is 0.544 × 14 = 7.616 pt wide: ten fit in 76.2 pt, not in 76.1
        assertEquals(1, TextLines.lines("0".repeat(10), 76.2, 14));
        assertEquals(2, TextLines.lines("0".repeat(10), 76.1, 14));
        // the same width holds twice as many digits of half the size
        assertEquals(1, TextLines.lines("0".repeat(20), 76.2, 7));
    }

    @Test
    void linesBreakBetweenWordsAndSpacesMayHangOverTheEdge() {
        // "00000 " and "00000" in 6 digits of room: the second word does not fit after the first
        assertEquals(2, TextLines.lines("00000 00000", 7));
        // 11 digits fit in 11 of room; the space between the words hangs at the end of nothing
        assertEquals(1, TextLines.lines("00000 00000", 13));
    }

    @Test
    void everyLineBreakStartsALineAndEmptyTextTakesOne() {
        assertEquals(1, TextLines.lines("", 10));
        assertEquals(1, TextLines.lines(null, 10));
        assertEquals(3, TextLines.lines("ก\nข\nค", 10));
        assertEquals(3, TextLines.lines("ก\r\nข\n", 10), "an empty last line counts");
    }

    @Test
    void heightsGrowByLineAndStopAtWhatExcelAllows() {
        // 26.25 pt a line and 1.5 pt of padding
        assertEquals(27.75f, ThaiTypography.heightFor(0));
        assertEquals(27.75f, ThaiTypography.heightFor(1));
        assertEquals(80.25f, ThaiTypography.heightFor(3));
        assertEquals(409f, ThaiTypography.heightFor(40));
        // a line of 20 pt is 20/16 of a line of 16 pt
        assertEquals(67.125f, ThaiTypography.heightFor(2, 20), 1e-4);
    }

    @Test
    void aTextMeasuredBeforeIsMeasuredAgainForAnotherWidth() {
        String step = "จัดทำแผนการดำเนินงานและเผยแพร่ต่อสาธารณะผ่านเว็บไซต์ของหน่วยงานภายในเดือนตุลาคม";
        int narrow = TextLines.lines(step, 12);
        int wide = TextLines.lines(step, 40);
        assertTrue(narrow > wide, narrow + " lines at 12 against " + wide + " at 40");
        // asked again, in the other order, each width keeps its own count
        assertEquals(wide, TextLines.lines(step, 40));
        assertEquals(narrow, TextLines.lines(step, 12));
        assertEquals(2 * narrow, TextLines.lines(step + "\n" + step, 12), "each line of a text with a break");
    }
}
