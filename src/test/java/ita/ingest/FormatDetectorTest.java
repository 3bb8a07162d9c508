package ita.ingest;

import static ita.ingest.Fixtures.line;
import static ita.ingest.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.InputFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatDetectorTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({
        "mixed-cell-types.xlsx, XLSX",
        "written-by-poi.xlsx, XLSX",
        "basic.xls, XLS",
        "excel-95.xls, XLS",
        "html-table-utf8.xls, HTML",
        "html-table-undeclared-874.xls, HTML",
        "utf8-bom.csv, CSV",
        "windows-874.csv, CSV",
        "text-named.xlsx, CSV"})
    void tellsTheFormatFromTheContentNotTheName(String fixture, InputFormat expected) throws InputException {
        assertEquals(expected, FormatDetector.detect(path(fixture), fixture));
    }

    @Test
    void findsHtmlAfterAByteOrderMarkAndWhitespace() throws Exception {
        Path file = write("report.xls", "\uFEFF\r\n  <TABLE><tr><td>1</td></tr></TABLE>");
        assertEquals(InputFormat.HTML, FormatDetector.detect(file, "report.xls"));
    }

    @Test
    void findsHtmlInUtf16() throws Exception {
        Path file = dir.resolve("report.xls");
        Files.write(file, FormatFixtures.concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "<html><table></table></html>".getBytes(StandardCharsets.UTF_16LE)));
        assertEquals(InputFormat.HTML, FormatDetector.detect(file, "report.xls"));
    }

    @Test
    void readsTextThatStartsWithAnAngleBracketButIsNoPageAsCsv() throws Exception {
        assertEquals(InputFormat.CSV, FormatDetector.detect(write("a.csv", "<5 คะแนน,1\n"), "a.csv"));
    }

    @Test
    void refusesAnExcel2003XmlSpreadsheet() throws Exception {
        Path file = write("old.xls", "<?xml version=\"1.0\"?>\n<Workbook xmlns="
                + "\"urn:schemas-microsoft-com:office:spreadsheet\"><Worksheet/></Workbook>");
        InputException e = assertThrows(InputException.class, () -> FormatDetector.detect(file, "old.xls"));
        assertEquals("error: old.xls: expected an xlsx, xls, HTML or CSV file but found an Excel 2003 XML spreadsheet."
                + " Open it in Excel and save it again as .xlsx.", line(e));
    }

    @Test
    void namesTheOfficeFileInsideAZipThatIsNoWorkbook() throws Exception {
        Path file = dir.resolve("letter.xlsx");
        Files.write(file, FormatFixtures.zipBytes(Map.of("word/document.xml", new byte[] {'<', 'w', '/', '>'})));
        InputException e = assertThrows(InputException.class, () -> FormatDetector.detect(file, "letter.xlsx"));
        assertEquals("error: letter.xlsx: expected an xlsx workbook but found a Word document (.docx). Open it in"
                + " Excel and save it again as .xlsx.", line(e));
    }

    @Test
    void takesThaiTextInEitherEncodingForTextAndRandomBytesForBinary() throws Exception {
        byte[] thai874 = "หน่วยงาน,คะแนน\nอบต.นาทราย,81.52\n".getBytes(TextEncoding.WINDOWS_874);
        assertFalse(FormatDetector.looksBinary(thai874, thai874.length));
        byte[] garbage = Files.readAllBytes(path("binary-garbage.xlsx"));
        assertTrue(FormatDetector.looksBinary(garbage, garbage.length));
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
