package ita.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a text dump with its golden file in {@code src/test/resources/golden/}. Run the tests with
 * {@code -Dita.golden.update=true} to write the golden files from the current output instead, then review
 * the change with {@code git diff} before committing. On a mismatch the actual dump is left in
 * {@code target/golden-actual/} for comparison.
 */
public final class Golden {

    public static final String UPDATE_PROPERTY = "ita.golden.update";

    private Golden() {
    }

    public static void assertMatches(String name, String actual) throws IOException {
        Path base = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
        Path golden = base.resolve("src/test/resources/golden").resolve(name);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(golden)) {
            fail("golden file " + base.relativize(golden) + " is missing; run the tests with -D" + UPDATE_PROPERTY
                    + "=true to create it, then review it");
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8).replace("\r\n", "\n");
        if (expected.equals(actual)) {
            return;
        }
        Path actualFile = base.resolve("target/golden-actual").resolve(name);
        Files.createDirectories(actualFile.getParent());
        Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int i = 0;
        while (i < e.length && i < a.length && e[i].equals(a[i])) {
            i++;
        }
        fail("output differs from golden file " + base.relativize(golden) + " at line " + (i + 1) + "\n expected: "
                + (i < e.length ? e[i] : "(end of file)") + "\n   actual: " + (i < a.length ? a[i] : "(end of file)")
                + "\nThe whole output is in " + base.relativize(actualFile) + "; if the change is intended, rerun with -D"
                + UPDATE_PROPERTY + "=true and review the diff.");
    }
}
