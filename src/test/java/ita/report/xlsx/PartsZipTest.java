package ita.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The package zip: text parts encoded as UTF-8 as they go in, the same package giving the same bytes. */
class PartsZipTest {

    private static byte[] zip(CharSequence text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PartsZip zip = new PartsZip(out);
        zip.entry("word/document.xml", text);
        zip.entry("word/styles.xml", "<w:styles/>".getBytes(StandardCharsets.UTF_8));
        zip.finish();
        return out.toByteArray();
    }

    private static Map<String, byte[]> parts(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
        }
        return parts;
    }

    @Test
    void textIsEncodedAsUtf8AcrossTheBufferBoundaries() throws IOException {
        // Thai (3 bytes), Latin-1 (2 bytes), a pair of surrogates (4 bytes) and ASCII, far longer than the buffer,
        // so that every kind of character falls on a buffer's end somewhere
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("ก่อน é x \uD83D\uDE00").append(i % 7 == 0 ? "ปี" : "a");
        }
        Map<String, byte[]> parts = parts(zip(text));
        assertEquals(java.util.List.of("word/document.xml", "word/styles.xml"), java.util.List.copyOf(parts.keySet()));
        assertArrayEquals(text.toString().getBytes(StandardCharsets.UTF_8), parts.get("word/document.xml"));
    }

    @Test
    void aPairOfSurrogatesOnTheEdgeOfAChunkStaysWhole() throws IOException {
        pairAfterEveryLength("a", 4090, 4100, "ทับคล้อ".repeat(3000) + "\uD83D\uDE00");
    }

    @Test
    void aPairOfSurrogatesOnTheEdgeOfTheEncodedBufferStaysWhole() throws IOException {
        // the encoded buffer (16 KB) fills after about 5,460 Thai characters or 16,380 ASCII ones
        pairAfterEveryLength("ก", 5440, 5480, "ข".repeat(6000) + "\uD83D\uDE00x");
        pairAfterEveryLength("a", 16360, 16400, "é".repeat(9000));
    }

    /** A pair of surrogates after {@code from} to {@code to} repeats of {@code before}, then {@code after}. */
    private static void pairAfterEveryLength(String before, int from, int to, String after) throws IOException {
        for (int n = from; n < to; n++) {
            String text = before.repeat(n) + "\uD83D\uDE00" + after;
            assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), parts(zip(text)).get("word/document.xml"),
                    "after " + n + " × " + before);
        }
    }

    @Test
    void halfASurrogatePairIsAQuestionMarkAsJavaWritesIt() throws IOException {
        String text = "a\uD83Db\uDE00c\uD83D";
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), parts(zip(text)).get("word/document.xml"));
    }

    @Test
    void theSamePartsGiveTheSameBytes() throws IOException {
        assertArrayEquals(zip("<w:document>ทับคล้อ</w:document>"), zip("<w:document>ทับคล้อ</w:document>"));
    }

    @Test
    void theBytesAreThoseOfTheJdkZipStreamAtTheSameLevel() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5_000; i++) {
            text.append("<w:p><w:r><w:t>ตัวชี้วัดที่ ").append(i).append("</w:t></w:r></w:p>");
        }
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(expected, StandardCharsets.UTF_8)) {
            z.setLevel(java.util.zip.Deflater.BEST_SPEED);
            for (String[] part : new String[][] {{"word/document.xml", text.toString()}, {"word/styles.xml", "<w:styles/>"},
                    {"ว่าง.xml", ""}}) {
                ZipEntry e = new ZipEntry(part[0]);
                e.setTimeLocal(java.time.LocalDateTime.of(2000, 1, 1, 0, 0));
                z.putNextEntry(e);
                z.write(part[1].getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        ByteArrayOutputStream actual = new ByteArrayOutputStream();
        PartsZip zip = new PartsZip(actual);
        zip.entry("word/document.xml", text);
        zip.entry("word/styles.xml", "<w:styles/>".getBytes(StandardCharsets.UTF_8));
        zip.entry("ว่าง.xml", "");
        zip.finish();
        assertArrayEquals(expected.toByteArray(), actual.toByteArray());
    }

    @Test
    void aPackageWrittenWhileAnotherIsOpenOnTheSameThreadLeavesBothWhole() throws IOException {
        ByteArrayOutputStream outer = new ByteArrayOutputStream();
        PartsZip first = new PartsZip(outer);
        first.start("word/document.xml");
        first.write("<w:document>ก่อน");
        byte[] inner = zip("ข้างใน".repeat(1_000));
        first.write("หลัง</w:document>");
        first.closeEntry();
        first.finish();
        assertArrayEquals("<w:document>ก่อนหลัง</w:document>".getBytes(StandardCharsets.UTF_8),
                parts(outer.toByteArray()).get("word/document.xml"));
        assertArrayEquals("ข้างใน".repeat(1_000).getBytes(StandardCharsets.UTF_8), parts(inner).get("word/document.xml"));
    }

    @Test
    void aPackageGivenUpHalfWayLeavesTheNextOneOnTheThreadWhole() throws IOException {
        PartsZip abandoned = new PartsZip(new ByteArrayOutputStream());
        abandoned.start("word/document.xml");
        abandoned.write("ไม่จบ".repeat(10_000));
        assertArrayEquals(zip("<w:document>ทับคล้อ</w:document>"), zip("<w:document>ทับคล้อ</w:document>"));
        assertArrayEquals("ทับคล้อ".getBytes(StandardCharsets.UTF_8), parts(zip("ทับคล้อ")).get("word/document.xml"));
    }

    @Test
    void aPartDeflatedAheadReadsBackBesideStreamedOnes() throws IOException {
        java.util.zip.Deflater d = new java.util.zip.Deflater(java.util.zip.Deflater.BEST_COMPRESSION, true);
        PartsZip.Deflated shared;
        try {
            shared = PartsZip.deflate("xl/sharedStrings.xml", "<sst>ทับคล้อ</sst>".getBytes(StandardCharsets.UTF_8), d);
        } finally {
            d.end();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PartsZip zip = new PartsZip(out);
        zip.entry("xl/workbook.xml", "<workbook/>");
        zip.entry(shared);
        zip.entry("xl/styles.xml", "<styleSheet/>");
        zip.finish();
        Map<String, byte[]> parts = parts(out.toByteArray());
        assertEquals(java.util.List.of("xl/workbook.xml", "xl/sharedStrings.xml", "xl/styles.xml"),
                java.util.List.copyOf(parts.keySet()));
        assertArrayEquals("<sst>ทับคล้อ</sst>".getBytes(StandardCharsets.UTF_8), parts.get("xl/sharedStrings.xml"));
        assertArrayEquals("<styleSheet/>".getBytes(StandardCharsets.UTF_8), parts.get("xl/styles.xml"));
        try (java.util.zip.ZipFile z = zipFile(out.toByteArray())) {
            assertEquals(3, z.size(), "the central directory lists every part");
        }
    }

    private static java.util.zip.ZipFile zipFile(byte[] bytes) throws IOException {
        java.nio.file.Path f = java.nio.file.Files.createTempFile("parts", ".zip");
        java.nio.file.Files.write(f, bytes);
        f.toFile().deleteOnExit();
        return new java.util.zip.ZipFile(f.toFile());
    }
}
