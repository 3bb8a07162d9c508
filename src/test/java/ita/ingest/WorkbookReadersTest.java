package ita.ingest;

import static ita.ingest.Fixtures.line;
import static ita.ingest.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ita.model.InputFormat;
import ita.model.RawWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WorkbookReadersTest {

    private static final String RESAVE = "Open it in Excel and save it again as .xlsx.";
    private static final String BOMB_FIX =
            "Check where the file came from; a genuine ITAS export is far smaller once unzipped.";
    private static final String PASSWORD = "expected a workbook that opens without a password but found a"
            + " password-protected one. Open it in Excel, remove the password (File → Info → Protect Workbook) and"
            + " save it again.";
    private static final String DOCTYPE = " but found a DOCTYPE declaration; it was refused unread, since it can pull"
            + " in outside files or expand without end. Use the original export: Excel never writes a DOCTYPE.";

    /** One line per refused fixture: the exact line the user sees. */
    static Stream<String[]> refusals() {
        return Stream.of(
            new String[] {"empty.xlsx", "error: empty.xlsx: expected an xlsx, xls, HTML or CSV file but found an"
                    + " empty file. Export or download the report again."},
            new String[] {"binary-garbage.xlsx", "error: binary-garbage.xlsx: expected an xlsx, xls, HTML or CSV file"
                    + " but found binary data that is none of these. Check that this is the exported report; open it"
                    + " in Excel and save it as .xlsx."},
            new String[] {"pdf-named.xls", "error: pdf-named.xls: expected an xlsx, xls, HTML or CSV file but found a"
                    + " PDF document. Use the Excel export of the report instead of the PDF."},
            new String[] {"truncated.xlsx", "error: truncated.xlsx: expected an xlsx workbook but found a damaged or"
                    + " truncated zip archive (zip END header not found). Download or copy the file again, or open it"
                    + " in Excel and save it again as .xlsx."},
            new String[] {"zip-without-workbook.xlsx", "error: zip-without-workbook.xlsx: expected an xlsx workbook"
                    + " but found a zip archive with no workbook in it. Unzip it and give the workbook inside, or save"
                    + " the file from Excel as .xlsx."},
            new String[] {"encrypted.xlsx", "error: encrypted.xlsx: " + PASSWORD},
            new String[] {"encrypted.xls", "error: encrypted.xls: " + PASSWORD},
            new String[] {"ole2-without-workbook.xls", "error: ole2-without-workbook.xls: expected an xls workbook but"
                    + " found an Office 97–2003 file with no workbook in it (perhaps a Word or PowerPoint file). Give"
                    + " the Excel export of the report instead."},
            new String[] {"excel-95.xls", "error: excel-95.xls: expected an Excel 97–2003 or newer workbook but found"
                    + " an older Excel format (The supplied spreadsheet seems to be Excel 5.0/7.0 (BIFF5) format. POI"
                    + " only supports BIFF8 format (from Excel versions 97/2000/XP/2003)). " + RESAVE},
            new String[] {"broken-biff.xls", "error: broken-biff.xls: expected an xls workbook but found damaged BIFF"
                    + " records (IllegalStateException: Buffer underrun - requested 2 bytes but 1 was available)."
                    + " Download or copy the file again, or open it in Excel and save it again as .xlsx."},
            new String[] {"zip-bomb.xlsx", "error: zip-bomb.xlsx: expected entries that expand at most 100 times but"
                    + " entry xl/worksheets/sheet1.xml expands 1015 times; it was refused as a possible zip bomb. "
                    + BOMB_FIX},
            new String[] {"zip-bomb-understated-size.xlsx", "error: zip-bomb-understated-size.xlsx: expected entry"
                    + " xl/worksheets/sheet1.xml to expand to its declared 1000 bytes but it expands further; it was"
                    + " refused as a damaged file or zip bomb. " + BOMB_FIX},
            new String[] {"xxe.xlsx", "error: xxe.xlsx, sheet 'Sheet1': expected plain workbook XML in entry"
                    + " xl/worksheets/sheet1.xml" + DOCTYPE},
            new String[] {"billion-laughs.xlsx", "error: billion-laughs.xlsx: expected plain workbook XML in entry"
                    + " xl/sharedStrings.xml" + DOCTYPE},
            new String[] {"bzip2-method.xlsx", "error: bzip2-method.xlsx: expected deflate compression but entry"
                    + " xl/worksheets/sheet1.xml uses a compression method this reader does not support (method 12,"
                    + " bzip2). " + RESAVE},
            new String[] {"html-no-table.xls", "error: html-no-table.xls: expected an HTML table (a web report saved"
                    + " as .xls) but the page has no table. Open it in a browser to check it is the report, then save"
                    + " the report again."});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void refusesABadFileWithOneClearLine(String fixture, String expected) {
        InputException e = assertThrows(InputException.class,
                () -> WorkbookReaders.read(path(fixture), fixture, ReadLimits.defaults()));
        assertEquals(expected, line(e));
    }

    @ParameterizedTest
    @CsvSource({
        "empty.xlsx, empty-file",
        "encrypted.xlsx, password-protected",
        "zip-bomb.xlsx, zip-bomb",
        "xxe.xlsx, xml-doctype",
        "bzip2-method.xlsx, unsupported-compression",
        "html-no-table.xls, html-without-table",
        "binary-garbage.xlsx, not-a-workbook",
        "truncated.xlsx, damaged-file"})
    void givesEachRefusalAStableKind(String fixture, String kind) {
        InputException e = assertThrows(InputException.class,
                () -> WorkbookReaders.read(path(fixture), fixture, ReadLimits.defaults()));
        assertEquals(kind, e.kind());
    }

    @Test
    void readsATextFileNamedXlsxAsCsv() throws InputException {
        RawWorkbook workbook = WorkbookReaders.read(path("text-named.xlsx"), "text-named.xlsx");
        assertEquals(InputFormat.CSV, workbook.format());
        assertEquals("81.52", workbook.sheets().get(0).text(1, 1));
    }

    @Test
    void dispatchesEachFormatToItsReader() throws InputException {
        assertEquals(InputFormat.XLSX, WorkbookReaders.read(path("thai-digits.xlsx"), "t.xlsx").format());
        assertEquals(InputFormat.XLS, WorkbookReaders.read(path("basic.xls"), "b.xls").format());
        assertEquals(InputFormat.HTML, WorkbookReaders.read(path("html-table-utf8.xls"), "h.xls").format());
        assertEquals(InputFormat.CSV, WorkbookReaders.read(path("semicolon.csv"), "s.csv").format());
    }

    @Test
    void everyFormatHasAReaderThatReadsItAndRefusesTheOthers() throws InputException {
        String[] fixtures = {"thai-digits.xlsx", "basic.xls", "html-table-utf8.xls", "semicolon.csv"};
        for (InputFormat f : InputFormat.values()) {
            FormatReader reader = FormatReader.of(f);
            String own = fixtures[f.ordinal()];
            assertEquals(f, reader.read(path(own), own, ReadLimits.defaults()).format(), own);
            if (f != InputFormat.CSV) {
                // any text reads as CSV; every other reader refuses what is not its format
                String other = fixtures[(f.ordinal() + 1) % fixtures.length];
                assertThrows(InputException.class, () -> reader.read(path(other), other, ReadLimits.defaults()),
                        f + " reading " + other);
            }
        }
    }

    @Test
    void refusesAFileLargerThanTheLimitBeforeReadingIt() {
        InputException e = assertThrows(InputException.class, () -> WorkbookReaders.read(path("basic.xls"),
                "basic.xls", ReadLimits.defaults().withMaxFileBytes(1000)));
        assertEquals("error: basic.xls: expected a file of at most 1000 bytes but found 4608 bytes. Split it into"
                + " smaller files.", line(e));
    }

    @Test
    void reportsAMissingFile(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class,
                () -> WorkbookReaders.read(dir.resolve("gone.xlsx"), "gone.xlsx"));
        assertEquals("error: gone.xlsx: cannot be read: IOException: not a regular file. Check that the file exists"
                + " and that you may read it.", line(e));
    }

    @Test
    void leavesEveryInputByteForByteAsItWas(@TempDir Path dir) throws Exception {
        List<Path> fixtures;
        try (Stream<Path> files = Files.list(Fixtures.folder())) {
            fixtures = files.filter(p -> !p.toString().endsWith(".md")).sorted().toList();
        }
        assertEquals(31, fixtures.size());
        for (Path fixture : fixtures) {
            // a private copy, so that the check cannot be fooled by a shared build folder
            Path copy = Files.copy(fixture, dir.resolve(fixture.getFileName()));
            FileTime modified = Files.getLastModifiedTime(copy);
            String before = sha256(copy);
            try {
                WorkbookReaders.read(copy, copy.getFileName().toString());
            } catch (InputException refused) {
                // refused files must be left alone too
            }
            assertEquals(before, sha256(copy), fixture.getFileName().toString());
            assertEquals(modified, Files.getLastModifiedTime(copy), fixture.getFileName().toString());
        }
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
