package ita.report.typography;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Texts broken piece by piece give the words the whole text gives, so row heights and document layouts are the same
 * as when every text went whole through the dictionary breaker: over the texts of the golden dumps (every workbook
 * and document of the sample run), and over texts made of their words with punctuation, marks and figures put
 * where real texts seldom have them.
 */
class TextLinesPiecesTest {

    private static final BreakIterator BREAKS = BreakIterator.getLineInstance(Locale.forLanguageTag("th"));

    /** The words of the whole text in pairs (word, spaces after it), as the estimator found them before pieces. */
    private static double[] whole(String p) {
        BREAKS.setText(p);
        List<Double> out = new ArrayList<>();
        int start = BREAKS.first();
        for (int end = BREAKS.next(); end != BreakIterator.DONE; start = end, end = BREAKS.next()) {
            int word = end;
            while (word > start && p.charAt(word - 1) == ' ') {
                word--;
            }
            out.add(TextLines.width(p.substring(start, word)));
            out.add(TextLines.width(p.substring(word, end)));
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The words as the estimator finds them now: piece by piece when the text allows it. */
    private static double[] byPieces(String p) {
        char[] s = p.toCharArray();
        TextLines.Measure m = TextLines.Measure.get();
        if (!TextLines.Pieces.separable(s, 0, s.length)) {
            return m.words(s, 0, s.length);
        }
        double[] all = new double[0];
        for (int at = 0; at < s.length; ) {
            int end = TextLines.Pieces.end(s, at, s.length);
            assertTrue(end > at, "a piece is never empty: " + p);
            double[] w = m.words(s, at, end);
            int n = all.length;
            all = Arrays.copyOf(all, n + w.length);
            System.arraycopy(w, 0, all, n, w.length);
            at = end;
        }
        return all;
    }

    /** Lines of a text, its words wrapped the way the estimator wraps them. */
    private static int wrapped(double[] words, double usable) {
        int lines = 1;
        double line = 0;
        for (int i = 0; i < words.length; i += 2) {
            double w = words[i];
            if (line > 0 && line + w > usable) {
                lines++;
                line = 0;
            }
            while (w > usable) {
                lines++;
                w -= usable;
            }
            line += w + words[i + 1];
        }
        return lines;
    }

    /** Every cell and paragraph text of the golden dumps. */
    private static List<String> goldenTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/golden"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    for (String cell : line.split(" \\| ")) {
                        texts.add(cell.strip());
                    }
                }
            }
        }
        return texts;
    }

    /** Lines of a text as the estimator counted them before texts were kept: paragraph by paragraph, whole. */
    private static int counted(String text, double columnWidth) {
        double usable = Math.max(1, columnWidth - 1.0);
        int lines = 0;
        for (String p : text.split("\n", -1)) {
            String line = p.endsWith("\r") ? p.substring(0, p.length() - 1) : p;
            lines += TextLines.width(line) <= usable ? 1 : wrapped(whole(line), usable);
        }
        return Math.max(1, lines);
    }

    @Test
    void aTextKeptOnceCountsTheSameLinesInEveryColumnWhateverTheOrderItIsAskedIn() throws IOException {
        List<String> texts = new ArrayList<>(goldenTexts().stream().filter(t -> !t.isEmpty()).distinct()
                .limit(4_000).toList());
        // paragraphs of several lines, with Windows line ends too, as cells and documents hold them
        for (int i = 0; i + 2 < 600; i += 3) {
            texts.add(texts.get(i) + "\n" + texts.get(i + 1) + "\r\n" + texts.get(i + 2));
        }
        double[] widths = {3, 8, 12.5, 20, 33, 47.25, 80, 200};
        int wrappedTexts = 0;
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i);
            int[] expected = new int[widths.length];
            for (int w = 0; w < widths.length; w++) {
                expected[w] = counted(t, widths[w]);
            }
            wrappedTexts += expected[0] > 1 ? 1 : 0;
            // half the texts first seen in the narrowest column (their words counted, not kept), half in the
            // widest (no words needed); then every column from wide to narrow (the words found and kept), then again
            int first = i % 2 == 0 ? 0 : widths.length - 1;
            assertEquals(expected[first], TextLines.lines(t, widths[first]), t + " in " + widths[first]);
            for (int w = widths.length - 1; w >= 0; w--) {
                assertEquals(expected[w], TextLines.lines(t, widths[w]), t + " in " + widths[w]);
            }
            for (int w = 0; w < widths.length; w++) {
                assertEquals(expected[w], TextLines.lines(t, widths[w]), t + " in " + widths[w]);
            }
        }
        assertTrue(wrappedTexts > 1_000, "most texts wrap in the narrowest column: " + wrappedTexts);
    }

    @Test
    void theTextsOfTheSampleRunBreakIntoTheSameWordsPieceByPiece() throws IOException {
        List<String> texts = goldenTexts();
        assertTrue(texts.size() > 10_000, "the golden dumps hold the sample run's texts: " + texts.size());
        int separable = 0;
        for (String t : texts) {
            if (t.isEmpty()) {
                continue;
            }
            if (separable(t)) {
                separable++;
            }
            assertArrayEquals(whole(t), byPieces(t), t);
        }
        assertTrue(separable > texts.size() * 9 / 10, "most texts go by pieces: " + separable + " of " + texts.size());
    }

    @Test
    void theLinesOfEveryTextAtEveryWidthAreTheWholeTextsLines() throws IOException {
        for (String t : goldenTexts()) {
            if (t.isEmpty()) {
                continue;
            }
            double[] words = whole(t);
            for (double column = 3; column <= 80; column += 4.5) {
                double usable = Math.max(1, column - 1.0);
                int expected = TextLines.width(t) <= usable ? 1 : wrapped(words, usable);
                assertEquals(expected, TextLines.lines(t, column), column + " wide: " + t);
            }
        }
    }

    @Test
    void textsWithPunctuationMarksAndFiguresAnywhereBreakTheSame() throws IOException {
        List<String> words = new ArrayList<>();
        for (String t : goldenTexts()) {
            for (String w : t.split(" +")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        String punctuation = "()[]{}\"'“”‘’-–—.,:;!?%/\\…→−●☐·+*=<>&#@$฿^_|~`0123456789๐๑๒๓๔๕๖๗๘๙ABCxyzๆฯ\u00A0\t";
        String marks = "\u0E30\u0E31\u0E32\u0E33\u0E34\u0E35\u0E36\u0E37\u0E38\u0E39\u0E3A\u0E3F\u0E45\u0E47\u0E48\u0E49"
                + "\u0E4A\u0E4B\u0E4C\u0E4D\u0E4E\u0E4F\u0E5A\u0E5B";
        Random r = new Random(17);
        int differing = 0;
        List<String> examples = new ArrayList<>();
        for (int k = 0; k < 30_000; k++) {
            StringBuilder sb = new StringBuilder();
            if (r.nextInt(10) == 0) {
                sb.append(' ');
            }
            int n = 2 + r.nextInt(10);
            for (int j = 0; j < n; j++) {
                String w = words.get(r.nextInt(words.size()));
                char p = punctuation.charAt(r.nextInt(punctuation.length()));
                int at = r.nextInt(w.length() + 1);
                w = switch (r.nextInt(10)) {
                    case 0 -> p + w;
                    case 1 -> w + p;
                    case 2 -> w.substring(0, at) + p + w.substring(at);
                    case 3 -> w.substring(0, at) + marks.charAt(r.nextInt(marks.length())) + w.substring(at);
                    case 4 -> String.valueOf(p);
                    case 5 -> w.substring(w.length() / 2);
                    case 6 -> r.nextBoolean() ? "ๆ" : "ฯลฯ";
                    default -> w;
                };
                sb.append(w).append(" ".repeat(new int[] {1, 1, 1, 1, 1, 2, 0, 3}[r.nextInt(8)]));
            }
            String t = sb.toString();
            if (!Arrays.equals(whole(t), byPieces(t))) {
                differing++;
                if (examples.size() < 5) {
                    examples.add(t);
                }
            }
        }
        assertEquals(0, differing, "texts whose pieces break otherwise than the whole: " + examples);
    }

    @Test
    void aFigureBreaksAsAnyOtherFigureOfItsForm() {
        // pieces are kept with their digits as 0: every figure of a form must break as the first one broken
        Random r = new Random(5);
        String chars = "0123456789๐๑๒๓๔๕๖๗๘๙.,-+%()/:abcXYZก";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(12);
            for (int i = 0; i < n; i++) {
                sb.append(chars.charAt(r.nextInt(chars.length())));
            }
            String t = sb.append(" ".repeat(r.nextInt(3))).toString();
            assertArrayEquals(whole(t), TextLines.Measure.get().words(t.toCharArray(), 0, t.length()), t);
        }
        String form = "(00.00), ";
        TextLines.Measure.get().words(form.toCharArray(), 0, form.length());
        for (String figure : new String[] {"(73.73), ", "(98.19), ", "(๙๘.๑๙), "}) {
            assertArrayEquals(whole(figure), TextLines.Measure.get().words(figure.toCharArray(), 0, figure.length()),
                    figure);
        }
    }

    @Test
    void thaiRepeatAndAbbreviationMarksGoByPiecesOnlyBetweenSpaces() {
        // "ต่าง ๆ" and "ฯลฯ" as Thai style writes them, between spaces
        assertTrue(separable("ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง"));
        assertTrue(separable("ค่าวัสดุอุปกรณ์ หรือค่าเดินทาง ฯลฯ มากน้อยเพียงใด"));
        // elsewhere the breaker's breaks around them depend on what follows the next spaces ("ก|ๆ ต.ค.")
        assertFalse(separable("กๆ ต.ค."));
        assertFalse(separable("ก ๆต.ค."));
        assertFalse(separable("กรุงเทพฯ และ"));
        assertFalse(separable("ๆ ก"));
        assertFalse(separable("ก\u00A0ข"), "a character the pieces were not tried with");
        assertTrue(separable("ได้ 73.35 คะแนน (ร้อยละ 85) – ข้อ O42 · ระดับ A → B"));
        // a space before a closing parenthesis does not end a piece: "ก ) " goes whole, "ข " starts the next
        assertEquals(4, TextLines.Pieces.end("ก ) ข ค".toCharArray(), 0, 7));
    }

    private static boolean separable(String t) {
        return TextLines.Pieces.separable(t.toCharArray(), 0, t.length());
    }
}
