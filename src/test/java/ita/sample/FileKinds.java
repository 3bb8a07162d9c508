package ita.sample;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** What a file is, judged by its bytes as a reader would: zip, OLE2, HTML, CSV and its encoding. */
final class FileKinds {

    private FileKinds() {
    }

    static String of(Path file) throws IOException {
        byte[] b = Files.readAllBytes(file);
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {
            return BundledFile.XLSX;
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return BundledFile.XLS;
        }
        if (new String(b, 0, Math.min(b.length, 64), StandardCharsets.UTF_8).stripLeading().startsWith("<html")) {
            return BundledFile.HTML;
        }
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return BundledFile.CSV_UTF8_BOM;
        }
        return validUtf8(b) ? BundledFile.CSV_UTF8 : BundledFile.CSV_WINDOWS_874;
    }

    static boolean validUtf8(byte[] b) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        byte[] p = new byte[prefix.length];
        for (int i = 0; i < prefix.length; i++) {
            p[i] = (byte) prefix[i];
        }
        return Arrays.equals(Arrays.copyOf(b, prefix.length), p);
    }
}
