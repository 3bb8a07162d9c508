package ita.ingest;

import ita.model.LocatedException;
import ita.model.SourceRef;

/**
 * A file that cannot be read at all (not a workbook, encrypted, broken, over a limit). Carries the
 * one line the user sees: where, what was expected and found, how to fix it.
 */
public class InputException extends LocatedException {

    public InputException(String kind, SourceRef where, String message, String fix) {
        this(kind, where, message, fix, null);
    }

    public InputException(String kind, SourceRef where, String message, String fix, Throwable cause) {
        super(kind, where, message, fix, cause);
    }
}
