package ita.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Chooses where a run writes. An empty or missing --out folder is used as it is; one that already holds
 * files is used only with --overwrite, otherwise the run goes into a new folder run-2, run-3, … inside it,
 * so that nothing written before is replaced by accident.
 */
public final class OutputFolder {

    private OutputFolder() {
    }

    public static Path choose(Path out, boolean overwrite) {
        try {
            if (overwrite || !Files.exists(out) || isEmpty(out)) {
                Files.createDirectories(out);
                return out;
            }
            for (int n = 2; ; n++) {
                Path candidate = out.resolve("run-" + n);
                if (!Files.exists(candidate)) {
                    Files.createDirectories(candidate);
                    return candidate;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output folder " + out + ": " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + " exists and is not a folder");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }
}
