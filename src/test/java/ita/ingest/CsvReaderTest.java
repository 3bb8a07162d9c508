package ita.ingest;

import static ita.ingest.Fixtures.dump;
import static ita.ingest.Fixtures.line;
import static ita.ingest.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ita.model.InputFormat;
import ita.model.RawWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvReaderTest {

    private static RawWorkbook read(String fixture) throws InputException {
        return new CsvReader().read(path(fixture), "2567/" + fixture, ReadLimits.defaults());
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf8-bom.csv", "utf8-no-bom.csv", "windows-874.csv"})
    void detectsTheEncodingFromTheBytes(String fixture) throws InputException {
        RawWorkbook workbook = read(fixture);
        assertEquals(InputFormat.CSV, workbook.format());
        String sheet = fixture.substring(0, fixture.length() - 4);
        assertEquals("sheet " + sheet + "\n" + """
                A1 TEXT หน่วยงาน
                B1 TEXT คะแนนรวม
                A2 TEXT อบต.นาทราย
                B2 TEXT 81.52
                """, dump(workbook));
    }

    @Test
    void detectsSemicolonsWhereTheCommaIsTheDecimalMark() throws InputException {
        assertEquals("""
                sheet semicolon
                A1 TEXT หน่วยงาน
                B1 TEXT คะแนนรวม
                C1 TEXT หมายเหตุ
                A2 TEXT อบต.นาทราย
                B2 TEXT 81,52
                C2 TEXT a;b
                """, dump(read("semicolon.csv")));
    }

    @Test
    void detectsTabs() throws InputException {
        assertEquals("""
                sheet tab-separated
                A1 TEXT หน่วยงาน
                B1 TEXT คะแนนรวม
                A2 TEXT อบต.บาตง
                B2 TEXT 91.93
                """, dump(read("tab-separated.csv")));
    }

    @Test
    void keepsQuotedNewlinesInTheirCell() throws InputException {
        assertEquals("""
                sheet quoted-newline
                A1 TEXT หน่วยงาน
                B1 TEXT ความเห็น
                A2 TEXT อบต.นาทราย
                B2 TEXT บรรทัดแรก\\nบรรทัดที่สอง, มีจุลภาค
                A3 TEXT อบต.บาตง
                B3 TEXT ดี
                """, dump(read("quoted-newline.csv")));
    }

    @Test
    void choosesTheDelimiterThatSplitsMostLinesAlikePastATitleLine() {
        assertEquals(',', CsvReader.delimiter("รายงานผล ITA; จังหวัดอุดรธานี\n#,หน่วยงาน,คะแนน\n1,อบต.นาทราย,81.52\n"));
        assertEquals(';', CsvReader.delimiter("a;b;c\n\"x;y\";1,5;2,5\n"));
        assertEquals('\t', CsvReader.delimiter("a\tb, c\n1\t2, 3\n"));
        assertEquals(',', CsvReader.delimiter("only one column\n"));
    }

    @Test
    void namesTheSheetAfterTheFileWithoutFolderOrExtension() {
        assertEquals("nasai", CsvReader.sheetName("2567/nasai.csv"));
        assertEquals("nasai.2567", CsvReader.sheetName("nasai.2567.csv"));
        assertEquals("README", CsvReader.sheetName("README"));
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        InputException e = assertThrows(InputException.class,
                () -> new CsvReader().read(path("quoted-newline.csv"), "q.csv", ReadLimits.defaults().withMaxRows(2)));
        assertEquals("error: q.csv, sheet 'q': expected at most 2 rows with values in a sheet but found more."
                + " Split the sheet into several sheets or files.", line(e));
    }
}
