package ita.report.document;

/**
 * A paragraph of a {@link Docx}: the properties its callers set (alignment, style, spacing, indentation, keep with
 * the next, page break before) and its runs, written as WordprocessingML as they are added. The properties are
 * written last, as a paragraph's may still change once its text is in (a heading kept with the next, a section
 * ending on it).
 */
final class Para {

    private Docx.Align align;
    private String style;
    private boolean keepNext;
    private boolean pageBreak;
    private int spacingBefore = -1;
    private int spacingAfter = -1;
    private int indentLeft = -1;
    private int indentHanging = -1;
    private int indentFirstLine = -1;
    /** The section that ends with this paragraph, as {@code <w:sectPr>}; set when the document is finished. */
    private String sectPr;
    /** The runs' XML, in order; made when the first run comes: a table's cells begin with an empty paragraph. */
    private java.util.List<String> runs;

    Para setAlignment(Docx.Align align) {
        this.align = align;
        return this;
    }

    /** The id of a paragraph style of styles.xml. */
    Para setStyle(String styleId) {
        this.style = styleId;
        return this;
    }

    Para keepNext() {
        this.keepNext = true;
        return this;
    }

    /** Starts the paragraph on a new page. */
    Para setPageBreak(boolean pageBreak) {
        this.pageBreak = pageBreak;
        return this;
    }

    Para setSpacingBefore(int twips) {
        this.spacingBefore = twips;
        return this;
    }

    Para setSpacingAfter(int twips) {
        this.spacingAfter = twips;
        return this;
    }

    Para setIndentationLeft(int twips) {
        this.indentLeft = twips;
        return this;
    }

    Para setIndentationHanging(int twips) {
        this.indentHanging = twips;
        return this;
    }

    Para setIndentationFirstLine(int twips) {
        this.indentFirstLine = twips;
        return this;
    }

    void endSection(String sectPrXml) {
        this.sectPr = sectPrXml;
    }

    boolean hasRuns() {
        if (runs != null) {
            for (String r : runs) {
                if (!r.isEmpty()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds runs, as {@link Docx} writes them, after those already in. */
    void add(String runsXml) {
        if (runs == null) {
            runs = new java.util.ArrayList<>(4);
        }
        runs.add(runsXml);
    }

    /** The paragraph as {@code <w:p>}, its properties in the order of the schema. */
    void write(StringBuilder sb) {
        sb.append("<w:p>");
        boolean props = align != null || style != null || keepNext || pageBreak || spacingBefore >= 0
                || spacingAfter >= 0 || indentLeft >= 0 || indentHanging >= 0 || indentFirstLine >= 0 || sectPr != null;
        if (props) {
            sb.append("<w:pPr>");
            if (style != null) {
                sb.append("<w:pStyle w:val=\"").append(style).append("\"/>");
            }
            if (keepNext) {
                sb.append("<w:keepNext/>");
            }
            if (pageBreak) {
                sb.append("<w:pageBreakBefore w:val=\"on\"/>");
            }
            if (spacingBefore >= 0 || spacingAfter >= 0) {
                sb.append("<w:spacing");
                attribute(sb, "before", spacingBefore);
                attribute(sb, "after", spacingAfter);
                sb.append("/>");
            }
            if (indentLeft >= 0 || indentHanging >= 0 || indentFirstLine >= 0) {
                sb.append("<w:ind");
                attribute(sb, "left", indentLeft);
                attribute(sb, "hanging", indentHanging);
                attribute(sb, "firstLine", indentFirstLine);
                sb.append("/>");
            }
            if (align != null) {
                sb.append("<w:jc w:val=\"").append(align.val).append("\"/>");
            }
            if (sectPr != null) {
                sb.append(sectPr);
            }
            sb.append("</w:pPr>");
        }
        if (runs != null) {
            for (String r : runs) {
                sb.append(r);
            }
        }
        sb.append("</w:p>");
    }

    private static void attribute(StringBuilder sb, String name, int value) {
        if (value >= 0) {
            sb.append(" w:").append(name).append("=\"").append(value).append('"');
        }
    }
}
