package ita.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The parts of an OOXML package (a workbook, a document) written into a zip stream. Entries carry a fixed time, so
 * the same package gives the same bytes; the fastest deflate level is used, as these files are written by the
 * thousand and stay small.
 */
public final class PartsZip {

    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

    private final ZipOutputStream zip;
    private final char[] chars = new char[4 * 1024];
    private final byte[] buffer = new byte[16 * 1024];

    /** Writes into {@code out}, which {@link #finish} leaves open. */
    public PartsZip(OutputStream out) {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
    }

    /** A part of XML text, in UTF-8, encoded as it goes into the zip (no copy of the whole text). */
    public void entry(String name, CharSequence text) throws IOException {
        start(name);
        write(text);
        closeEntry();
    }

    /** Opens a part to be written in pieces ({@link #write(CharSequence)}, then {@link #closeEntry}). */
    public void start(String name) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
    }

    /** Ends the part opened by {@link #start}. */
    public void closeEntry() throws IOException {
        zip.closeEntry();
    }

    /** Text into the open part, in UTF-8, encoded as it goes (no copy of the whole text). */
    public void write(CharSequence text) throws IOException {
        String s = text instanceof String str ? str : null;
        StringBuilder sb = text instanceof StringBuilder b ? b : null;
        if (s == null && sb == null) {
            s = text.toString();
        }
        int n = text.length();
        char[] c = chars;
        byte[] b = buffer;
        int at = 0;
        for (int from = 0; from < n; ) {
            // a pair of surrogates is never cut: the last char of a chunk waits for the next one when it is a high one
            int to = Math.min(n, from + c.length);
            if (s != null) {
                s.getChars(from, to, c, 0);
            } else {
                sb.getChars(from, to, c, 0);
            }
            int len = to - from;
            if (to < n && Character.isHighSurrogate(c[len - 1])) {
                len--;
            }
            for (int i = 0; i < len; i++) {
                if (at > b.length - 4) {
                    zip.write(b, 0, at);
                    at = 0;
                }
                char ch = c[i];
                if (ch < 0x80) {
                    b[at++] = (byte) ch;
                } else if (ch < 0x800) {
                    b[at++] = (byte) (0xC0 | ch >> 6);
                    b[at++] = (byte) (0x80 | ch & 0x3F);
                } else if (Character.isHighSurrogate(ch) && i + 1 < len && Character.isLowSurrogate(c[i + 1])) {
                    int cp = Character.toCodePoint(ch, c[++i]);
                    b[at++] = (byte) (0xF0 | cp >> 18);
                    b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | cp & 0x3F);
                } else if (Character.isSurrogate(ch)) {
                    // what String.getBytes writes for half a pair; our XML escaping never leaves one
                    b[at++] = '?';
                } else {
                    b[at++] = (byte) (0xE0 | ch >> 12);
                    b[at++] = (byte) (0x80 | ch >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | ch & 0x3F);
                }
            }
            from += len;
        }
        zip.write(b, 0, at);
    }

    public void entry(String name, byte[] bytes) throws IOException {
        start(name);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Writes the zip's directory; the stream given stays open. */
    public void finish() throws IOException {
        zip.finish();
    }
}
