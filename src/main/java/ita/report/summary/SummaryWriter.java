package ita.report.summary;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.io.SerializedString;
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

    /** The JSON keys, escaped once rather than once per row. */
    private static final SerializedString[] KEYS = COLUMNS.stream().map(SerializedString::new)
            .toArray(SerializedString[]::new);

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

    public void writeJson(List<SummaryRow> rows, Path file) throws IOException {
        JsonFactory factory = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
        atomically(file, out -> {
            try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
                g.useDefaultPrettyPrinter();
                g.writeStartArray();
                for (SummaryRow r : rows) {
                    g.writeStartObject();
                    List<Cell> cells = cells(r);
                    for (int i = 0; i < KEYS.length; i++) {
                        g.writeFieldName(KEYS[i]);
                        json(cells.get(i), g);
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
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

    private static void json(Cell cell, JsonGenerator g) throws IOException {
        if (cell instanceof Text t && t.value() != null) {
            g.writeString(t.value());
        } else if (cell instanceof Decimal d && d.value() != null) {
            g.writeNumber(d.value());
        } else if (cell instanceof Whole w && w.value() != null) {
            g.writeNumber(w.value());
        } else if (cell instanceof Numbers n && n.value() != null) {
            g.writeStartArray();
            for (int v : n.value()) {
                g.writeNumber(v);
            }
            g.writeEndArray();
        } else if (cell instanceof Codes c && c.value() != null) {
            g.writeStartArray();
            for (String v : c.value()) {
                g.writeString(v);
            }
            g.writeEndArray();
        } else {
            g.writeNull();
        }
    }

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
