package ita.macros;

import static ita.macros.LibreOfficeBasic.args;
import static ita.macros.LibreOfficeBasic.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ita.macros.LibreOfficeBasic.Case;
import ita.macros.LibreOfficeBasic.Result;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line RunItaAnalyzer would run, built by ItaCommandLine in LibreOffice Basic for a
 * sample workbook, read back with the Windows rules and run: the packaged program analyses the
 * workbook and writes an analysis workbook under the output folder.
 */
class MacroCommandLineIT {

    private static final long RUN_MINUTES = 5;

    @TempDir
    static Path temp;

    private static Path input;
    private static Path jar;
    private static Path java;
    private static Map<String, Result> results;

    /** Per test, so that without LibreOffice each test is counted as skipped; the evaluation runs once. */
    @BeforeEach
    void buildTheCommandLineInLibreOffice() throws IOException, URISyntaxException {
        LibreOfficeBasic.requireAvailable();
        if (results != null) {
            return;
        }
        jar = builtJar();
        java = Path.of(System.getProperty("java.home"), "bin", "java");
        // a folder name with spaces and brackets, and Thai where the file system encoding allows it
        String folder = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8")).newEncoder().canEncode("ผล")
                ? "ผล ITA (ตัวอย่าง)" : "ITA results (sample)";
        Path sample = sampleWorkbook();
        input = Files.createDirectories(temp.resolve(folder)).resolve(sample.getFileName());
        Files.copy(sample, input);
        results = LibreOfficeBasic.evaluate(List.of(
                new Case("command", "=ItaCommandLine(" + args(text(java.toString()), text(jar.toString()),
                        text(input.toString()), text("")) + ")"),
                new Case("out", "=ItaDefaultOutDir(" + text(input.toString()) + ")")));
    }

    @Test
    void commandTheMacroBuildsAnalysesASampleWorkbook() throws Exception {
        String command = results.get("command").text();
        Path out = Path.of(results.get("out").text());
        assertEquals(input.getParent().resolve("ita-output"), out, "the output folder is next to the input");
        List<String> argv = WindowsCommandLine.parse(command);
        assertEquals(List.of(java.toString(), "-jar", jar.toString(), "analyze", input.toString(), "--out", out.toString(),
                "--quiet"), argv, command);

        Path log = temp.resolve("run.log");
        Process p = new ProcessBuilder(argv).directory(temp.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!p.waitFor(RUN_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("the program did not finish within " + RUN_MINUTES + " minutes: " + command);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "exit code of " + command + "\n" + output);
        List<Path> written = workbooksUnder(out);
        assertFalse(written.isEmpty(), "no analysis workbook under " + out + "\n" + output);
        assertTrue(written.stream().allMatch(w -> w.toFile().length() > 0), written.toString());
    }

    /** The jar the package phase built, next to the test classes in the build folder. */
    private static Path builtJar() throws URISyntaxException {
        Path testClasses = Path.of(MacroCommandLineIT.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jarPath = testClasses.getParent().resolve("ita-analyzer.jar");
        if (!Files.isRegularFile(jarPath)) {
            fail("no " + jarPath + "; build it with mvn package (mvn verify runs this test after it)");
        }
        return jarPath;
    }

    /** The first .xlsx under sample-workbooks/, seeds first. */
    private static Path sampleWorkbook() throws IOException {
        Path root = Path.of("sample-workbooks");
        if (!Files.isDirectory(root)) {
            fail("no sample-workbooks folder in " + Path.of("").toAbsolutePath());
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".xlsx") && Files.isRegularFile(p))
                    .min(Comparator.comparing((Path p) -> !p.toString().contains("seeds")).thenComparing(Path::toString))
                    .orElseThrow(() -> new AssertionError("no .xlsx under " + root.toAbsolutePath()));
        }
    }

    private static List<Path> workbooksUnder(Path out) throws IOException {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".xlsx")).toList();
        }
    }
}
