package ita.macros;

import static ita.macros.LibreOfficeBasic.args;
import static ita.macros.LibreOfficeBasic.text;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.macros.LibreOfficeBasic.Case;
import ita.macros.LibreOfficeBasic.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * ItaCommandLine, run in LibreOffice Basic, writes the command line that the Java oracle
 * (WindowsCommandLine) writes, and reading that line back gives exactly the intended arguments.
 */
class ItaCommandLineTest {

    private static final String JAVA = "C:\\Program Files\\Java\\jdk-17\\bin\\javaw.exe";
    private static final String JAR = "C:\\Users\\สมชาย\\ITA tools\\ita-analyzer.jar";

    /** One call: the arguments as given to the function, the extra arguments as the program should get them. */
    private record Call(String id, String java, String jar, String input, String out, String extraFormula,
                        List<Object> cells, String expectedOut, List<String> expectedExtra) {
    }

    private static final List<Call> CALLS = List.of(
            new Call("thai-spaces-trailing-backslash", JAVA, JAR,
                    "C:\\Users\\สมชาย\\Documents\\ผล ITA 2567\\อบต. นาสาย.xlsx",
                    "C:\\Users\\สมชาย\\Documents\\ผล ITA 2567\\ita-output\\", null, List.of(),
                    "C:\\Users\\สมชาย\\Documents\\ผล ITA 2567\\ita-output\\", List.of()),
            new Call("embedded-quotes", JAVA, JAR, "D:\\data\\say \"hi\"\\x.xlsx", "D:\\out\\\"q\"\\\\", null, List.of(),
                    "D:\\out\\\"q\"\\\\", List.of()),
            new Call("backslashes-before-a-quote", JAVA, JAR, "D:\\a\\\\\"b\\c.xlsx", "D:\\o", null, List.of(),
                    "D:\\o", List.of()),
            new Call("folder-with-trailing-backslash-default-out", JAVA, JAR, "E:\\ITA 2567\\", "", null, List.of(),
                    "E:\\ita-output", List.of()),
            new Call("cmd-metacharacters", JAVA, JAR, "C:\\a&b|c<d>e^f!g(h)\\in put.xlsx", "C:\\o&p", null, List.of(),
                    "C:\\o&p", List.of()),
            new Call("unc-path-default-out", "java", JAR, "\\\\server\\share\\ผล ITA\\file.xlsx", "", null, List.of(),
                    "\\\\server\\share\\ผล ITA\\ita-output", List.of()),
            new Call("extra-text", JAVA, JAR, "C:\\in.xlsx", "C:\\out", text("--year 2567  --lang th"), List.of(),
                    "C:\\out", List.of("--year", "2567", "--lang", "th")),
            new Call("extra-range", JAVA, JAR, "C:\\in.xlsx", "C:\\out", "C{row}:F{row}",
                    java.util.Arrays.asList("--title", "ผล \"ITA\" 2567", null, "*.xlsx"),
                    "C:\\out", List.of("--title", "ผล \"ITA\" 2567", "*.xlsx")),
            new Call("linux-paths", "/usr/lib/jvm/java-17/bin/java", "/tmp/x y/ita-analyzer.jar", "/tmp/ผล ITA/in.xlsx", "",
                    null, List.of(), "/tmp/ผล ITA/ita-output", List.of()));

    /** Calls that must give #VALUE!: what cannot be passed safely. */
    private static final Map<String, String> REFUSED = Map.of(
            "percent-in-input", args(text(JAVA), text(JAR), text("C:\\%USERPROFILE%\\x.xlsx"), text("")),
            "line-break-in-out", args(text(JAVA), text(JAR), text("C:\\x.xlsx"), text("C:\\o") + "&CHAR(10)&" + text("x")),
            "tab-in-input", args(text(JAVA), text(JAR), text("C:\\a") + "&CHAR(9)&" + text("b.xlsx"), text("")),
            "input-read-as-option", args(text(JAVA), text(JAR), text("--help"), text("")),
            "no-jar", args(text(JAVA), text(""), text("C:\\x.xlsx"), text("")),
            "quote-in-program", args(text("C:\\Java\"\\java.exe"), text(JAR), text("C:\\x.xlsx"), text("")),
            "percent-in-extra", args(text(JAVA), text(JAR), text("C:\\x.xlsx"), text(""), text("--title 100%")),
            "number-as-path", args(text(JAVA), text(JAR), "2567", text("")));

    private static Map<String, Result> results;

    /** Per test, so that without LibreOffice each test is counted as skipped; the evaluation runs once. */
    @BeforeEach
    void evaluateInLibreOffice() {
        LibreOfficeBasic.requireAvailable();
        if (results != null) {
            return;
        }
        List<Case> cases = new ArrayList<>();
        for (Call c : CALLS) {
            String a = args(text(c.java()), text(c.jar()), text(c.input()), text(c.out()));
            if (c.extraFormula() != null) {
                a = a + ";" + c.extraFormula();
            }
            cases.add(new Case(c.id(), "=ItaCommandLine(" + a + ")", c.cells()));
        }
        REFUSED.forEach((id, a) -> cases.add(new Case(id, "=ItaCommandLine(" + a + ")")));
        for (int code : new int[] {0, 1, 2, 3, 9}) {
            cases.add(new Case("outcome-" + code, "=ItaOutcomeMessage(" + code + ")"));
        }
        cases.add(new Case("default-out-file", "=ItaDefaultOutDir(" + text("C:\\ผล ITA\\อบต. นาสาย.xlsx") + ")"));
        cases.add(new Case("default-out-folder", "=ItaDefaultOutDir(" + text("C:\\ผล ITA\\2567\\\\") + ")"));
        cases.add(new Case("default-out-bare", "=ItaDefaultOutDir(" + text("nasai.xlsx") + ")"));
        results = LibreOfficeBasic.evaluate(cases);
    }

    @Test
    void writesTheLineTheOracleWrites() {
        assertAll(CALLS.stream().map(c -> (Executable) () -> assertEquals(
                WindowsCommandLine.analyze(c.java(), c.jar(), c.input(), c.expectedOut(), c.expectedExtra()),
                results.get(c.id()).text(), c.id())));
    }

    @Test
    void lineReadsBackAsTheIntendedArguments() {
        assertAll(CALLS.stream().map(c -> (Executable) () -> {
            List<String> expected = new ArrayList<>(List.of(c.java(), "-jar", c.jar(), "analyze", c.input(),
                    "--out", c.expectedOut(), "--quiet"));
            expected.addAll(c.expectedExtra());
            assertEquals(expected, WindowsCommandLine.parse(results.get(c.id()).text()), c.id());
        }));
    }

    @Test
    void quotesEveryPathAndDoublesATrailingBackslash() {
        String line = results.get("thai-spaces-trailing-backslash").text();
        assertTrue(line.startsWith("\"" + JAVA + "\" -jar \"" + JAR + "\" analyze \""), line);
        assertTrue(line.endsWith(" --out \"C:\\Users\\สมชาย\\Documents\\ผล ITA 2567\\ita-output\\\\\" --quiet"), line);
    }

    @Test
    void refusesWhatCannotBePassedSafely() {
        assertAll(REFUSED.keySet().stream().map(id -> (Executable) () -> {
            Result r = results.get(id);
            assertTrue(r.isError() && r.errorNumber().orElse(0) == 2015, id + ": expected #VALUE! but found " + r);
        }));
    }

    @Test
    void outcomeMessagesAreThaiAndNameTheExitCode() {
        Function<Integer, String> message = code -> results.get("outcome-" + code).text();
        assertAll(
                () -> assertTrue(message.apply(0).startsWith("วิเคราะห์เสร็จ"), message.apply(0)),
                () -> assertTrue(message.apply(3).contains("บางไฟล์") && message.apply(3).contains("(รหัส 3)"), message.apply(3)),
                () -> assertTrue(message.apply(2).contains("(รหัส 2)"), message.apply(2)),
                () -> assertTrue(message.apply(1).contains("(รหัส 1)") && message.apply(1).contains("--debug"), message.apply(1)),
                () -> assertTrue(message.apply(9).endsWith("9"), message.apply(9)));
    }

    @Test
    void defaultOutputFolderIsNextToTheInput() {
        assertAll(
                () -> assertEquals("C:\\ผล ITA\\ita-output", results.get("default-out-file").text()),
                () -> assertEquals("C:\\ผล ITA\\ita-output", results.get("default-out-folder").text()),
                () -> assertEquals("ita-output", results.get("default-out-bare").text()));
    }
}
