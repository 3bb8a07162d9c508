package ita.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
        if (!FOLDERS.contains(dir)) {
            Files.createDirectories(dir);
            FOLDERS.add(dir);
        }
        // created like any other file (not with createTempFile's owner-only permissions), so the final file
        // gets the folder's usual permissions
        // the name cut short: the longest output names leave no room for the marker within 255 bytes
        Path tmp = dir.resolve("." + SafeNames.truncate(target.getFileName().toString(), 100) + TEMP_MARK
                + Long.toHexString(java.util.concurrent.ThreadLocalRandom.current().nextLong()) + ".tmp");
        boolean moved = false;
        try {
            // buffered: a zip writes its headers a few bytes at a time, each a system call on a bare file stream
            try (OutputStream out = Buffered.of(create(dir, tmp))) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            return target;
        } finally {
            if (!moved) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * The folders made or found so far: a national run writes some 34,000 files into about 1,000 folders, and asking
     * for each file whether its folder exists cost a failed mkdir, an exception and a stat.
     */
    private static final Set<Path> FOLDERS = ConcurrentHashMap.newKeySet();

    private static OutputStream create(Path dir, Path tmp) throws IOException {
        try {
            return Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (NoSuchFileException e) {
            // the folder went away since it was made (removed by hand, or by an earlier test in the same JVM)
            Files.createDirectories(dir);
            return Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        }
    }

    /**
     * A file stream behind a buffer of 64 KB that each thread keeps for the files it writes one after the other
     * (tens of thousands in a national run); a file written while another is open on the same thread gets its own.
     */
    private static final class Buffered extends OutputStream {

        private static final ThreadLocal<Buffered> FREE = new ThreadLocal<>();

        private final byte[] buf = new byte[64 * 1024];
        private OutputStream out;
        private int count;

        static Buffered of(OutputStream out) {
            Buffered b = FREE.get();
            if (b == null) {
                b = new Buffered();
            } else {
                FREE.remove();
            }
            b.out = out;
            b.count = 0;
            return b;
        }

        @Override
        public void write(int v) throws IOException {
            if (count == buf.length) {
                drain();
            }
            buf[count++] = (byte) v;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len >= buf.length) {
                drain();
                out.write(b, off, len);
                return;
            }
            if (len > buf.length - count) {
                drain();
            }
            System.arraycopy(b, off, buf, count, len);
            count += len;
        }

        private void drain() throws IOException {
            if (count > 0) {
                out.write(buf, 0, count);
                count = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (out == null) {
                return;
            }
            try (OutputStream o = out) {
                drain();
            } finally {
                out = null;
                count = 0;
                FREE.set(this);
            }
        }
    }
}
