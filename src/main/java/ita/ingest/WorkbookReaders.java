package ita.ingest;

import ita.model.InputFormat;
import ita.model.RawWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way in for reading an input file: checks its size, tells its format from its content and
 * hands it to the matching reader. Files are only ever opened for reading.
 */
public final class WorkbookReaders {

    private WorkbookReaders() {
    }

    /**
     * Reads {@code file} into raw sheets.
     *
     * @param displayName the name shown to the user, e.g. relative to the folder given on the command line
     * @throws InputException with one user-facing line when the file cannot be read
     */
    public static RawWorkbook read(Path file, String displayName, ReadLimits limits) throws InputException {
        try {
            return readFile(file, displayName, limits);
        } catch (InputException e) {
            throw ReadFailures.unlessInterrupted(displayName, e);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // the readers wrap their own failures; this is the last net, so that one file never stops a batch
            throw ReadFailures.unlessInterrupted(displayName, ReadFailures.unexpected(displayName,
                    ReadFailures.EXPECTED_ANY.substring("expected ".length()), e));
        }
    }

    private static RawWorkbook readFile(Path file, String displayName, ReadLimits limits) throws InputException {
        new ReadBudget(limits, displayName).checkInterrupted();
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw new IOException("not a regular file");
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw ReadFailures.unreadable(displayName, e);
        }
        if (size == 0) {
            throw ReadFailures.emptyFile(displayName);
        }
        if (size > limits.maxFileBytes()) {
            throw ReadFailures.fileTooLarge(displayName, size, limits.maxFileBytes());
        }
        InputFormat format = FormatDetector.detect(file, displayName);
        return FormatReader.of(format).read(file, displayName, limits);
    }

    /** Reads with {@link ReadLimits#defaults()}. */
    public static RawWorkbook read(Path file, String displayName) throws InputException {
        return read(file, displayName, ReadLimits.defaults());
    }
}
