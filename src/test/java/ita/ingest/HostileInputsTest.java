package ita.ingest;

import static ita.ingest.Fixtures.dump;
import static ita.ingest.Fixtures.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.InputFormat;
import ita.model.RawCell;
import ita.model.RawSheet;
import ita.model.RawWorkbook;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile and broken inputs of src/test/resources/hostile (see the README there): each refused
 * file gives its exact line, each readable one gives exactly what the reader saw, and nothing outside
 * the file is ever read into a cell or a message.
 */
class HostileInputsTest {

    private static final String DAMAGED_FIX = "Download or copy the file again, or open it in Excel and save it again"
            + " as .xlsx.";
    private static final String DOCTYPE = " but found a DOCTYPE declaration; it was refused unread, since it can pull"
            + " in outside files or expand without end. Use the original export: Excel never writes a DOCTYPE.";

    static Path hostile(String name) {
        URL url = HostileInputsTest.class.getResource("/hostile/" + name);
        if (url == null) {
            throw new IllegalArgumentException("no hostile fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RawWorkbook read(String name) throws InputException {
        return WorkbookReaders.read(hostile(name), name);
    }

    static Stream<String[]> refusals() {
        return Stream.of(
            new String[] {"xxe-passwd.xlsx", "error: xxe-passwd.xlsx: expected plain workbook XML in entry"
                    + " xl/sharedStrings.xml" + DOCTYPE},
            new String[] {"xxe-external-dtd.xlsx", "error: xxe-external-dtd.xlsx: expected plain workbook XML in entry"
                    + " xl/workbook.xml" + DOCTYPE},
            new String[] {"rels-traversal.xlsx", "error: rels-traversal.xlsx, sheet 'Sheet1': expected the sheet's part"
                    + " etc/passwd but found no such entry in the archive. " + DAMAGED_FIX},
            new String[] {"repeated-part-bomb.xlsx", "error: repeated-part-bomb.xlsx: expected each sheet in a part of"
                    + " its own but found sheets 'S1' and 'S2' both in xl/worksheets/sheet1.xml. " + DAMAGED_FIX},
            new String[] {"zip-password.xlsx", "error: zip-password.xlsx: expected an xlsx workbook but found a zip"
                    + " archive whose entry xl/workbook.xml is encrypted with a password. Unzip it with its password"
                    + " and give the workbook inside, or ask the sender for the file without a password."},
            new String[] {"utf16-no-bom.csv", "error: utf16-no-bom.csv: expected an xlsx, xls, HTML or CSV file but"
                    + " found binary data that is none of these. Check that this is the exported report; open it in"
                    + " Excel and save it as .xlsx."},
            new String[] {"unterminated-quote.csv", "error: unterminated-quote.csv, line 2: expected CSV text but found"
                    + " a quoted value (\"…) that is never closed. Add the closing quote, or open the file in Excel and"
                    + " save it again as CSV UTF-8 or .xlsx."});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesWithOneExactLine(String fixture, String expected) {
        InputException e = assertThrows(InputException.class, () -> read(fixture));
        assertEquals(expected, line(e));
    }

    @Test
    void reportsALibraryThatFailsToLinkAsOneLineForTheFile() {
        // what every reader and WorkbookReaders turn a LinkageError into, e.g. a codec missing from a repackaged jar
        InputException e = ReadFailures.unexpected("a.xlsx", InputFormat.XLSX,
                new NoClassDefFoundError("org/apache/commons/compress/archivers/zip/ZipFile"));
        assertEquals("error: a.xlsx: expected a readable xlsx file but reading it failed: NoClassDefFoundError:"
                + " org/apache/commons/compress/archivers/zip/ZipFile. Open it in Excel and save it again as .xlsx. If"
                + " it still fails, report it together with the file.", line(e));
        assertEquals("unreadable-file", e.kind());
    }

    @Test
    void leavesEveryHostileFileAsItWas(@TempDir Path dir) throws Exception {
        List<Path> files;
        try (Stream<Path> s = Files.walk(hostile("README.md").getParent())) {
            files = s.filter(p -> Files.isRegularFile(p) && !p.toString().endsWith(".md")).sorted().toList();
        }
        assertEquals(35, files.size());
        for (Path fixture : files) {
            Path copy = Files.copy(fixture, dir.resolve(fixture.getFileName()));
            byte[] before = Files.readAllBytes(copy);
            FileTime modified = Files.getLastModifiedTime(copy);
            everythingShown(copy, fixture.getFileName().toString());
            assertTrue(Arrays.equals(before, Files.readAllBytes(copy)), fixture.getFileName().toString());
            assertEquals(modified, Files.getLastModifiedTime(copy), fixture.getFileName().toString());
            try (Stream<Path> beside = Files.list(dir)) {
                assertEquals(1, beside.count(), "no file is written beside the input");
            }
            Files.delete(copy);
        }
    }

    // ---- nothing from outside the file ----------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"xxe-passwd.xlsx", "xxe-external-dtd.xlsx", "xxe-passwd.xls", "rels-traversal.xlsx"})
    void neverShowsTheLocalPasswordFileInACellOrAMessage(String fixture) throws IOException {
        String everything = everythingShown(hostile(fixture), fixture);
        assertFalse(everything.contains("root:"), everything);
        Path passwd = Path.of("/etc/passwd");
        if (Files.isReadable(passwd)) {
            for (String entry : Files.readAllLines(passwd)) {
                assertFalse(!entry.isBlank() && everything.contains(entry), "leaked: " + entry);
            }
        }
    }

    @Test
    void keepsEntitiesInAnHtmlPageAsTheTextTheyAre() throws InputException {
        assertEquals("sheet table 1\nA1 TEXT หน่วยงาน\nB1 TEXT &passwd;\n", dump(read("xxe-passwd.xls")));
        assertEquals("sheet table 1\nA1 TEXT &lol9;\n", dump(read("billion-laughs.xls")), "no entity is expanded");
    }

    /** Every part an xlsx reader parses, each given an entity, a DTD or a reference that names a marked local file. */
    @Test
    void neverReadsAMarkedLocalFileWhicheverPartNamesIt(@TempDir Path dir) throws IOException {
        String marker = "LOCAL-SECRET-5e1d";
        Path secret = Files.writeString(dir.resolve("secret.txt"), marker + "\n", StandardCharsets.UTF_8);
        String uri = secret.toUri().toString();
        String entity = "<!DOCTYPE x [<!ENTITY e SYSTEM \"" + uri + "\">]>";
        String parameterEntity = "<!DOCTYPE x [<!ENTITY % p SYSTEM \"" + uri + "\"> %p;]>";
        String externalDtd = "<!DOCTYPE x SYSTEM \"" + uri + "\">";
        Map<String, byte[]> cases = new LinkedHashMap<>();
        for (String doctype : List.of(entity, parameterEntity, externalDtd)) {
            for (String part : List.of("xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml",
                    "xl/worksheets/sheet1.xml")) {
                Map<String, byte[]> parts = FormatFixtures.xlsxParts(Map.of("Sheet1", FormatFixtures.worksheet(
                        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>&amp;"
                                + "</t></is></c></row></sheetData>")), FormatFixtures.sst("<t>x</t>"));
                String xml = new String(parts.get(part), StandardCharsets.UTF_8);
                int rootStart = xml.indexOf('<', xml.indexOf("?>"));
                String root = xml.substring(rootStart, xml.indexOf('>', rootStart) + 1);
                String withEntityUse = xml.replace("<t>x</t>", "<t>&e;</t>").replace("<t>&amp;</t>", "<t>&e;</t>");
                parts.put(part, FormatFixtures.utf8(withEntityUse.replace(root, doctype + root)));
                cases.put(part + " with " + doctype, FormatFixtures.zipBytes(parts));
            }
        }
        // a relationship pointing at the file, inside and outside the archive
        Map<String, byte[]> external = FormatFixtures.xlsxParts(Map.of("Sheet1", FormatFixtures.worksheet(
                "<sheetData/>")), null);
        String rels = new String(external.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8)
                .replace("Target=\"worksheets/sheet1.xml\"", "Target=\"" + uri + "\" TargetMode=\"External\"");
        external.put("xl/_rels/workbook.xml.rels", FormatFixtures.utf8(rels));
        cases.put("external sheet target", FormatFixtures.zipBytes(external));
        Path html = Files.writeString(dir.resolve("page.xls"), "<html><body><iframe src=\"" + uri + "\"></iframe>"
                + "<table><tr><td><img src=\"" + uri + "\">คะแนน</td></tr></table></body></html>");

        List<String> checked = new ArrayList<>();
        for (Map.Entry<String, byte[]> c : cases.entrySet()) {
            Path file = Files.write(dir.resolve("case.xlsx"), c.getValue());
            assertFalse(everythingShown(file, "case.xlsx").contains(marker), c.getKey());
            checked.add(c.getKey());
        }
        assertFalse(everythingShown(html, "page.xls").contains(marker), "html");
        assertEquals(13, checked.size());
    }

    /** All a user or a later stage could see of a read: cell texts, sheet names, the line, the causes. */
    private static String everythingShown(Path file, String name) {
        StringBuilder all = new StringBuilder();
        try {
            RawWorkbook workbook = WorkbookReaders.read(file, name);
            all.append(dump(workbook));
        } catch (InputException e) {
            all.append(line(e)).append('\n');
            for (Throwable t = e; t != null; t = t.getCause()) {
                all.append(t).append('\n');
                for (Throwable s : t.getSuppressed()) {
                    all.append(s).append('\n');
                }
            }
        }
        return all.toString();
    }

    // ---- files that are read; layout recognition judges them --------------------------------------

    @Test
    void readsProseNamedXlsxAsOneColumnOfText() throws InputException {
        RawWorkbook workbook = read("prose-named.xlsx");
        assertEquals(InputFormat.CSV, workbook.format());
        assertEquals("""
                sheet prose-named
                A1 TEXT เรียน นายอำเภอพิบูลย์รักษ์
                A2 TEXT ขอส่งผลการประเมิน ITA ตามที่ได้รับแจ้ง ไฟล์จริงจะส่งให้ทางไลน์อีกครั้ง
                """, dump(workbook));
    }

    @Test
    void readsAWorkbookWithNoRecognisableSheetAsItIs() throws InputException {
        assertEquals("""
                sheet แผนงาน
                A1 TEXT รายการจัดซื้อวัสดุสำนักงาน
                A3 TEXT ลำดับ
                B3 TEXT รายการ
                C3 TEXT จำนวน
                A4 NUMBER 1
                B4 TEXT กระดาษ A4
                C4 NUMBER 20
                sheet Sheet2
                """, dump(read("no-recognised-sheet.xlsx")));
    }

    @Test
    void keepsDuplicateHeadersAndTheMergedRangesOverThem() throws InputException {
        assertEquals("""
                sheet รายชื่อ
                A1 TEXT หน่วยงาน
                B1 TEXT คะแนน
                E1 TEXT คะแนนรวม
                F1 TEXT คะแนนรวม
                B2 TEXT IIT
                C2 TEXT EIT
                D2 TEXT OIT
                A3 TEXT อบต.นาทราย
                B3 NUMBER 85.1
                C3 NUMBER 80.25
                D3 NUMBER 79.5
                E3 NUMBER 81.52
                F3 NUMBER 81.25
                merged A1:A2
                merged B1:D1
                merged E1:E2
                merged F1:F2
                """, dump(read("duplicate-merged-headers.xlsx")));
    }

    @Test
    void givesFormulaErrorsInScoreCellsAsFormulaErrors() throws InputException {
        RawSheet xlsx = read("formula-errors.xlsx").sheets().get(0);
        assertEquals(new RawCell(1, 4, "#DIV/0!", RawCell.Kind.FORMULA_ERROR), xlsx.cell(1, 4));
        assertEquals(new RawCell(2, 4, "#REF!", RawCell.Kind.FORMULA_ERROR), xlsx.cell(2, 4));
        assertEquals(new RawCell(3, 4, "#N/A", RawCell.Kind.FORMULA_ERROR), xlsx.cell(3, 4));
        RawSheet xls = read("formula-errors.xls").sheets().get(0);
        assertEquals(new RawCell(1, 1, "#DIV/0!", RawCell.Kind.FORMULA_ERROR), xls.cell(1, 1));
        assertEquals(new RawCell(2, 1, "#REF!", RawCell.Kind.FORMULA_ERROR), xls.cell(2, 1));
    }

    @Test
    void passesOutOfRangeScoresAndScoresWithUnitsOnAsWritten() throws InputException {
        RawSheet sheet = read("out-of-range-scores.xlsx").sheets().get(0);
        assertEquals(List.of("NUMBER 105.5", "NUMBER -3", "TEXT 81.67 คะแนน", "TEXT 92%", "TEXT ๘๑,๖๗"),
                Stream.of(1, 2, 3, 4, 5).map(r -> sheet.cell(r, 4).kind() + " " + sheet.cell(r, 4).text()).toList());
    }

    @Test
    void readsTheSameAgencyAndYearFromTwoFilesWithTheirOwnTotals() throws InputException {
        RawSheet csv = read("duplicate-agency-a.csv").sheets().get(0);
        RawSheet xlsx = read("duplicate-agency-b.xlsx").sheets().get(0);
        assertEquals(List.of("อบต.นาทราย", "2567", "81.52"), List.of(csv.text(1, 0), csv.text(1, 3), csv.text(1, 4)));
        assertEquals(List.of("องค์การบริหารส่วนตำบลนาทราย", "2567", "84.1"),
                List.of(xlsx.text(1, 0), xlsx.text(1, 3), xlsx.text(1, 4)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf16-bom-tab.csv", "mixed-encoding.csv"})
    void readsThaiTextWhateverTheEncodingMix(String fixture) throws InputException {
        RawSheet sheet = read(fixture).sheets().get(0);
        assertEquals("หน่วยงาน|คะแนนรวม|อบต.นาทราย|81.52",
                String.join("|", sheet.text(0, 0), sheet.text(0, 1), sheet.text(1, 0), sheet.text(1, 1)));
    }

    @Test
    void keepsControlCharactersInASheetNameAsDataButNotInTheLine() {
        InputException e = assertThrows(InputException.class, () -> WorkbookReaders.read(
                hostile("control-chars-sheet-name.xlsx"), "c.xlsx", ReadLimits.defaults().withMaxRows(1)));
        assertEquals("error: c.xlsx, sheet 'a\\u000Ab\\u001B[31m': expected at most 1 rows with values in a sheet but"
                + " found more. Split the sheet into several sheets or files.", line(e));
        assertTrue(line(e).chars().noneMatch(Character::isISOControl));
    }

    @Test
    void keepsTheSheetNameItselfAsWritten() throws InputException {
        assertEquals("a\nb\u001B[31m", read("control-chars-sheet-name.xlsx").sheets().get(0).name());
    }

    @Test
    void readsAMillionEmptyFormattedRowsWithoutCountingThemAgainstTheLimits(@TempDir Path dir) throws Exception {
        Path file = HostileFixtures.writeMillionEmptyRows(dir.resolve("million-empty-rows.xlsx"));
        ReadLimits tight = ReadLimits.defaults().withMaxRows(2).withMaxCells(4);
        assertEquals("""
                sheet Sheet1
                A1 TEXT หน่วยงาน
                B1 TEXT คะแนนรวม
                A2 TEXT อบต.นาทราย
                B2 NUMBER 81.52
                """, dump(WorkbookReaders.read(file, "million-empty-rows.xlsx", tight)));
    }
}
