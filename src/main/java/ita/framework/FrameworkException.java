package ita.framework;

/**
 * A framework definition, shipped or given with {@code --framework-dir}, is missing or inconsistent. The
 * message is one line naming the file and the field, what is wrong, and how to fix it.
 */
public class FrameworkException extends RuntimeException {

    private final String file;
    private final String field;

    public FrameworkException(String message) {
        this(null, null, message, null);
    }

    public FrameworkException(String message, Throwable cause) {
        this(null, null, message, cause);
    }

    /**
     * @param file    the file as the user named it (or the resource name)
     * @param field   the field, e.g. {@code toolWeights} or {@code oitItems[O25].concept}; null for the whole file
     * @param problem what is wrong and how to fix it, as sentences
     */
    public FrameworkException(String file, String field, String problem, Throwable cause) {
        super(where(file, field) + problem, cause);
        this.file = file;
        this.field = field;
    }

    public FrameworkException(String file, String field, String problem) {
        this(file, field, problem, null);
    }

    private static String where(String file, String field) {
        if (file == null) {
            return "";
        }
        return file + (field == null ? "" : ", field " + field) + ": ";
    }

    /** The file, or null when the problem is not in one file. */
    public String file() {
        return file;
    }

    /** The field, or null. */
    public String field() {
        return field;
    }
}
