package ita.report.document;

import ita.report.typography.ThaiTypography;
import ita.report.xlsx.Xml;
import java.util.List;
import java.util.Locale;

/**
 * The DrawingML of a horizontal bar chart: categories down the side (the first at the top), one series per
 * colour, values 0–100 with gridlines every 10 and each value written at the end of its bar. Values are carried
 * in the chart's own cache, which Word and LibreOffice draw from; there is no embedded workbook to edit them in.
 *
 * <p>The value labels are text we write (custom label text), not number formats: LibreOffice does not render
 * Excel's Thai-digit format [$-D07041E], and Word does not know LibreOffice's [NatNum1]; text shows the same
 * digits in both. For the same reason the scale's own numbers are left out. Every series has an explicit fill:
 * LibreOffice draws series without one as empty.
 */
final class BarChartXml {

    private static final String NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static final String NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static final String NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** 14 pt, as the tables. */
    private static final int FONT_SIZE = 1400;
    /**
     * Height of one bar's band and of the title and margins, in twips: LibreOffice hides category labels that
     * would overlap, so a category needs about a line of 14 pt Thai.
     */
    private static final int BAND_TWIPS = 220;
    private static final int CATEGORY_MIN_TWIPS = 480;
    private static final int FRAME_TWIPS = 1300;

    /** One series: a name for the legend, one value per category (null where unknown), a colour RRGGBB. */
    record Series(String name, List<Double> values, String colour) {
        Series {
            values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
        }
    }

    private BarChartXml() {
    }

    /** The height a chart of {@code categories} × {@code series} bars needs, in twips. */
    static int height(int categories, int series) {
        int perCategory = Math.max(CATEGORY_MIN_TWIPS, BAND_TWIPS * series + BAND_TWIPS / 2);
        return FRAME_TWIPS + (series > 1 ? 500 : 0) + categories * perCategory;
    }

    /**
     * @param categories top to bottom, already in the document's digits
     * @param legend     whether to show the series names (several years)
     * @param digits     how a value is written (Thai or Arabic digits)
     */
    static String of(String title, List<String> categories, List<Series> series, boolean legend,
                     java.util.function.UnaryOperator<String> digits) {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<c:chartSpace xmlns:c=\"").append(NS_C).append("\" xmlns:a=\"").append(NS_A)
                .append("\" xmlns:r=\"").append(NS_R).append("\"><c:roundedCorners val=\"0\"/><c:chart>");
        sb.append("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr b=\"1\"/></a:pPr><a:r>")
                .append("<a:rPr lang=\"th-TH\" b=\"1\"/><a:t>");
        text(sb, title).append("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title>")
                .append("<c:autoTitleDeleted val=\"0\"/><c:plotArea><c:layout/><c:barChart><c:barDir val=\"bar\"/>")
                .append("<c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>");
        // bar charts draw the first category at the bottom: give them bottom to top
        List<String> cats = reversed(categories);
        for (int i = 0; i < series.size(); i++) {
            series(sb, i, series.get(i), cats, digits);
        }
        sb.append("<c:gapWidth val=\"").append(series.size() > 1 ? 60 : 80).append("\"/>")
                .append("<c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>");
        sb.append("<c:catAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
                .append("<c:delete val=\"0\"/><c:axPos val=\"l\"/><c:numFmt formatCode=\"General\" sourceLinked=\"0\"/>")
                .append("<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
                .append("<c:crossAx val=\"2\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/>")
                .append("<c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:tickLblSkip val=\"1\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>");
        sb.append("<c:valAx><c:axId val=\"2\"/><c:scaling><c:orientation val=\"minMax\"/><c:max val=\"100\"/>")
                .append("<c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/><c:axPos val=\"b\"/><c:majorGridlines/>")
                .append("<c:numFmt formatCode=\"0\" sourceLinked=\"0\"/><c:majorTickMark val=\"none\"/>")
                .append("<c:minorTickMark val=\"none\"/><c:tickLblPos val=\"none\"/><c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/>")
                .append("<c:crossBetween val=\"between\"/><c:majorUnit val=\"10\"/></c:valAx></c:plotArea>");
        if (legend) {
            sb.append("<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend>");
        }
        sb.append("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>")
                .append("<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>")
                .append("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"").append(FONT_SIZE).append("\">");
        for (String script : new String[] {"latin", "ea", "cs"}) {
            sb.append("<a:").append(script).append(" typeface=\"").append(ThaiTypography.FONT).append("\"/>");
        }
        return sb.append("</a:defRPr></a:pPr><a:endParaRPr lang=\"th-TH\"/></a:p></c:txPr></c:chartSpace>")
                .toString();
    }

    private static void series(StringBuilder sb, int i, Series s, List<String> cats,
                               java.util.function.UnaryOperator<String> digits) {
        String column = String.valueOf((char) ('B' + i));
        int last = cats.size() + 1;
        sb.append("<c:ser><c:idx val=\"").append(i).append("\"/><c:order val=\"").append(i).append("\"/>")
                .append("<c:tx><c:strRef><c:f>Sheet1!$").append(column).append("$1</c:f><c:strCache>")
                .append("<c:ptCount val=\"1\"/><c:pt idx=\"0\"><c:v>");
        text(sb, s.name()).append("</c:v></c:pt></c:strCache></c:strRef></c:tx>")
                .append("<c:spPr><a:solidFill><a:srgbClr val=\"").append(s.colour()).append("\"/></a:solidFill>")
                .append("<a:ln><a:solidFill><a:srgbClr val=\"").append(s.colour()).append("\"/></a:solidFill></a:ln>")
                .append("</c:spPr><c:invertIfNegative val=\"0\"/>")
                .append("<c:dLbls>");
        List<Double> values = reversed(s.values());
        for (int k = 0; k < values.size(); k++) {
            if (values.get(k) != null) {
                sb.append("<c:dLbl><c:idx val=\"").append(k).append("\"/><c:tx><c:rich><a:bodyPr wrap=\"none\"/>")
                        .append("<a:lstStyle/><a:p><a:r><a:rPr lang=\"th-TH\"/><a:t>");
                text(sb, digits.apply(String.format(Locale.ROOT, "%.2f", values.get(k))))
                        .append("</a:t></a:r></a:p></c:rich></c:tx>");
                labelFlags(sb);
                sb.append("</c:dLbl>");
            }
        }
        sb.append("<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>");
        labelFlags(sb);
        sb.append("</c:dLbls>");
        sb.append("<c:cat><c:strRef><c:f>Sheet1!$A$2:$A$").append(last).append("</c:f><c:strCache><c:ptCount val=\"")
                .append(cats.size()).append("\"/>");
        for (int k = 0; k < cats.size(); k++) {
            text(sb.append("<c:pt idx=\"").append(k).append("\"><c:v>"), cats.get(k)).append("</c:v></c:pt>");
        }
        sb.append("</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$").append(column).append("$2:$")
                .append(column).append('$').append(last).append("</c:f><c:numCache><c:formatCode>0.00</c:formatCode>")
                .append("<c:ptCount val=\"").append(cats.size()).append("\"/>");
        for (int k = 0; k < values.size(); k++) {
            Double v = values.get(k);
            if (v != null) {
                sb.append("<c:pt idx=\"").append(k).append("\"><c:v>")
                        .append(String.format(Locale.ROOT, "%.2f", v)).append("</c:v></c:pt>");
            }
        }
        sb.append("</c:numCache></c:numRef></c:val></c:ser>");
    }

    private static void labelFlags(StringBuilder sb) {
        sb.append("<c:dLblPos val=\"outEnd\"/><c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/>")
                .append("<c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/>")
                .append("<c:showBubbleSize val=\"0\"/>");
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> out = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }

    private static StringBuilder text(StringBuilder sb, String s) {
        return Xml.text(sb, s);
    }
}
