package ita.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void versionNamesTheProgram() {
        Run r = run("--version");
        assertEquals(0, r.code());
        assertTrue(r.out().startsWith("ita-analyzer "), r.out());
    }

    @Test
    void helpListsCommandsAndExitCodes() {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (String s : new String[] {"analyze", "validate", "Exit codes:", "3", "some files were rejected"}) {
            assertTrue(r.out().contains(s), "help should mention " + s + ":\n" + r.out());
        }
        Run a = run("analyze", "--help");
        assertTrue(a.out().contains("--threshold") && a.out().contains("--thai-digits") && a.out().contains("--overwrite"));
    }

    @Test
    void anUnknownOptionIsAUsageErrorOnOneLineWithExit2() {
        Run r = run("analyze", "--frobnicate");
        assertEquals(2, r.code());
        assertEquals("ita: Unknown option: '--frobnicate'", r.err().lines().findFirst().orElseThrow());
        assertFalse(r.err().contains("at ita."), "no stack trace for a usage error");
    }

    @Test
    void aMissingInputIsAUsageError(@TempDir Path dir) {
        Run r = run("analyze", dir.resolve("nowhere").toString(), "--out", dir.resolve("out").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("ita: no such file or folder: "), r.err());
    }

    @Test
    void aThresholdOutsideZeroToHundredIsAUsageError(@TempDir Path dir) {
        Run r = run("analyze", dir.toString(), "--threshold", "120");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--threshold must be between 0 and 100"), r.err());
    }

    @Test
    void validateReportsGoodAndBadFilesAndExits3(@TempDir Path dir) throws IOException {
        Path fixtures = Path.of("src/test/resources/ingest/formats");
        Files.copy(fixtures.resolve("html-table-utf8.xls"), dir.resolve("html-table-utf8.xls"));
        Files.copy(fixtures.resolve("empty.xlsx"), dir.resolve("empty.xlsx"));
        Run r = run("validate", dir.toString());
        assertEquals(3, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("empty.xlsx: rejected: error: empty.xlsx: expected an xlsx, xls, HTML or CSV file but found an empty file."),
                r.out());
        assertTrue(r.out().contains("html-table-utf8.xls: read, HTML table, agency list, fiscal years 2567, 3 agency-years"), r.out());
        assertTrue(r.out().contains("2 files: 1 read, 1 rejected; 2 agencies"), r.out());
    }
}
