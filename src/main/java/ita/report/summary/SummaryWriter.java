package ita.report.summary;

import ita.analysis.AgencyAnalysis;
import ita.report.AtomicFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the analysts' export, one row per agency and fiscal year, as {@code summary.csv} and
 * {@code summary.json} with the same content.
 *
 * <p>The CSV is UTF-8 with a byte-order mark (so Excel shows Thai), RFC 4180 (CRLF, fields with a comma, quote
 * or line break quoted, quotes doubled). A text cell that starts with = + - @, a tab or a carriage return gets
 * a leading apostrophe so a spreadsheet does not run it as a formula; numeric columns are written from numbers
 * and never altered, so -3.20 stays a number. Numbers have 2 decimals, lists are joined with {@code ;}, unknown
 * values are empty. The JSON is an array of objects with the same keys in the same order, numbers as JSON numbers
 * with 2 decimals or null, lists as arrays (null when unknown), text as read (no apostrophe).
 *
 * <p>Each file is written to a temporary file in the same folder and then moved over the target, so a reader
 * never sees half a file.
 */
public final class SummaryWriter {

    public static final String CSV_FILE = "summary.csv";
    public static final String JSON_FILE = "summary.json";

    /** The columns, in order; also the JSON keys. */
    public static final List<String> COLUMNS = List.of("agency_id", "agency_name", "agency_type", "district",
            "province", "fiscal_year", "total_reported", "total_computed", "total_check", "level", "iit", "eit", "oit",
            "ind1", "ind2", "ind3", "ind4", "ind5", "ind6", "ind7", "ind8", "ind9", "ind10", "previous_year",
            "total_change", "weakest_indicators", "below_threshold", "strengths", "failed_oit_items", "points_to_85",
            "rank_in_province", "agencies_in_province");

    /** The JSON keys (none needs escaping). */
    private static final String[] KEYS = COLUMNS.toArray(String[]::new);

    private static final char BOM = '\uFEFF';
    private static final String CRLF = "\r\n";

    /** Writes both files into a folder, which must exist. */
    public void write(List<AgencyAnalysis> analyses, Path folder) throws IOException {
        List<SummaryRow> rows = SummaryRow.of(analyses);
        writeCsv(rows, folder.resolve(CSV_FILE));
        writeJson(rows, folder.resolve(JSON_FILE));
    }

    public void writeCsv(List<SummaryRow> rows, Path file) throws IOException {
        atomically(file, out -> {
            // streamed: a whole country's rows are some 15 MB, which a single string would hold three times over
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            StringBuilder line = new StringBuilder(512);
            line.append(BOM).append(String.join(",", COLUMNS)).append(CRLF);
            for (SummaryRow r : rows) {
                List<Cell> cells = cells(r);
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        line.append(',');
                    }
                    line.append(csv(cells.get(i)));
                }
                line.append(CRLF);
                w.append(line);
                line.setLength(0);
            }
            w.flush();
        });
    }

    /**
     * The rows as a JSON array laid out as Jackson's default pretty printer lays it out (the layout analysts' scripts
     * have read since the first release), written directly: a whole country's file is some 40 MB, and the generator's
     * layers took a second of the summaries' few.
     */
    public void writeJson(List<SummaryRow> rows, Path file) throws IOException {
        String nl = System.lineSeparator();
        atomically(file, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            StringBuilder sb = new StringBuilder(2048);
            sb.append('[');
            for (int r = 0; r < rows.size(); r++) {
                sb.append(r == 0 ? " {" : ", {");
                List<Cell> cells = cells(rows.get(r));
                for (int i = 0; i < KEYS.length; i++) {
                    sb.append(i == 0 ? "" : ",").append(nl).append("  \"").append(KEYS[i]).append("\" : ");
                    json(cells.get(i), sb);
                }
                sb.append(nl).append('}');
                w.append(sb);
                sb.setLength(0);
            }
            sb.append(" ]");
            w.append(sb);
            w.flush();
        });
    }

    // ---- cells ---------------------------------------------------------------------------------

    /** One value of a row, typed so both formats render it alike. */
    sealed interface Cell permits Text, Decimal, Whole, Numbers, Codes {
    }

    record Text(String value) implements Cell {
    }

    record Decimal(BigDecimal value) implements Cell {
    }

    record Whole(Integer value) implements Cell {
    }

    record Numbers(List<Integer> value) implements Cell {
    }

    record Codes(List<String> value) implements Cell {
    }

    static List<Cell> cells(SummaryRow r) {
        List<Cell> c = new ArrayList<>(List.of(new Text(r.agencyId()), new Text(r.agencyName()),
                new Text(r.agencyType()), new Text(r.district()), new Text(r.province()), new Whole(r.fiscalYear()),
                new Decimal(r.totalReported()), new Decimal(r.totalComputed()), new Text(r.totalCheck()),
                new Text(r.level()), new Decimal(r.iit()), new Decimal(r.eit()), new Decimal(r.oit())));
        for (int n = 1; n <= 10; n++) {
            c.add(new Decimal(r.indicator(n)));
        }
        c.addAll(List.of(new Whole(r.previousYear()), new Decimal(r.totalChange()), new Numbers(r.weakestIndicators()),
                new Numbers(r.belowThreshold()), new Numbers(r.strengths()), new Codes(r.failedOitItems()),
                new Decimal(r.pointsTo85()), new Whole(r.rankInProvince()), new Whole(r.agenciesInProvince())));
        return c;
    }

    static String csv(Cell cell) {
        if (cell instanceof Text t) {
            return t.value() == null ? "" : quote(neutralise(t.value()));
        }
        if (cell instanceof Decimal d) {
            return d.value() == null ? "" : d.value().toPlainString();
        }
        if (cell instanceof Whole w) {
            return w.value() == null ? "" : w.value().toString();
        }
        if (cell instanceof Numbers n) {
            if (n.value() == null) {
                return "";
            }
            StringBuilder sb = new StringBuilder();
            for (Integer v : n.value()) {
                if (!sb.isEmpty()) {
                    sb.append(';');
                }
                sb.append(v);
            }
            return sb.toString();
        }
        Codes c = (Codes) cell;
        return c.value() == null ? "" : quote(neutralise(String.join(";", c.value())));
    }

    static void json(Cell cell, StringBuilder sb) {
        if (cell instanceof Text t && t.value() != null) {
            string(t.value(), sb);
        } else if (cell instanceof Decimal d && d.value() != null) {
            sb.append(d.value().toPlainString());
        } else if (cell instanceof Whole w && w.value() != null) {
            sb.append(w.value().intValue());
        } else if (cell instanceof Numbers n && n.value() != null) {
            sb.append('[');
            for (int i = 0; i < n.value().size(); i++) {
                sb.append(i == 0 ? " " : ", ").append(n.value().get(i).intValue());
            }
            sb.append(" ]");
        } else if (cell instanceof Codes c && c.value() != null) {
            sb.append('[');
            for (int i = 0; i < c.value().size(); i++) {
                sb.append(i == 0 ? " " : ", ");
                string(c.value().get(i), sb);
            }
            sb.append(" ]");
        } else {
            sb.append("null");
        }
    }

    /**
     * A JSON string as Jackson writes one: quote and backslash escaped, control characters as their short escapes
     * or as \\u00XX, each half of a surrogate pair as \\uXXXX, everything else as it is.
     */
    static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c)) {
                sb.append(c);
                continue;
            }
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\b' -> sb.append("\\b");
                case '\t' -> sb.append("\\t");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> {
                    sb.append("\\u");
                    for (int shift = 12; shift >= 0; shift -= 4) {
                        sb.append(HEX[c >> shift & 0xF]);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    static String neutralise(String s) {
        return CsvText.text(s);
    }

    static String quote(String s) {
        return CsvText.field(s);
    }

    private static void atomically(Path target, AtomicFiles.Content body) throws IOException {
        AtomicFiles.write(target, body);
    }
}
