package ita.ingest;

import static ita.ingest.Fixtures.dump;
import static ita.ingest.Fixtures.line;
import static ita.ingest.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ita.model.RawWorkbook;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bound of {@link ReadLimits} in each reader it applies to, beside the ones already in the
 * reader tests (file size; xlsx rows, cells, entries and inflated bytes; xls and CSV rows).
 */
class ReadLimitsTest {

    private static String cells(int limit) {
        return " expected at most " + limit + " non-empty cells in a file but found more. Split the workbook into"
                + " smaller files.";
    }

    @Test
    void refusesNonPositiveLimits() {
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxRows(0));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxCells(-1));
        assertThrows(IllegalArgumentException.class, () -> ReadLimits.defaults().withMaxEntryRatio(0));
    }

    @Test
    void xlsReaderCountsCellsAcrossSheets() {
        InputException e = assertThrows(InputException.class,
                () -> new XlsReader().read(path("basic.xls"), "basic.xls", ReadLimits.defaults().withMaxCells(3)));
        assertEquals("error: basic.xls:" + cells(3), line(e));
        assertEquals("too-many-cells", e.kind());
    }

    @Test
    void csvReaderCountsCells() {
        InputException e = assertThrows(InputException.class,
                () -> new CsvReader().read(path("semicolon.csv"), "s.csv", ReadLimits.defaults().withMaxCells(3)));
        assertEquals("error: s.csv:" + cells(3), line(e));
    }

    @Test
    void htmlReaderCountsCellsAndRowsPerTable() {
        InputException cells = assertThrows(InputException.class, () -> new HtmlTableReader().read(
                path("html-table-utf8.xls"), "h.xls", ReadLimits.defaults().withMaxCells(5)));
        // its merged cells cover 5 cells beyond themselves, within the limit; its 14 values are not
        assertEquals("error: h.xls:" + cells(5), line(cells));
        InputException rows = assertThrows(InputException.class, () -> new HtmlTableReader().read(
                path("html-table-utf8.xls"), "h.xls", ReadLimits.defaults().withMaxRows(4)));
        assertEquals("error: h.xls, sheet 'table 1': expected at most 4 rows with values in a sheet but found more."
                + " Split the sheet into several sheets or files.", line(rows));
    }

    @Test
    void countsSharedStringsAgainstTheCellLimit() {
        // mixed-cell-types.xlsx holds three shared strings
        InputException e = assertThrows(InputException.class, () -> new XlsxReader().read(path("mixed-cell-types.xlsx"),
                "m.xlsx", ReadLimits.defaults().withMaxCells(2)));
        assertEquals("error: m.xlsx: expected at most 2 non-empty cells in a file but found more. Split the workbook"
                + " into smaller files.", line(e));
    }

    @Test
    void appliesTheConfiguredExpansionRatio() throws InputException {
        // zip-bomb.xlsx expands 1015 times: refused at the default 100, read (a sheet of spaces) at 2000
        RawWorkbook workbook = new XlsxReader().read(path("zip-bomb.xlsx"), "z.xlsx",
                ReadLimits.defaults().withMaxEntryRatio(2000));
        assertEquals("sheet Sheet1\n", dump(workbook));
        InputException e = assertThrows(InputException.class, () -> new XlsxReader().read(path("zip-bomb.xlsx"),
                "z.xlsx", ReadLimits.defaults().withMaxEntryRatio(1000)));
        assertEquals("zip-bomb", e.kind());
    }

    @Test
    void refusesAPageWithMoreTagsThanItsCellsCouldNeedBeforeParsingIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("tags.xls"), "<table>" + "<tr><td>1".repeat(10_011) + "</table>");
        InputException e = assertThrows(InputException.class,
                () -> new HtmlTableReader().read(file, "tags.xls", ReadLimits.defaults().withMaxCells(5)));
        assertEquals("error: tags.xls: expected a page of at most 10010 HTML tags (5 cells) but found more. Split the"
                + " report into smaller pages or files.", line(e));
        assertEquals("too-many-cells", e.kind());
    }

    @Test
    void boundsTheCellsThatMergedHtmlCellsCover(@TempDir Path dir) throws Exception {
        // eight bytes of markup would otherwise mark 65,534 rows × 1,000 columns as taken
        StringBuilder page = new StringBuilder("<table>");
        for (int i = 0; i < 3000; i++) {
            page.append("<tr><td rowspan=65534 colspan=1000>x</td></tr>");
        }
        Path file = Files.writeString(dir.resolve("spans.xls"), page.append("</table>"));
        InputException e = assertThrows(InputException.class,
                () -> new HtmlTableReader().read(file, "spans.xls", ReadLimits.defaults()));
        assertEquals("error: spans.xls, sheet 'table 1': expected merged cells (colspan and rowspan) that cover at"
                + " most 2000000 cells in a file but found more. Check where the file came from; a genuine ITAS"
                + " report merges only a few heading cells.", line(e));
        assertEquals("too-many-cells", e.kind());
    }

    @Test
    void clipsARowspanAtTheLastRowOfItsTable(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("t.xls"),
                "<table><tr><td rowspan=65534>ก</td><td>1</td></tr><tr><td>2</td></tr></table>");
        assertEquals("sheet table 1\nA1 TEXT ก\nB1 TEXT 1\nB2 TEXT 2\nmerged A1:A2\n",
                dump(new HtmlTableReader().read(file, "t.xls", ReadLimits.defaults().withMaxCells(10))));
    }

    @Test
    void readsNestedTablesEachAsItsOwnSheetWithoutRepeatingTheirText(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("n.xls"), "<table><tr><td>นอก<table><tr><td>ใน</td></tr></table>"
                + "</td><td>81.52</td></tr></table><table><tr><td>สาม</td></tr></table>");
        assertEquals("""
                sheet table 1
                A1 TEXT นอก
                B1 TEXT 81.52
                sheet table 2
                A1 TEXT ใน
                sheet table 3
                A1 TEXT สาม
                """, dump(new HtmlTableReader().read(file, "n.xls", ReadLimits.defaults())));
    }
}
