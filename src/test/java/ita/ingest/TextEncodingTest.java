package ita.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

    private static boolean utf8(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return TextEncoding.isUtf8(b, 0, b.length, false);
    }

    @Test
    void acceptsThaiUtf8AndRejectsOverlongsSurrogatesAndStrayBytes() {
        byte[] thai = "คะแนน ๘๑.๖๗".getBytes(StandardCharsets.UTF_8);
        assertTrue(TextEncoding.isUtf8(thai, 0, thai.length, false));
        assertFalse(utf8(0xC0, 0xAF), "overlong slash");
        assertFalse(utf8(0xED, 0xA0, 0x80), "surrogate");
        assertFalse(utf8(0xA1), "a lone TIS-620 byte");
    }

    @Test
    void toleratesASequenceCutByTheEndOfAHeadOnlyWhenAsked() {
        byte[] thai = "ค".getBytes(StandardCharsets.UTF_8);
        assertTrue(TextEncoding.isUtf8(thai, 0, 2, true));
        assertFalse(TextEncoding.isUtf8(thai, 0, 2, false));
    }

    @Test
    void detectsBomThenUtf8ThenWindows874() {
        byte[] bom16 = {(byte) 0xFF, (byte) 0xFE, 'a', 0};
        assertEquals(StandardCharsets.UTF_16LE, TextEncoding.detect(bom16, bom16.length));
        byte[] utf8 = "หน่วยงาน".getBytes(StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, TextEncoding.detect(utf8, utf8.length));
        byte[] tis = "หน่วยงาน".getBytes(TextEncoding.WINDOWS_874);
        assertEquals(TextEncoding.WINDOWS_874, TextEncoding.detect(tis, tis.length));
        assertEquals("a", TextEncoding.decode(bom16, StandardCharsets.UTF_16LE));
    }
}
