package ita;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.ImportScan.Library;
import ita.ImportScan.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: {@code cli → batch → {ingest, analysis, measures, report} → {framework, model,
 * text}}. Of the middle, only report uses others (the results of analysis and measures); of the bottom, framework
 * uses model and text, model uses text, text uses the JDK alone. Inside report, the writers (workbook, summary,
 * annotate) use the shared packages (typography, xlsx, poi and report itself) and never one another. Each package's
 * {@code package-info.java} says the same in words.
 */
class PackageDependenciesTest {

    private static final String[] BOTTOM = {"ita.framework", "ita.model", "ita.text"};
    private static final String[] RESULTS = {"ita.analysis", "ita.measures"};

    static final List<Rule> RULES = List.of(
            new Rule("ita.text"),
            new Rule("ita.model", "ita.text"),
            new Rule("ita.framework", "ita.model", "ita.text"),
            new Rule("ita.analysis", BOTTOM),
            new Rule("ita.measures", BOTTOM),
            new Rule("ita.ingest", BOTTOM),
            new Rule("ita.report.typography"),
            new Rule("ita.report.xlsx", "ita.model"),
            new Rule("ita.report", with(RESULTS, BOTTOM)),
            new Rule("ita.report.poi", with(new String[] {"ita.report.typography"}, BOTTOM)),
            new Rule("ita.report.workbook", with(new String[] {"ita.report", "ita.report.typography",
                "ita.report.xlsx"}, RESULTS, BOTTOM)),
            new Rule("ita.report.summary", with(new String[] {"ita.report", "ita.report.typography", "ita.report.xlsx"},
                    RESULTS, BOTTOM)),
            new Rule("ita.report.annotate", with(new String[] {"ita.report", "ita.report.typography", "ita.report.poi"},
                    RESULTS, BOTTOM)),
            new Rule("ita.report.document", with(new String[] {"ita.report", "ita.report.typography", "ita.report.xlsx"},
                    RESULTS, BOTTOM)),
            // a writer of its own kind (documents, say) may use what every writer shares
            new Rule("ita.report.*", with(new String[] {"ita.report", "ita.report.typography", "ita.report.xlsx",
                "ita.report.poi"}, RESULTS, BOTTOM)),
            new Rule("ita.batch", with(new String[] {"ita.ingest", "ita.report.*"}, RESULTS, BOTTOM)),
            // the sample generator writes its xlsx files with our XML text escaping
            new Rule("ita.sample", with(new String[] {"ita.analysis", "ita.report.xlsx"}, BOTTOM)),
            new Rule("ita.cli", with(new String[] {"ita.batch", "ita.sample", "ita.ingest", "ita.report.*"}, RESULTS,
                    BOTTOM)));

    static final List<Library> LIBRARIES = List.of(
            new Library("org.apache.poi", "ita.ingest", "ita.report.poi", "ita.report.annotate", "ita.sample"),
            // POI's XML beans: for what is written through POI (the annotated copies and filled templates)
            new Library("org.openxmlformats", "ita.report.poi", "ita.report.annotate"),
            new Library("org.apache.xmlbeans", "ita.report.poi", "ita.report.annotate"),
            new Library("org.apache.commons.math3", "ita.analysis"),
            new Library("picocli", "ita.cli"),
            new Library("me.tongfei", "ita.cli"));

    @Test
    void theReadmesPackageMapListsEveryPackageAndNoOther() throws IOException {
        Path readme = mainSources().resolve("../../../README.md").normalize();
        String text = Files.readString(readme);
        String map = text.substring(text.indexOf("## Package map"));
        java.util.Set<String> listed = new java.util.TreeSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^\\| `(ita[\\w.]*)` \\|").matcher(map);
        while (m.find()) {
            listed.add(m.group(1));
        }
        java.util.Set<String> packages = new java.util.TreeSet<>();
        try (Stream<Path> dirs = Files.walk(mainSources().resolve("ita"))) {
            dirs.filter(Files::isDirectory).filter(PackageDependenciesTest::holdsJava)
                    .forEach(d -> packages.add(mainSources().relativize(d).toString().replace('\\', '/')
                            .replace('/', '.')));
        }
        assertEquals(packages, listed, "the package map in README.md against the folders of src/main/java");
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String[] with(String[]... parts) {
        return Stream.of(parts).flatMap(Stream::of).toArray(String[]::new);
    }

    static Path mainSources() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).resolve("src/main/java");
    }

    @Test
    void everyDependencyPointsTheWayTheLayersAllow() {
        assertEquals(List.of(), new ImportScan(RULES, LIBRARIES).violations(mainSources()));
    }

    @Test
    void everyPackageSaysWhatItIsForAndWhatItMayUse() throws IOException {
        try (Stream<Path> dirs = Files.walk(mainSources().resolve("ita"))) {
            for (Path d : dirs.filter(Files::isDirectory).filter(PackageDependenciesTest::holdsJava).toList()) {
                Path info = d.resolve("package-info.java");
                assertTrue(Files.exists(info), "no package-info.java in " + mainSources().relativize(d));
                String text = Files.readString(info);
                assertTrue(text.contains("May use") || text.contains("Uses"), mainSources().relativize(info)
                        + " does not say what the package may use (\"May use …\" or \"Uses …\")");
            }
        }
    }
}
