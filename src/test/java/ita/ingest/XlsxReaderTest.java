package ita.ingest;

import static ita.ingest.Fixtures.dump;
import static ita.ingest.Fixtures.line;
import static ita.ingest.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ita.model.InputFormat;
import ita.model.RawWorkbook;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class XlsxReaderTest {

    private static RawWorkbook read(String fixture) throws InputException {
        return new XlsxReader().read(path(fixture), fixture, ReadLimits.defaults());
    }

    private static final String MIXED = """
            sheet ตัวชี้วัด
            A1 TEXT ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
            A2 TEXT ประจำปี 2567
            B2 TEXT หน่วยงาน
            C2 TEXT คะแนนรวม
            A3 NUMBER 81.67
            B3 NUMBER 100
            C3 NUMBER 181.67
            D3 TEXT ผ่าน
            A4 FORMULA_ERROR #DIV/0!
            B4 BOOLEAN TRUE
            D4 FORMULA_NO_VALUE =NOW()
            A6 NUMBER 1
            B6 NUMBER 2.5
            C6 TEXT a\\rb
            A7 NUMBER 0.07
            B7 NUMBER 0.001
            merged A1:D1
            merged A6:A7
            sheet Sheet2
            B2 TEXT x
            """;

    @Test
    void readsEveryCellTypeWithCachedFormulaValuesAndMergedRanges() throws InputException {
        RawWorkbook workbook = read("mixed-cell-types.xlsx");
        assertEquals(InputFormat.XLSX, workbook.format());
        assertEquals("mixed-cell-types.xlsx", workbook.file());
        assertEquals(MIXED, dump(workbook));
    }

    @Test
    void keepsThaiDigitsAsText() throws InputException {
        assertEquals("""
                sheet ผลคะแนน
                A1 TEXT ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
                A3 TEXT คะแนนรวม
                B3 TEXT ๘๑.๖๗
                """, dump(read("thai-digits.xlsx")));
    }

    @Test
    void readsPrefixedElementsAndCellsWithoutReferences() throws InputException {
        assertEquals("""
                sheet Data
                A1 TEXT หน่วยงาน
                B1 TEXT คะแนน
                A2 TEXT อบต.บาตง
                B2 NUMBER 91.93
                """, dump(read("prefixed-namespace.xlsx")));
    }

    @Test
    void readsWorkbookWrittenByPoiWithNumbersAsExcelShowsThem() throws InputException {
        assertEquals("""
                sheet คะแนน
                A1 TEXT ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
                A2 NUMBER 81.67
                B2 NUMBER 100
                C2 NUMBER 181.67
                A3 BOOLEAN TRUE
                B3 FORMULA_ERROR #DIV/0!
                C3 TEXT ผ่าน
                D3 NUMBER 0.3
                merged A1:C1
                sheet Sheet2
                B2 TEXT x
                """, dump(read("written-by-poi.xlsx")));
    }

    @Test
    void refusesSheetWithMoreRowsThanTheLimitNamingTheSheet() {
        InputException e = assertThrows(InputException.class, () -> new XlsxReader().read(path("mixed-cell-types.xlsx"),
                "2567/nasai.xlsx", ReadLimits.defaults().withMaxRows(5)));
        assertEquals("error: 2567/nasai.xlsx, sheet 'ตัวชี้วัด': expected at most 5 rows with values in a sheet but"
                + " found more. Split the sheet into several sheets or files.", line(e));
        assertEquals("too-many-rows", e.kind());
    }

    @Test
    void refusesFileWithMoreCellsThanTheLimit() {
        InputException e = assertThrows(InputException.class, () -> new XlsxReader().read(path("mixed-cell-types.xlsx"),
                "a.xlsx", ReadLimits.defaults().withMaxCells(15)));
        assertEquals("error: a.xlsx: expected at most 15 non-empty cells in a file but found more. Split the workbook"
                + " into smaller files.", line(e));
    }

    @Test
    void refusesArchiveWithMoreEntriesThanTheLimit() {
        InputException e = assertThrows(InputException.class, () -> new XlsxReader().read(path("mixed-cell-types.xlsx"),
                "a.xlsx", ReadLimits.defaults().withMaxEntries(3)));
        assertEquals("error: a.xlsx: expected at most 3 entries in the xlsx archive but found 7. Check where the file"
                + " came from; a genuine ITAS export is far smaller once unzipped.", line(e));
    }

    @Test
    void countsInflatedBytesAgainstTheTotalLimit() {
        InputException e = assertThrows(InputException.class, () -> new XlsxReader().read(path("mixed-cell-types.xlsx"),
                "a.xlsx", ReadLimits.defaults().withMaxUncompressedBytes(2000)));
        assertEquals("error: a.xlsx: expected at most 2000 bytes of content once unzipped but found more; it was"
                + " refused as a possible zip bomb. Check where the file came from; a genuine ITAS export is far"
                + " smaller once unzipped.", line(e));
        assertEquals("zip-bomb", e.kind());
    }

    @Test
    void readsInParallelWithTheSameResult() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> dump(read("mixed-cell-types.xlsx"))));
                results.add(pool.submit(() -> dump(read("prefixed-namespace.xlsx"))));
            }
            for (int i = 0; i < results.size(); i += 2) {
                assertEquals(MIXED, results.get(i).get());
                assertEquals(dump(read("prefixed-namespace.xlsx")), results.get(i + 1).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
