package ita.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file under a temporary name in the same folder and renames it when complete, so that an
 * interrupted run never leaves a half-written file under its final name.
 */
public final class AtomicFiles {

    /** What writes the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Temporary files carry this marker; a later run may delete leftovers that have it. */
    public static final String TEMP_MARK = ".partial-";

    private AtomicFiles() {
    }

    public static Path write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // created like any other file (not with createTempFile's owner-only permissions), so the final file
        // gets the folder's usual permissions
        // the name cut short: the longest output names leave no room for the marker within 255 bytes
        Path tmp = dir.resolve("." + SafeNames.truncate(target.getFileName().toString(), 100) + TEMP_MARK
                + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            // buffered: a zip writes its headers a few bytes at a time and its data in pieces of 512 bytes, each a
            // system call on a bare file stream
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp,
                    java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE), 64 * 1024)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
