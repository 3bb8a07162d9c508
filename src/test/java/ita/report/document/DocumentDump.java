package ita.report.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbl;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrVal;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * A canonical text dump of a .docx read back with XWPF, for golden files: body paragraphs and tables in order,
 * one line each (a table row is one line, its cells separated by " | ", the paragraphs of a cell by " / "),
 * each section's page setup where it ends, the headers, and every chart's title, categories and values.
 *
 * <pre>
 * P center bold 20 | การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส
 * H1 | 1. ผลการประเมิน …
 * TABLE 3200 1150 …
 * HEADER-ROW | ตัวชี้วัด | คะแนน | …
 * ROW | ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ | 100.00 | ^IIT / 99.80 | …
 * SECTION A4 portrait, margins left 1701 right 1134 top 1417 bottom 1134, first page without header
 * </pre>
 *
 * In rows, "^" starts a vertical merge and "|^" continues it, "*" marks a row allowed to split across pages;
 * "[span 2]" a cell spanning two columns.
 */
public final class DocumentDump {

    private DocumentDump() {
    }

    public static String of(byte[] docx) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder sb = new StringBuilder();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    paragraph(sb, p);
                } else if (e instanceof XWPFTable t) {
                    table(sb, t);
                }
            }
            sb.append(section(doc.getDocument().getBody().getSectPr())).append('\n');
            for (XWPFHeader h : doc.getHeaderList()) {
                sb.append("PAGE-HEADER | ").append(h.getText().strip());
                for (XWPFParagraph p : h.getParagraphs()) {
                    for (var f : p.getCTP().getFldSimpleList()) {
                        sb.append("{field").append(f.getInstr()).append('}');
                    }
                }
                sb.append('\n');
            }
            for (XWPFChart c : doc.getCharts()) {
                chart(sb, c);
            }
            return sb.toString();
        }
    }

    private static void paragraph(StringBuilder sb, XWPFParagraph p) {
        String style = p.getStyle();
        String text = text(p);
        boolean chart = !p.getCTP().getRList().isEmpty() && p.getRuns().stream()
                .anyMatch(r -> !r.getCTR().getDrawingList().isEmpty());
        if (p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null) {
            sb.append(section(p.getCTP().getPPr().getSectPr())).append('\n');
            return;
        }
        if (text.isEmpty() && !chart) {
            sb.append(p.isPageBreak() ? "PAGE-BREAK\n" : "");
            return;
        }
        if ("Heading1".equals(style) || "Heading2".equals(style)) {
            sb.append("Heading1".equals(style) ? "H1" : "H2").append(" | ").append(text).append('\n');
            return;
        }
        sb.append('P');
        if (p.getAlignment() != null && !p.getAlignment().name().equals("LEFT")) {
            sb.append(' ').append(p.getAlignment().name().toLowerCase(java.util.Locale.ROOT));
        }
        if (!p.getRuns().isEmpty() && p.getRuns().stream().allMatch(XWPFRun::isBold)) {
            sb.append(" bold");
        }
        Double size = p.getRuns().isEmpty() ? null : p.getRuns().get(0).getFontSizeAsDouble();
        if (size != null) {
            sb.append(' ').append(size.intValue());
        }
        sb.append(" | ").append(chart ? "{chart}" : text).append('\n');
    }

    /** Runs joined; a line break inside a paragraph is written "\n". */
    private static String text(XWPFParagraph p) {
        return p.getText().replace("\n", "\\n").strip();
    }

    private static void table(StringBuilder sb, XWPFTable t) {
        List<String> widths = new ArrayList<>();
        t.getCTTbl().getTblGrid().getGridColList().forEach(g -> widths.add(String.valueOf(g.getW())));
        boolean borders = t.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString().equals("single");
        sb.append(borders ? "TABLE " : "LAYOUT-TABLE ").append(String.join(" ", widths)).append('\n');
        for (XWPFTableRow r : t.getRows()) {
            sb.append(r.isRepeatHeader() ? "HEADER-ROW" : "ROW").append(r.isCantSplitRow() ? "" : "*");
            for (XWPFTableCell c : r.getTableCells()) {
                sb.append(" | ").append(cell(c));
            }
            sb.append('\n');
        }
    }

    private static String cell(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        StringBuilder sb = new StringBuilder();
        if (pr != null && pr.getVMerge() != null) {
            sb.append(pr.getVMerge().getVal() != null && pr.getVMerge().getVal().toString().equals("restart") ? "^" : "|^");
        }
        if (pr != null && pr.getGridSpan() != null) {
            sb.append("[span ").append(pr.getGridSpan().getVal()).append("] ");
        }
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : c.getParagraphs()) {
            String t = text(p);
            if (!t.isEmpty()) {
                boolean bold = !p.getRuns().isEmpty() && p.getRuns().stream().allMatch(XWPFRun::isBold);
                parts.add(bold ? "**" + t + "**" : t);
            }
        }
        return sb.append(String.join(" / ", parts)).toString();
    }

    static String section(CTSectPr s) {
        CTPageSz size = s.getPgSz();
        CTPageMar m = s.getPgMar();
        boolean landscape = size.getOrient() != null && size.getOrient().toString().equals("landscape");
        String paper = twips(size.getW()) == DocumentTypography.A4_SHORT_TWIPS && !landscape
                || twips(size.getW()) == DocumentTypography.A4_LONG_TWIPS && landscape ? "A4" : "paper "
                + size.getW() + "x" + size.getH();
        return "SECTION " + paper + (landscape ? " landscape" : " portrait") + ", margins left " + m.getLeft()
                + " right " + m.getRight() + " top " + m.getTop() + " bottom " + m.getBottom()
                + (s.isSetTitlePg() ? ", first page without header" : "")
                + (s.isSetPgNumType() && s.getPgNumType().getFmt() != null ? ", page numbers "
                        + s.getPgNumType().getFmt() : "");
    }

    private static int twips(Object v) {
        return ((BigInteger) v).intValue();
    }

    private static void chart(StringBuilder sb, XWPFChart c) {
        var chart = c.getCTChart();
        sb.append("CHART | ").append(richText(chart.getTitle())).append('\n');
        for (var bar : chart.getPlotArea().getBarChartList()) {
            for (CTBarSer s : bar.getSerList()) {
                List<String> cats = new ArrayList<>();
                for (CTStrVal v : s.getCat().getStrRef().getStrCache().getPtList()) {
                    cats.add(v.getV());
                }
                List<String> labels = new ArrayList<>();
                for (CTDLbl l : s.getDLbls().getDLblList()) {
                    labels.add(richText(l.getTx()));
                }
                sb.append("SERIES ").append(s.getTx().getStrRef().getStrCache().getPtArray(0).getV()).append(" | ");
                for (int i = 0; i < cats.size(); i++) {
                    sb.append(i == 0 ? "" : "; ").append(cats.get(i)).append(" = ")
                            .append(i < labels.size() ? labels.get(i) : "–");
                }
                sb.append('\n');
            }
        }
    }

    private static final java.util.regex.Pattern T = java.util.regex.Pattern.compile("<(?:\\w+:)?t(?:\\s[^>]*)?>([^<]*)</(?:\\w+:)?t>");

    /** The text of any rich-text element: every a:t inside it. */
    private static String richText(XmlObject o) {
        StringBuilder sb = new StringBuilder();
        java.util.regex.Matcher m = T.matcher(o.xmlText());
        while (m.find()) {
            sb.append(m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"));
        }
        return sb.toString().strip();
    }
}
