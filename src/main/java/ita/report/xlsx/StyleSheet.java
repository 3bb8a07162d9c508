package ita.report.xlsx;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The styles of a family of workbooks, as xl/styles.xml made once: build one per JVM with every style the
 * workbooks use and give cells the indices {@link #index} returns. Style 0 is the default font, unstyled.
 */
public final class StyleSheet {

    /** Differential formats of conditional formatting: font colour and fill, RRGGBB. */
    public record Highlight(String fontColour, String fill) {
    }

    private static final Map<String, Integer> BUILT_IN_FORMATS = Map.of("General", 0, "0", 1, "0.00", 2);

    private final Map<Style, Integer> indices;
    private final Map<Highlight, Integer> highlights;
    private final byte[] xml;

    private StyleSheet(Map<Style, Integer> indices, Map<Highlight, Integer> highlights, byte[] xml) {
        this.indices = indices;
        this.highlights = highlights;
        this.xml = xml;
    }

    /** The cell style index of a style that was built in. */
    public int index(Style style) {
        Integer i = indices.get(style);
        if (i == null) {
            throw new IllegalArgumentException("style not in the style sheet: " + style);
        }
        return i;
    }

    public int highlight(Highlight h) {
        Integer i = highlights.get(h);
        if (i == null) {
            throw new IllegalArgumentException("highlight not in the style sheet: " + h);
        }
        return i;
    }

    byte[] xml() {
        return xml;
    }

    public static Builder builder(Font defaultFont) {
        return new Builder(defaultFont);
    }

    /** Collects styles; equal styles share one index. */
    public static final class Builder {

        private final Font defaultFont;
        private final Map<Style, Integer> styles = new LinkedHashMap<>();
        private final Map<Highlight, Integer> highlights = new LinkedHashMap<>();

        private Builder(Font defaultFont) {
            this.defaultFont = defaultFont;
        }

        public Builder add(Style s) {
            styles.putIfAbsent(s, styles.size() + 1);
            return this;
        }

        public Builder add(Highlight h) {
            highlights.putIfAbsent(h, highlights.size());
            return this;
        }

        public StyleSheet build() {
            Map<Style, Integer> indices = new HashMap<>(styles);
            return new StyleSheet(indices, new HashMap<>(highlights),
                    write().getBytes(StandardCharsets.UTF_8));
        }

        private String write() {
            List<Font> fonts = new ArrayList<>(List.of(defaultFont));
            List<String> fills = new ArrayList<>();
            Map<String, Integer> formats = new LinkedHashMap<>();
            StringBuilder xfs = new StringBuilder();
            xfs.append("<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>");
            for (Style s : styles.keySet()) {
                int font = indexOf(fonts, s.font());
                int fill = s.fill() == null ? 0 : 2 + indexOf(fills, s.fill());
                int format = s.format() == null ? 0 : BUILT_IN_FORMATS.getOrDefault(s.format(),
                        formats.computeIfAbsent(s.format(), k -> 164 + formats.size()));
                xfs.append("<xf numFmtId=\"").append(format).append("\" fontId=\"").append(font)
                        .append("\" fillId=\"").append(fill).append("\" borderId=\"").append(s.border() ? 1 : 0)
                        .append("\" xfId=\"0\" applyFont=\"1\"");
                if (fill > 0) {
                    xfs.append(" applyFill=\"1\"");
                }
                if (s.border()) {
                    xfs.append(" applyBorder=\"1\"");
                }
                if (format > 0) {
                    xfs.append(" applyNumberFormat=\"1\"");
                }
                xfs.append(" applyAlignment=\"1\"><alignment");
                if (s.horizontal() != Style.Horizontal.GENERAL) {
                    xfs.append(" horizontal=\"").append(switch (s.horizontal()) {
                        case CENTER -> "center";
                        case RIGHT -> "right";
                        default -> "left";
                    }).append('"');
                }
                if (s.vertical() != Style.Vertical.BOTTOM) {
                    xfs.append(" vertical=\"").append(s.vertical() == Style.Vertical.CENTER ? "center" : "top")
                            .append('"');
                }
                if (s.wrap()) {
                    xfs.append(" wrapText=\"1\"");
                }
                xfs.append("/></xf>");
            }
            StringBuilder sb = new StringBuilder(8192);
            sb.append(Parts.XML_HEAD).append("<styleSheet xmlns=\"").append(Parts.NS_MAIN).append("\">");
            if (!formats.isEmpty()) {
                sb.append("<numFmts count=\"").append(formats.size()).append("\">");
                formats.forEach((code, id) -> Xml.text(sb.append("<numFmt numFmtId=\"").append(id)
                        .append("\" formatCode=\""), code).append("\"/>"));
                sb.append("</numFmts>");
            }
            sb.append("<fonts count=\"").append(fonts.size()).append("\">");
            for (Font f : fonts) {
                font(sb, f);
            }
            sb.append("</fonts><fills count=\"").append(fills.size() + 2).append("\">")
                    .append("<fill><patternFill patternType=\"none\"/></fill>")
                    .append("<fill><patternFill patternType=\"gray125\"/></fill>");
            for (String rgb : fills) {
                sb.append("<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FF").append(rgb)
                        .append("\"/><bgColor indexed=\"64\"/></patternFill></fill>");
            }
            sb.append("</fills><borders count=\"2\"><border><left/><right/><top/><bottom/><diagonal/></border>")
                    .append("<border><left style=\"thin\"><color indexed=\"64\"/></left><right style=\"thin\">")
                    .append("<color indexed=\"64\"/></right><top style=\"thin\"><color indexed=\"64\"/></top>")
                    .append("<bottom style=\"thin\"><color indexed=\"64\"/></bottom><diagonal/></border></borders>")
                    .append("<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>")
                    .append("</cellStyleXfs><cellXfs count=\"").append(styles.size() + 1).append("\">").append(xfs)
                    .append("</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>")
                    .append("</cellStyles><dxfs count=\"").append(highlights.size()).append("\">");
            for (Highlight h : highlights.keySet()) {
                sb.append("<dxf><font><color rgb=\"FF").append(h.fontColour()).append("\"/></font>")
                        .append("<fill><patternFill patternType=\"solid\"><bgColor rgb=\"FF").append(h.fill())
                        .append("\"/></patternFill></fill></dxf>");
            }
            return sb.append("</dxfs></styleSheet>").toString();
        }

        private static <T> int indexOf(List<T> list, T item) {
            int i = list.indexOf(item);
            if (i < 0) {
                list.add(item);
                i = list.size() - 1;
            }
            return i;
        }

        private static void font(StringBuilder sb, Font f) {
            sb.append("<font>");
            if (f.bold()) {
                sb.append("<b/>");
            }
            if (f.italic()) {
                sb.append("<i/>");
            }
            sb.append("<sz val=\"");
            Xml.number(sb, f.size()).append("\"/>");
            if (f.colour() != null) {
                sb.append("<color rgb=\"FF").append(f.colour()).append("\"/>");
            }
            Xml.text(sb.append("<name val=\""), f.name()).append("\"/><family val=\"2\"/></font>");
        }
    }
}
