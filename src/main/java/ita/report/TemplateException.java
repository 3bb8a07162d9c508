package ita.report;

import ita.model.Finding;
import ita.model.SourceRef;

/**
 * A template that cannot be filled: an unknown or unclosed placeholder, a placeholder outside its repeating row,
 * a file that is not a workbook. Carries the one line the user sees, naming template file, sheet and cell.
 */
public class TemplateException extends Exception {

    private final String kind;
    private final SourceRef where;
    private final String fix;

    public TemplateException(String kind, SourceRef where, String message, String fix) {
        this(kind, where, message, fix, null);
    }

    public TemplateException(String kind, SourceRef where, String message, String fix, Throwable cause) {
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

    /** The line shown to the user: {@code error: form.xlsx, sheet 'x', cell B4: … fix}. */
    public String line() {
        return toFinding().toLine();
    }
}
