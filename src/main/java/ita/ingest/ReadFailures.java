package ita.ingest;

import ita.model.SourceRef;
import java.util.Locale;

/**
 * The one-line failures of the format readers, in one place so that wording stays consistent. Each
 * says what was expected, what was found and how to fix it; {@link InputException#toFinding()}
 * renders it after the file, sheet and cell.
 */
final class ReadFailures {

    static final String EXPECTED_ANY = "expected an xlsx, xls, HTML or CSV file";
    static final String RESAVE = "Open it in Excel and save it again as .xlsx.";

    private ReadFailures() {
    }

    static InputException of(String kind, SourceRef where, String message, String fix) {
        return new InputException(kind, where, message, fix);
    }

    static InputException of(String kind, SourceRef where, String message, String fix, Throwable cause) {
        return new InputException(kind, where, message, fix, cause);
    }

    static InputException emptyFile(String file) {
        return of("empty-file", SourceRef.file(file), EXPECTED_ANY + " but found an empty file",
                "Export or download the report again.");
    }

    static InputException fileTooLarge(String file, long size, long limit) {
        return of("file-too-large", SourceRef.file(file),
                "expected a file of at most " + megabytes(limit) + " but found " + megabytes(size),
                "Split it into smaller files.");
    }

    static InputException unreadable(String file, Exception cause) {
        return of("unreadable-file", SourceRef.file(file), "cannot be read: " + describe(cause),
                "Check that the file exists and that you may read it.", cause);
    }

    static InputException passwordProtected(String file) {
        return of("password-protected", SourceRef.file(file),
                "expected a workbook that opens without a password but found a password-protected one",
                "Open it in Excel, remove the password (File → Info → Protect Workbook) and save it again.");
    }

    static InputException damaged(SourceRef where, String expected, String found, Throwable cause) {
        return of("damaged-file", where, "expected " + expected + " but found " + found,
                "Download or copy the file again, or open it in Excel and save it again as .xlsx.", cause);
    }

    static InputException tooManyRows(SourceRef sheet, int limit) {
        return of("too-many-rows", sheet, "expected at most " + limit + " rows with values in a sheet but found more",
                "Split the sheet into several sheets or files.");
    }

    static InputException tooManyCells(String file, long limit) {
        return of("too-many-cells", SourceRef.file(file),
                "expected at most " + limit + " non-empty cells in a file but found more",
                "Split the workbook into smaller files.");
    }

    /** A library failure nobody foresaw, wrapped once with its class so that it can be reported. */
    static InputException unexpected(String file, InputFormat format, Throwable cause) {
        return unexpected(file, "a readable " + format.label() + " file", cause);
    }

    static InputException unexpected(String file, String expected, Throwable cause) {
        return of("unreadable-file", SourceRef.file(file), "expected " + expected + " but reading it failed: "
                + describe(cause), RESAVE + " If it still fails, report it together with the file.", cause);
    }

    static String describe(Throwable t) {
        String message = t.getMessage();
        String name = t.getClass().getSimpleName();
        if (message == null || message.isBlank()) {
            return name;
        }
        return name + ": " + oneLine(message);
    }

    static String oneLine(String text) {
        String flat = text.replaceAll("\\s+", " ").trim();
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    static String megabytes(long bytes) {
        if (bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        if (bytes < (1L << 20)) {
            return bytes + " bytes";
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }
}
