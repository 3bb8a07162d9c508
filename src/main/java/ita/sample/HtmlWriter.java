package ita.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An HTML page holding one table per sheet, as web systems export "Excel" files: saved with an .xls
 * name, UTF-8, merged cells as colspan/rowspan.
 */
final class HtmlWriter implements WorkbookWriter {

    @Override
    public void write(List<Grid> sheets, OutputStream out) throws IOException {
        StringBuilder sb = new StringBuilder(32_768);
        sb.append("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" ")
                .append("xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\n<head>\n")
                .append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n")
                .append("<meta charset=\"utf-8\">\n</head>\n<body>\n");
        for (Grid g : sheets) {
            table(sb, g);
        }
        sb.append("</body>\n</html>\n");
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void table(StringBuilder sb, Grid g) {
        int width = g.columnCount();
        Set<Long> covered = new HashSet<>();
        for (Grid.Merge m : g.merges()) {
            for (int r = m.firstRow(); r <= m.lastRow(); r++) {
                for (int c = m.firstCol(); c <= m.lastCol(); c++) {
                    if (r != m.firstRow() || c != m.firstCol()) {
                        covered.add(key(r, c));
                    }
                }
            }
        }
        sb.append("<table border=\"1\">\n");
        List<List<Grid.Cell>> rows = g.rows();
        for (int r = 0; r < rows.size(); r++) {
            List<Grid.Cell> cells = rows.get(r);
            sb.append("<tr>");
            for (int c = 0; c < width; c++) {
                if (covered.contains(key(r, c))) {
                    continue;
                }
                Grid.Cell cell = c < cells.size() ? cells.get(c) : null;
                boolean head = cell != null && (cell.style() == Grid.Style.HEADER || cell.style() == Grid.Style.TITLE);
                sb.append(head ? "<th" : "<td");
                span(sb, g, r, c);
                sb.append('>');
                if (cell != null) {
                    escape(sb, cell.text());
                }
                sb.append(head ? "</th>" : "</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</table>\n");
    }

    private static void span(StringBuilder sb, Grid g, int r, int c) {
        for (Grid.Merge m : g.merges()) {
            if (m.firstRow() == r && m.firstCol() == c) {
                if (m.lastCol() > m.firstCol()) {
                    sb.append(" colspan=\"").append(m.lastCol() - m.firstCol() + 1).append('"');
                }
                if (m.lastRow() > m.firstRow()) {
                    sb.append(" rowspan=\"").append(m.lastRow() - m.firstRow() + 1).append('"');
                }
                return;
            }
        }
    }

    private static long key(int r, int c) {
        return ((long) r << 20) | c;
    }

    private static void escape(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> sb.append(ch);
            }
        }
    }
}
