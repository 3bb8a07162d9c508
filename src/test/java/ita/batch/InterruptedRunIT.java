package ita.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.report.AtomicFiles;
import ita.sample.SampleGenerator;
import ita.sample.SampleOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed midway (as by a power cut or Ctrl+C twice) leaves no incomplete file under a final name:
 * every output is written under a temporary name and renamed when complete.
 */
class InterruptedRunIT {

    @Test
    void aKilledRunLeavesNoIncompleteFileUnderAFinalName(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        new SampleGenerator().generate(SampleOptions.builder().agencies(200).years(2566, 2567).out(in).threads(2).build());
        Path out = tmp.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "ita.cli.Main", "analyze",
                in.toString(), "--out", out.toString(), "--quiet", "--threads", "2")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (countXlsx(out) < 5 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(p.isAlive(), "the run must still be going when it is killed: " + Files.readString(tmp.resolve("child.log")));
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        List<String> incomplete = new ArrayList<>();
        int finals = 0;
        try (Stream<Path> s = Files.walk(out)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.contains(AtomicFiles.TEMP_MARK)) {
                    continue;
                }
                finals++;
                if (name.endsWith(".xlsx") || name.endsWith(".docx")) {
                    try (ZipFile z = new ZipFile(f.toFile())) {
                        if (z.getEntry(name.endsWith(".xlsx") ? "xl/workbook.xml" : "word/document.xml") == null) {
                            incomplete.add(name);
                        }
                    } catch (java.io.IOException e) {
                        incomplete.add(name + " (" + e.getMessage() + ")");
                    }
                }
            }
        }
        assertTrue(finals >= 5, "some outputs were complete before the kill");
        assertTrue(incomplete.isEmpty(), "incomplete files under final names: " + incomplete);
    }

    private static long countXlsx(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(".xlsx") && !f.toString().contains(AtomicFiles.TEMP_MARK)
                    && !f.toString().contains(File.separator + ".")).count();
        } catch (java.io.UncheckedIOException e) {
            // a temporary file renamed while the folder was walked: look again on the next round
            return 0;
        }
    }
}
