package ita.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ita} script starts Java with the quick compiler; a run of more files than the limit goes on in a Java
 * with the full compiler and gives the same outputs and exit code.
 */
class QuickStartIT {

    private static final String HANDED_OVER = "the run continues in a Java with the optimising compiler";

    record Run(int code, String out, String err) {
    }

    static Run ita(String javaOptions, Path out) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of("ita").toAbsolutePath().toString(), "analyze",
                "sample-workbooks", "--out", out.toString(), "--debug", "--format", "xlsx,csv");
        pb.environment().put("ITA_JAVA_OPTS", javaOptions);
        Path err = Files.createTempFile("ita-err", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the run finished");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        return new Run(p.exitValue(), stdout, stderr);
    }

    @Test
    void aLargeRunIsHandedOverWithTheSameOutputs(@TempDir Path tmp) throws Exception {
        Run quick = ita("", tmp.resolve("quick"));
        Run full = ita("-Dita.quickstart.limit=5", tmp.resolve("full"));

        assertEquals(0, quick.code(), quick.err());
        assertEquals(0, full.code(), full.err());
        assertFalse(quick.err().contains(HANDED_OVER), quick.err());
        assertTrue(full.err().contains("ita: 5 files or more: " + HANDED_OVER + "\n"), full.err());
        String files = quick.out().lines().filter(l -> l.startsWith("files: ")).findFirst().orElseThrow();
        assertTrue(files.matches("files: \\d{2,} read, .*"), files);
        assertEquals(files, full.out().lines().filter(l -> l.startsWith("files: ")).findFirst().orElseThrow());
        assertEquals(Files.readString(tmp.resolve("quick/summary.csv")), Files.readString(tmp.resolve("full/summary.csv")));
        try (var s = Files.walk(tmp.resolve("quick"))) {
            List<Path> written = s.filter(Files::isRegularFile).map(tmp.resolve("quick")::relativize).toList();
            assertTrue(written.size() > 10, written.toString());
            for (Path w : written) {
                assertTrue(Files.isRegularFile(tmp.resolve("full").resolve(w)), "also written after the hand-over: " + w);
            }
        }
    }

    @Test
    void aRunWithTheCompilerChosenInItsOptionsIsNotHandedOver(@TempDir Path tmp) throws Exception {
        Run run = ita("-XX:-TieredCompilation -Dita.quickstart.limit=5", tmp.resolve("out"));
        assertEquals(0, run.code(), run.err());
        assertFalse(run.err().contains(HANDED_OVER), run.err());
    }
}
