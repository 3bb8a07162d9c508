package ita.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes a workbook's parts into a zip stream ({@link PartsZip}). */
final class PackageWriter {

    private static final String CONTENT_TYPES_HEAD = Parts.XML_HEAD
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Default Extension=\"vml\" ContentType=\"" + Parts.TYPE + "vmlDrawing\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + Parts.TYPE + "spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + Parts.TYPE + "spreadsheetml.styles+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"" + Parts.TYPE
            + "spreadsheetml.sharedStrings+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "<Override PartName=\"/docProps/app.xml\" ContentType=\"" + Parts.TYPE + "extended-properties+xml\"/>";
    private static final byte[] ROOT_RELS = Parts.rels(
            "officeDocument", "xl/workbook.xml",
            "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml",
            "extended-properties", "docProps/app.xml").getBytes(StandardCharsets.UTF_8);
    private static final byte[] APP = (Parts.XML_HEAD + "<Properties xmlns=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/extended-properties\"><Application>ita-analyzer</Application></Properties>")
            .getBytes(StandardCharsets.UTF_8);

    private final Workbook wb;
    private final StringBuilder sb = new StringBuilder(SheetXml.CHUNK + SheetXml.CHUNK / 2);
    private PartsZip zip;

    PackageWriter(Workbook wb) {
        this.wb = wb;
    }

    void write(OutputStream out) throws IOException {
        zip = new PartsZip(out);
        List<Sheet> sheets = wb.sheetList();
        StringBuilder types = new StringBuilder(4096).append(CONTENT_TYPES_HEAD);
        SharedStrings strings = new SharedStrings();
        int drawings = 0;
        int charts = 0;
        int comments = 0;
        for (int i = 0; i < sheets.size(); i++) {
            Sheet s = sheets.get(i);
            String n = Integer.toString(i + 1);
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"")
                    .append(Parts.TYPE).append("spreadsheetml.worksheet+xml\"/>");
            List<String> rels = new java.util.ArrayList<>();
            String drawingRel = null;
            String vmlRel = null;
            if (!s.charts.isEmpty()) {
                drawings++;
                rels.add("drawing");
                rels.add("../drawings/drawing" + drawings + ".xml");
                drawingRel = "rId" + rels.size() / 2;
                types.append("<Override PartName=\"/xl/drawings/drawing").append(drawings).append(".xml\" ContentType=\"")
                        .append(Parts.TYPE).append("drawing+xml\"/>");
                String[] chartRels = new String[s.charts.size() * 2];
                for (int k = 0; k < s.charts.size(); k++) {
                    charts++;
                    chartRels[2 * k] = "chart";
                    chartRels[2 * k + 1] = "../charts/chart" + charts + ".xml";
                    types.append("<Override PartName=\"/xl/charts/chart").append(charts).append(".xml\" ContentType=\"")
                            .append(Parts.TYPE).append("drawingml.chart+xml\"/>");
                    entry("xl/charts/chart" + charts + ".xml", ChartXml.chart(s.charts.get(k)));
                }
                entry("xl/drawings/drawing" + drawings + ".xml", ChartXml.drawing(s.charts));
                entry("xl/drawings/_rels/drawing" + drawings + ".xml.rels", Parts.rels(chartRels));
            }
            if (!s.comments.isEmpty()) {
                comments++;
                rels.add("comments");
                rels.add("../comments" + comments + ".xml");
                rels.add("vmlDrawing");
                rels.add("../drawings/vmlDrawing" + comments + ".vml");
                vmlRel = "rId" + rels.size() / 2;
                types.append("<Override PartName=\"/xl/comments").append(comments).append(".xml\" ContentType=\"")
                        .append(Parts.TYPE).append("spreadsheetml.comments+xml\"/>");
                entry("xl/comments" + comments + ".xml", CommentXml.comments(s.comments));
                entry("xl/drawings/vmlDrawing" + comments + ".vml", CommentXml.vml(s.comments, comments));
            }
            if (!rels.isEmpty()) {
                entry("xl/worksheets/_rels/sheet" + n + ".xml.rels", Parts.rels(rels.toArray(String[]::new)));
            }
            sb.setLength(0);
            start("xl/worksheets/sheet" + n + ".xml");
            SheetXml.write(sb, s, i == 0, strings, drawingRel, vmlRel, this::drain);
            drain(sb);
            zip.closeEntry();
        }
        // the texts are Thai: a builder of their own, wide from the start, so the sheets' stays narrow
        StringBuilder texts = Xml.wide(SheetXml.CHUNK + SheetXml.CHUNK / 2);
        start("xl/sharedStrings.xml");
        strings.write(texts, SheetXml.CHUNK, this::drain);
        drain(texts);
        zip.closeEntry();
        entry("xl/styles.xml", wb.styles().xml());
        entry("xl/workbook.xml", workbookXml(sheets));
        entry("xl/_rels/workbook.xml.rels", workbookRels(sheets.size()));
        entry("docProps/core.xml", coreXml());
        entry("docProps/app.xml", APP);
        entry("_rels/.rels", ROOT_RELS);
        entry("[Content_Types].xml", types.append("</Types>"));
        zip.finish();
    }

    private String workbookXml(List<Sheet> sheets) {
        StringBuilder w = new StringBuilder(2048).append(Parts.XML_HEAD).append("<workbook xmlns=\"")
                .append(Parts.NS_MAIN).append("\" xmlns:r=\"").append(Parts.NS_R).append("\"><workbookPr/>")
                .append("<bookViews><workbookView activeTab=\"0\" firstSheet=\"0\"/></bookViews><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            Xml.text(w.append("<sheet name=\""), sheets.get(i).name).append("\" sheetId=\"").append(i + 1).append('"');
            if (sheets.get(i).hidden) {
                w.append(" state=\"hidden\"");
            }
            w.append(" r:id=\"rId").append(i + 1).append("\"/>");
        }
        w.append("</sheets>");
        boolean any = false;
        for (int i = 0; i < sheets.size(); i++) {
            Sheet s = sheets.get(i);
            Sheet.PageSetup p = s.page;
            boolean titles = p != null && p.repeats();
            if (!titles && s.autoFilter == null) {
                continue;
            }
            if (!any) {
                w.append("<definedNames>");
                any = true;
            }
            if (s.autoFilter != null) {
                int[] f = s.autoFilter;
                w.append("<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"").append(i)
                        .append("\" hidden=\"1\">");
                Xml.text(w, Xml.absolute(s.name, f[0], f[1], f[2], f[3])).append("</definedName>");
            }
            if (titles) {
                w.append("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"").append(i).append("\">'");
                Xml.text(w, s.name.replace("'", "''")).append("'!$").append(p.repeatFirst() + 1).append(":$")
                        .append(p.repeatLast() + 1).append("</definedName>");
            }
        }
        if (any) {
            w.append("</definedNames>");
        }
        return w.append("<calcPr calcId=\"191029\" fullCalcOnLoad=\"1\"/></workbook>").toString();
    }

    private static String workbookRels(int sheets) {
        String[] rels = new String[(sheets + 2) * 2];
        for (int i = 0; i < sheets; i++) {
            rels[2 * i] = "worksheet";
            rels[2 * i + 1] = "worksheets/sheet" + (i + 1) + ".xml";
        }
        rels[2 * sheets] = "styles";
        rels[2 * sheets + 1] = "styles.xml";
        rels[2 * sheets + 2] = "sharedStrings";
        rels[2 * sheets + 3] = "sharedStrings.xml";
        return Parts.rels(rels);
    }

    private String coreXml() {
        StringBuilder c = new StringBuilder(512).append(Parts.XML_HEAD).append("<cp:coreProperties xmlns:cp=\"")
                .append("http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>");
        Xml.text(c, wb.title()).append("</dc:title><dc:creator>");
        return Xml.text(c, wb.creator()).append("</dc:creator></cp:coreProperties>").toString();
    }

    private void entry(String name, CharSequence text) throws IOException {
        zip.entry(name, text);
    }

    private void entry(String name, byte[] bytes) throws IOException {
        zip.entry(name, bytes);
    }

    private void start(String name) throws IOException {
        zip.start(name);
    }

    /** Writes the text so far into the open entry and empties the builder. */
    private void drain(StringBuilder text) throws IOException {
        zip.write(text);
        text.setLength(0);
    }
}
