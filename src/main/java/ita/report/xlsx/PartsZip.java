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

    /** Writes into {@code out}, which {@link #finish} leaves open. */
    public PartsZip(OutputStream out) {
        zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED);
    }

    /** A part of XML text, in UTF-8. */
    public void entry(String name, CharSequence text) throws IOException {
        entry(name, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    public void entry(String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** Writes the zip's directory; the stream given stays open. */
    public void finish() throws IOException {
        zip.finish();
    }
}
