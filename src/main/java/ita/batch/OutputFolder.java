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

    /**
     * Refuses an output folder that is one of the input folders given: the outputs would lie among the inputs, and
     * the next run would read them back (a folder inside an input folder is fine: the run does not read it). Paths are
     * compared as they really are, through links.
     *
     * @throws UsageException naming both
     */
    public static void checkApart(Path out, java.util.List<Path> inputs) {
        if (out.toString().isBlank()) {
            throw new UsageException("--out is empty: expected the folder to write to. Give --out a folder, or leave"
                    + " it out to write to ita-output.", null);
        }
        Path realOut = real(out);
        for (Path input : inputs) {
            if (Files.isDirectory(input) && real(input).equals(realOut)) {
                throw new UsageException("--out " + out + ": expected a folder apart from the inputs but it is the"
                        + " input folder " + input + ", so the outputs would be mixed with the inputs and read back by"
                        + " the next run. Give --out another folder, such as " + input.resolve("ita-output")
                        + " (a folder inside the inputs is not read).", null);
            }
        }
    }

    /** The real path of a folder, or of its nearest existing parent followed by the rest. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return abs;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(abs));
        } catch (IOException e) {
            return abs;
        }
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
