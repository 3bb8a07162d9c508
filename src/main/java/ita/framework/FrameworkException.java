package ita.framework;

/** A framework definition in the resources (or given by the user) is missing or inconsistent. */
public class FrameworkException extends RuntimeException {
    public FrameworkException(String message) {
        super(message);
    }

    public FrameworkException(String message, Throwable cause) {
        super(message, cause);
    }
}
