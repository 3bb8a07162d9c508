package ita.ingest;

import ita.model.Finding;
import ita.model.SourceRef;

/**
 * A file that cannot be read at all (not a workbook, encrypted, broken, over a limit). Carries the
 * one line the user sees: where, what was expected and found, how to fix it.
 */
public class InputException extends Exception {

    private final String kind;
    private final SourceRef where;
    private final String fix;

    public InputException(String kind, SourceRef where, String message, String fix) {
        this(kind, where, message, fix, null);
    }

    public InputException(String kind, SourceRef where, String message, String fix, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.where = where;
        this.fix = fix == null ? "" : fix;
    }

    public String kind() {
        return kind;
    }

    public SourceRef where() {
        return where;
    }

    public String fix() {
        return fix;
    }

    public Finding toFinding() {
        return Finding.error(kind, where, getMessage(), fix);
    }
}
