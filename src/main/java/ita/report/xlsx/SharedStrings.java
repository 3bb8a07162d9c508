package ita.report.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The workbook's table of distinct texts; cells refer to a text by its index. */
final class SharedStrings {

    private final Map<String, Integer> index = new HashMap<>(512);
    private final List<String> texts = new ArrayList<>(512);
    private int uses;

    int add(String s) {
        uses++;
        Integer i = index.putIfAbsent(s, texts.size());
        if (i != null) {
            return i;
        }
        texts.add(s);
        return texts.size() - 1;
    }

    /** The part's XML into {@code sb}, handed to {@code drain} whenever it holds more than {@code chunk} characters. */
    void write(StringBuilder sb, int chunk, SheetXml.Drain drain) throws java.io.IOException {
        sb.append(Parts.XML_HEAD).append("<sst xmlns=\"").append(Parts.NS_MAIN).append("\" count=\"").append(uses)
                .append("\" uniqueCount=\"").append(texts.size()).append("\">");
        for (String t : texts) {
            sb.append("<si><t");
            if (!t.isEmpty() && (Character.isWhitespace(t.charAt(0)) || Character.isWhitespace(t.charAt(t.length() - 1)))) {
                sb.append(" xml:space=\"preserve\"");
            }
            Xml.text(sb.append('>'), t).append("</t></si>");
            if (sb.length() > chunk) {
                drain.drain(sb);
            }
        }
        sb.append("</sst>");
    }
}
