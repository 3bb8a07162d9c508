package ita.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void rendersOneLineWithLocationMessageAndFix() {
        Finding f = Finding.error("score-not-a-number", new SourceRef("2567/nasai.xlsx", "ตัวชี้วัด", "C7"),
                "expected a score 0–100 but found \"๘๑,๖๗%\"", "Write it as 81.67.");
        assertEquals("error: 2567/nasai.xlsx, sheet 'ตัวชี้วัด', cell C7: expected a score 0–100 but found \"๘๑,๖๗%\". "
                + "Write it as 81.67.", f.toLine());
    }

    @Test
    void controlCharactersFromASheetNameCannotBreakTheLine() {
        Finding f = Finding.warning("x", new SourceRef("a.xlsx", "a\nb\u001B[31m", "A1"), "message", "");
        assertEquals("warning: a.xlsx, sheet 'a\\u000Ab\\u001B[31m', cell A1: message", f.toLine());
    }
}
