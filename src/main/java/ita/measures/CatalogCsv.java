package ita.measures;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import ita.text.ThaiText;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Reading and writing the catalog file; every problem becomes one {@link MeasureCatalogException}. */
final class CatalogCsv {

    private static final String HEADER_FIX = "The header must be " + String.join(",", MeasureCatalog.COLUMNS)
            + " (ita catalog export writes it)";
    private static final String MONTH_FIX = "Write a month from ต.ค. to ก.ย., its full Thai name, or a calendar month "
            + "number 1–12 (10 = ต.ค.)";

    private CatalogCsv() {
    }

    /**
     * @param inherited the units a catalog that defines none of its own still knows (the built-in catalog's)
     */
    static MeasureCatalog read(byte[] bytes, String source, UnitNames inherited) {
        String text = decode(bytes, source);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            throw new MeasureCatalogException(source, 0, "the file is empty",
                    "Start from the built-in catalog: ita catalog export catalog.csv");
        }
        List<CatalogEntry> entries = new ArrayList<>();
        try (CSVReader csv = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
            int[] columns = null;
            Map<String, CatalogEntry> seen = new HashMap<>();
            while (true) {
                int line = (int) csv.getLinesRead() + 1;
                String[] row;
                try {
                    row = csv.readNext();
                } catch (IOException | CsvValidationException e) {
                    throw new MeasureCatalogException(source, line, "a quoted field that starts on this line is never "
                            + "closed", "Check the double quotes of this row");
                }
                if (row == null) {
                    break;
                }
                if (columns == null) {
                    columns = header(row, source, line);
                    continue;
                }
                if (isBlank(row) || cell(row, 0).startsWith("#")) {
                    continue;
                }
                CatalogEntry e = entry(row, columns, source, line);
                checkAgainstEarlier(e, seen, source);
                entries.add(e);
            }
        } catch (IOException e) {
            throw new MeasureCatalogException(source, "the file cannot be read as CSV: " + e.getMessage(),
                    "Save it from Excel as \"CSV UTF-8 (Comma delimited)\"", e);
        }
        if (entries.stream().noneMatch(e -> e.key().kind().isMeasure())) {
            throw new MeasureCatalogException(source, 0, "the catalog has a header but no measures",
                    "Start from the built-in catalog: ita catalog export catalog.csv");
        }
        MeasureCatalog catalog = new MeasureCatalog(source, entries, inherited);
        for (CatalogEntry e : entries) {
            for (String t : List.of(e.topic(), e.measure(), e.steps(), e.responsible(), e.monitoring())) {
                List<String> unknown = catalog.units().unknown(t);
                if (!unknown.isEmpty() && e.key().kind() != CatalogKey.Kind.UNIT) {
                    throw new MeasureCatalogException(source, e.line(), "the unit {" + unknown.get(0) + "} of "
                            + e.key() + " is not defined", "Add a row unit:" + unknown.get(0)
                            + " with its names in the responsible column, or write the unit's name itself");
                }
            }
        }
        return catalog;
    }

    private static String decode(byte[] bytes, String source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int line = 1;
            for (int i = 0; i < in.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new MeasureCatalogException(source, line, "the file is not UTF-8 text (byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xFF) + " cannot be read)",
                    "In Excel save it as \"CSV UTF-8 (Comma delimited)\"");
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** The position of each catalog column in the file's header. */
    private static int[] header(String[] row, String source, int line) {
        int[] pos = new int[MeasureCatalog.COLUMNS.size()];
        java.util.Arrays.fill(pos, -1);
        for (int i = 0; i < row.length; i++) {
            String name = ThaiText.key(row[i]).replace('-', '_');
            if (name.isEmpty()) {
                continue;
            }
            int c = MeasureCatalog.COLUMNS.indexOf(name);
            if (c < 0) {
                throw new MeasureCatalogException(source, line, "the header has an unknown column \"" + row[i].strip()
                        + "\"", HEADER_FIX);
            }
            if (pos[c] >= 0) {
                throw new MeasureCatalogException(source, line, "the header has the column " + name + " twice",
                        HEADER_FIX);
            }
            pos[c] = i;
        }
        for (int c = 0; c < pos.length; c++) {
            if (pos[c] < 0) {
                throw new MeasureCatalogException(source, line, "the header has no column "
                        + MeasureCatalog.COLUMNS.get(c), HEADER_FIX);
            }
        }
        return pos;
    }

    private static CatalogEntry entry(String[] row, int[] columns, String source, int line) {
        int width = java.util.Arrays.stream(columns).max().orElse(0) + 1;
        int used = row.length;
        while (used > width && cell(row, used - 1).isEmpty()) {
            used--;
        }
        if (used != width) {
            throw new MeasureCatalogException(source, line, "expected " + width + " columns but found " + row.length,
                    "Put text that contains commas or line breaks in double quotes, or export the catalog again "
                            + "with ita catalog export");
        }
        CatalogKey key;
        try {
            key = CatalogKey.parse(cell(row, columns[0]));
        } catch (IllegalArgumentException e) {
            throw new MeasureCatalogException(source, line, e.getMessage(),
                    "Keys are ind:N, q:CODE@YEARS, sub:N.N@YEARS, item:oN@YEARS or concept:NAME, e.g. q:i7@2562-2566");
        }
        String[] text = new String[MeasureCatalog.COLUMNS.size()];
        for (int c = 1; c < text.length; c++) {
            text[c] = cell(row, columns[c]);
            if (text[c].isEmpty() && required(key.kind(), c)) {
                throw new MeasureCatalogException(source, line, "the column " + MeasureCatalog.COLUMNS.get(c)
                        + " of " + key + " is empty", "Fill it in, or delete the row");
            }
        }
        int start = text[5].isEmpty() ? 0 : month(text[5], "start", source, line);
        int end = text[6].isEmpty() ? 11 : month(text[6], "end", source, line);
        if (end < start) {
            throw new MeasureCatalogException(source, line, "the end month " + FiscalMonths.name(end)
                    + " comes before the start month " + FiscalMonths.name(start) + " in the fiscal year",
                    "A period runs within one fiscal year, ต.ค. to ก.ย.; swap the months or end at ก.ย.");
        }
        try {
            CatalogStep.parse(text[3], start, end);
        } catch (IllegalArgumentException e) {
            throw new MeasureCatalogException(source, line, "in the steps of " + key + ", " + e.getMessage(),
                    "Write a step's months as ต.ค.–ธ.ค. followed by a colon, the earlier month first");
        }
        if (key.kind() == CatalogKey.Kind.UNIT) {
            try {
                UnitNames.parseSpec(text[4]);
            } catch (IllegalArgumentException e) {
                throw new MeasureCatalogException(source, line, "the unit " + key + " cannot be read: " + e.getMessage(),
                        "Write the unit's names as อบต.=…; เทศบาล=…; อบจ.=…; อื่น=…, or one name for every agency");
            }
        }
        return new CatalogEntry(key, text[1], text[2], text[3], text[4], start, end, text[7], line);
    }

    /**
     * Which columns a row of a kind must fill: a measure every column; a step its topic, its step (the measure
     * column) and its months; a unit its description (topic) and its names (responsible).
     */
    private static boolean required(CatalogKey.Kind kind, int column) {
        if (kind.isMeasure()) {
            return true;
        }
        if (kind == CatalogKey.Kind.UNIT) {
            return column == 1 || column == 4;
        }
        return column == 1 || column == 2 || column == 5 || column == 6;
    }

    private static int month(String raw, String which, String source, int line) {
        OptionalInt m = FiscalMonths.parse(raw);
        if (m.isEmpty()) {
            throw new MeasureCatalogException(source, line, "expected " + (which.equals("start") ? "a start" : "an end")
                    + " month such as " + (which.equals("start") ? "ต.ค." : "ก.ย.") + " but found \"" + raw + "\"",
                    MONTH_FIX);
        }
        return m.getAsInt();
    }

    private static void checkAgainstEarlier(CatalogEntry e, Map<String, CatalogEntry> seen, String source) {
        CatalogKey k = e.key();
        for (CatalogEntry other : seen.values()) {
            CatalogKey o = other.key();
            if (!o.sameTarget(k) || !o.overlaps(k)) {
                continue;
            }
            if (o.equals(k)) {
                throw new MeasureCatalogException(source, e.line(), "the key " + k + " is already used on line "
                        + other.line(), "Keep one of the two rows");
            }
            if (!o.contains(k) && !k.contains(o)) {
                throw new MeasureCatalogException(source, e.line(), "the years of " + k + " overlap those of " + o
                        + " on line " + other.line() + " without containing them",
                        "Make the years separate, or nest one range inside the other so that the narrower applies");
            }
        }
        seen.put(k.toString(), e);
    }

    /** A cell without surrounding spaces, Windows line ends and the apostrophe that guards formula-like text. */
    private static String cell(String[] row, int i) {
        if (i >= row.length || row[i] == null) {
            return "";
        }
        String s = row[i].replace("\r\n", "\n").replace('\r', '\n').strip();
        if (s.length() > 1 && s.charAt(0) == '\'' && "=+-@".indexOf(s.charAt(1)) >= 0) {
            s = s.substring(1);
        }
        return s;
    }

    private static boolean isBlank(String[] row) {
        for (String s : row) {
            if (s != null && !s.isBlank()) {
                return false;
            }
        }
        return true;
    }

    static void write(MeasureCatalog catalog, Writer w) throws IOException {
        w.write('\uFEFF');
        w.write(String.join(",", MeasureCatalog.COLUMNS));
        w.write("\r\n");
        for (CatalogEntry e : catalog.entries()) {
            List<String> fields = List.of(e.key().toString(), e.topic(), e.measure(), e.steps(), e.responsible(),
                    FiscalMonths.name(e.startMonth()), FiscalMonths.name(e.endMonth()), e.monitoring());
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    w.write(',');
                }
                w.write(field(fields.get(i)));
            }
            w.write("\r\n");
        }
    }

    /** One CSV field: guarded against being read as a formula, quoted when needed. */
    private static String field(String s) {
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
