package ita.report.document;

import static ita.report.document.DocumentTypography.A4_LONG_TWIPS;
import static ita.report.document.DocumentTypography.A4_SHORT_TWIPS;
import static ita.report.document.DocumentTypography.BODY_HALF_POINTS;

import ita.report.typography.ThaiTypography;
import ita.text.ThaiText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A Word document laid out as Thai official documents are, over POI's XWPF: A4 with the official margins,
 * TH Sarabun New for Latin and Thai (Thai is a complex script to Word and LibreOffice, so every size and bold
 * is also set for it), page numbers at the top centre from the second page, and sections that turn to
 * landscape where a wide table needs it. Every text passes through {@link #t}, which writes Thai digits
 * when the document asks for them.
 */
final class Docx implements java.io.Closeable {

    enum Orientation { PORTRAIT, LANDSCAPE }

    enum Align {
        LEFT(ParagraphAlignment.LEFT), CENTER(ParagraphAlignment.CENTER), RIGHT(ParagraphAlignment.RIGHT),
        JUSTIFY(ParagraphAlignment.BOTH);

        final ParagraphAlignment poi;

        Align(ParagraphAlignment poi) {
            this.poi = poi;
        }
    }

    static {
        // POI asks JAXP for a new factory on every save, and JAXP looks for one on the whole class path each time,
        // under the class loader's lock: naming the JDK's own (the one found anyway) makes that a field read
        setIfUnset("javax.xml.transform.TransformerFactory",
                "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
        setIfUnset("javax.xml.parsers.DocumentBuilderFactory",
                "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl");
    }

    private static void setIfUnset(String property, String jdkDefault) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, jdkDefault);
        }
    }

    private final XWPFDocument doc = new XWPFDocument();
    private final boolean thaiDigits;
    /** The empty paragraphs that close each section but the last, and the orientation of that section. */
    private final List<XWPFParagraph> sectionEnds = new ArrayList<>();
    private final List<Orientation> endedOrientations = new ArrayList<>();
    private Orientation current = Orientation.PORTRAIT;

    Docx(boolean thaiDigits) {
        this.thaiDigits = thaiDigits;
        defaults();
    }

    XWPFDocument poi() {
        return doc;
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
    XWPFParagraph paragraph(Align align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align.poi);
        return p;
    }

    /** A paragraph holding one run of text; line breaks in the text become line breaks. */
    XWPFParagraph paragraph(String text, Align align, boolean bold, int halfPoints) {
        XWPFParagraph p = paragraph(align);
        run(p, text, bold, halfPoints);
        return p;
    }

    /** A body paragraph whose first line is indented, justified as official prose is. */
    XWPFParagraph prose(String text) {
        XWPFParagraph p = paragraph(text, Align.JUSTIFY, false, 0);
        p.setIndentationFirstLine(DocumentTypography.FIRST_LINE_INDENT_TWIPS);
        return p;
    }

    /** A numbered or bulleted line: the label hangs, wrapped lines align with the text after it. */
    XWPFParagraph hanging(String text, int leftTwips, int hangTwips) {
        XWPFParagraph p = paragraph(text, Align.LEFT, false, 0);
        p.setIndentationLeft(leftTwips);
        p.setIndentationHanging(hangTwips);
        return p;
    }

    /** A heading of the given level (1 or 2), bold, kept with the paragraph after it. */
    XWPFParagraph heading(String text, int level) {
        XWPFParagraph p = paragraph(text, Align.LEFT, true,
                level == 1 ? DocumentTypography.HEADING_HALF_POINTS : DocumentTypography.SUBHEADING_HALF_POINTS);
        p.setStyle(level == 1 ? "Heading1" : "Heading2");
        Docx.keepNext(p);
        p.setSpacingBefore(level == 1 ? 240 : 120);
        return p;
    }

    /** Keeps a paragraph on the page of the next one (POI's own setter fails on a paragraph without properties). */
    static XWPFParagraph keepNext(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        if (!ppr.isSetKeepNext()) {
            ppr.addNewKeepNext();
        }
        return p;
    }

    /**
     * A Latin word or a number, with the points, commas, hyphens and slashes inside it (73.35, 8,325, AA, O42,
     * E-Service), in Arabic or Thai digits: LibreOffice breaks these with the Thai dictionary when they stand in Thai
     * text ("30" / ".00", "A" / "A"), so each is set apart in a run of its own.
     */
    private static final java.util.regex.Pattern LATIN_OR_NUMBER = java.util.regex.Pattern.compile(
            "[A-Za-z0-9\u0E50-\u0E59]+(?:[.,/\\-][A-Za-z0-9\u0E50-\u0E59]+)*");

    /**
     * Appends text to a paragraph (line breaks kept); {@code halfPoints} 0 keeps the default. Latin words and numbers
     * go in runs whose languages are English: digits take the script of the Thai before them, and the document's
     * language is Thai for every script, so the Thai line breaker would otherwise break "30.00" after "30".
     */
    XWPFRun run(XWPFParagraph p, String text, boolean bold, int halfPoints) {
        String[] lines = t(text).split("\n", -1);
        XWPFRun r = null;
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher m = LATIN_OR_NUMBER.matcher(lines[i]);
            int from = 0;
            boolean first = true;
            while (true) {
                boolean found = m.find();
                int end = found ? m.start() : lines[i].length();
                if (end > from || first && !found) {
                    r = segment(p, lines[i].substring(from, end), bold, halfPoints, i > 0 && first, false);
                    first = false;
                }
                if (!found) {
                    break;
                }
                r = segment(p, m.group(), bold, halfPoints, i > 0 && first, true);
                first = false;
                from = m.end();
            }
        }
        return r;
    }

    private XWPFRun segment(XWPFParagraph p, String text, boolean bold, int halfPoints, boolean breakBefore,
                            boolean number) {
        XWPFRun r = p.createRun();
        if (breakBefore) {
            r.addBreak();
        }
        r.setText(text);
        format(r, bold, halfPoints);
        if (number) {
            CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
            CTLanguage lang = pr.addNewLang();
            lang.setVal("en-US");
            lang.setBidi("en-US");
        }
        return r;
    }

    /** Bold and size for Latin and complex scripts alike. */
    static void format(XWPFRun r, boolean bold, int halfPoints) {
        if (!bold && halfPoints == 0) {
            return;
        }
        CTRPr pr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        if (bold) {
            pr.addNewB();
            pr.addNewBCs();
        }
        if (halfPoints > 0) {
            pr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
            pr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        }
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
        return track(new DocTable(this, doc.createTable(), widths, true));
    }

    /** A table without borders, to lay out blocks side by side (the signatures). */
    DocTable borderlessTable(int[] widths) {
        return track(new DocTable(this, doc.createTable(), widths, false));
    }

    private final List<DocTable> tables = new ArrayList<>();
    private final List<Orientation> tableOrientations = new ArrayList<>();

    private DocTable track(DocTable t) {
        tables.add(t);
        tableOrientations.add(current);
        return t;
    }

    /** Removes the table POI makes for nothing; used by {@link DocTable}. */
    void dropEmptyRow(XWPFTable table) {
        if (table.getNumberOfRows() == 1 && table.getRow(0).getTableCells().size() <= 1) {
            table.removeRow(0);
        }
    }

    /** A chart (DrawingML chart part) centred in its own paragraph, {@code width} × {@code height} twips. */
    void chart(String chartSpaceXml, int widthTwips, int heightTwips) {
        XWPFParagraph p = paragraph(Align.CENTER);
        Docx.keepNext(p);
        XWPFRun r = p.createRun();
        try {
            XWPFChart chart = doc.createChart(r, (int) (widthTwips * DocumentTypography.EMU_PER_TWIP),
                    (int) (heightTwips * DocumentTypography.EMU_PER_TWIP));
            chart.getCTChartSpace().set(ChartSpaceDocument.Factory.parse(chartSpaceXml).getChartSpace());
        } catch (XmlException | InvalidFormatException | IOException e) {
            throw new IllegalStateException("chart XML we generate must parse", e);
        }
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
        if (doc.getBodyElements().isEmpty()) {
            current = next;
            return;
        }
        XWPFParagraph end = paragraph(Align.LEFT);
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
        doc.write(out);
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    void title(String title) {
        doc.getProperties().getCoreProperties().setTitle(title);
        doc.getProperties().getCoreProperties().setCreator("ita-analyzer");
    }

    private boolean finished;

    /**
     * Page setup of every section, and the page number: the first page's header is empty (titlePg), every
     * other page has the number at the top centre. Sections after the first inherit the headers and continue
     * the numbering.
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
        CTSectPr last = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        page(last, current);
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph();
        XWPFHeader other = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = other.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        number.getCTP().addNewFldSimple().setInstr(" PAGE ");
        if (thaiDigits) {
            last.addNewPgNumType().setFmt(STNumberFormat.THAI_NUMBERS);
        }
        for (int i = 0; i < sectionEnds.size(); i++) {
            CTSectPr s = (CTSectPr) last.copy();
            page(s, endedOrientations.get(i));
            if (i > 0 && s.isSetTitlePg()) {
                s.unsetTitlePg();
            }
            CTPPr ppr = sectionEnds.get(i).getCTP().isSetPPr() ? sectionEnds.get(i).getCTP().getPPr()
                    : sectionEnds.get(i).getCTP().addNewPPr();
            ppr.setSectPr(s);
        }
        if (!sectionEnds.isEmpty() && last.isSetTitlePg()) {
            last.unsetTitlePg();
        }
    }

    private static void page(CTSectPr s, Orientation o) {
        CTPageSz size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
        boolean landscape = o == Orientation.LANDSCAPE;
        size.setW(BigInteger.valueOf(landscape ? A4_LONG_TWIPS : A4_SHORT_TWIPS));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT_TWIPS : A4_LONG_TWIPS));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        } else if (size.isSetOrient()) {
            size.unsetOrient();
        }
        CTPageMar m = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
        m.setLeft(BigInteger.valueOf(DocumentTypography.MARGIN_LEFT_TWIPS));
        m.setRight(BigInteger.valueOf(DocumentTypography.MARGIN_RIGHT_TWIPS));
        m.setTop(BigInteger.valueOf(DocumentTypography.MARGIN_TOP_TWIPS));
        m.setBottom(BigInteger.valueOf(DocumentTypography.MARGIN_BOTTOM_TWIPS));
        m.setHeader(BigInteger.valueOf(DocumentTypography.HEADER_DISTANCE_TWIPS));
        m.setFooter(BigInteger.valueOf(DocumentTypography.FOOTER_DISTANCE_TWIPS));
        m.setGutter(BigInteger.ZERO);
    }

    /** Document defaults: the font for every script, 16 pt, Thai language, single spacing, no space after. */
    private void defaults() {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTDocDefaults dd = styles.addNewDocDefaults();
        CTRPr r = dd.addNewRPrDefault().addNewRPr();
        CTFonts f = r.addNewRFonts();
        f.setAscii(ThaiTypography.FONT);
        f.setHAnsi(ThaiTypography.FONT);
        f.setCs(ThaiTypography.FONT);
        f.setEastAsia(ThaiTypography.FONT);
        r.addNewSz().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        r.addNewSzCs().setVal(BigInteger.valueOf(BODY_HALF_POINTS));
        CTLanguage lang = r.addNewLang();
        lang.setVal("th-TH");
        lang.setEastAsia("th-TH");
        lang.setBidi("th-TH");
        CTPPrGeneral p = dd.addNewPPrDefault().addNewPPr();
        // no paragraph leaves a single line at the foot or the head of a page
        p.addNewWidowControl();
        CTSpacing sp = p.addNewSpacing();
        sp.setAfter(BigInteger.ZERO);
        sp.setBefore(BigInteger.ZERO);
        sp.setLine(BigInteger.valueOf(240));
        sp.setLineRule(STLineSpacingRule.AUTO);
        DocStyles.add(styles);
        doc.createStyles().setStyles(styles);
    }
}
