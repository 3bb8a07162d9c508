package ita.ingest;

import com.opencsv.CSVParser;
import ita.model.SourceRef;
import ita.text.ThaiText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's own names for columns, given with --mapping as a CSV file with the header
 * {@code header,field}: header text as it appears in the workbook, and one of the field names of
 * {@link ColumnField}. Mapped headers win over the built-in synonyms.
 */
public final class ColumnMapping {

    private final String source;
    private final Map<String, ColumnField> byKey;
    private final Map<String, ColumnField> entries;

    /** A mapping held in memory, e.g. {@code Map.of("ชื่อ อปท.", ColumnField.AGENCY_NAME)}. */
    public ColumnMapping(Map<String, ColumnField> headers) {
        this("mapping", headers);
    }

    private ColumnMapping(String source, Map<String, ColumnField> headers) {
        this.source = source;
        Map<String, ColumnField> keys = new HashMap<>();
        Map<String, ColumnField> in = new LinkedHashMap<>();
        headers.forEach((h, f) -> {
            keys.put(ThaiText.key(h), f);
            in.put(h, f);
        });
        this.byKey = Map.copyOf(keys);
        this.entries = Collections.unmodifiableMap(in);
    }

    /**
     * Reads a mapping file (UTF-8, with or without BOM).
     *
     * @throws InputException naming the file and line of the first bad entry
     */
    public static ColumnMapping load(Path csv) throws InputException {
        String name = csv.toString();
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("mapping-unreadable", SourceRef.file(name),
                    "expected a readable column mapping file but could not read it (" + e.getMessage() + ")",
                    "Check the path given with --mapping.", e);
        }
        CSVParser parser = new CSVParser();
        Map<String, ColumnField> headers = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        boolean headerSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? stripBom(lines.get(i)) : lines.get(i);
            SourceRef where = new SourceRef(name, null, "line " + (i + 1));
            if (line.isBlank()) {
                continue;
            }
            String[] parts = parse(parser, line, where);
            if (!headerSeen) {
                if (parts.length != 2 || !parts[0].strip().equalsIgnoreCase("header")
                        || !parts[1].strip().equalsIgnoreCase("field")) {
                    throw new InputException("mapping-header", where,
                            "expected the header \"header,field\" but found \"" + line.strip() + "\"",
                            "Start the mapping file with the line header,field.");
                }
                headerSeen = true;
                continue;
            }
            if (parts.length != 2) {
                throw new InputException("mapping-line", where,
                        "expected two values, a header and a field, but found " + parts.length,
                        "Write each line as header,field and quote a header that contains a comma.");
            }
            String header = parts[0].strip();
            if (ThaiText.key(header).isEmpty()) {
                throw new InputException("mapping-line", where,
                        "expected a header text in the first column but found none",
                        "Write the header as it appears in the workbook.");
            }
            ColumnField field = ColumnField.byName(parts[1]).orElseThrow(() -> new InputException("mapping-field",
                    where, "expected a field name but found \"" + parts[1].strip() + "\"",
                    "Use one of: " + String.join(", ", ColumnField.csvNames()) + "."));
            Integer before = lineOf.put(ThaiText.key(header), i + 1);
            if (before != null) {
                throw new InputException("mapping-line", where,
                        "expected each header once but found \"" + header + "\" again (first on line " + before + ")",
                        "Keep one line per header.");
            }
            headers.put(header, field);
        }
        if (!headerSeen) {
            throw new InputException("mapping-header", new SourceRef(name, null, "line 1"),
                    "expected the header \"header,field\" but found an empty file",
                    "Start the mapping file with the line header,field.");
        }
        return new ColumnMapping(name, headers);
    }

    private static String[] parse(CSVParser parser, String line, SourceRef where) throws InputException {
        try {
            return parser.parseLine(line);
        } catch (IOException e) {
            throw new InputException("mapping-line", where,
                    "expected a CSV line header,field but found \"" + line.strip() + "\"",
                    "Close the quotes on this line.", e);
        }
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The field a header is mapped to, compared without spaces, case or digit style. */
    public Optional<ColumnField> field(String headerText) {
        return Optional.ofNullable(byKey.get(ThaiText.key(headerText)));
    }

    /** The entries as given, in file order. */
    public Map<String, ColumnField> entries() {
        return entries;
    }

    /** The mapping file's name, or "mapping" for one built in memory. */
    public String source() {
        return source;
    }
}
