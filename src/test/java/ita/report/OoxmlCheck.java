package ita.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What Excel and Word check in a file before they offer to repair it, as far as a test can: every XML part
 * well-formed and valid against the ECMA-376 schema (POI's complete schema jar, poi-ooxml-full, which only the unit
 * tests see), and for a workbook the rules beyond the schema: style, font, fill, border, number-format and
 * shared-string indexes in range, every {@code count} attribute equal to what it counts, rows and cells in order,
 * merged ranges that do not overlap, rows at most 409 points high, texts of at most 32,767 characters, and sheet names
 * that are unique without regard to case, at most 31 characters and free of : \ / ? * [ ].
 */
public final class OoxmlCheck {

    /** The packaging parts besides the relationships (*.rels), whose schemas belong to OPC and are not in the jar. */
    private static final Set<String> OPC_PARTS = Set.of("[Content_Types].xml", "docProps/core.xml");
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private OoxmlCheck() {
    }

    /** The XML parts of a package, by name. */
    public static Map<String, byte[]> parts(byte[] zip) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                try {
                    parts.put(e.getName(), in.readAllBytes());
                } catch (java.util.zip.ZipException x) {
                    throw new java.util.zip.ZipException(e.getName() + ": " + x.getMessage() + " (method " + e.getMethod()
                            + ", size " + e.getSize() + ", compressed " + e.getCompressedSize() + ")");
                }
            }
        }
        return parts;
    }

    /** Every XML part not well-formed or not valid against the schema, one line each; empty when all are. */
    public static List<String> schemaViolations(String file, byte[] zip) throws IOException {
        List<String> errors = new ArrayList<>();
        Map<String, byte[]> all;
        try {
            all = parts(zip);
        } catch (java.util.zip.ZipException e) {
            return List.of(file + ": not a well-formed zip: " + e.getMessage());
        }
        for (Map.Entry<String, byte[]> p : all.entrySet()) {
            String name = p.getKey();
            if (!name.endsWith(".xml") && !name.endsWith(".rels")) {
                continue;
            }
            Document doc;
            try {
                doc = parse(p.getValue());
            } catch (Exception e) {
                errors.add(file + " " + name + ": not well-formed: " + e.getMessage());
                continue;
            }
            if (name.endsWith(".rels") || OPC_PARTS.contains(name)) {
                continue;
            }
            try {
                org.apache.xmlbeans.XmlObject xml = org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder
                        .typeSystem.parse(new ByteArrayInputStream(p.getValue()), null,
                                new org.apache.xmlbeans.XmlOptions().setLoadLineNumbers());
                if (xml.schemaType().isNoType() || xml.schemaType() == org.apache.xmlbeans.XmlObject.type) {
                    errors.add(file + " " + name + ": no schema type for <" + doc.getDocumentElement().getTagName()
                            + ">");
                    continue;
                }
                List<org.apache.xmlbeans.XmlError> found = new ArrayList<>();
                xml.validate(new org.apache.xmlbeans.XmlOptions().setErrorListener(found));
                found.forEach(err -> errors.add(file + " " + name + ": " + err));
            } catch (org.apache.xmlbeans.XmlException e) {
                errors.add(file + " " + name + ": " + e.getMessage());
            }
        }
        return errors;
    }

    /** Excel's rules beyond the schema, one line per violation; empty when a workbook keeps them all. */
    public static List<String> excelViolations(String file, byte[] xlsx) throws Exception {
        Map<String, byte[]> parts;
        try {
            parts = parts(xlsx);
        } catch (java.util.zip.ZipException e) {
            return List.of(file + ": not a well-formed zip: " + e.getMessage());
        }
        List<String> errors = new ArrayList<>();
        Styles styles = parts.containsKey("xl/styles.xml") ? styles(file, parse(parts.get("xl/styles.xml")), errors)
                : new Styles(1, 0);
        int strings = 0;
        if (parts.containsKey("xl/sharedStrings.xml")) {
            Element sst = parse(parts.get("xl/sharedStrings.xml")).getDocumentElement();
            List<Element> items = children(sst, "si");
            strings = items.size();
            count(file, "sharedStrings uniqueCount", sst, "uniqueCount", strings, errors);
            for (int i = 0; i < items.size(); i++) {
                int len = text(items.get(i)).length();
                if (len > 32_767) {
                    errors.add(file + " sharedStrings: string " + i + " holds " + len + " characters (at most 32767)");
                }
            }
        }
        sheetNames(file, parse(parts.get("xl/workbook.xml")).getDocumentElement(), errors);
        int references = 0;
        for (Map.Entry<String, byte[]> p : parts.entrySet()) {
            if (p.getKey().matches("xl/worksheets/[^/]+\\.xml")) {
                references += sheet(file + " " + p.getKey(), parse(p.getValue()).getDocumentElement(), styles, strings,
                        errors);
            } else if (p.getKey().matches("xl/comments[^/]*\\.xml")) {
                comments(file + " " + p.getKey(), parse(p.getValue()).getDocumentElement(), errors);
            }
        }
        if (parts.containsKey("xl/sharedStrings.xml")) {
            Element sst = parse(parts.get("xl/sharedStrings.xml")).getDocumentElement();
            if (sst.hasAttribute("count") && Integer.parseInt(sst.getAttribute("count")) < references) {
                errors.add(file + " sharedStrings count " + sst.getAttribute("count") + " but the sheets refer to "
                        + references + " strings");
            }
        }
        return errors;
    }

    /** How many of each kind of style entry the workbook has. */
    private record Styles(int cellXfs, int dxfs) {
    }

    private static Styles styles(String file, Document doc, List<String> errors) {
        Element root = doc.getDocumentElement();
        Map<String, Integer> sizes = new LinkedHashMap<>();
        for (String list : List.of("numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles",
                "dxfs")) {
            Element e = child(root, list);
            int n = e == null ? 0 : children(e, null).size();
            sizes.put(list, n);
            if (e != null) {
                count(file, "styles " + list, e, "count", n, errors);
            }
        }
        Set<Integer> formats = new HashSet<>();
        Element numFmts = child(root, "numFmts");
        if (numFmts != null) {
            children(numFmts, "numFmt").forEach(f -> formats.add(Integer.parseInt(f.getAttribute("numFmtId"))));
        }
        for (String list : List.of("cellStyleXfs", "cellXfs")) {
            Element e = child(root, list);
            if (e == null) {
                continue;
            }
            List<Element> xfs = children(e, "xf");
            for (int i = 0; i < xfs.size(); i++) {
                Element xf = xfs.get(i);
                String at = file + " styles " + list + "[" + i + "]";
                index(at, xf, "fontId", sizes.get("fonts"), errors);
                index(at, xf, "fillId", sizes.get("fills"), errors);
                index(at, xf, "borderId", sizes.get("borders"), errors);
                if (list.equals("cellXfs")) {
                    index(at, xf, "xfId", sizes.get("cellStyleXfs"), errors);
                }
                int fmt = xf.hasAttribute("numFmtId") ? Integer.parseInt(xf.getAttribute("numFmtId")) : 0;
                if (fmt >= 164 && !formats.contains(fmt)) {
                    errors.add(at + ": number format " + fmt + " is not defined");
                }
            }
        }
        return new Styles(Math.max(1, sizes.get("cellXfs")), sizes.get("dxfs"));
    }

    private static void sheetNames(String file, Element workbook, List<String> errors) {
        Set<String> seen = new HashSet<>();
        Element sheets = child(workbook, "sheets");
        for (Element s : children(sheets, "sheet")) {
            String name = s.getAttribute("name");
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                errors.add(file + " workbook: sheet name '" + name + "' twice (Excel compares names without case)");
            }
            if (name.isEmpty() || name.length() > 31 || name.matches(".*[:\\\\/?*\\[\\]\\p{Cc}].*")
                    || name.startsWith("'") || name.endsWith("'")) {
                errors.add(file + " workbook: sheet name '" + name + "' is not one Excel takes");
            }
        }
    }

    /** Checks one worksheet; gives how many cells refer to a shared string. */
    private static int sheet(String at, Element ws, Styles styles, int strings, List<String> errors) {
        int references = 0;
        Element data = child(ws, "sheetData");
        int lastRow = 0;
        for (Element row : children(data, "row")) {
            int r = row.hasAttribute("r") ? Integer.parseInt(row.getAttribute("r")) : lastRow + 1;
            if (r <= lastRow) {
                errors.add(at + ": row " + r + " after row " + lastRow);
            }
            lastRow = r;
            if (row.hasAttribute("ht") && Double.parseDouble(row.getAttribute("ht")) > 409) {
                errors.add(at + ": row " + r + " is " + row.getAttribute("ht") + " points high (at most 409)");
            }
            if (row.hasAttribute("s")) {
                index(at + " row " + r, row, "s", styles.cellXfs(), errors);
            }
            int lastCol = -1;
            for (Element c : children(row, "c")) {
                String ref = c.getAttribute("r");
                int col = ref.isEmpty() ? lastCol + 1 : column(ref);
                if (!ref.isEmpty() && !ref.replaceAll("^[A-Z]+", "").equals(Integer.toString(r))) {
                    errors.add(at + ": cell " + ref + " in row " + r);
                }
                if (col <= lastCol) {
                    errors.add(at + ": cell " + ref + " out of order in row " + r);
                }
                lastCol = col;
                index(at + " cell " + ref, c, "s", styles.cellXfs(), errors);
                String type = c.getAttribute("t");
                Element v = child(c, "v");
                if (type.equals("s")) {
                    references++;
                    int i = v == null ? -1 : Integer.parseInt(v.getTextContent().trim());
                    if (i < 0 || i >= strings) {
                        errors.add(at + " cell " + ref + ": shared string " + i + " of " + strings);
                    }
                } else if (type.equals("inlineStr")) {
                    Element is = child(c, "is");
                    if (is == null) {
                        errors.add(at + " cell " + ref + ": an inline string without <is>");
                    } else if (text(is).length() > 32_767) {
                        errors.add(at + " cell " + ref + ": " + text(is).length() + " characters (at most 32767)");
                    }
                    if (v != null) {
                        errors.add(at + " cell " + ref + ": an inline string with a <v> beside its <is>");
                    }
                } else if (type.equals("str") && v != null && v.getTextContent().length() > 32_767) {
                    errors.add(at + " cell " + ref + ": " + v.getTextContent().length() + " characters");
                }
            }
        }
        Element merges = child(ws, "mergeCells");
        if (merges != null) {
            List<Element> list = children(merges, "mergeCell");
            count(at, "mergeCells", merges, "count", list.size(), errors);
            List<int[]> ranges = new ArrayList<>();
            for (Element m : list) {
                String[] ends = m.getAttribute("ref").split(":");
                int[] a = cell(ends[0]);
                int[] b = cell(ends.length > 1 ? ends[1] : ends[0]);
                int[] range = {a[0], a[1], b[0], b[1]};
                for (int[] other : ranges) {
                    if (range[0] <= other[2] && other[0] <= range[2] && range[1] <= other[3] && other[1] <= range[3]) {
                        errors.add(at + ": merged " + m.getAttribute("ref") + " overlaps another merged range");
                    }
                }
                ranges.add(range);
            }
        }
        for (String list : List.of("dataValidations", "hyperlinks", "conditionalFormatting")) {
            Element e = child(ws, list);
            if (e != null && e.hasAttribute("count")) {
                count(at, list, e, "count", children(e, null).size(), errors);
            }
        }
        NodeList rules = ws.getElementsByTagNameNS(MAIN, "cfRule");
        for (int i = 0; i < rules.getLength(); i++) {
            Element rule = (Element) rules.item(i);
            if (rule.hasAttribute("dxfId")) {
                index(at + " conditional format", rule, "dxfId", styles.dxfs(), errors);
            }
        }
        return references;
    }

    private static void comments(String at, Element root, List<String> errors) {
        int authors = children(child(root, "authors"), "author").size();
        Set<String> cells = new HashSet<>();
        for (Element c : children(child(root, "commentList"), "comment")) {
            index(at + " comment " + c.getAttribute("ref"), c, "authorId", authors, errors);
            if (!cells.add(c.getAttribute("ref"))) {
                errors.add(at + ": two comments on " + c.getAttribute("ref"));
            }
        }
    }

    private static void count(String at, String what, Element e, String attribute, int actual, List<String> errors) {
        if (e.hasAttribute(attribute) && Integer.parseInt(e.getAttribute(attribute)) != actual) {
            errors.add(at + " " + what + ": " + attribute + "=\"" + e.getAttribute(attribute) + "\" but " + actual
                    + " entries");
        }
    }

    private static void index(String at, Element e, String attribute, int size, List<String> errors) {
        if (e.hasAttribute(attribute)) {
            int i = Integer.parseInt(e.getAttribute(attribute));
            if (i < 0 || i >= size) {
                errors.add(at + ": " + attribute + " " + i + " but only " + size);
            }
        }
    }

    private static String text(Element e) {
        StringBuilder sb = new StringBuilder();
        NodeList ts = e.getElementsByTagNameNS(MAIN, "t");
        for (int i = 0; i < ts.getLength(); i++) {
            Node parent = ts.item(i).getParentNode();
            if (!"rPh".equals(parent.getLocalName())) {
                sb.append(ts.item(i).getTextContent());
            }
        }
        return sb.toString();
    }

    private static int column(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            c = c * 26 + (ref.charAt(i) - 'A' + 1);
        }
        return c - 1;
    }

    private static int[] cell(String ref) {
        return new int[] {Integer.parseInt(ref.replaceAll("^[A-Z]+", "")) - 1, column(ref)};
    }

    private static Element child(Element parent, String name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    /** The element children with the local name (any when null). */
    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && (name == null || name.equals(e.getLocalName()))) {
                out.add(e);
            }
        }
        return out;
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
