package ita.sample;

import ita.model.CellRefs;
import ita.report.xlsx.PartsZip;
import ita.report.xlsx.Xml;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Deflater;

/**
 * A minimal SpreadsheetML writer: one zip with the workbook, its sheets, a small style sheet, the
 * relationships and, when the sheets name {@link SharedTexts}, a shared-strings part; other texts are
 * written inline. Far faster than a general library for tens of thousands of small files (the parts that
 * repeat are compressed once), and byte-for-byte repeatable: every zip entry carries the same fixed time.
 */
final class XlsxWriter implements WorkbookWriter {

    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private static final String STYLES = XML_HEAD
            + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<fonts count=\"3\">"
            + "<font><sz val=\"14\"/><name val=\"TH SarabunPSK\"/></font>"
            + "<font><b/><sz val=\"14\"/><name val=\"TH SarabunPSK\"/></font>"
            + "<font><b/><sz val=\"16\"/><name val=\"TH SarabunPSK\"/></font>"
            + "</fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
            + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"6\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
            + "<alignment horizontal=\"center\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">"
            + "<alignment horizontal=\"center\" vertical=\"center\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"2\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
            + "<alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "</cellXfs>"
            + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
            + "</styleSheet>";

    private static final String ROOT_RELS = XML_HEAD
            + "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
            + "<Relationship Id=\"rId1\" Type=\"" + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "</Relationships>";

    private static final String[] COLUMNS = new String[256];

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = CellRefs.column(i);
        }
    }

    /** 1 January 2024, 08:00, in MS-DOS form: the same in every entry, so output never depends on the clock. */
    private static final int ENTRY_TIME = ((2024 - 1980) << 9 | 1 << 5 | 1) << 16 | 8 << 11;

    private static final Map<String, PartsZip.Deflated> FIXED_PARTS = new ConcurrentHashMap<>();

    private final int level;
    private final ThreadLocal<Deflater> deflaters;

    /** @param level the deflate level of the per-file parts, e.g. {@link Deflater#BEST_SPEED} for bulk output */
    XlsxWriter(int level) {
        this.level = level;
        this.deflaters = ThreadLocal.withInitial(() -> new Deflater(level, true));
    }

    @Override
    public void write(List<Grid> sheets, OutputStream out) throws IOException {
        SharedTexts shared = sharedBy(sheets);
        Deflater d = deflaters.get();
        PartsZip zip = new PartsZip(out, ENTRY_TIME);
        zip.entry(fixed("[Content_Types].xml", contentTypes(sheets.size(), shared != null)));
        zip.entry(fixed("_rels/.rels", ROOT_RELS));
        zip.entry(PartsZip.deflate("xl/workbook.xml", utf8(workbook(sheets)), d));
        zip.entry(fixed("xl/_rels/workbook.xml.rels", workbookRels(sheets.size(), shared != null)));
        zip.entry(fixed("xl/styles.xml", STYLES));
        if (shared != null) {
            zip.entry(shared.part());
        }
        for (int i = 0; i < sheets.size(); i++) {
            zip.entry(PartsZip.deflate("xl/worksheets/sheet" + (i + 1) + ".xml", utf8(sheet(sheets.get(i), shared)), d));
        }
        zip.finish();
        out.flush();
    }

    /** The shared texts of the sheets when they all have the same, else null (every text inline). */
    private static SharedTexts sharedBy(List<Grid> sheets) {
        SharedTexts s = sheets.isEmpty() ? null : sheets.get(0).shared();
        for (Grid g : sheets) {
            if (g.shared() != s) {
                return null;
            }
        }
        return s;
    }

    /** A part that is the same in many files, compressed once. */
    private PartsZip.Deflated fixed(String name, String xml) {
        return FIXED_PARTS.computeIfAbsent(level + ":" + name + ":" + xml, k -> {
            Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
            try {
                return PartsZip.deflate(name, utf8(xml), d);
            } finally {
                d.end();
            }
        });
    }

    private static byte[] utf8(CharSequence s) {
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String contentTypes(int sheets, boolean shared) {
        StringBuilder sb = new StringBuilder(XML_HEAD);
        sb.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
                .append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
                .append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
                .append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
                .append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        if (shared) {
            sb.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
        }
        for (int i = 1; i <= sheets; i++) {
            sb.append("<Override PartName=\"/xl/worksheets/sheet").append(i)
                    .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return sb.append("</Types>").toString();
    }

    private static String workbook(List<Grid> sheets) {
        StringBuilder sb = new StringBuilder(XML_HEAD);
        sb.append("<workbook xmlns=\"").append(MAIN_NS).append("\" xmlns:r=\"").append(REL_NS).append("\"><sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            sb.append("<sheet name=\"");
            Xml.text(sb, SheetNames.safe(sheets.get(i).name(), i));
            sb.append("\" sheetId=\"").append(i + 1).append("\" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return sb.append("</sheets></workbook>").toString();
    }

    private static String workbookRels(int sheets, boolean shared) {
        StringBuilder sb = new StringBuilder(XML_HEAD);
        sb.append("<Relationships xmlns=\"").append(PKG_REL_NS).append("\">");
        for (int i = 1; i <= sheets; i++) {
            sb.append("<Relationship Id=\"rId").append(i).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(i).append(".xml\"/>");
        }
        sb.append("<Relationship Id=\"rId").append(sheets + 1).append("\" Type=\"").append(REL_NS)
                .append("/styles\" Target=\"styles.xml\"/>");
        if (shared) {
            sb.append("<Relationship Id=\"rId").append(sheets + 2).append("\" Type=\"").append(REL_NS)
                    .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        return sb.append("</Relationships>").toString();
    }

    private static StringBuilder sheet(Grid g, SharedTexts shared) {
        StringBuilder sb = new StringBuilder(16_384);
        sb.append(XML_HEAD).append("<worksheet xmlns=\"").append(MAIN_NS).append("\">");
        if (!g.widths().isEmpty()) {
            sb.append("<cols>");
            for (Map.Entry<Integer, Integer> w : g.widths().entrySet()) {
                int c = w.getKey() + 1;
                sb.append("<col min=\"").append(c).append("\" max=\"").append(c).append("\" width=\"")
                        .append(w.getValue()).append("\" customWidth=\"1\"/>");
            }
            sb.append("</cols>");
        }
        sb.append("<sheetData>");
        List<List<Grid.Cell>> rows = g.rows();
        for (int r = 0; r < rows.size(); r++) {
            List<Grid.Cell> cells = rows.get(r);
            if (cells.isEmpty()) {
                continue;
            }
            String rowNo = Integer.toString(r + 1);
            sb.append("<row r=\"").append(rowNo).append("\">");
            for (int c = 0; c < cells.size(); c++) {
                Grid.Cell cell = cells.get(c);
                if (cell != null) {
                    cell(sb, COLUMNS[c], rowNo, cell, shared);
                }
            }
            sb.append("</row>");
        }
        sb.append("</sheetData>");
        if (!g.merges().isEmpty()) {
            sb.append("<mergeCells count=\"").append(g.merges().size()).append("\">");
            for (Grid.Merge m : g.merges()) {
                sb.append("<mergeCell ref=\"").append(COLUMNS[m.firstCol()]).append(m.firstRow() + 1).append(':')
                        .append(COLUMNS[m.lastCol()]).append(m.lastRow() + 1).append("\"/>");
            }
            sb.append("</mergeCells>");
        }
        return sb.append("</worksheet>");
    }

    private static void cell(StringBuilder sb, String col, String row, Grid.Cell cell, SharedTexts shared) {
        int style = cell.style().ordinal();
        sb.append("<c r=\"").append(col).append(row).append('"');
        if (style != 0) {
            sb.append(" s=\"").append(style).append('"');
        }
        if (cell.number()) {
            sb.append("><v>").append(cell.text()).append("</v></c>");
            return;
        }
        int shareIndex = shared == null ? -1 : shared.indexOf(cell.text());
        if (shareIndex >= 0) {
            sb.append(" t=\"s\"><v>").append(shareIndex).append("</v></c>");
            return;
        }
        String t = cell.text();
        boolean preserve = !t.isEmpty() && (Character.isWhitespace(t.charAt(0))
                || Character.isWhitespace(t.charAt(t.length() - 1)));
        sb.append(" t=\"inlineStr\"><is><t").append(preserve ? " xml:space=\"preserve\">" : ">");
        Xml.text(sb, t);
        sb.append("</t></is></c>");
    }
}
