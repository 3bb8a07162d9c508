package ita.sample;

import ita.report.xlsx.PartsZip;
import ita.report.xlsx.Xml;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * Texts repeated by many files of one kind (labels, question texts, item titles of one fiscal year).
 * The xlsx writer puts them in the shared-strings part, compressed once and copied into each file, and
 * writes the other texts inline.
 */
final class SharedTexts {

    private final List<String> texts;
    private final Map<String, Integer> index = new HashMap<>();
    private volatile PartsZip.Deflated part;

    SharedTexts(Collection<String> texts) {
        this.texts = List.copyOf(new LinkedHashSet<>(texts));
        for (int i = 0; i < this.texts.size(); i++) {
            index.put(this.texts.get(i), i);
        }
    }

    /** The position of a text in the shared strings, or -1. */
    int indexOf(String text) {
        Integer i = index.get(text);
        return i == null ? -1 : i;
    }

    int size() {
        return texts.size();
    }

    /** The compressed xl/sharedStrings.xml, built on first use. */
    PartsZip.Deflated part() {
        PartsZip.Deflated p = part;
        if (p == null) {
            StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
            sb.append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"")
                    .append(texts.size()).append("\">");
            for (String t : texts) {
                sb.append("<si><t xml:space=\"preserve\">");
                Xml.text(sb, t);
                sb.append("</t></si>");
            }
            sb.append("</sst>");
            Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
            try {
                p = PartsZip.deflate("xl/sharedStrings.xml", sb.toString().getBytes(StandardCharsets.UTF_8), d);
            } finally {
                d.end();
            }
            part = p;
        }
        return p;
    }

    static SharedTexts of(List<String> first, List<String> more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(more);
        return new SharedTexts(all);
    }
}
