package ita.ingest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Encodings of text inputs, told from the bytes: a byte order mark first, then UTF-8 if the bytes are
 * valid UTF-8, else windows-874 (a superset of TIS-620, which Thai Windows and older exports use).
 */
final class TextEncoding {

    static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    private TextEncoding() {
    }

    /** The charset named by a byte order mark, or null when there is none. */
    static Charset fromBom(byte[] b, int length) {
        if (length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    static int bomLength(Charset bom) {
        return bom == null ? 0 : bom == StandardCharsets.UTF_8 ? 3 : 2;
    }

    /** BOM, else UTF-8 when valid, else windows-874. */
    static Charset detect(byte[] b, int length) {
        Charset bom = fromBom(b, length);
        if (bom != null) {
            return bom;
        }
        return isUtf8(b, 0, length, false) ? StandardCharsets.UTF_8 : WINDOWS_874;
    }

    /** Decodes the whole array with {@code charset}, leaving out a byte order mark. */
    static String decode(byte[] b, Charset charset) {
        Charset bom = fromBom(b, b.length);
        int skip = bom != null && bom.equals(charset) ? bomLength(bom) : 0;
        return new String(b, skip, b.length - skip, charset);
    }

    /**
     * Decodes text in the encoding {@link #detect} finds; text that is not valid UTF-8 as a whole is
     * decoded line by line, a line that is valid UTF-8 as UTF-8 and any other as windows-874, so that a
     * file joined from two exports (a UTF-8 header pasted over windows-874 rows) reads right. A line of
     * Thai windows-874 is practically never valid UTF-8, so whole windows-874 files read as before.
     */
    static String decodeText(byte[] b) {
        Charset charset = detect(b, b.length);
        if (!charset.equals(WINDOWS_874)) {
            return decode(b, charset);
        }
        StringBuilder sb = new StringBuilder(b.length);
        int start = 0;
        for (int i = 0; i <= b.length; i++) {
            if (i == b.length || b[i] == '\n') {
                int end = Math.min(i + 1, b.length);
                sb.append(new String(b, start, end - start, isUtf8(b, start, end, false) ? StandardCharsets.UTF_8
                        : WINDOWS_874));
                start = end;
            }
        }
        return sb.toString();
    }

    /**
     * Whether the bytes are well-formed UTF-8 (no overlongs or surrogates). With {@code cutOk} a
     * sequence cut off by the end of the range counts as valid, for checking the head of a file.
     */
    static boolean isUtf8(byte[] b, int from, int to, boolean cutOk) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int extra;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                extra = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                extra = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                extra = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + extra >= to) {
                return cutOk;
            }
            int cp = c & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                int n = b[i + k] & 0xFF;
                if ((n & 0xC0) != 0x80) {
                    return false;
                }
                cp = (cp << 6) | (n & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return false;
            }
            i += extra + 1;
        }
        return true;
    }
}
