package ita.ingest;

import static ita.ingest.Grids.recognize;
import static ita.ingest.Grids.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ita.model.AgencyYear;
import ita.model.YearSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fiscal year comes from a column, a title, the sheet name, the file name, the folders, then --assume-year. */
class FiscalYearTest {

    private static AgencyYear first(ReadContext ctx, String sheetName, String rows) {
        return recognize(ctx, sheet(sheetName, rows)).records().get(0);
    }

    private static AgencyYear first(String file, String sheetName, String rows) {
        return first(ReadContext.of(file), sheetName, rows);
    }

    private static void assertYear(int year, YearSource source, AgencyYear y) {
        assertEquals(year, y.fiscalYear());
        assertEquals(source, y.yearSource());
    }

    @Test
    void aYearColumnWinsOverTheTitle() {
        assertYear(2566, YearSource.COLUMN, first("2565/x.xlsx", "2564", """
                ผลการประเมิน ประจำปีงบประมาณ พ.ศ. 2567
                หน่วยงาน | ปี | คะแนน
                อบต.นาทราย | 2566 | 80"""));
    }

    @Test
    void aTitleWinsOverTheSheetName() {
        assertYear(2567, YearSource.TITLE, first("2565/x.xlsx", "2564", """
                ผลการประเมิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
                หน่วยงาน | คะแนน
                อบต.นาทราย | 80"""));
    }

    @Test
    void theSheetNameWinsOverTheFileName() {
        assertYear(2564, YearSource.SHEET_NAME, first("2565/ita-2563.xlsx", "ปี 2564", """
                หน่วยงาน | คะแนน
                อบต.นาทราย | 80"""));
    }

    @Test
    void theFileNameWinsOverTheFolder() {
        assertYear(2563, YearSource.FILE_NAME, first("2565/ita2563.xlsx", "S", """
                หน่วยงาน | คะแนน
                อบต.นาทราย | 80"""));
    }

    @Test
    void theNearestFolderWins() {
        assertYear(2566, YearSource.FOLDER_NAME, first("ITA 2565/ส่วนที่ 2566/x.xlsx", "S", """
                หน่วยงาน | คะแนน
                อบต.นาทราย | 80"""));
    }

    @Test
    void theYearGivenByTheUserComesLast() {
        ReadContext ctx = ReadContext.of("x.xlsx").withYear(2567);
        assertYear(2567, YearSource.USER, first(ctx, "S", """
                หน่วยงาน | คะแนน
                อบต.นาทราย | 80"""));
        ReadContext named = ReadContext.of("ita-2566.xlsx").withYear(2567);
        assertYear(2566, YearSource.FILE_NAME, first(named, "S", """
                หน่วยงาน | คะแนน
                อบต.นาทราย | 80"""));
    }

    @Test
    void aGregorianYearCountsOnlyWhenItIsClearlyAYear() {
        assertYear(2567, YearSource.TITLE, first("x.xlsx", "S", """
                ITA results, fiscal year 2024
                หน่วยงาน | คะแนน
                อบต.นาทราย | 80"""));
        assertYear(2567, YearSource.TITLE, first("x.xlsx", "S", """
                ผลการประเมิน ปีงบประมาณ 2024
                หน่วยงาน | คะแนน
                อบต.นาทราย | 80"""));
        assertYear(2566, YearSource.FILE_NAME, first("fy2023.xlsx", "S", """
                รายการที่ 2024
                หน่วยงาน | คะแนน
                อบต.นาทราย | 80"""));
    }

    @Test
    void aTitleNamingTheFiscalYearWinsOverAnEarlierMeasuresTitle() {
        assertYear(2567, YearSource.TITLE, first("x.xlsx", "S", """
                มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ๒๕๖๘
                การวิเคราะห์ผลการประเมิน ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
                หน่วยงาน | คะแนน
                อบต.นาทราย | 80"""));
    }

    @Test
    void aPrintingDateIsNotAFiscalYear() {
        Recognition r = Grids.recognize(ReadContext.of("ita-2567.csv"), sheet("S", """
                พิมพ์เมื่อ 15 มกราคม 2568
                หน่วยงาน | คะแนน
                อบต.นาทราย | 80"""));
        assertYear(2567, YearSource.FILE_NAME, r.records().get(0));
        assertEquals(List.of(), Grids.lines(r));
        for (String date : List.of("ข้อมูล ณ วันที่ 1 ต.ค. 2567", "พิมพ์ 15/01/2568", "ออกรายงาน ธันวาคม 2567",
                "printed 15 January 2025")) {
            assertEquals(2566, first("x-2566.xlsx", "S", date + """

                    หน่วยงาน | คะแนน
                    อบต.นาทราย | 80""").fiscalYear(), date);
        }
    }

    @Test
    void theStrongestSourceWinsAndADisagreementIsReported() {
        Recognition r = Grids.recognize(ReadContext.of("2567/ita-2567.xlsx"), sheet("S", """
                ผลการประเมิน ประจำปีงบประมาณ พ.ศ. 2566
                หน่วยงาน | คะแนน
                อบต.นาทราย | 80"""));
        assertYear(2566, YearSource.TITLE, r.records().get(0));
        assertEquals(List.of("warning: 2567/ita-2567.xlsx, sheet 'S': expected one fiscal year but found 2566 in the"
                + " title \"ผลการประเมิน ประจำปีงบประมาณ พ.ศ. 2566\" and 2567 in the file name; 2566 is used. Correct"
                + " the one that is wrong. A year column is trusted first, then a title naming the fiscal year, any"
                + " other title, the sheet name, the file name and the folders."), Grids.lines(r));
    }

    @Test
    void aLabelledYearThatTheFileNameContradictsIsReported() {
        Recognition r = Grids.recognize(ReadContext.of("นาทราย-2566.xlsx"), sheet("S", """
                หน่วยงาน | อบต.นาทราย
                ปีงบประมาณ | 2567
                คะแนนรวม | 81.52"""));
        assertYear(2567, YearSource.COLUMN, r.records().get(0));
        assertEquals(List.of("warning: นาทราย-2566.xlsx, sheet 'S': expected one fiscal year but found 2567 in cell"
                + " B2 and 2566 in the file name; 2567 is used. Correct the one that is wrong. A year column is"
                + " trusted first, then a title naming the fiscal year, any other title, the sheet name, the file"
                + " name and the folders."), Grids.lines(r));
    }

    @Test
    void aMeasuresTitleForTheNextYearIsNoDisagreement() {
        Recognition r = Grids.recognize(ReadContext.of("นาทราย-2567.xlsx"), sheet("S", """
                มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2568
                หน่วยงาน | คะแนน
                อบต.นาทราย | 80"""));
        assertYear(2567, YearSource.FILE_NAME, r.records().get(0));
        assertEquals(List.of(), Grids.lines(r));
    }

    @Test
    void aGregorianYearColumnIsReadAsBuddhistEra() {
        assertYear(2567, YearSource.COLUMN, first("x.xlsx", "S", """
                หน่วยงาน | fiscal year | score
                อบต.นาทราย | 2024 | 80"""));
    }
}
