package ita.macros;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The oracle for ItaCommandLine reads command lines as Microsoft documents them. */
class WindowsCommandLineTest {

    @Test
    void readsTheDocumentedExamples() throws Exception {
        List<String> lines = Files.readAllLines(
                Path.of(WindowsCommandLineTest.class.getResource("/macros/msvcrt-examples.tsv").toURI()));
        int checked = 0;
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cols = line.split("\t");
            List<String> expected = new ArrayList<>(List.of("p"));
            expected.addAll(Arrays.asList(cols).subList(1, cols.length));
            assertEquals(expected, WindowsCommandLine.parse("p " + cols[0]), line);
            checked++;
        }
        assertEquals(6, checked);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:\\Program Files\\ITA\\", "C:\\a\\\\", "say \"hi\"", "a\\\"b", "\\\\server\\share\\x y",
        "ผล ITA ๒๕๖๗\\อบต. นาสาย.xlsx", "", " ", "a&b|c<d>e^f", "\"", "\\"})
    void quotedArgumentsReadBackUnchanged(String arg) {
        String line = "\"C:\\Program Files\\Java\\bin\\javaw.exe\" " + WindowsCommandLine.quote(arg) + " next";
        assertEquals(List.of("C:\\Program Files\\Java\\bin\\javaw.exe", arg, "next"), WindowsCommandLine.parse(line));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "C:\\My Folder\\      | \"C:\\My Folder\\\\\"",
        "say \"hi\"            | \"say \\\"hi\\\"\"",
        "a\\\"b                | \"a\\\\\\\"b\"",
        "C:\\x\\y             | \"C:\\x\\y\"",
    })
    void doublesOnlyTheBackslashesBeforeAQuote(String arg, String quoted) {
        assertEquals(quoted.strip(), WindowsCommandLine.quote(arg.strip()));
    }
}
