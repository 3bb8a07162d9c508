package ita.ingest;

import ita.model.InputFormat;
import ita.model.RawWorkbook;
import java.nio.file.Path;

/**
 * The role every format reader plays: one file of its format, opened read-only, into the raw sheets it holds.
 * {@link WorkbookReaders} tells the format from the file's content and picks the reader with {@link #of}.
 */
public interface FormatReader {

    /** The reader of a format. */
    static FormatReader of(InputFormat format) {
        return switch (format) {
            case XLSX -> new XlsxReader();
            case XLS -> new XlsReader();
            case HTML -> new HtmlTableReader();
            case CSV -> new CsvReader();
        };
    }

    /**
     * Reads {@code file}. A file that cannot be read gives one {@link InputException} with the line the user sees;
     * a thread interrupted before it starts reads nothing, and when it was interrupted meanwhile, whatever failed is
     * reported as the interruption it most likely was.
     *
     * @param displayName the file's name as the user should see it in messages
     * @throws InputException when the file is not readable in this format or crosses one of {@code limits}
     */
    default RawWorkbook read(Path file, String displayName, ReadLimits limits) throws InputException {
        try {
            ReadBudget budget = new ReadBudget(limits, displayName);
            budget.checkInterrupted();
            return readFormat(file, displayName, budget);
        } catch (InputException e) {
            throw ReadFailures.unlessInterrupted(displayName, e);
        }
    }

    /**
     * The reading particular to the format, counting what it reads against {@code budget}; callers use
     * {@link #read}, which makes the budget and checks for an interrupt before and after.
     */
    RawWorkbook readFormat(Path file, String displayName, ReadBudget budget) throws InputException;
}
