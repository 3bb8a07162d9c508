package ita.model;

/**
 * A problem that stops one file (an input, a template, a mapping) from being used, carrying the one line
 * the user sees: where, what was expected and found, how to fix it.
 */
public abstract class LocatedException extends Exception {

    private final String kind;
    private final SourceRef where;
    private final String fix;

    protected LocatedException(String kind, SourceRef where, String message, String fix, Throwable cause) {
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
