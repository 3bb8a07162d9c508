package ita.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The sizes text is printed at in a PDF, read from its content streams: each {@code Tf} operator sets a font and its
 * size in points, and LibreOffice writes sizes already scaled to the page, so a cell of 16 pt printed at 76 % shows
 * as 12.2. The count of each size is the number of text runs set in it.
 */
public final class PdfFontSizes {

    private static final Pattern STREAM = Pattern.compile("stream\\r?\\n", Pattern.DOTALL);
    private static final Pattern TF = Pattern.compile("/F\\d+\\s+([0-9.]+)\\s+Tf");

    private PdfFontSizes() {
    }

    /** Size in points → number of runs set in it, over every content stream of the PDF. */
    public static TreeMap<Double, Integer> of(byte[] pdf) {
        TreeMap<Double, Integer> sizes = new TreeMap<>();
        for (String content : contents(pdf)) {
            Matcher m = TF.matcher(content);
            while (m.find()) {
                sizes.merge(Double.parseDouble(m.group(1)), 1, Integer::sum);
            }
        }
        return sizes;
    }

    /** The size most runs are set in: the body text. */
    public static double body(byte[] pdf) {
        return of(pdf).entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static List<String> contents(byte[] pdf) {
        String latin = new String(pdf, StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>();
        Matcher m = STREAM.matcher(latin);
        while (m.find()) {
            int start = m.end();
            int end = latin.indexOf("endstream", start);
            if (end < 0) {
                break;
            }
            byte[] raw = java.util.Arrays.copyOfRange(pdf, start, end);
            inflate(raw).ifPresent(b -> out.add(new String(b, StandardCharsets.ISO_8859_1)));
        }
        return out;
    }

    private static java.util.Optional<byte[]> inflate(byte[] raw) {
        Inflater inf = new Inflater();
        inf.setInput(raw);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        try {
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                    break;
                }
                out.write(buf, 0, n);
            }
            return java.util.Optional.of(out.toByteArray());
        } catch (DataFormatException e) {
            // a stream that is not deflated (an image, a font): not text
            return java.util.Optional.empty();
        } finally {
            inf.end();
        }
    }
}
