package ita.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed {@code sample-workbooks/} folder must be what {@link BundledSamples#write} writes. Run with
 * {@code -Dita.samples.regenerate=true} to rewrite the folder first.
 */
class BundledSamplesFolderTest {

    private static final Path FOLDER = Path.of(BundledSamples.FOLDER);
    private static final String HINT = "sample-workbooks/ is out of date; rewrite it with "
            + "mvn -o -q test -Dtest=BundledSamplesFolderTest -Dita.samples.regenerate=true";

    @Test
    void committedFolderIsWhatTheGeneratorWrites(@TempDir Path fresh) throws IOException {
        if (Boolean.getBoolean("ita.samples.regenerate")) {
            rewrite();
        }
        assertTrue(Files.isDirectory(FOLDER), "no " + FOLDER.toAbsolutePath() + ": " + HINT);
        BundledSamples.write(fresh);
        List<String> generated = files(fresh);
        assertEquals(generated, files(FOLDER), HINT);
        for (String f : generated) {
            byte[] want = Files.readAllBytes(fresh.resolve(f));
            byte[] have = Files.readAllBytes(FOLDER.resolve(f));
            if (f.endsWith(".xlsx")) {
                // compare the parts, not the deflated bytes, which may differ between zlib builds
                assertEquals(parts(want), parts(have), f + ": " + HINT);
            } else {
                assertArrayEquals(want, have, f + ": " + HINT);
            }
        }
    }

    private static void rewrite() throws IOException {
        if (Files.isDirectory(FOLDER)) {
            try (Stream<Path> s = Files.walk(FOLDER)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        BundledSamples.write(FOLDER);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }

    private static Map<String, String> parts(byte[] xlsx) throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                m.put(e.getName(), new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return m;
    }
}
