package ita.report.xlsx;

import java.util.List;

/** DrawingML of a sheet's charts: the drawing part that anchors them and one chart part each. */
final class ChartXml {

    private static final String NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
    /** Axes, the same for every chart but the number format and scale, which follow. */
    private static final String CAT_AXIS = "<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/>"
            + "</c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:numFmt formatCode=\"General\" sourceLinked=\"1\"/>"
            + "<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>"
            + "<c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/>"
            + "<c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>";
    private static final int LINE_WIDTH_EMU = 28575;
    private static final long EMU_PER_CHAR = 64008;
    private static final long EMU_PER_ROW = 330200;

    private ChartXml() {
    }

    static String drawing(List<Chart> charts) {
        StringBuilder sb = new StringBuilder(2048).append(Parts.XML_HEAD).append("<xdr:wsDr xmlns:xdr=\"")
                .append(NS_XDR).append("\" xmlns:a=\"").append(NS_A).append("\" xmlns:c=\"").append(NS_C)
                .append("\" xmlns:r=\"").append(Parts.NS_R).append("\">");
        for (int i = 0; i < charts.size(); i++) {
            Chart c = charts.get(i);
            sb.append("<xdr:twoCellAnchor editAs=\"twoCell\"><xdr:from><xdr:col>").append(c.fromCol())
                    .append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(c.fromRow())
                    .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>").append(c.toCol())
                    .append("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>").append(c.toRow())
                    .append("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=\"\">")
                    .append("<xdr:nvGraphicFramePr><xdr:cNvPr id=\"").append(i + 2).append("\" name=\"Chart ")
                    .append(i + 1).append("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm>")
                    .append("<a:off x=\"0\" y=\"0\"/><a:ext cx=\"").append((c.toCol() - c.fromCol()) * EMU_PER_CHAR * 11)
                    .append("\" cy=\"").append((c.toRow() - c.fromRow()) * EMU_PER_ROW).append("\"/></xdr:xfrm>")
                    .append("<a:graphic><a:graphicData uri=\"").append(NS_C).append("\"><c:chart r:id=\"rId")
                    .append(i + 1).append("\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/>")
                    .append("</xdr:twoCellAnchor>");
        }
        return sb.append("</xdr:wsDr>").toString();
    }

    static String chart(Chart c) {
        StringBuilder sb = new StringBuilder(8192).append(Parts.XML_HEAD).append("<c:chartSpace xmlns:c=\"")
                .append(NS_C).append("\" xmlns:a=\"").append(NS_A).append("\" xmlns:r=\"").append(Parts.NS_R)
                .append("\"><c:roundedCorners val=\"0\"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/>")
                .append("<a:p><a:pPr><a:defRPr/></a:pPr><a:r><a:t>");
        Xml.text(sb, c.title()).append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>")
                .append("<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/>");
        boolean line = c.type() == Chart.Type.LINE;
        sb.append(line ? "<c:lineChart><c:grouping val=\"standard\"/>"
                : "<c:barChart><c:barDir val=\"col\"/><c:grouping val=\"clustered\"/>");
        sb.append("<c:varyColors val=\"0\"/>");
        for (int i = 0; i < c.series().size(); i++) {
            series(sb, i, c.series().get(i), line, c.numericCategories());
        }
        if (line) {
            sb.append("<c:marker val=\"1\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:lineChart>");
        } else {
            sb.append("<c:gapWidth val=\"150\"/><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>");
        }
        Chart.Axis a = c.axis();
        sb.append(CAT_AXIS).append("<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/>");
        if (a != null) {
            Xml.number(sb.append("<c:max val=\""), a.max()).append("\"/><c:min val=\"");
            Xml.number(sb, a.min()).append("\"/>");
        }
        sb.append("</c:scaling><c:delete val=\"0\"/><c:axPos val=\"l\"/><c:majorGridlines/>");
        if (a != null) {
            Xml.text(sb.append("<c:numFmt formatCode=\""), a.format()).append("\" sourceLinked=\"0\"/>");
        } else {
            sb.append("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/>");
        }
        sb.append("<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
                .append("<c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/><c:crossBetween val=\"between\"/>");
        if (a != null) {
            Xml.number(sb.append("<c:majorUnit val=\""), a.majorUnit()).append("\"/>");
        }
        sb.append("</c:valAx></c:plotArea>");
        if (c.legend()) {
            sb.append("<c:legend><c:legendPos val=\"").append(c.legendBelow() ? 'b' : 'r')
                    .append("\"/><c:overlay val=\"0\"/></c:legend>");
        }
        sb.append("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart><c:txPr><a:bodyPr/><a:lstStyle/>")
                .append("<a:p><a:pPr><a:defRPr sz=\"").append(c.fontSize() * 100).append("\">");
        for (String script : new String[] {"latin", "ea", "cs"}) {
            Xml.text(sb.append("<a:").append(script).append(" typeface=\""), c.font()).append("\"/>");
        }
        return sb.append("</a:defRPr></a:pPr><a:endParaRPr lang=\"th-TH\"/></a:p></c:txPr></c:chartSpace>").toString();
    }

    private static void series(StringBuilder sb, int i, Chart.Series s, boolean line, boolean numericCategories) {
        sb.append("<c:ser><c:idx val=\"").append(i).append("\"/><c:order val=\"").append(i).append("\"/><c:tx>");
        if (s.titleRef() != null) {
            Xml.text(sb.append("<c:strRef><c:f>"), s.titleRef()).append("</c:f><c:strCache><c:ptCount val=\"1\"/>")
                    .append("<c:pt idx=\"0\"><c:v>");
            Xml.text(sb, s.title()).append("</c:v></c:pt></c:strCache></c:strRef>");
        } else {
            Xml.text(sb.append("<c:v>"), s.title()).append("</c:v>");
        }
        sb.append("</c:tx><c:spPr><a:solidFill><a:srgbClr val=\"").append(s.colour()).append("\"/></a:solidFill><a:ln");
        if (line) {
            sb.append(" w=\"").append(LINE_WIDTH_EMU).append('"');
        }
        sb.append("><a:solidFill><a:srgbClr val=\"").append(s.colour()).append("\"/></a:solidFill></a:ln></c:spPr>");
        if (line) {
            sb.append("<c:marker><c:symbol val=\"circle\"/><c:size val=\"5\"/><c:spPr><a:solidFill><a:srgbClr val=\"")
                    .append(s.colour()).append("\"/></a:solidFill></c:spPr></c:marker>");
        } else {
            sb.append("<c:invertIfNegative val=\"0\"/>");
        }
        if (numericCategories) {
            Xml.text(sb.append("<c:cat><c:numRef><c:f>"), s.categoriesRef())
                    .append("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"")
                    .append(s.categories().size()).append("\"/>");
        } else {
            Xml.text(sb.append("<c:cat><c:strRef><c:f>"), s.categoriesRef()).append("</c:f><c:strCache><c:ptCount val=\"")
                    .append(s.categories().size()).append("\"/>");
        }
        for (int k = 0; k < s.categories().size(); k++) {
            Xml.text(sb.append("<c:pt idx=\"").append(k).append("\"><c:v>"), s.categories().get(k)).append("</c:v></c:pt>");
        }
        sb.append(numericCategories ? "</c:numCache></c:numRef></c:cat>" : "</c:strCache></c:strRef></c:cat>");
        Xml.text(sb.append("<c:val><c:numRef><c:f>"), s.valuesRef())
                .append("</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val=\"")
                .append(s.values().size()).append("\"/>");
        for (int k = 0; k < s.values().size(); k++) {
            Double v = s.values().get(k);
            if (v != null) {
                Xml.number(sb.append("<c:pt idx=\"").append(k).append("\"><c:v>"), v).append("</c:v></c:pt>");
            }
        }
        sb.append("</c:numCache></c:numRef></c:val>");
        if (line) {
            sb.append("<c:smooth val=\"0\"/>");
        }
        sb.append("</c:ser>");
    }
}
