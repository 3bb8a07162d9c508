package ita;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import scan catches an arrow added the wrong way to a copy of our own sources, and only that. */
class ImportScanTest {

    @TempDir
    Path copy;

    private final ImportScan scan = new ImportScan(PackageDependenciesTest.RULES, PackageDependenciesTest.LIBRARIES);

    private void copySources() throws IOException {
        Path from = PackageDependenciesTest.mainSources();
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path to = copy.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }

    private void edit(String file, String find, String replace) throws IOException {
        Path p = copy.resolve(file);
        String s = Files.readString(p);
        if (!s.contains(find)) {
            throw new AssertionError(file + " no longer holds " + find);
        }
        Files.writeString(p, s.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace)));
    }

    @Test
    void anImportFromModelUpToBatchIsCaught() throws IOException {
        copySources();
        assertEquals(List.of(), scan.violations(copy), "the copy starts clean");
        edit("ita/model/Agency.java", "import java.util.Objects;",
                "import ita.batch.RunResult;\nimport java.util.Objects;");
        assertEquals(List.of("ita/model/Agency.java: ita.model uses ita.batch, but ita.model may use only ita.text"),
                scan.violations(copy));
    }

    @Test
    void aFullyQualifiedNameCountsAndACommentDoesNot() throws IOException {
        copySources();
        edit("ita/text/ThaiText.java", "public final class ThaiText {",
                "/** Not {@link ita.model.Agency}. */\npublic final class ThaiText {\n"
                        + "    static Object agencyClass = ita.model.Agency.class;\n"
                        + "    static String name = \"ita.batch.AnalyzeJob\";");
        assertEquals(List.of("ita/text/ThaiText.java: ita.text uses ita.model, but ita.text may use only the JDK"),
                scan.violations(copy));
    }

    @Test
    void oneWriterUsingAnotherIsCaught() throws IOException {
        copySources();
        edit("ita/report/summary/SheetTable.java", "import java.util.List;",
                "import ita.report.workbook.WorkbookOptions;\nimport java.util.List;");
        List<String> v = scan.violations(copy);
        assertEquals(1, v.size(), v.toString());
        assertEquals(true, v.get(0).startsWith("ita/report/summary/SheetTable.java: ita.report.summary uses "
                + "ita.report.workbook, but"), v.get(0));
    }

    @Test
    void aLibraryOutsideItsPackagesIsCaught() throws IOException {
        copySources();
        edit("ita/analysis/Trend.java", "package ita.analysis;",
                "package ita.analysis;\n\nimport org.apache.poi.ss.usermodel.Cell;");
        assertEquals(List.of("ita/analysis/Trend.java: ita.analysis uses org.apache.poi, which only ita.ingest, "
                + "ita.report.poi, ita.report.annotate, ita.sample may use"),
                scan.violations(copy));
    }

    @Test
    void aNewTopLevelPackageNeedsARule() throws IOException {
        copySources();
        Files.createDirectories(copy.resolve("ita/extra"));
        Files.writeString(copy.resolve("ita/extra/Thing.java"), "package ita.extra;\n\nfinal class Thing {\n}\n");
        assertEquals(List.of("ita/extra/Thing.java: package ita.extra has no rule; say in ImportScan's rules what it"
                + " may use"), scan.violations(copy));
    }
}
