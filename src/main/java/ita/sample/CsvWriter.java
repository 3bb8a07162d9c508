package ita.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.List;

/**
 * One sheet as CSV the way Excel saves it: every row padded to the sheet's width, fields quoted only
 * when they must be, CRLF line ends; in UTF-8 (with or without a byte-order mark) or a legacy code page.
 */
final class CsvWriter implements WorkbookWriter {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final Charset charset;
    private final boolean bom;

    CsvWriter(Charset charset, boolean bom) {
        this.charset = charset;
        this.bom = bom;
    }

    @Override
    public void write(List<Grid> sheets, OutputStream out) throws IOException {
        if (sheets.size() != 1) {
            throw new IllegalArgumentException("a CSV file holds one sheet, got " + sheets.size());
        }
        Grid g = sheets.get(0);
        int width = g.columnCount();
        StringBuilder sb = new StringBuilder(16_384);
        for (List<Grid.Cell> row : g.rows()) {
            for (int c = 0; c < width; c++) {
                if (c > 0) {
                    sb.append(',');
                }
                Grid.Cell cell = c < row.size() ? row.get(c) : null;
                if (cell != null) {
                    field(sb, cell.text());
                }
            }
            sb.append("\r\n");
        }
        if (bom) {
            out.write(BOM);
        }
        out.write(encode(sb));
    }

    private byte[] encode(CharSequence text) throws CharacterCodingException {
        CharsetEncoder enc = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buf = enc.encode(CharBuffer.wrap(text));
        byte[] bytes = new byte[buf.remaining()];
        buf.get(bytes);
        return bytes;
    }

    private static void field(StringBuilder sb, String s) {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
                || (!s.isEmpty() && (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' '));
        if (!quote) {
            sb.append(s);
            return;
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '"') {
                sb.append('"');
            }
            sb.append(ch);
        }
        sb.append('"');
    }
}
