package ita.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.framework.FrameworkCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ita framework export|check} and {@code --framework-dir}, in-process. */
class FrameworkCommandTest {

    private static final Path YEAR_2569 = Path.of("src/test/resources/year2569");

    @TempDir
    Path tmp;

    private Path exported() {
        Path dir = tmp.resolve("framework");
        CliTest.Run r = CliTest.run("framework", "export", dir.toString());
        assertEquals(0, r.code(), r.err());
        return dir;
    }

    /** 2570.json from the exported 2569.json with one edit. */
    private Path year2570(Path dir, String from, String to) throws IOException {
        String json = Files.readString(dir.resolve("2569.json")).replace("\"fiscalYear\": 2569", "\"fiscalYear\": 2570");
        assertTrue(json.contains(from), from);
        Path f = dir.resolve("2570.json");
        Files.writeString(f, json.replace(from, to), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void exportWritesTheStartingPointAndCheckListsWhatAFolderAdds() throws IOException {
        Path dir = tmp.resolve("framework");
        CliTest.Run r = CliTest.run("framework", "export", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("wrote 9 files to " + dir), r.out());
        assertTrue(r.out().contains("To add fiscal year 2570: copy 2569.json to 2570.json"), r.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(9, files.count());
        }
        year2570(dir, "\"fiscalYear\": 2570", "\"fiscalYear\": 2570");
        CliTest.Run check = CliTest.run("framework", "check", dir.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.out().contains(dir.resolve("2570.json") + ": adds fiscal year 2570: 24 questions, 26 OIT items "
                + "(O1–O26), 8 sub-indicators"), check.out());
        assertTrue(check.out().contains(dir.resolve("2569.json") + ": same as built in"), check.out());
        CliTest.Run again = CliTest.run("framework", "export", dir.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("already exists and is not replaced"), again.err());
    }

    @Test
    void aBrokenFrameworkFileStopsTheRunWithOneLineNamingFileAndFieldAndExit2() throws IOException {
        Path dir = exported();
        Path out = tmp.resolve("out");
        String file = dir.resolve("2570.json").toString();
        List<String[]> cases = List.of(
                new String[] {"\"OIT\": \"0.40\"", "\"OIT\": \"0.30\"", file + ", field toolWeights: the weights must "
                    + "sum to 1 but 0.30 + 0.30 + 0.30 = 0.90."},
                new String[] {"\"O25\",\n    \"O26\"", "\"O24\", \"O25\",\n    \"O26\"", file + ", field "
                    + "subIndicators[10.3].items: item O24 is also in sub-indicator 10.2"},
                new String[] {"\"concept\": \"measures\"", "\"concept\": \"measurez\"", file + ", field "
                    + "oitItems[O25].concept: \"measurez\" is not a known concept."});
        for (String[] c : cases) {
            year2570(dir, c[0], c[1]);
            CliTest.Run r = CliTest.run("analyze", YEAR_2569.toString(), "--out", out.toString(), "--framework-dir",
                    dir.toString());
            assertEquals(2, r.code(), r.err());
            assertEquals(1, r.err().lines().count(), "one line: " + r.err());
            assertTrue(r.err().startsWith("ita: " + c[2]), r.err());
            assertEquals("", r.out());
            assertFalse(Files.exists(out), "nothing is written");
        }
        CliTest.Run validate = CliTest.run("validate", YEAR_2569.toString(), "--framework-dir", dir.toString());
        assertEquals(2, validate.code(), "validate reads the folder too");
        assertSame(FrameworkCatalog.bundled(), FrameworkCatalog.standard(), "the run's definitions end with the run");
    }

    @Test
    void analyzeUsesTheDefinitionsOfTheFolder() throws IOException {
        Path dir = exported();
        String json = Files.readString(dir.resolve("2569.json"));
        String sub = "\"name\": \"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน\"";
        assertTrue(json.contains(sub));
        Files.writeString(dir.resolve("2569.json"), json.replace(sub, "\"name\": \"มาตรการภายใน (ชื่อของผู้ใช้)\""),
                StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        CliTest.Run r = CliTest.run("analyze", YEAR_2569.toString(), "--out", out.toString(), "--framework-dir",
                dir.toString(), "--quiet");
        assertEquals(0, r.code(), r.out() + r.err());
        Path workbook = out.resolve("อุดรธานี/พิบูลย์รักษ์/องค์การบริหารส่วนตำบลนาทราย-2569.xlsx");
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("รายข้อ");
            DataFormatter f = new DataFormatter();
            List<String> heads = new java.util.ArrayList<>();
            s.forEach(row -> heads.add(f.formatCellValue(row.getCell(0))));
            assertTrue(heads.stream().anyMatch(t -> t.startsWith("10.3 มาตรการภายใน (ชื่อของผู้ใช้): ")), heads.toString());
        }
        assertSame(FrameworkCatalog.bundled(), FrameworkCatalog.standard());
    }
}
