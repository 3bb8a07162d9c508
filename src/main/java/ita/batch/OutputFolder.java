package ita.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Chooses where a run writes. An empty or missing --out folder is used as it is; one that already holds
 * files is used only with --overwrite, otherwise the run goes into a new folder run-2, run-3, … inside it,
 * so that nothing written before is replaced by accident. The folder chosen is tried with a file before
 * the run starts: a folder that cannot be written is a usage error, not a failure after the reading.
 */
public final class OutputFolder {

    private static final String FIX = "Give --out a folder you can write to.";

    private OutputFolder() {
    }

    /** @throws UsageException when {@code out} is a file or cannot be made or written */
    public static Path choose(Path out, boolean overwrite) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UsageException("--out " + out + ": expected a folder but found a file. " + FIX, null);
        }
        try {
            Path chosen = out;
            if (!overwrite && Files.exists(out) && !isEmpty(out)) {
                for (int n = 2; Files.exists(chosen = out.resolve("run-" + n)); n++) {
                    // the first free run-N
                }
            }
            Files.createDirectories(chosen);
            Files.delete(Files.createTempFile(chosen, ".ita-write-check-", ".tmp"));
            return chosen;
        } catch (IOException | SecurityException e) {
            throw new UsageException("--out " + out + ": expected a folder that can be written but "
                    + describe(e) + ". " + FIX, e);
        }
    }

    private static String describe(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission was denied";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return "a file stands in its path";
        }
        return "it failed (" + e.getMessage() + ")";
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
