package ita.batch;

/** A setting the user gave cannot be used (a broken mapping or catalog file); the CLI shows it as a usage error. */
public class UsageException extends RuntimeException {
    public UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
