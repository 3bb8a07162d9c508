package ita.report.document;

import ita.report.xlsx.Parts;
import ita.report.xlsx.PartsZip;
import ita.report.xlsx.Xml;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The parts of a .docx around its body: content types, relationships, properties, settings, styles, the two page
 * headers (empty on the first page, the page number on the others) and the charts. All but the body, the charts and
 * the title are the same for every document and made once.
 */
final class DocxPackage {

    static final String NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    private static final String DOCUMENT_HEAD = Parts.XML_HEAD + "<w:document xmlns:w=\"" + NS_W + "\" xmlns:wp=\""
            + NS_WP + "\" xmlns:r=\"" + Parts.NS_R + "\"><w:body>";
    private static final byte[] ROOT_RELS = bytes(Parts.rels(
            "officeDocument", "word/document.xml",
            "extended-properties", "docProps/app.xml",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
            "docProps/core.xml"));
    private static final byte[] APP = bytes(Parts.XML_HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/extended-properties\"><Application>ita-analyzer</Application></Properties>");
    private static final byte[] SETTINGS = bytes(Parts.XML_HEAD + "<w:settings xmlns:w=\"" + NS_W + "\"/>");
    private static final byte[] STYLES = bytes(DocStyles.XML);
    private static final byte[] FIRST_PAGE_HEADER = bytes(Parts.XML_HEAD + "<w:hdr xmlns:w=\"" + NS_W
            + "\"><w:p/></w:hdr>");
    private static final byte[] PAGE_NUMBER_HEADER = bytes(Parts.XML_HEAD + "<w:hdr xmlns:w=\"" + NS_W
            + "\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr><w:fldSimple w:instr=\" PAGE \"/></w:p></w:hdr>");
    private static final String CONTENT_TYPES_HEAD = Parts.XML_HEAD
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"" + Parts.TYPE + "extended-properties+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package."
            + "core-properties+xml\"/>"
            + override("/word/document.xml", "document.main")
            + override("/word/header1.xml", "header")
            + override("/word/header2.xml", "header")
            + override("/word/settings.xml", "settings")
            + override("/word/styles.xml", "styles");

    /** Characters of document.xml held before they go into the zip. */
    private static final int DOCUMENT_CHUNK = 1 << 15;

    private DocxPackage() {
    }

    /** The relationship id of the n-th chart (from 0): after settings and styles. */
    static String chartRelation(int n) {
        return "rId" + (3 + n);
    }

    /** The relationship id of the first page's header or of the others', after the charts. */
    static String headerRelation(int charts, boolean firstPage) {
        return "rId" + (3 + charts + (firstPage ? 0 : 1));
    }

    /** Writes the package: {@code body} holds {@link Para}s, {@link DocTable}s and the last section's XML. */
    static void write(OutputStream out, List<Object> body, List<String> charts, String title) throws IOException {
        PartsZip zip = new PartsZip(out);
        StringBuilder types = new StringBuilder(2048).append(CONTENT_TYPES_HEAD);
        String[] rels = new String[(4 + charts.size()) * 2];
        rels[0] = "settings";
        rels[1] = "settings.xml";
        rels[2] = "styles";
        rels[3] = "styles.xml";
        for (int i = 0; i < charts.size(); i++) {
            String part = "charts/chart" + (i + 1) + ".xml";
            rels[4 + 2 * i] = "chart";
            rels[5 + 2 * i] = part;
            types.append("<Override PartName=\"/word/").append(part).append("\" ContentType=\"").append(Parts.TYPE)
                    .append("drawingml.chart+xml\"/>");
        }
        int h = 4 + 2 * charts.size();
        rels[h] = "header";
        rels[h + 1] = "header1.xml";
        rels[h + 2] = "header";
        rels[h + 3] = "header2.xml";
        zip.entry("[Content_Types].xml", types.append("</Types>"));
        zip.entry("_rels/.rels", ROOT_RELS);
        zip.entry("docProps/app.xml", APP);
        zip.entry("docProps/core.xml", core(title));
        // the body goes into the zip as it is written, a few pages at a time
        StringBuilder doc = Xml.wide(DOCUMENT_CHUNK + DOCUMENT_CHUNK / 2).append(DOCUMENT_HEAD);
        zip.start("word/document.xml");
        DocTable.Drain drain = sb -> {
            if (sb.length() >= DOCUMENT_CHUNK) {
                zip.write(sb);
                sb.setLength(0);
            }
        };
        for (Object e : body) {
            if (e instanceof Para p) {
                p.write(doc);
            } else if (e instanceof DocTable t) {
                t.write(doc, drain);
            } else {
                doc.append((String) e);
            }
            drain.drain(doc);
        }
        zip.write(doc.append("</w:body></w:document>"));
        zip.closeEntry();
        zip.entry("word/_rels/document.xml.rels", Parts.rels(rels));
        zip.entry("word/settings.xml", SETTINGS);
        zip.entry("word/styles.xml", STYLES);
        zip.entry("word/header1.xml", FIRST_PAGE_HEADER);
        zip.entry("word/header2.xml", PAGE_NUMBER_HEADER);
        for (int i = 0; i < charts.size(); i++) {
            zip.entry("word/charts/chart" + (i + 1) + ".xml", Parts.XML_HEAD + charts.get(i));
        }
        zip.finish();
    }

    private static String core(String title) {
        StringBuilder c = new StringBuilder(512).append(Parts.XML_HEAD).append("<cp:coreProperties xmlns:cp=\"")
                .append("http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">");
        if (title != null) {
            Xml.wordText(c.append("<dc:title>"), title).append("</dc:title>");
        }
        return c.append("<dc:creator>ita-analyzer</dc:creator></cp:coreProperties>").toString();
    }

    private static String override(String part, String type) {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + Parts.TYPE + "wordprocessingml." + type
                + "+xml\"/>";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
