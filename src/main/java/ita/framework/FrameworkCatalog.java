package ita.framework;

import ita.framework.FrameworkJson.ConceptJson;
import ita.framework.FrameworkJson.IndexJson;
import ita.framework.FrameworkJson.IndicatorJson;
import ita.framework.FrameworkJson.YearJson;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The ITA definitions of every fiscal year, loaded from {@code ita/framework/*.json} in the resources
 * and validated when loaded; an analyst's folder of year files ({@code --framework-dir}) adds years or
 * replaces shipped ones. Years up to the oldest ten-indicator year that have no definition of their own are
 * "total only"; a year newer than the newest definition uses the newest, with a note saying so.
 */
public final class FrameworkCatalog {

    private static final String BASE = "/ita/framework/";
    static final String CONCEPTS = "concepts.json";
    private static volatile FrameworkCatalog bundled;
    private static final AtomicReference<FrameworkCatalog> inUse = new AtomicReference<>();

    private final TreeMap<Integer, YearFramework> years;
    private final YearFramework totalOnly;
    private final Map<String, Concept> concepts;
    private final Map<Integer, String> sources;

    private FrameworkCatalog(TreeMap<Integer, YearFramework> years, YearFramework totalOnly,
                             Map<String, Concept> concepts, Map<Integer, String> sources) {
        if (years.isEmpty()) {
            throw new FrameworkException("index.json lists no fiscal years");
        }
        this.years = years;
        this.totalOnly = totalOnly;
        this.concepts = Collections.unmodifiableMap(new LinkedHashMap<>(concepts));
        this.sources = Map.copyOf(sources);
    }

    /**
     * The definitions of this run: the shipped ones, with an analyst's folder of year files when the run was
     * started with one ({@link #use}).
     */
    public static FrameworkCatalog standard() {
        FrameworkCatalog c = inUse.get();
        return c != null ? c : bundled();
    }

    /** The definitions shipped with the program, loaded once. */
    public static FrameworkCatalog bundled() {
        FrameworkCatalog c = bundled;
        if (c == null) {
            synchronized (FrameworkCatalog.class) {
                c = bundled;
                if (c == null) {
                    c = loadBundled();
                    bundled = c;
                }
            }
        }
        return c;
    }

    /** While open, {@link #standard()} returns another catalog; closing restores the one before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Makes {@code catalog} the definitions of the run until the returned scope is closed. The definitions are
     * configuration of the whole run, like the shipped files, so every stage sees the same years without each
     * being handed them; the command line opens the scope once, before any work starts.
     */
    public static Scope use(FrameworkCatalog catalog) {
        FrameworkCatalog before = inUse.getAndSet(catalog);
        return () -> inUse.set(before);
    }

    /** What {@link #forYear} found: the definition to use and, when it is not the year's own, why. */
    public record Resolution(YearFramework framework, Optional<String> note) {
    }

    public Resolution forYear(int fiscalYear) {
        YearFramework own = years.get(fiscalYear);
        if (own != null) {
            return new Resolution(own, Optional.empty());
        }
        if (fiscalYear < years.firstKey()) {
            return new Resolution(totalOnly.withFiscalYear(fiscalYear), Optional.of("fiscal year " + fiscalYear
                    + " used the old ITA: only its total is comparable with later years"));
        }
        Map.Entry<Integer, YearFramework> newest = years.lastEntry();
        if (fiscalYear > newest.getKey()) {
            return new Resolution(newest.getValue(), Optional.of("fiscal year " + fiscalYear
                    + " has no definition yet; using the rules of " + newest.getKey()
                    + " (add " + fiscalYear + ".json with --framework-dir)"));
        }
        // a gap inside the known range cannot happen with the shipped files, but an analyst's folder may have one
        return new Resolution(years.floorEntry(fiscalYear).getValue(), Optional.of("fiscal year " + fiscalYear
                + " has no definition; using the rules of " + years.floorKey(fiscalYear)));
    }

    /** The definition of a year, or of the nearest year as {@link #forYear} decides. */
    public YearFramework framework(int fiscalYear) {
        return forYear(fiscalYear).framework();
    }

    public List<Integer> definedYears() {
        return List.copyOf(years.keySet());
    }

    public int newestYear() {
        return years.lastKey();
    }

    /** Where a year's definition came from: "built in" or the analyst's file. */
    public String source(int fiscalYear) {
        return sources.getOrDefault(fiscalYear, "built in");
    }

    /** Every concept, in the order of the concept files. */
    public List<Concept> concepts() {
        return List.copyOf(concepts.values());
    }

    public Optional<Concept> concept(String key) {
        return Optional.ofNullable(concepts.get(key));
    }

    /**
     * The items of {@code toYear} that stand for the same concept as item {@code code} of {@code fromYear}: o34 of
     * 2567 → O25 of 2569. Empty when the item has no concept or the other year has no item for it.
     */
    public List<OitItemDef> counterparts(String code, int fromYear, int toYear) {
        return framework(fromYear).conceptOf(code).map(c -> framework(toYear).itemsOf(c)).orElse(List.of());
    }

    // ---- loading -------------------------------------------------------------------------------

    private static FrameworkCatalog loadBundled() {
        IndexJson index = FrameworkJson.read(resource("index.json"), "index.json", IndexJson.class);
        List<IndicatorDef> indicators = indicators();
        Map<String, Concept> concepts = new LinkedHashMap<>();
        addConcepts(concepts, resource(CONCEPTS), CONCEPTS);
        TreeMap<Integer, YearFramework> years = new TreeMap<>();
        for (int y : index.years()) {
            String name = y + ".json";
            years.put(y, year(resource(name), name, y, indicators, concepts));
        }
        String name = index.totalOnly() + ".json";
        YearFramework totalOnly = year(resource(name), name, index.totalOnly(), indicators, concepts);
        return new FrameworkCatalog(years, totalOnly, concepts, Map.of());
    }

    /**
     * The shipped definitions with an analyst's folder on top: each {@code NNNN.json} adds or replaces fiscal year
     * NNNN, and {@code concepts.json} adds concepts. Everything is validated now, so a mistake stops the run at
     * start-up with one line naming the file and the field.
     *
     * @throws FrameworkException for the first problem found
     */
    public static FrameworkCatalog withFolder(Path dir) {
        FrameworkCatalog base = bundled();
        if (!Files.isDirectory(dir)) {
            throw new FrameworkException(dir.toString(), null, Files.exists(dir)
                    ? "expected a folder of framework files but found a file. Give the folder that holds 2570.json."
                    : "no such folder. Create it with: ita framework export " + dir);
        }
        List<Path> files;
        try (var list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new FrameworkException(dir.toString(), null, "cannot be read: " + e.getMessage() + ".", e);
        }
        if (files.isEmpty()) {
            throw new FrameworkException(dir.toString(), null, "holds no framework files (2570.json, …). Start from the "
                    + "shipped ones: ita framework export " + dir);
        }
        Map<String, Concept> concepts = new LinkedHashMap<>(base.concepts);
        Path conceptFile = dir.resolve(CONCEPTS);
        if (Files.isRegularFile(conceptFile)) {
            Map<String, Concept> mine = new LinkedHashMap<>();
            addConcepts(mine, bytes(conceptFile), conceptFile.toString());
            concepts.putAll(mine);
        }
        List<IndicatorDef> indicators = indicators();
        TreeMap<Integer, YearFramework> years = new TreeMap<>(base.years);
        Map<Integer, String> sources = new java.util.HashMap<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.equals(CONCEPTS)) {
                continue;
            }
            if (!name.matches("\\d{4}\\.json")) {
                throw new FrameworkException(f.toString(), null, "is not a framework file. Name a fiscal year's file "
                        + "after the year (2570.json); concepts go in concepts.json; move other files elsewhere.");
            }
            int y = Integer.parseInt(name.substring(0, 4));
            years.put(y, year(bytes(f), f.toString(), y, indicators, concepts));
            sources.put(y, f.toString());
        }
        return new FrameworkCatalog(years, base.totalOnly, concepts, sources);
    }

    /**
     * Writes the shipped year files and concepts.json into {@code dir}, the starting point for an analyst's
     * folder. Existing files are not replaced.
     *
     * @return the files written
     * @throws FrameworkException when a file is already there
     * @throws IOException        when the folder cannot be written
     */
    public static List<Path> export(Path dir) throws IOException {
        IndexJson index = FrameworkJson.read(resource("index.json"), "index.json", IndexJson.class);
        List<String> names = new ArrayList<>();
        names.add(CONCEPTS);
        index.years().forEach(y -> names.add(y + ".json"));
        for (String n : names) {
            if (Files.exists(dir.resolve(n))) {
                throw new FrameworkException(dir.resolve(n).toString(), null, "already exists and is not replaced. "
                        + "Export into an empty folder, or move the file away first.");
            }
        }
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        for (String n : names) {
            Path target = dir.resolve(n);
            Files.write(target, resource(n), java.nio.file.StandardOpenOption.CREATE_NEW);
            written.add(target);
        }
        return written;
    }

    private static List<IndicatorDef> indicators() {
        List<IndicatorDef> indicators = new ArrayList<>();
        for (IndicatorJson i : FrameworkJson.read(resource("indicators.json"), "indicators.json", IndicatorJson[].class)) {
            indicators.add(new IndicatorDef(i.number(), i.tool(), i.name(), i.variants()));
        }
        if (indicators.size() != 10) {
            throw new FrameworkException("indicators.json: expected 10 indicators, found " + indicators.size());
        }
        for (int i = 0; i < 10; i++) {
            if (indicators.get(i).number() != i + 1) {
                throw new FrameworkException("indicators.json: indicator " + (i + 1) + " is out of order");
            }
        }
        return List.copyOf(indicators);
    }

    private static void addConcepts(Map<String, Concept> into, byte[] bytes, String file) {
        ConceptJson[] list = FrameworkJson.read(bytes, file, ConceptJson[].class);
        for (int i = 0; i < list.length; i++) {
            ConceptJson c = list[i];
            String key = c.key() == null ? "" : c.key().strip();
            if (!key.matches("[a-z][a-z0-9-]*")) {
                throw new FrameworkException(file, "[" + i + "].key", "expected a key of small letters, digits and "
                        + "hyphens such as \"measures-report\" but found \"" + c.key() + "\".");
            }
            if (into.containsKey(key)) {
                throw new FrameworkException(file, "[" + i + "].key", "concept \"" + key + "\" is defined twice. Keep "
                        + "one of them.");
            }
            into.put(key, new Concept(key, c.name()));
        }
    }

    private static YearFramework year(byte[] bytes, String file, int expected, List<IndicatorDef> indicators,
                                      Map<String, Concept> concepts) {
        YearJson json = FrameworkJson.read(bytes, file, YearJson.class);
        return new YearDefinitions(file, indicators, concepts).build(json, expected);
    }

    private static byte[] resource(String name) {
        try (InputStream in = FrameworkCatalog.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new FrameworkException("framework definition " + BASE + name + " is missing from the program");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new FrameworkException("framework definition " + name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new FrameworkException(file.toString(), null, "cannot be read: " + e.getMessage() + ".", e);
        }
    }
}
