package ita.report.document;

import static ita.report.document.DocumentTypography.A4_LONG_TWIPS;
import static ita.report.document.DocumentTypography.A4_SHORT_TWIPS;

import ita.report.typography.Memo;
import ita.report.xlsx.Xml;
import ita.text.ThaiText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A Word document laid out as Thai official documents are: A4 with the official margins, TH Sarabun New for Latin
 * and Thai (Thai is a complex script to Word and LibreOffice, so every size and bold is also set for it), page
 * numbers at the top centre from the second page, and sections that turn to landscape where a wide table needs it.
 * Every text passes through {@link #t}, which writes Thai digits when the document asks for them.
 *
 * <p>The body is a list of {@link Para}s and {@link DocTable}s whose runs are WordprocessingML text from the start;
 * {@link DocxPackage} writes it with the fixed parts into the .docx zip.
 */
final class Docx {

    enum Orientation { PORTRAIT, LANDSCAPE }

    enum Align {
        LEFT("left"), CENTER("center"), RIGHT("right"), JUSTIFY("both");

        /** The value of {@code <w:jc>}. */
        final String val;

        Align(String val) {
            this.val = val;
        }
    }

    private final boolean thaiDigits;
    /** Paragraphs and tables, in order. */
    private final List<Object> body = new ArrayList<>();
    /** Each chart's part, {@code word/charts/chart<n+1>.xml}. */
    private final List<String> charts = new ArrayList<>();
    /** The empty paragraphs that close each section but the last, and the orientation of that section. */
    private final List<Para> sectionEnds = new ArrayList<>();
    private final List<Orientation> endedOrientations = new ArrayList<>();
    private Orientation current = Orientation.PORTRAIT;
    private String title;

    Docx(boolean thaiDigits) {
        this.thaiDigits = thaiDigits;
    }

    /** The text as printed: with Thai digits when asked for. */
    String t(String s) {
        return thaiDigits ? ThaiText.toThaiDigits(s) : s;
    }

    boolean thaiDigits() {
        return thaiDigits;
    }

    Orientation orientation() {
        return current;
    }

    /** The width text may take in the current section. */
    int textWidth() {
        return current == Orientation.PORTRAIT ? DocumentTypography.PORTRAIT_TEXT_TWIPS
                : DocumentTypography.LANDSCAPE_TEXT_TWIPS;
    }

    // ---- paragraphs

    /** A new paragraph at the end of the body, with no space around it. */
    Para paragraph(Align align) {
        Para p = new Para().setAlignment(align);
        body.add(p);
        return p;
    }

    /** A paragraph holding one run of text; line breaks in the text become line breaks. */
    Para paragraph(String text, Align align, boolean bold, int halfPoints) {
        Para p = paragraph(align);
        run(p, text, bold, halfPoints);
        return p;
    }

    /** A body paragraph whose first line is indented, justified as official prose is. */
    Para prose(String text) {
        return paragraph(text, Align.JUSTIFY, false, 0)
                .setIndentationFirstLine(DocumentTypography.FIRST_LINE_INDENT_TWIPS);
    }

    /** A numbered or bulleted line: the label hangs, wrapped lines align with the text after it. */
    Para hanging(String text, int leftTwips, int hangTwips) {
        return paragraph(text, Align.LEFT, false, 0).setIndentationLeft(leftTwips).setIndentationHanging(hangTwips);
    }

    /** A heading of the given level (1 or 2), bold, kept with the paragraph after it. */
    Para heading(String text, int level) {
        return paragraph(text, Align.LEFT, true,
                level == 1 ? DocumentTypography.HEADING_HALF_POINTS : DocumentTypography.SUBHEADING_HALF_POINTS)
                .setStyle(level == 1 ? "Heading1" : "Heading2").keepNext().setSpacingBefore(level == 1 ? 240 : 120);
    }


    /**
     * Appends text to a paragraph (line breaks kept); {@code halfPoints} 0 keeps the default. A Latin word or a number,
     * with the points, commas, hyphens and slashes inside it (73.35, 8,325, AA, O42, E-Service), in Arabic or Thai
     * digits, goes in a run of its own whose languages are English: digits take the script of the Thai before them,
     * the document's language is Thai for every script, and LibreOffice would break "30.00" after "30" with the Thai
     * dictionary.
     */
    void run(Para p, String text, boolean bold, int halfPoints) {
        String s = t(text);
        RunKey key = new RunKey(s, bold, halfPoints);
        String xml = RUNS.get(key);
        if (xml == null) {
            StringBuilder sb = Xml.wide(Math.max(64, 2 * s.length() + 64));
            int from = 0;
            while (true) {
                int nl = s.indexOf('\n', from);
                line(sb, s, from, nl < 0 ? s.length() : nl, from > 0, bold, halfPoints);
                if (nl < 0) {
                    break;
                }
                from = nl + 1;
            }
            xml = sb.toString();
            RUNS.put(key, xml);
        }
        p.add(xml);
    }

    /**
     * A text's runs as written: the catalog's texts, the headings and the table labels come back document after
     * document.
     */
    private static final Memo<RunKey, String> RUNS = new Memo<>(1 << 11);

    private record RunKey(String text, boolean bold, int halfPoints) {
    }

    /** One line of a run's text, {@code s[from, to)}: the text between words and numbers, and each of those. */
    private static void line(StringBuilder sb, String s, int from, int to, boolean breakBefore, boolean bold,
                             int halfPoints) {
        boolean first = true;
        int at = from;
        while (true) {
            int start = at;
            while (start < to && !latinOrDigit(s.charAt(start))) {
                start++;
            }
            boolean found = start < to;
            if (start > at || first && !found) {
                segment(sb, s.substring(at, start), bold, halfPoints, breakBefore && first, false);
                first = false;
            }
            if (!found) {
                return;
            }
            int end = start;
            while (end < to && latinOrDigit(s.charAt(end))) {
                end++;
            }
            while (end + 1 < to && joins(s.charAt(end)) && latinOrDigit(s.charAt(end + 1))) {
                end += 2;
                while (end < to && latinOrDigit(s.charAt(end))) {
                    end++;
                }
            }
            segment(sb, s.substring(start, end), bold, halfPoints, breakBefore && first, true);
            first = false;
            at = end;
        }
    }

    private static boolean latinOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= '\u0E50' && c <= '\u0E59';
    }

    /** What may stand inside a number or a code: 73.35, 8,325, 1/2567, E-Service. */
    private static boolean joins(char c) {
        return c == '.' || c == ',' || c == '/' || c == '-';
    }

    /** One run: bold and size for Latin and complex scripts alike, English for a number or a Latin word. */
    private static void segment(StringBuilder sb, String text, boolean bold, int halfPoints, boolean breakBefore,
                                boolean number) {
        sb.append("<w:r>");
        if (bold || halfPoints > 0 || number) {
            sb.append("<w:rPr>");
            if (bold) {
                sb.append("<w:b/><w:bCs/>");
            }
            if (halfPoints > 0) {
                sb.append("<w:sz w:val=\"").append(halfPoints).append("\"/><w:szCs w:val=\"").append(halfPoints)
                        .append("\"/>");
            }
            if (number) {
                sb.append("<w:lang w:val=\"en-US\" w:bidi=\"en-US\"/>");
            }
            sb.append("</w:rPr>");
        }
        if (breakBefore) {
            sb.append("<w:br/>");
        }
        if (text.isEmpty()) {
            sb.append("<w:t/>");
        } else {
            // spaces at either end are kept only when the element says so
            boolean preserve = Character.isWhitespace(text.charAt(0))
                    || Character.isWhitespace(text.charAt(text.length() - 1));
            sb.append(preserve ? "<w:t xml:space=\"preserve\">" : "<w:t>");
            Xml.wordText(sb, text).append("</w:t>");
        }
        sb.append("</w:r>");
    }

    /** A blank line of body height. */
    void blank() {
        paragraph(Align.LEFT);
    }

    /** The next paragraph starts a new page. */
    void pageBreak() {
        paragraph(Align.LEFT).setPageBreak(true);
    }

    // ---- tables and charts

    DocTable table(int[] widths) {
        return track(new DocTable(this, widths, true));
    }

    /** A table without borders, to lay out blocks side by side (the signatures). */
    DocTable borderlessTable(int[] widths) {
        return track(new DocTable(this, widths, false));
    }

    private final List<DocTable> tables = new ArrayList<>();
    private final List<Orientation> tableOrientations = new ArrayList<>();

    private DocTable track(DocTable t) {
        body.add(t);
        tables.add(t);
        tableOrientations.add(current);
        return t;
    }

    /**
     * A chart (DrawingML chart part) centred in its own paragraph, {@code width} × {@code height} twips. The chart
     * part holds its values in its own cache; no workbook is embedded.
     */
    void chart(String chartSpaceXml, int widthTwips, int heightTwips) {
        Para p = paragraph(Align.CENTER).keepNext();
        int n = charts.size();
        charts.add(chartSpaceXml);
        p.add(new StringBuilder(512).append("<w:r><w:drawing><wp:inline distT=\"0\" distR=\"0\" distB=\"0\" distL=\"0\"><wp:extent cx=\"")
                .append(widthTwips * DocumentTypography.EMU_PER_TWIP).append("\" cy=\"")
                .append(heightTwips * DocumentTypography.EMU_PER_TWIP).append("\"/><wp:docPr id=\"").append(n)
                .append("\" name=\"chart ").append(n).append("\"/><a:graphic xmlns:a=\"").append(DocxPackage.NS_A)
                .append("\"><a:graphicData uri=\"").append(DocxPackage.NS_C).append("\"><c:chart r:id=\"")
                .append(DocxPackage.chartRelation(n)).append("\" xmlns:c=\"").append(DocxPackage.NS_C)
                .append("\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>").toString());
    }

    // ---- sections

    /**
     * Ends the current section (its page orientation kept) and starts one in {@code next} orientation; before
     * any content, the first section simply takes that orientation.
     */
    void section(Orientation next) {
        if (next == current) {
            return;
        }
        if (body.isEmpty()) {
            current = next;
            return;
        }
        Para end = paragraph(Align.LEFT);
        sectionEnds.add(end);
        endedOrientations.add(current);
        current = next;
    }

    // ---- output

    byte[] toBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        write(out);
        return out.toByteArray();
    }

    void write(OutputStream out) throws IOException {
        finish();
        DocxPackage.write(out, body, charts, title);
    }

    void title(String title) {
        this.title = title;
    }

    private boolean finished;

    /**
     * Page setup of every section, and the page number: the first page's header is empty (titlePg), every
     * other page has the number at the top centre. Sections after the first continue the numbering.
     */
    private void finish() {
        if (finished) {
            return;
        }
        finished = true;
        for (int i = 0; i < tables.size(); i++) {
            tables.get(i).settle(tableOrientations.get(i) == Orientation.PORTRAIT
                    ? DocumentTypography.PORTRAIT_TEXT_HEIGHT_TWIPS : DocumentTypography.LANDSCAPE_TEXT_HEIGHT_TWIPS);
        }
        for (int i = 0; i < sectionEnds.size(); i++) {
            sectionEnds.get(i).endSection(sectPr(endedOrientations.get(i), i == 0));
        }
        body.add(sectPr(current, sectionEnds.isEmpty()));
    }

    /** A section's {@code <w:sectPr>}: its headers, page, numbering and whether its first page goes without header. */
    private String sectPr(Orientation o, boolean titlePage) {
        boolean landscape = o == Orientation.LANDSCAPE;
        StringBuilder sb = new StringBuilder(512).append("<w:sectPr><w:headerReference w:type=\"first\" r:id=\"")
                .append(DocxPackage.headerRelation(charts.size(), true))
                .append("\"/><w:headerReference w:type=\"default\" r:id=\"")
                .append(DocxPackage.headerRelation(charts.size(), false)).append("\"/><w:pgSz w:w=\"")
                .append(landscape ? A4_LONG_TWIPS : A4_SHORT_TWIPS).append("\" w:h=\"")
                .append(landscape ? A4_SHORT_TWIPS : A4_LONG_TWIPS).append('"')
                .append(landscape ? " w:orient=\"landscape\"/>" : "/>")
                .append("<w:pgMar w:left=\"").append(DocumentTypography.MARGIN_LEFT_TWIPS)
                .append("\" w:right=\"").append(DocumentTypography.MARGIN_RIGHT_TWIPS)
                .append("\" w:top=\"").append(DocumentTypography.MARGIN_TOP_TWIPS)
                .append("\" w:bottom=\"").append(DocumentTypography.MARGIN_BOTTOM_TWIPS)
                .append("\" w:header=\"").append(DocumentTypography.HEADER_DISTANCE_TWIPS)
                .append("\" w:footer=\"").append(DocumentTypography.FOOTER_DISTANCE_TWIPS)
                .append("\" w:gutter=\"0\"/>");
        if (thaiDigits) {
            sb.append("<w:pgNumType w:fmt=\"thaiNumbers\"/>");
        }
        if (titlePage) {
            sb.append("<w:titlePg w:val=\"on\"/>");
        }
        return sb.append("</w:sectPr>").toString();
    }
}
