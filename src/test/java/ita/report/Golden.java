package ita.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a text dump with a reviewed golden file in src/test/resources/golden/. Run the tests with
 * {@code -Dita.golden.update=true} to rewrite the golden files, then review the diff before committing.
 */
public final class Golden {

    private static final Path DIR = Path.of("src/test/resources/golden");

    private Golden() {
    }

    public static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("ita.golden.update") || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            if (!Boolean.getBoolean("ita.golden.update") && System.getenv("CI") != null) {
                throw new AssertionError("golden file " + file + " was missing; it has been written, review and commit it");
            }
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual, "golden " + name
                + " differs; if the change is intended, rerun with -Dita.golden.update=true and review the diff");
    }
}
