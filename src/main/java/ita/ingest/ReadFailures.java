package ita.ingest;

import ita.model.InputFormat;
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
        return of(kind, where, message, fix, null);
    }

    static InputException of(String kind, SourceRef where, String message, String fix, Throwable cause) {
        SourceRef shown = new SourceRef(printable(where.file()), printable(where.sheet()), printable(where.cell()));
        return new InputException(kind, shown, printable(message), fix, cause);
    }

    /**
     * Text taken from a file, made fit for one line on a terminal: control characters (a newline, an
     * escape sequence), line separators and bidirectional overrides in a sheet name or a file name
     * would break the line or disguise it, so they are shown by their code, backslash-u and four hex digits.
     */
    static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hidden = Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029'
                    || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
                    || c == '\u200F' || c == '\u061C';
            if (hidden && sb == null) {
                sb = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (hidden) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? text : sb.toString();
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

    static InputException tooManySpannedCells(SourceRef sheet, long limit) {
        return of("too-many-cells", sheet, "expected merged cells (colspan and rowspan) that cover at most " + limit
                + " cells in a file but found more", "Check where the file came from; a genuine ITAS report merges"
                        + " only a few heading cells.");
    }

    /** The read's thread was interrupted, as the batch does to a file that takes too long. */
    static InputException interrupted(String file) {
        return of("interrupted", SourceRef.file(file),
                "expected to be read to the end but reading was stopped before it finished, as it took too long or"
                        + " the run was cancelled", "Check that this is the exported report; a genuine ITAS export"
                        + " reads in seconds. To try it again, give it alone.");
    }

    /**
     * What to report for a read that failed: once its thread has been interrupted, any failure (a file
     * channel closed by the interrupt, a half-read stream) is a consequence of the stop, so the stop is reported.
     */
    static InputException unlessInterrupted(String file, InputException failure) {
        if (!"interrupted".equals(failure.kind()) && Thread.currentThread().isInterrupted()) {
            InputException stop = interrupted(file);
            stop.addSuppressed(failure);
            return stop;
        }
        return failure;
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
