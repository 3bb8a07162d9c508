package ita.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** The OPC plumbing of an xlsx: relationship parts, the workbook's sheet list, and part-name resolution. */
final class PackageParts {

    /** One relationship: its type URI and the part it points to, resolved to a zip entry name. */
    record Relationship(String type, String target) {
        boolean isOfType(String suffix) {
            return type.endsWith(suffix);
        }
    }

    /** A sheet as workbook.xml lists it. */
    record SheetRef(String name, String relationshipId) {
    }

    private PackageParts() {
    }

    /** The relationships part of a part: "xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" → "_rels/.rels". */
    static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** Resolves a relationship target against the folder of its source part, as OPC does. */
    static String resolve(String sourcePart, String target) {
        String path;
        if (target.startsWith("/")) {
            path = target.substring(1);
        } else {
            int slash = sourcePart.lastIndexOf('/');
            path = sourcePart.substring(0, slash + 1) + target;
        }
        if (!path.contains("./")) {
            return path;
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                parts.pollLast();
            } else if (!segment.equals(".") && !segment.isEmpty()) {
                parts.addLast(segment);
            }
        }
        return String.join("/", parts);
    }

    /** Collects the internal relationships of one .rels part by id. */
    static final class RelationshipsHandler extends DefaultHandler {
        private final String sourcePart;
        private final Map<String, Relationship> byId = new LinkedHashMap<>();

        RelationshipsHandler(String sourcePart) {
            this.sourcePart = sourcePart;
        }

        Map<String, Relationship> byId() {
            return byId;
        }

        Relationship firstOfType(String suffix) {
            for (Relationship r : byId.values()) {
                if (r.isOfType(suffix)) {
                    return r;
                }
            }
            return null;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            if (SecureXml.local(qName).equals("Relationship") && !"External".equals(a.getValue("TargetMode"))) {
                String id = a.getValue("Id");
                String type = a.getValue("Type");
                String target = a.getValue("Target");
                if (id != null && type != null && target != null) {
                    byId.put(id, new Relationship(type, resolve(sourcePart, target)));
                }
            }
        }
    }

    /** Collects the sheets of workbook.xml in their order. */
    static final class WorkbookHandler extends DefaultHandler {
        private final List<SheetRef> sheets = new ArrayList<>();

        List<SheetRef> sheets() {
            return sheets;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            if (!SecureXml.local(qName).equals("sheet")) {
                return;
            }
            String name = a.getValue("name");
            String id = null;
            for (int i = 0; i < a.getLength(); i++) {
                // r:id, whatever the prefix of the relationships namespace
                String attribute = a.getQName(i);
                if (attribute.endsWith(":id")) {
                    id = a.getValue(i);
                }
            }
            if (name != null && id != null) {
                sheets.add(new SheetRef(name, id));
            }
        }
    }
}
