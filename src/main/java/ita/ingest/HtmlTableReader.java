package ita.ingest;

import ita.model.CellRange;
import ita.model.InputFormat;
import ita.model.RawCell;
import ita.model.RawSheet;
import ita.model.RawWorkbook;
import ita.model.SourceRef;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads the tables of an HTML page, as web reports "saved as .xls" are: each table becomes a sheet
 * named "table 1", "table 2"…, with colspan and rowspan kept as merged ranges. Values stay text.
 */
public final class HtmlTableReader implements FormatReader {

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);
    /** The HTML standard's caps: larger spans are treated as these. */
    private static final int MAX_COLSPAN = 1000;
    private static final int MAX_ROWSPAN = 65534;
    /** Tags a page may have beyond two a cell: head, scripts, layout around the tables. */
    private static final int TAG_ALLOWANCE = 10_000;

    public HtmlTableReader() {
    }

    @Override
    public RawWorkbook readFormat(Path file, String displayName, ReadBudget budget) throws InputException {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String html = TextEncoding.decode(bytes, charsetOf(bytes));
            checkTags(html, displayName, budget.limits());
            Document page = Parser.htmlParser().parseInput(new InterruptibleReader(html), "");
            List<Element> tables = page.select("table");
            if (tables.isEmpty()) {
                throw ReadFailures.of("html-without-table", SourceRef.file(displayName),
                        "expected an HTML table (a web report saved as .xls) but the page has no table",
                        "Open it in a browser to check it is the report, then save the report again.");
            }
            // innermost tables first, each removed once read, so that an outer cell's text leaves out the
            // tables inside it: each text is read once, however deep the nesting
            RawSheet[] sheets = new RawSheet[tables.size()];
            for (int i = tables.size() - 1; i >= 0; i--) {
                Element table = tables.get(i);
                sheets[i] = readTable(table, "table " + (i + 1), budget);
                table.remove();
            }
            return new RawWorkbook(displayName, InputFormat.HTML, List.of(sheets));
        } catch (IOException e) {
            throw ReadFailures.unreadable(displayName, e);
        } catch (RuntimeException | LinkageError e) {
            throw ReadFailures.unexpected(displayName, InputFormat.HTML, e);
        }
    }

    /**
     * Refuses a page with more tags than a page of {@code maxCells} cells could need, before parsing
     * it: the parsed page takes some hundred bytes a tag, so a large crafted page would exhaust memory
     * long before its cells were counted.
     */
    private static void checkTags(String html, String displayName, ReadLimits limits) throws InputException {
        long allowed = 2 * limits.maxCells() + TAG_ALLOWANCE;
        long tags = 0;
        for (int at = html.indexOf('<'); at >= 0 && at + 1 < html.length(); at = html.indexOf('<', at + 1)) {
            if (Character.isLetter(html.charAt(at + 1)) && ++tags > allowed) {
                throw ReadFailures.of("too-many-cells", SourceRef.file(displayName), "expected a page of at most "
                        + allowed + " HTML tags (" + limits.maxCells() + " cells) but found more",
                        "Split the report into smaller pages or files.");
            }
        }
    }

    /** BOM, then a meta charset or http-equiv content type, then UTF-8 if valid, else windows-874. */
    static Charset charsetOf(byte[] bytes) {
        Charset bom = TextEncoding.fromBom(bytes, bytes.length);
        if (bom != null) {
            return bom;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        boolean utf8 = TextEncoding.isUtf8(bytes, 0, bytes.length, false);
        if (m.find()) {
            Charset declared = named(m.group(1));
            // a page that claims UTF-8 but is not valid UTF-8 was saved by a Thai Windows tool
            if (declared != null && !(declared.equals(StandardCharsets.UTF_8) && !utf8)) {
                return declared;
            }
        }
        return utf8 ? StandardCharsets.UTF_8 : TextEncoding.WINDOWS_874;
    }

    private static Charset named(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        // TIS-620 and ISO-8859-11 pages often carry windows-874 quotes and dashes; its superset reads them all
        if (lower.equals("tis-620") || lower.equals("tis620") || lower.equals("iso-8859-11")
                || lower.equals("windows-874") || lower.equals("cp874")) {
            return TextEncoding.WINDOWS_874;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }

    private static RawSheet readTable(Element table, String name, ReadBudget budget) throws InputException {
        RawSheet sheet = new RawSheet(name);
        // columns taken in later rows by cells with rowspan above them
        Map<Integer, BitSet> taken = new HashMap<>();
        int row = 0;
        int rowsWithValues = 0;
        List<Element> rows = rowsOf(table);
        for (Element tr : rows) {
            budget.tick();
            BitSet busy = taken.remove(row);
            int col = 0;
            boolean counted = false;
            for (Element cell : tr.children()) {
                if (!cell.nameIs("td") && !cell.nameIs("th")) {
                    continue;
                }
                budget.tick();
                if (busy != null) {
                    col = busy.nextClearBit(col);
                }
                int colspan = span(cell.attr("colspan"), MAX_COLSPAN);
                // a span never reaches past the table's last row, as browsers draw it
                int rowspan = Math.min(span(cell.attr("rowspan"), MAX_ROWSPAN), rows.size() - row);
                String text = cellText(cell);
                if (!text.isEmpty()) {
                    if (!counted) {
                        counted = true;
                        budget.checkRows(name, ++rowsWithValues);
                    }
                    budget.addCell();
                    sheet.put(new RawCell(row, col, text, RawCell.Kind.TEXT));
                }
                if (colspan > 1 || rowspan > 1) {
                    budget.addSpanned((long) colspan * rowspan - 1, name);
                    sheet.merge(new CellRange(row, col, row + rowspan - 1, col + colspan - 1));
                    for (int r = row + 1; r < row + rowspan; r++) {
                        budget.tick();
                        taken.computeIfAbsent(r, k -> new BitSet()).set(col, col + colspan);
                    }
                }
                col += colspan;
            }
            row++;
        }
        return sheet;
    }

    /** The table's own rows, not those of tables nested in its cells. */
    private static List<Element> rowsOf(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) {
                rows.add(child);
            } else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
                for (Element tr : child.children()) {
                    if (tr.nameIs("tr")) {
                        rows.add(tr);
                    }
                }
            }
        }
        return rows;
    }

    /** Visible text with whitespace collapsed (a br is a space), no-break spaces included. */
    private static String cellText(Element cell) {
        String text = cell.text().replace('\u00A0', ' ');
        return text.indexOf(' ') < 0 ? text : text.replaceAll(" {2,}", " ").strip();
    }

    /** The page's text for the parser, which reads it in chunks: each chunk first checks for an interrupt. */
    private static final class InterruptibleReader extends Reader {
        private final String text;
        private int at;

        InterruptibleReader(String text) {
            this.text = text;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedIOException("interrupted");
            }
            if (at >= text.length()) {
                return -1;
            }
            int n = Math.min(length, text.length() - at);
            text.getChars(at, at + n, buffer, offset);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }

    private static int span(String value, int max) {
        if (value.isEmpty()) {
            return 1;
        }
        try {
            int n = Integer.parseInt(value.trim());
            return n < 1 ? 1 : Math.min(n, max);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
