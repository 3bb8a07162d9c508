package ita.ingest;

import static ita.ingest.Fixtures.dump;
import static ita.ingest.Fixtures.line;
import static ita.ingest.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ita.model.InputFormat;
import ita.model.RawWorkbook;
import org.junit.jupiter.api.Test;

class XlsReaderTest {

    @Test
    void readsValuesCachedFormulaResultsErrorsAndMergedRegionsOfEverySheet() throws InputException {
        RawWorkbook workbook = new XlsReader().read(path("basic.xls"), "basic.xls", ReadLimits.defaults());
        assertEquals(InputFormat.XLS, workbook.format());
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
                """, dump(workbook));
    }

    @Test
    void refusesSheetWithMoreRowsThanTheLimit() {
        InputException e = assertThrows(InputException.class,
                () -> new XlsReader().read(path("basic.xls"), "basic.xls", ReadLimits.defaults().withMaxRows(2)));
        assertEquals("error: basic.xls, sheet 'คะแนน': expected at most 2 rows with values in a sheet but found more."
                + " Split the sheet into several sheets or files.", line(e));
    }

    @Test
    void wrapsPoiFailuresOnceKeepingTheCause() {
        InputException e = assertThrows(InputException.class,
                () -> new XlsReader().read(path("broken-biff.xls"), "broken-biff.xls", ReadLimits.defaults()));
        assertEquals("damaged-file", e.kind());
        assertEquals(IllegalStateException.class, e.getCause().getClass());
    }
}
