package ita.measures;

/**
 * A measure catalog that cannot be used, with the file and line at fault both in fields and in the one-line
 * message: {@code catalog.csv, line 12: expected a start month such as ต.ค. but found "13". Write …}.
 */
public final class MeasureCatalogException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    public MeasureCatalogException(String source, int line, String problem, String fix) {
        super(source + (line > 0 ? ", line " + line : "") + ": " + problem + ". " + fix);
        this.source = source;
        this.line = line;
    }

    public MeasureCatalogException(String source, String problem, String fix, Throwable cause) {
        super(source + ": " + problem + ". " + fix, cause);
        this.source = source;
        this.line = 0;
    }

    /** The file as the user named it. */
    public String source() {
        return source;
    }

    /** The line at fault, 0 when the problem is the whole file. */
    public int line() {
        return line;
    }
}
