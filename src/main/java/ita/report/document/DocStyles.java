package ita.report.document;

import ita.report.typography.ThaiTypography;
import ita.report.xlsx.Parts;

/**
 * styles.xml, the same for every document: the defaults (the font for every script, 16 pt, Thai language, single
 * spacing, no space after), Normal, two heading levels with outline levels, so that Word's navigation pane and a
 * table of contents see the document's sections, and table text.
 */
final class DocStyles {

    /**
     * The paragraph style of table text, 14 pt: its runs carry no size of their own. A table's runs are most of a
     * document's, and their size written on each was a fifth of the measures document's XML.
     */
    static final String TABLE_TEXT = "TableText";

    static final String XML = Parts.XML_HEAD + "<w:styles xmlns:w=\"" + DocxPackage.NS_W + "\"><w:docDefaults>"
            + "<w:rPrDefault><w:rPr><w:rFonts w:ascii=\"" + ThaiTypography.FONT + "\" w:hAnsi=\"" + ThaiTypography.FONT
            + "\" w:cs=\"" + ThaiTypography.FONT + "\" w:eastAsia=\"" + ThaiTypography.FONT + "\"/>"
            + size(DocumentTypography.BODY_HALF_POINTS)
            + "<w:lang w:val=\"th-TH\" w:eastAsia=\"th-TH\" w:bidi=\"th-TH\"/></w:rPr></w:rPrDefault>"
            // no paragraph leaves a single line at the foot or the head of a page
            + "<w:pPrDefault><w:pPr><w:widowControl/>"
            + "<w:spacing w:after=\"0\" w:before=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
            + "</w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Normal\" w:default=\"true\"><w:name w:val=\"Normal\"/>"
            + "<w:qFormat/></w:style>"
            + heading("Heading1", "heading 1", 0, DocumentTypography.HEADING_HALF_POINTS)
            + heading("Heading2", "heading 2", 1, DocumentTypography.SUBHEADING_HALF_POINTS)
            + "<w:style w:type=\"paragraph\" w:styleId=\"" + TABLE_TEXT + "\"><w:name w:val=\"Table Text\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:qFormat/><w:rPr>" + size(DocumentTypography.TABLE_HALF_POINTS)
            + "</w:rPr></w:style>"
            + "</w:styles>";

    private DocStyles() {
    }

    private static String size(int halfPoints) {
        return "<w:sz w:val=\"" + halfPoints + "\"/><w:szCs w:val=\"" + halfPoints + "\"/>";
    }

    private static String heading(String id, String name, int level, int halfPoints) {
        return "<w:style w:type=\"paragraph\" w:styleId=\"" + id + "\"><w:name w:val=\"" + name + "\"/>"
                + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
                + "<w:pPr><w:keepNext/><w:outlineLvl w:val=\"" + level + "\"/></w:pPr>"
                + "<w:rPr><w:b/><w:bCs/>" + size(halfPoints) + "</w:rPr></w:style>";
    }
}
