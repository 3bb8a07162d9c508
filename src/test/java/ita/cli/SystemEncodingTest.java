package ita.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which systems can name files in Thai, and what a path that lost its Thai letters on Windows is told. */
class SystemEncodingTest {

    @Test
    void anAsciiLocaleStopsTheRunAndUtf8OrThaiCodePagesDoNot() {
        assertEquals(Optional.of("ita: the system names files in ANSI_X3.4-1968, which has no Thai letters, so no Thai"
                + " folder or file could be read or written. Run under a UTF-8 locale: LC_ALL=C.UTF-8 java -jar"
                + " ita-analyzer.jar ..., or use the ita script, which does so."),
                SystemEncoding.fileNameProblem("ANSI_X3.4-1968", "Linux"));
        assertEquals(Optional.empty(), SystemEncoding.fileNameProblem("UTF-8", "Linux"));
        assertEquals(Optional.empty(), SystemEncoding.fileNameProblem("TIS-620", "Linux"));
        // Windows names files in UTF-16 whatever the code page
        assertEquals(Optional.empty(), SystemEncoding.fileNameProblem("Cp1252", "Windows 11"));
        assertEquals(Optional.empty(), SystemEncoding.fileNameProblem("no-such-charset", "Windows 10"));
        assertTrue(SystemEncoding.fileNameProblem("no-such-charset", "Linux").isPresent());
    }

    @Test
    void aPathWhoseThaiLettersBecameQuestionMarksIsExplained() {
        assertEquals(" (the system passed the path through Cp1252, which has no Thai letters, so they became '?':"
                + " give the folder above it, whose files are found by their own names, or switch Windows to UTF-8"
                + " (Region → Administrative → Change system locale → Use Unicode UTF-8))",
                SystemEncoding.lostLettersHint("D:\\ITA\\?????.xlsx", "Cp1252"));
        assertEquals("", SystemEncoding.lostLettersHint("D:\\ITA\\?????.xlsx", "x-windows-874"),
                "a Thai code page keeps the letters: the '?' are the user's");
        assertEquals("", SystemEncoding.lostLettersHint("D:\\ITA\\list.xlsx", "Cp1252"));
    }
}
