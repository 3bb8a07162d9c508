package ita.sample;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Just enough of the zip format for xlsx packages: deflated entries, UTF-8 names, one fixed time stamp.
 * Entries are compressed separately from writing, so a part shared by many files is compressed once and
 * its bytes reused, which {@link java.util.zip.ZipOutputStream} cannot do.
 */
final class ZipWriter {

    /** 1 January 2024, 08:00, in MS-DOS form: the same in every entry, so output never depends on the clock. */
    private static final int DOS_TIME = 8 << 11;
    private static final int DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
    private static final int UTF8_NAMES = 0x0800;
    private static final int DEFLATED = 8;

    /** A compressed entry, ready to be written into any number of zips. */
    record Entry(byte[] name, byte[] data, int crc, int size) {
    }

    private final OutputStream out;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Integer> offsets = new ArrayList<>();
    private int written;

    ZipWriter(OutputStream out) {
        this.out = out;
    }

    static Entry deflate(String name, byte[] content, Deflater deflater) {
        CRC32 crc = new CRC32();
        crc.update(content);
        deflater.reset();
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream buf = new ByteArrayOutputStream(content.length / 3 + 64);
        byte[] chunk = new byte[16_384];
        while (!deflater.finished()) {
            int n = deflater.deflate(chunk);
            buf.write(chunk, 0, n);
        }
        return new Entry(name.getBytes(StandardCharsets.UTF_8), buf.toByteArray(), (int) crc.getValue(),
                content.length);
    }

    void add(Entry e) throws IOException {
        offsets.add(written);
        entries.add(e);
        int2(0x4b50);
        int2(0x0403);
        int2(20);
        int2(UTF8_NAMES);
        int2(DEFLATED);
        int2(DOS_TIME);
        int2(DOS_DATE);
        int4(e.crc());
        int4(e.data().length);
        int4(e.size());
        int2(e.name().length);
        int2(0);
        bytes(e.name());
        bytes(e.data());
    }

    void finish() throws IOException {
        int start = written;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            int2(0x4b50);
            int2(0x0201);
            int2(20);
            int2(20);
            int2(UTF8_NAMES);
            int2(DEFLATED);
            int2(DOS_TIME);
            int2(DOS_DATE);
            int4(e.crc());
            int4(e.data().length);
            int4(e.size());
            int2(e.name().length);
            int2(0);
            int2(0);
            int2(0);
            int2(0);
            int4(0);
            int4(offsets.get(i));
            bytes(e.name());
        }
        int size = written - start;
        int2(0x4b50);
        int2(0x0605);
        int2(0);
        int2(0);
        int2(entries.size());
        int2(entries.size());
        int4(size);
        int4(start);
        int2(0);
        out.flush();
    }

    private void int2(int v) throws IOException {
        out.write(v & 0xff);
        out.write((v >>> 8) & 0xff);
        written += 2;
    }

    private void int4(int v) throws IOException {
        int2(v & 0xffff);
        int2(v >>> 16);
    }

    private void bytes(byte[] b) throws IOException {
        out.write(b);
        written += b.length;
    }
}
