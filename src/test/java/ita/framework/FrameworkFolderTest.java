package ita.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An analyst's folder of year files: how a new year is added, and what a broken file says. */
class FrameworkFolderTest {

    @TempDir
    Path dir;

    /** 2570.json made from the shipped 2569.json with one edit. */
    private Path year2570(String from, String to) throws IOException {
        String json = new String(FrameworkCatalogTestSupport.resource("2569.json"), StandardCharsets.UTF_8)
                .replace("\"fiscalYear\": 2569", "\"fiscalYear\": 2570");
        if (from != null) {
            assertTrue(json.contains(from), "the shipped 2569.json should contain " + from);
            json = json.replace(from, to);
        }
        Path f = dir.resolve("2570.json");
        Files.writeString(f, json, StandardCharsets.UTF_8);
        return f;
    }

    private String error(String from, String to) throws IOException {
        Path f = year2570(from, to);
        FrameworkException e = assertThrows(FrameworkException.class, () -> FrameworkCatalog.withFolder(dir));
        assertEquals(f.toString(), e.file());
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void aNewYearFileAddsTheYearWithoutRebuilding() throws IOException {
        year2570("\"title\": \"การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร\"", "\"title\": \"มาตรการ 2570\"");
        FrameworkCatalog c = FrameworkCatalog.withFolder(dir);
        assertEquals(2570, c.newestYear());
        FrameworkCatalog.Resolution r = c.forYear(2570);
        assertTrue(r.note().isEmpty(), "2570 is now a year of its own");
        assertEquals("มาตรการ 2570", r.framework().oitItem("o25").orElseThrow().title());
        assertEquals(List.of("O25"), r.framework().itemsOf("measures").stream().map(OitItemDef::displayCode).toList());
        assertEquals(dir.resolve("2570.json").toString(), c.source(2570));
        assertEquals("built in", c.source(2569));
        // the shipped definitions are left as they were
        assertEquals(2569, FrameworkCatalog.bundled().newestYear());
    }

    @Test
    void exportWritesTheShippedFilesWhichLoadBackAsTheyAre() throws IOException {
        List<Path> files = FrameworkCatalog.export(dir);
        assertEquals(dir.resolve("concepts.json"), files.get(0));
        assertTrue(files.contains(dir.resolve("2569.json")));
        FrameworkCatalog c = FrameworkCatalog.withFolder(dir);
        assertEquals(FrameworkCatalog.bundled().definedYears(), c.definedYears());
        assertEquals(FrameworkCatalog.bundled().framework(2569), c.framework(2569));
        FrameworkException again = assertThrows(FrameworkException.class, () -> FrameworkCatalog.export(dir));
        assertTrue(again.getMessage().endsWith("concepts.json: already exists and is not replaced. Export into an "
                + "empty folder, or move the file away first."), again.getMessage());
    }

    @Test
    void weightsThatDoNotSumToOneAreNamedWithTheirSum() throws IOException {
        assertEquals(dir.resolve("2570.json") + ", field toolWeights: the weights must sum to 1 but 0.30 + 0.30 + 0.30"
                + " = 0.90. Change them so that they add up to 1 (2562–2569: 0.30, 0.30, 0.40).",
                error("\"OIT\": \"0.40\"", "\"OIT\": \"0.30\""));
    }

    @Test
    void anItemInTwoSubIndicatorsIsNamed() throws IOException {
        // O24 added to 10.3 as well as 10.2
        assertEquals(dir.resolve("2570.json") + ", field subIndicators[10.3].items: item O24 is also in sub-indicator "
                + "10.2; an item belongs to one sub-indicator. Remove it from one of them.",
                error("\"O25\",\n    \"O26\"", "\"O24\", \"O25\",\n    \"O26\""));
    }

    @Test
    void anUnknownConceptIsNamedWithTheKnownOnes() throws IOException {
        String m = error("\"concept\": \"measures\"", "\"concept\": \"measurez\"");
        assertTrue(m.startsWith(dir.resolve("2570.json") + ", field oitItems[O25].concept: \"measurez\" is not a known "
                + "concept. Use one of structure, executives, "), m);
        assertTrue(m.endsWith(", measures, measures-report, leave the field out, or add the concept to concepts.json "
                + "in the same folder."), m);
    }

    @Test
    void aConceptOfTheAnalystsOwnIsAddedInConceptsJson() throws IOException {
        year2570("\"concept\": \"measures\"", "\"concept\": \"ita-development\"");
        Files.writeString(dir.resolve("concepts.json"), "[{\"key\": \"ita-development\", \"name\": \"การนำผลไปพัฒนา\"}]");
        FrameworkCatalog c = FrameworkCatalog.withFolder(dir);
        assertEquals("ita-development", c.framework(2570).conceptOf("o25").orElseThrow());
        assertEquals("การนำผลไปพัฒนา", c.concept("ita-development").orElseThrow().name());
    }

    @Test
    void otherMistakesNameTheirFieldToo() throws IOException {
        assertEquals(dir.resolve("2570.json") + ", field fiscalYear: says 2569 but the file is named 2570.json. Name the "
                + "file 2569.json or correct the year.", error("\"fiscalYear\": 2570", "\"fiscalYear\": 2569"));
        assertTrue(error("\"timing\": \"previous-year\"", "\"timing\": \"last-year\"").contains(
                "field oitItems[O7].timing: expected \"current-year\""));
        assertTrue(error("\"passMark\": 85", "\"passMark\": 85, \"passmark\": 80").contains(
                "field passmark: this field is not part of a framework definition. Remove it or correct its spelling"));
        assertTrue(error("\"scale\": 2", "\"scale\": \"two\"").contains("field scale: expected a number but found"));
        assertTrue(error("\"O26\"\n   ]", "\"O27\"\n   ]").contains(
                "field subIndicators[10.3].items: names \"O27\", which is not in oitItems."));
        String malformed = error("\"scale\": 2,", "\"scale\": 2");
        assertTrue(malformed.contains(": the JSON is malformed at line "), malformed);
    }

    @Test
    void aFolderThatIsNotOneOfYearFilesIsRefused() throws IOException {
        FrameworkException none = assertThrows(FrameworkException.class,
                () -> FrameworkCatalog.withFolder(dir.resolve("nowhere")));
        assertEquals(dir.resolve("nowhere") + ": no such folder. Create it with: ita framework export "
                + dir.resolve("nowhere"), none.getMessage());
        FrameworkException empty = assertThrows(FrameworkException.class, () -> FrameworkCatalog.withFolder(dir));
        assertTrue(empty.getMessage().contains("holds no framework files"), empty.getMessage());
        Files.writeString(dir.resolve("next-year.json"), "{}");
        FrameworkException stray = assertThrows(FrameworkException.class, () -> FrameworkCatalog.withFolder(dir));
        assertEquals(dir.resolve("next-year.json") + ": is not a framework file. Name a fiscal year's file after the "
                + "year (2570.json); concepts go in concepts.json; move other files elsewhere.", stray.getMessage());
    }
}
