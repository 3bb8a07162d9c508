package ita.batch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.report.AtomicFiles;
import ita.sample.SampleGenerator;
import ita.sample.SampleOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed midway (as by a power cut or Ctrl+C twice) leaves no incomplete file under a final name:
 * every output is written under a temporary name and renamed when complete. The run is killed when it says it
 * has written five agencies, and the output folder is looked at only once it is dead, so that nothing is renamed
 * while the test walks the folder.
 */
class InterruptedRunIT {

    private static final int KILL_AFTER = 5;

    @Test
    void aKilledRunLeavesNoIncompleteFileUnderAFinalName(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        new SampleGenerator().generate(SampleOptions.builder().agencies(200).years(2566, 2567).out(in).threads(2).build());
        Path out = tmp.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                InterruptedRunIT.class.getName(), in.toString(), out.toString())
                .redirectError(tmp.resolve("child.log").toFile()).start();
        int written = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && written < KILL_AFTER; line = lines.readLine()) {
                written = line.startsWith("written ") ? Integer.parseInt(line.substring(8)) : written;
            }
            assertTrue(written >= KILL_AFTER && p.isAlive(), "the run must still be going when it is killed: "
                    + Files.readString(tmp.resolve("child.log")));
            p.destroyForcibly();
        }
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "the killed run ends");

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
        assertTrue(finals >= KILL_AFTER, "the outputs written before the kill are complete: " + finals);
        assertTrue(incomplete.isEmpty(), "incomplete files under final names: " + incomplete);
    }

    /** The run to kill: {@code ita analyze IN --out OUT} on two threads, saying "written N" after each agency. */
    public static void main(String[] args) {
        PrintStream say = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        AtomicInteger n = new AtomicInteger();
        Progress progress = new RecordingProgress() {
            @Override
            public void agencyWritten() {
                say.println("written " + n.incrementAndGet());
            }
        };
        AnalyzeJob.run(BatchSettings.builder().inputs(Path.of(args[0])).out(Path.of(args[1])).threads(2).build(),
                progress);
    }
}
