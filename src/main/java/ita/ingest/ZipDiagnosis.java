package ita.ingest;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Explains a zip that the JDK refuses to open. The JDK rejects an archive whose central directory
 * names a compression method it lacks (bzip2, LZMA…) with a terse message; this finds the entry.
 */
final class ZipDiagnosis {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int CENTRAL_SIGNATURE = 0x02014b50;
    private static final int END_LENGTH = 22;
    private static final int MAX_COMMENT = 0xFFFF;
    private static final int MAX_DIRECTORY = 16 << 20;

    /** An entry stored with a method other than stored (0) or deflate (8), or encrypted with a password. */
    record UnsupportedEntry(String name, int method, boolean encrypted) {
    }

    private ZipDiagnosis() {
    }

    /**
     * The first entry that the JDK cannot inflate, for its compression method or its password, or null
     * when there is none or no directory.
     */
    static UnsupportedEntry unsupportedMethod(Path file) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long size = in.length();
            int tailLength = (int) Math.min(size, END_LENGTH + MAX_COMMENT);
            byte[] tail = new byte[tailLength];
            in.seek(size - tailLength);
            in.readFully(tail);
            int end = -1;
            for (int i = tailLength - END_LENGTH; i >= 0; i--) {
                if (intAt(tail, i) == END_SIGNATURE) {
                    end = i;
                    break;
                }
            }
            if (end < 0) {
                return null;
            }
            long directorySize = intAt(tail, end + 12) & 0xFFFFFFFFL;
            long directoryOffset = intAt(tail, end + 16) & 0xFFFFFFFFL;
            if (directorySize > MAX_DIRECTORY || directoryOffset + directorySize > size) {
                return null;
            }
            byte[] dir = new byte[(int) directorySize];
            in.seek(directoryOffset);
            in.readFully(dir);
            return scan(dir);
        } catch (IOException e) {
            return null;
        }
    }

    private static UnsupportedEntry scan(byte[] dir) {
        int at = 0;
        while (at + 46 <= dir.length && intAt(dir, at) == CENTRAL_SIGNATURE) {
            int flags = shortAt(dir, at + 8);
            int method = shortAt(dir, at + 10);
            int nameLength = shortAt(dir, at + 28);
            int next = at + 46 + nameLength + shortAt(dir, at + 30) + shortAt(dir, at + 32);
            if (at + 46 + nameLength > dir.length) {
                return null;
            }
            if ((flags & 1) != 0 || (method != 0 && method != 8)) {
                String name = new String(dir, at + 46, nameLength, StandardCharsets.UTF_8);
                return new UnsupportedEntry(name, method, (flags & 1) != 0 || method == 99);
            }
            at = next;
        }
        return null;
    }

    private static int shortAt(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int intAt(byte[] b, int at) {
        return shortAt(b, at) | shortAt(b, at + 2) << 16;
    }
}
