package ita.macros;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.framework.FrameworkCatalog;
import ita.framework.LevelRule;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The module files import into the VBA editor as they are, and agree with the framework definitions. */
class MacroSourceTest {

    private static final Pattern SCHEME = Pattern.compile("\"(\\d{4})\\|([^\"]*)\"");
    // backslash, u and a hex digit: leaves out the code of ItaText and the XXXX of comments
    private static final Pattern ESCAPE = Pattern.compile("\\\\u(?=[0-9A-Fa-f])(.{0,4})");
    private static final Pattern PUBLIC = Pattern.compile("(?m)^Public (?:Function|Sub) (\\w+)");

    @Test
    void modulesArePlainAsciiWithWindowsLineEnds() {
        List<Path> files = MacroModules.files();
        assertEquals(List.of("ItaCommand", "ItaFunctions", "ItaRunner", "ItaSupport"),
                files.stream().map(MacroModules::moduleName).toList());
        assertAll(files.stream().map(f -> (Executable) () -> {
            byte[] bytes = Files.readAllBytes(f);
            for (int i = 0; i < bytes.length; i++) {
                int b = bytes[i] & 0xff;
                assertTrue(b < 0x80 && (b >= 0x20 || b == '\r' || b == '\n'),
                        f.getFileName() + ": byte " + b + " at " + i + "; write Thai with ItaText(\"\\uXXXX\")");
                if (b == '\n') {
                    assertTrue(i > 0 && bytes[i - 1] == '\r', f.getFileName() + ": a line ends without CR at byte " + i);
                }
            }
        }));
    }

    @Test
    void modulesDeclareTheirNameAndOptionExplicitButNoLibreOfficeOption() {
        assertAll(MacroModules.files().stream().map(f -> (Executable) () -> {
            String src = MacroModules.read(f);
            assertTrue(src.startsWith("Attribute VB_Name = \"" + MacroModules.moduleName(f) + "\"\r\n"), f.toString());
            assertTrue(src.contains("\r\nOption Explicit\r\n"), f + ": Option Explicit");
            // Excel does not know it; the test harness adds it for LibreOffice
            assertFalse(src.contains("VBASupport"), f + ": Option VBASupport");
        }));
    }

    @Test
    void generatedConstantsMatchTheFrameworkDefinitions() {
        String expected = FrameworkConstants.vbaBlock(FrameworkCatalog.standard());
        String actual = MacroModules.generatedBlock(MacroModules.read(MacroModules.file("ItaFunctions")));
        assertEquals(expected, actual, "ItaFunctions.bas differs from the framework; replace its generated block with:\n"
                + expected + "\n");
    }

    @Test
    void levelSchemesInTheModuleGiveEachYearTheFrameworkRules() {
        TreeMap<Integer, String> schemes = new TreeMap<>();
        Matcher m = SCHEME.matcher(MacroModules.generatedBlock(MacroModules.read(MacroModules.file("ItaFunctions"))));
        while (m.find()) {
            schemes.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        assertTrue(schemes.size() >= 2, "level schemes found: " + schemes.keySet());
        FrameworkCatalog catalog = FrameworkCatalog.standard();
        List<Executable> checks = new ArrayList<>();
        for (int year = 2540; year <= 2600; year++) {
            int y = year;
            // as SchemeOf: the newest scheme starting on or before the year, else the oldest
            Map.Entry<Integer, String> e = schemes.floorEntry(y) != null ? schemes.floorEntry(y) : schemes.firstEntry();
            checks.add(() -> assertEquals(describe(catalog.framework(y).levels().rules()), describe(e.getValue()),
                    "fiscal year " + y));
        }
        assertAll(checks);
    }

    @Test
    void escapedTextIsThaiOrAscii() {
        assertAll(MacroModules.files().stream().map(f -> (Executable) () -> {
            Matcher m = ESCAPE.matcher(MacroModules.read(f));
            int count = 0;
            while (m.find()) {
                assertTrue(m.group(1).matches("[0-9A-F]{4}"), f.getFileName() + ": bad escape \\u" + m.group(1));
                int c = Integer.parseInt(m.group(1), 16);
                assertTrue(c >= 0x0E01 && c <= 0x0E5B || c < 0x80, f.getFileName() + ": \\u" + m.group(1) + " is not Thai");
                count++;
            }
            if (f.getFileName().toString().equals("ItaRunner.bas")) {
                assertTrue(count > 500, "ItaRunner's messages are Thai");
            }
        }));
    }

    @Test
    void readmeExplainsEveryPublicFunctionAndMacroInThaiAndEnglish() throws IOException {
        String readme = Files.readString(MacroModules.folder().resolve("README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("PERSONAL.XLSB") && readme.contains(".xlam") && readme.contains("Trust Center"), "install steps");
        assertTrue(readme.contains("ศูนย์ความเชื่อถือ") && readme.contains("ติดตั้ง"), "Thai install steps");
        List<Executable> checks = new ArrayList<>();
        for (String module : List.of("ItaFunctions", "ItaRunner", "ItaCommand")) {
            Matcher m = PUBLIC.matcher(MacroModules.read(MacroModules.file(module)));
            while (m.find()) {
                String name = m.group(1);
                checks.add(() -> assertTrue(readme.contains(name), "README does not mention " + name));
            }
        }
        assertTrue(checks.size() >= 12, "public names found: " + checks.size());
        assertAll(checks);
    }

    @Test
    void gitKeepsWindowsLineEndsForTheModules() throws IOException {
        String attributes = Files.readString(Path.of(".gitattributes"));
        assertTrue(attributes.contains("macros/*.bas text eol=crlf"), attributes);
        assertTrue(attributes.contains("*.sh text eol=lf"), attributes);
    }

    private static String describe(List<LevelRule> rules) {
        StringBuilder sb = new StringBuilder();
        for (LevelRule r : rules) {
            sb.append(r.label()).append(" >= ").append(r.minTotal().stripTrailingZeros().toPlainString());
            if (r.minEachTool() != null) {
                sb.append(" and each tool >= ").append(r.minEachTool().stripTrailingZeros().toPlainString());
            }
            sb.append("; ");
        }
        return sb.toString();
    }

    /** The rules as the module writes them: label,min total,min each tool;... */
    private static String describe(String scheme) {
        List<LevelRule> rules = new ArrayList<>();
        for (String rule : scheme.split(";")) {
            String[] p = rule.split(",", -1);
            rules.add(new LevelRule(FrameworkConstants.unescape(p[0]), new BigDecimal(p[1]),
                    p[2].isEmpty() ? null : new BigDecimal(p[2])));
        }
        return describe(rules);
    }
}
