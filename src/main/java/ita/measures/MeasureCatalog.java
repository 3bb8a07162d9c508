package ita.measures;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The measures the planner may propose, one row per indicator, question, OIT sub-indicator or item (see
 * {@link CatalogKey} for the keys). The program ships a default catalog; users export it with
 * {@code ita catalog export FILE}, edit it in Excel (saved as CSV UTF-8) and pass it back.
 *
 * <p>File format: UTF-8 CSV (a byte-order mark is fine), header
 * {@code key,topic,measure,steps,responsible,start_month,end_month,monitoring}, one row per measure; text
 * with commas or line breaks in double quotes; months as ต.ค. … ก.ย., full Thai month names or calendar
 * numbers 1–12; rows whose key starts with {@code #} and empty rows are skipped.
 */
public final class MeasureCatalog {

    /** The columns of the catalog file, in the order {@link #export} writes them. */
    public static final List<String> COLUMNS = List.of("key", "topic", "measure", "steps", "responsible",
            "start_month", "end_month", "monitoring");

    /** Units of a local administration offered in the responsible-unit dropdown, in this order. */
    public static final List<String> STANDARD_UNITS = List.of("สำนักปลัด", "กองคลัง", "กองช่าง",
            "กองการศึกษา ศาสนา และวัฒนธรรม", "กองสาธารณสุขและสิ่งแวดล้อม", "กองสวัสดิการสังคม", "งานการเจ้าหน้าที่",
            "งานประชาสัมพันธ์", "งานนโยบายและแผน", "งานพัสดุ", "งานนิติการ", "หน่วยตรวจสอบภายใน", "ทุกกอง/สำนัก");

    static final String DEFAULT_RESOURCE = "/ita/measures/catalog.csv";
    static final String DEFAULT_SOURCE = "catalog.csv (built in)";

    private static volatile MeasureCatalog defaultCatalog;

    private final String source;
    private final List<CatalogEntry> entries;
    private final Map<String, List<CatalogEntry>> byTarget = new LinkedHashMap<>();

    MeasureCatalog(String source, List<CatalogEntry> entries) {
        this.source = source;
        this.entries = List.copyOf(entries);
        for (CatalogEntry e : this.entries) {
            byTarget.computeIfAbsent(e.key().target(), k -> new ArrayList<>()).add(e);
        }
    }

    /** The catalog shipped with the program, read once. */
    public static MeasureCatalog loadDefault() {
        MeasureCatalog c = defaultCatalog;
        if (c == null) {
            synchronized (MeasureCatalog.class) {
                c = defaultCatalog;
                if (c == null) {
                    try (InputStream in = MeasureCatalog.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("the built-in measure catalog " + DEFAULT_RESOURCE
                                    + " is missing from the program");
                        }
                        c = CatalogCsv.read(in.readAllBytes(), DEFAULT_SOURCE);
                    } catch (IOException e) {
                        throw new IllegalStateException("the built-in measure catalog cannot be read", e);
                    }
                    defaultCatalog = c;
                }
            }
        }
        return c;
    }

    /**
     * Reads a user's catalog.
     *
     * @throws MeasureCatalogException naming the file and line when the content is wrong
     * @throws IOException             when the file cannot be read at all
     */
    public static MeasureCatalog load(Path file) throws IOException {
        return CatalogCsv.read(Files.readAllBytes(file), file.toString());
    }

    /** Reads a catalog from bytes; {@code source} names it in messages. */
    public static MeasureCatalog parse(byte[] csv, String source) {
        return CatalogCsv.read(csv, source);
    }

    /** Where the catalog came from, as named in messages. */
    public String source() {
        return source;
    }

    public List<CatalogEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    /**
     * The row for a thing in the ITA of one fiscal year: of the rows with that kind and code whose years
     * include the year, the one with the narrowest years.
     */
    public Optional<CatalogEntry> find(CatalogKey.Kind kind, String code, int fiscalYear) {
        return byTarget.getOrDefault(kind.prefix() + ":" + code, List.of()).stream()
                .filter(e -> e.key().covers(fiscalYear))
                .min(Comparator.comparingInt(e -> e.key().toYear() - e.key().fromYear()));
    }

    /** {@link #find} by a key written without years, e.g. {@code lookup("q:i7", 2565)}. */
    public Optional<CatalogEntry> lookup(String key, int fiscalYear) {
        CatalogKey k = CatalogKey.parse(key);
        return find(k.kind(), k.code(), fiscalYear);
    }

    /** The responsible units to offer: the standard units, then any other unit the catalog names. */
    public List<String> responsibleUnits() {
        Set<String> units = new LinkedHashSet<>(STANDARD_UNITS);
        entries.forEach(e -> units.add(e.responsible()));
        return List.copyOf(units);
    }

    /** Writes the catalog as a CSV file Excel opens as UTF-8, replacing the file only when complete. */
    public void export(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                writeTo(w);
            }
            try {
                Files.move(tmp, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The catalog as CSV text: byte-order mark, header, one row per entry, CRLF line ends. */
    public void writeTo(Writer w) throws IOException {
        CatalogCsv.write(this, w);
    }
}
