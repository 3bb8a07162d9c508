package ita.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The parts of an OOXML package (a workbook, a document) written into a zip stream. Entries carry a fixed time, so
 * the same package gives the same bytes; the fastest deflate level is used, as these files are written by the
 * thousand and stay small.
 *
 * <p>The zip is laid out byte for byte as {@link java.util.zip.ZipOutputStream} lays it out (UTF-8 names, each
 * entry's sizes in a descriptor after its data), but each thread keeps one deflater for all the files it writes:
 * a new one per file allocated and cleared a quarter of a megabyte of native memory, and its 512-byte output buffer
 * meant a native call for every 512 bytes of output. Parts deflated ahead ({@link #deflate}, for parts many files
 * share) go in with their sizes in their headers instead, as the sample generator writes all of its parts.
 */
public final class PartsZip {

    /** 2000-01-01 00:00 in MS-DOS form (date in the high half): the time of every entry unless told otherwise. */
    public static final int ENTRY_TIME = (2000 - 1980) << 25 | 1 << 21 | 1 << 16;
    /** General purpose flags: names in UTF-8 (bit 11); sizes in a data descriptor after the data (bit 3). */
    private static final int UTF8_NAMES = 0x0800;
    private static final int FLAGS = UTF8_NAMES | 0x0008;
    private static final int VERSION = 20;
    private static final int DEFLATED = 8;

    /** One deflater and its output buffer per thread, reset between entries as the JDK's zip stream resets its own. */
    private static final ThreadLocal<Deflating> DEFLATING = ThreadLocal.withInitial(Deflating::new);

    private static final class Deflating {
        final Deflater deflater = new Deflater(Deflater.BEST_SPEED, true);
        final byte[] out = new byte[64 * 1024];
        final char[] chars = new char[4 * 1024];
        final byte[] encoded = new byte[16 * 1024];
        /** Taken by a package being written; one written inside it, or given up half-way, gets a new deflater. */
        boolean taken;
    }

    private record Written(byte[] name, int flags, int crc, long compressed, long size, long offset) {
    }

    /** A part deflated ahead of writing, its sizes known: a part that many files share is deflated once. */
    public record Deflated(byte[] name, byte[] data, int crc, int size) {
    }

    private final OutputStream out;
    private final int entryTime;
    private final Deflating deflating;
    private final Deflater deflater;
    private final byte[] deflated;
    private final CRC32 crc = new CRC32();
    private final byte[] header = new byte[46];
    private final List<Written> entries = new ArrayList<>();
    private final char[] chars;
    private final byte[] buffer;
    private long written;
    private byte[] openName;
    private long openOffset;

    /** Writes into {@code out}, which {@link #finish} leaves open. */
    public PartsZip(OutputStream out) {
        this(out, ENTRY_TIME);
    }

    /** The same, every entry with the given MS-DOS date and time ({@link #ENTRY_TIME}'s form). */
    public PartsZip(OutputStream out, int entryTime) {
        this.out = out;
        this.entryTime = entryTime;
        Deflating d = DEFLATING.get();
        if (d.taken) {
            d = new Deflating();
            DEFLATING.set(d);
        }
        d.taken = true;
        this.deflating = d;
        this.deflater = d.deflater;
        this.deflated = d.out;
        this.chars = d.chars;
        this.buffer = d.encoded;
    }

    /** A part of XML text, in UTF-8, encoded as it goes into the zip (no copy of the whole text). */
    public void entry(String name, CharSequence text) throws IOException {
        start(name);
        write(text);
        closeEntry();
    }

    /** Opens a part to be written in pieces ({@link #write(CharSequence)}, then {@link #closeEntry}). */
    public void start(String name) throws IOException {
        if (openName != null) {
            closeEntry();
        }
        openName = name.getBytes(StandardCharsets.UTF_8);
        openOffset = written;
        crc.reset();
        localHeader(openName, FLAGS, 0, 0, 0);
    }

    /** A part deflated ahead ({@link #deflate}), its sizes in its header. */
    public void entry(Deflated part) throws IOException {
        if (openName != null) {
            closeEntry();
        }
        long offset = written;
        localHeader(part.name(), UTF8_NAMES, part.crc(), part.data().length, part.size());
        raw(part.data(), part.data().length);
        entries.add(new Written(part.name(), UTF8_NAMES, part.crc(), part.data().length, part.size(), offset));
    }

    /** {@code content} deflated by {@code deflater} (reset first), as {@link #entry(Deflated)} writes it. */
    public static Deflated deflate(String name, byte[] content, Deflater deflater) {
        CRC32 sum = new CRC32();
        sum.update(content);
        deflater.reset();
        deflater.setInput(content);
        deflater.finish();
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream(content.length / 3 + 64);
        byte[] chunk = new byte[16_384];
        while (!deflater.finished()) {
            data.write(chunk, 0, deflater.deflate(chunk));
        }
        return new Deflated(name.getBytes(StandardCharsets.UTF_8), data.toByteArray(), (int) sum.getValue(),
                content.length);
    }

    private void localHeader(byte[] name, int flags, int sum, int compressed, int size) throws IOException {
        int at = le32(header, 0, 0x04034b50);
        at = le16(header, at, VERSION);
        at = le16(header, at, flags);
        at = le16(header, at, DEFLATED);
        at = le32(header, at, entryTime);
        at = le32(header, at, sum);
        at = le32(header, at, compressed);
        at = le32(header, at, size);
        at = le16(header, at, name.length);
        at = le16(header, at, 0);
        raw(header, at);
        raw(name, name.length);
    }

    /** Ends the part opened by {@link #start}. */
    public void closeEntry() throws IOException {
        deflater.finish();
        while (!deflater.finished()) {
            drain();
        }
        long size = deflater.getBytesRead();
        long compressed = deflater.getBytesWritten();
        int sum = (int) crc.getValue();
        int at = le32(header, 0, 0x08074b50);
        at = le32(header, at, sum);
        at = le32(header, at, (int) compressed);
        at = le32(header, at, (int) size);
        raw(header, at);
        entries.add(new Written(openName, FLAGS, sum, compressed, size, openOffset));
        deflater.reset();
        openName = null;
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
            // each char takes at most 3 bytes (a pair 4 for 2): the buffer's room is checked once per stretch
            for (int i = 0; i < len; ) {
                int end = Math.min(len, i + (b.length - at - 4) / 3);
                if (end <= i) {
                    deflate(b, at);
                    at = 0;
                    continue;
                }
                while (i < end) {
                    char ch = c[i++];
                    if (ch < 0x80) {
                        b[at++] = (byte) ch;
                    } else if (ch < 0x800) {
                        b[at++] = (byte) (0xC0 | ch >> 6);
                        b[at++] = (byte) (0x80 | ch & 0x3F);
                    } else if (ch < Character.MIN_SURROGATE || ch > Character.MAX_SURROGATE) {
                        b[at++] = (byte) (0xE0 | ch >> 12);
                        b[at++] = (byte) (0x80 | ch >> 6 & 0x3F);
                        b[at++] = (byte) (0x80 | ch & 0x3F);
                    } else if (Character.isHighSurrogate(ch) && i < len && Character.isLowSurrogate(c[i])) {
                        int cp = Character.toCodePoint(ch, c[i++]);
                        b[at++] = (byte) (0xF0 | cp >> 18);
                        b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                        b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                        b[at++] = (byte) (0x80 | cp & 0x3F);
                    } else {
                        // what String.getBytes writes for half a pair; our XML escaping never leaves one
                        b[at++] = '?';
                    }
                }
            }
            from += len;
        }
        deflate(b, at);
    }

    public void entry(String name, byte[] bytes) throws IOException {
        start(name);
        deflate(bytes, bytes.length);
        closeEntry();
    }

    /** Writes the zip's directory; the stream given stays open. */
    public void finish() throws IOException {
        if (openName != null) {
            closeEntry();
        }
        long directory = written;
        if (directory > 0xFFFFFFFFL || entries.size() > 0xFFFF) {
            // a package of 4 GB or 65,535 parts would need Zip64; nothing written here comes near
            throw new IOException("package too large for a zip without Zip64");
        }
        for (Written e : entries) {
            int at = le32(header, 0, 0x02014b50);
            at = le16(header, at, VERSION);
            at = le16(header, at, VERSION);
            at = le16(header, at, e.flags());
            at = le16(header, at, DEFLATED);
            at = le32(header, at, entryTime);
            at = le32(header, at, e.crc());
            at = le32(header, at, (int) e.compressed());
            at = le32(header, at, (int) e.size());
            at = le16(header, at, e.name().length);
            at = le16(header, at, 0);
            at = le16(header, at, 0);
            at = le16(header, at, 0);
            at = le16(header, at, 0);
            at = le32(header, at, 0);
            at = le32(header, at, (int) e.offset());
            raw(header, at);
            raw(e.name(), e.name().length);
        }
        long length = written - directory;
        int at = le32(header, 0, 0x06054b50);
        at = le16(header, at, 0);
        at = le16(header, at, 0);
        at = le16(header, at, entries.size());
        at = le16(header, at, entries.size());
        at = le32(header, at, (int) length);
        at = le32(header, at, (int) directory);
        at = le16(header, at, 0);
        raw(header, at);
        deflating.taken = false;
    }

    private void deflate(byte[] b, int len) throws IOException {
        if (openName == null) {
            throw new IllegalStateException("no part open");
        }
        crc.update(b, 0, len);
        deflater.setInput(b, 0, len);
        while (!deflater.needsInput()) {
            drain();
        }
    }

    private void drain() throws IOException {
        int n = deflater.deflate(deflated, 0, deflated.length, Deflater.NO_FLUSH);
        if (n > 0) {
            raw(deflated, n);
        }
    }

    private void raw(byte[] b, int len) throws IOException {
        out.write(b, 0, len);
        written += len;
    }

    private static int le16(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        return at + 2;
    }

    private static int le32(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >>> 8);
        b[at + 2] = (byte) (v >>> 16);
        b[at + 3] = (byte) (v >>> 24);
        return at + 4;
    }
}
