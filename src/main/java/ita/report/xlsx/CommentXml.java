package ita.report.xlsx;

import ita.model.CellRefs;
import java.util.ArrayList;
import java.util.List;

/** A sheet's cell comments: the comments part and the legacy VML shapes Excel draws them with. */
final class CommentXml {

    private static final String SHAPE_TYPE = "<v:shapetype id=\"_x0000_t202\" coordsize=\"21600,21600\" o:spt=\"202\""
            + " path=\"m,l,21600r21600,l21600,xe\"><v:stroke joinstyle=\"miter\"/><v:path gradientshapeok=\"t\""
            + " o:connecttype=\"rect\"/></v:shapetype>";

    private CommentXml() {
    }

    static String comments(List<Sheet.Comment> comments) {
        List<String> authors = new ArrayList<>();
        for (Sheet.Comment c : comments) {
            if (!authors.contains(c.author())) {
                authors.add(c.author());
            }
        }
        StringBuilder sb = new StringBuilder(1024).append(Parts.XML_HEAD).append("<comments xmlns=\"")
                .append(Parts.NS_MAIN).append("\"><authors>");
        for (String a : authors) {
            Xml.text(sb.append("<author>"), a).append("</author>");
        }
        sb.append("</authors><commentList>");
        for (Sheet.Comment c : comments) {
            CellRefs.appendAddress(sb.append("<comment ref=\""), c.row(), c.col()).append("\" authorId=\"")
                    .append(authors.indexOf(c.author())).append("\"><text><t");
            // xml:space only where a space at either end must be kept: the schema does not declare it
            String t = c.text();
            if (!t.isEmpty() && (Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1)))) {
                sb.append(" xml:space=\"preserve\"");
            }
            Xml.text(sb.append('>'), t).append("</t></text></comment>");
        }
        return sb.append("</commentList></comments>").toString();
    }

    /** One hidden note shape per comment, three columns wide and three rows high, right of its cell. */
    static String vml(List<Sheet.Comment> comments, int sheetNumber) {
        StringBuilder sb = new StringBuilder(2048).append("<xml xmlns:v=\"urn:schemas-microsoft-com:vml\"")
                .append(" xmlns:o=\"urn:schemas-microsoft-com:office:office\"")
                .append(" xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><o:shapelayout v:ext=\"edit\">")
                .append("<o:idmap v:ext=\"edit\" data=\"").append(sheetNumber).append("\"/></o:shapelayout>")
                .append(SHAPE_TYPE);
        int id = sheetNumber * 1024 + 1;
        for (Sheet.Comment c : comments) {
            sb.append("<v:shape id=\"_x0000_s").append(id++).append("\" type=\"#_x0000_t202\"")
                    .append(" style=\"position:absolute;visibility:hidden\" fillcolor=\"#ffffe1\" o:insetmode=\"auto\">")
                    .append("<v:fill color2=\"#ffffe1\"/><v:shadow on=\"t\" color=\"black\" obscured=\"t\"/>")
                    .append("<v:path o:connecttype=\"none\"/><v:textbox style=\"mso-direction-alt:auto\"/>")
                    .append("<x:ClientData ObjectType=\"Note\"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>")
                    .append(c.col() + 1).append(", 0, ").append(c.row()).append(", 0, ").append(c.col() + 4)
                    .append(", 0, ").append(c.row() + 3).append(", 0</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>")
                    .append(c.row()).append("</x:Row><x:Column>").append(c.col()).append("</x:Column></x:ClientData>")
                    .append("</v:shape>");
        }
        return sb.append("</xml>").toString();
    }
}
