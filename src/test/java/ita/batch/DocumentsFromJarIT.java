package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documents from the jar users run, in a JVM of its own: the jar holds POI's small schema jar
 * (poi-ooxml-lite), not the complete one the unit tests see, so a schema class the writers need and the jar lacks
 * would fail here. And {@code --pdf} without LibreOffice stops with one line and exit 2 before any work.
 */
class DocumentsFromJarIT {

    static final Path JAR = Path.of("target", "ita-analyzer.jar");

    record Result(int code, String out) {
    }

    static Result java(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the jar finished");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void theJarWritesEveryDocumentOfTheSeeds(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Result r = java(Map.of(), "analyze", AnalyzeIT.SAMPLES.resolve("seeds").toString(), "--out", out.toString(),
                "--quiet", "--thai-digits");
        assertEquals(0, r.code(), r.out());
        assertFalse(r.out().contains("Exception"), r.out());
        assertEquals(9, DocumentsIT.count(out, ".docx"),
                "three documents for each of the three agencies; no report of their provinces, one agency each");
        assertFalse(Files.exists(out.resolve("นราธิวาส").resolve("รายงานจังหวัดนราธิวาส-2565.docx")), "no report");
        String measures = DocumentsIT.text(out.resolve(DocumentsIT.FOLDER + DocumentsIT.AGENCY + "-มาตรการ2566.docx"));
        assertTrue(measures.contains("๗๓.๓๕"), "the total, in Thai digits");
    }

    @Test
    void pdfWithoutLibreOfficeStopsWithOneLineBeforeAnyWork(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Result r = java(Map.of("SOFFICE", tmp.resolve("no-office").toString()), "analyze",
                DocumentsIT.SEED_003.toString(), "--out", out.toString(), "--pdf");
        assertEquals(2, r.code(), r.out());
        assertEquals(1, r.out().strip().lines().count(), r.out());
        assertTrue(r.out().startsWith("ita: --pdf needs LibreOffice, but the environment variable SOFFICE names "),
                r.out());
        assertFalse(Files.exists(out), "nothing written");
    }
}
