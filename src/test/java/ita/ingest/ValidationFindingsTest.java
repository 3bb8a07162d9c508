package ita.ingest;

import static ita.ingest.AgencyListTest.assertScore;
import static ita.ingest.Grids.lines;
import static ita.ingest.Grids.recognize;
import static ita.ingest.Grids.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.AgencyYear;
import ita.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every finding the recogniser gives, with its exact line. */
class ValidationFindingsTest {

    private static final String FILE = "2567/nasai.xlsx";

    private static Recognition list(String rows) {
        return recognize(FILE, sheet("S", rows));
    }

    @Test
    void dropsAScoreOutsideZeroToHundred() {
        Recognition r = list("""
                หน่วยงาน | คะแนน
                อบต.นาทราย | 123.5""");
        assertNull(r.records().get(0).total());
        assertEquals(List.of("error: 2567/nasai.xlsx, sheet 'S', cell B2: expected a score 0–100 but found \"123.5\"."
                + " Correct the value; scores run from 0 to 100."), lines(r));
    }

    @Test
    void dropsTextWhereAScoreBelongs() {
        Recognition r = list("""
                หน่วยงาน | คะแนน
                อบต.นาทราย | ดีมาก""");
        assertNull(r.records().get(0).total());
        assertEquals(List.of("error: 2567/nasai.xlsx, sheet 'S', cell B2: expected a score 0–100 but found \"ดีมาก\"."
                + " Write the score as a number such as 81.67."), lines(r));
    }

    @Test
    void keepsAScoreWrittenWithUnitsAndSaysHowItWasRead() {
        Recognition r = recognize(FILE, sheet("ตัวชี้วัด", """
                หน่วยงาน | อบต.นาทราย




                ตัวชี้วัดที่ | รายละเอียดตัวชี้วัด | คะแนน
                1 | การปฏิบัติหน้าที่ | ๘๑,๖๗%"""));
        assertScore("81.67", r.records().get(0).indicator(1));
        assertTrue(lines(r).contains("warning: 2567/nasai.xlsx, sheet 'ตัวชี้วัด', cell C7: score \"๘๑,๖๗%\" is"
                + " written with units, Thai digits or a decimal comma; it is read as 81.67. Write it as 81.67."));
    }

    @Test
    void dropsAFormulaErrorInAScoreCell() {
        Recognition r = list("""
                หน่วยงาน | คะแนน | IIT
                อบต.นาทราย | #DIV/0! | #REF!""");
        assertNull(r.records().get(0).total());
        assertEquals(List.of(
                "error: 2567/nasai.xlsx, sheet 'S', cell B2: expected a score 0–100 but found the formula error"
                        + " \"#DIV/0!\". Correct the formula in the workbook or type the score.",
                "error: 2567/nasai.xlsx, sheet 'S', cell C2: expected a score 0–100 but found the formula error"
                        + " \"#REF!\". Correct the formula in the workbook or type the score."), lines(r));
    }

    @Test
    void namesTheIndicatorMissingFromAnIndicatorTable() {
        Recognition r = recognize(FILE, sheet("S", """
                หน่วยงาน | อบต.นาทราย
                ตัวชี้วัดที่ | คะแนน
                1 | 81.67
                2 | 83.13
                3 | 89.17
                5 | 81.25
                6 | 84.20
                7 | 80.62
                8 | 71.41
                9 | 68.45
                10 | 76.67"""));
        assertEquals(List.of("warning: 2567/nasai.xlsx, sheet 'S', cell A2: expected scores for all 10 indicators but"
                + " found none for indicator 4 (การใช้ทรัพย์สินของราชการ). Fill in the missing scores."), lines(r));
    }

    @Test
    void namesTheIndicatorColumnsMissingFromAList() {
        Recognition r = list("""
                หน่วยงาน | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8
                อบต.นาทราย | 81.67 | 83.13 | 89.17 | 72.71 | 81.25 | 84.20 | 80.62 | 71.41""");
        assertEquals(List.of("warning: 2567/nasai.xlsx, sheet 'S', cell B1: expected columns for all 10 indicators but"
                + " found none for indicators 9 (การเปิดเผยข้อมูล) and 10 (การป้องกันการทุจริต). Add the missing"
                + " columns or name them in a column mapping."), lines(r));
    }

    @Test
    void namesTheEmptyIndicatorCellsOfAListRow() {
        Recognition r = list("""
                หน่วยงาน | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10
                อบต.นาทราย | 81.67 | 83.13 | 89.17 | 72.71 | 81.25 | 84.20 |  | 71.41 | 68.45 | """);
        assertEquals(List.of("warning: 2567/nasai.xlsx, sheet 'S', cell A2: expected scores for all 10 indicators but"
                + " found none for indicators 7 (ประสิทธิภาพการสื่อสาร) and 10 (การป้องกันการทุจริต). Fill in the"
                + " missing scores."), lines(r));
    }

    @Test
    void warnsOfAnOitItemNotInTheYearsFramework() {
        Recognition r = recognize(FILE, sheet("S", """
                หน่วยงาน | อบต.นาทราย
                ข้อ | รายการ | คะแนน
                O42 | มาตรการส่งเสริมคุณธรรม | 100"""));
        assertEquals("o42", r.records().get(0).oitItems().get(0).code());
        assertEquals(List.of("warning: 2567/nasai.xlsx, sheet 'S', cell A3: expected an OIT item code of 2567"
                + " (o1–o35) but found \"o42\". Check the code; OIT items differ between years."), lines(r));
    }

    @Test
    void warnsOfAQuestionNotInTheYearsFramework() {
        Recognition r = recognize(FILE, sheet("S", """
                หน่วยงาน | อบต.นาทราย
                เครื่องมือ | ข้อคำถาม | คะแนน
                IIT | I23 หน่วยงานมีการขอยืมทรัพย์สิน | 70"""));
        assertEquals(List.of("warning: 2567/nasai.xlsx, sheet 'S', cell B3: expected a question code of 2567"
                + " (i1–i15, e1–e9) but found \"i23\". Check the code; question numbers differ between years."),
                lines(r));
    }

    @Test
    void warnsOfALevelUnknownToTheYearsScheme() {
        Recognition r = list("""
                หน่วยงาน | คะแนน | ระดับ
                อบต.นาทราย | 81.52 | B""");
        assertEquals("B", r.records().get(0).level());
        assertEquals(List.of("warning: 2567/nasai.xlsx, sheet 'S', cell C2: expected a level of 2567 (ผ่านดีเยี่ยม,"
                + " ผ่านดี, ผ่าน, ต้องปรับปรุง, ต้องปรับปรุงโดยด่วน) but found \"B\". Check the level; it is kept as"
                + " written."), lines(r));
    }

    @Test
    void readsTheFirstOfTwoColumnsWithOneMeaningAndSaysSo() {
        Recognition r = list("""
                หน่วยงาน | คะแนน | คะแนนรวม
                อบต.นาทราย | 81.52 | 99""");
        assertScore("81.52", r.records().get(0).total());
        assertEquals(List.of("warning: 2567/nasai.xlsx, sheet 'S', cell C1: expected one column for total but found"
                + " two: B1 \"คะแนน\" and C1 \"คะแนนรวม\"; the first is read. Rename or remove the second column, or"
                + " name the right one in a column mapping."), lines(r));
    }

    @Test
    void reportsARepeatedHeaderOnce() {
        Recognition r = list("""
                หน่วยงาน | คะแนน | คะแนนรวม
                อบต.นาทราย | 81.52 |
                หน่วยงาน | คะแนน | คะแนนรวม
                อบต.บ้านโคก | 90 |""");
        assertEquals(2, r.records().size());
        assertEquals(List.of("duplicate-column"), r.findings().stream().map(f -> f.kind()).toList());
    }

    @Test
    void skipsARowWithScoresButNoAgencyName() {
        Recognition r = list("""
                ที่ | หน่วยงาน | คะแนน
                1 | อบต.นาทราย | 81.52
                2 |  | 90.00""");
        assertEquals(1, r.records().size());
        assertEquals(List.of("warning: 2567/nasai.xlsx, sheet 'S', cell B3: expected an agency name but found an"
                + " empty cell; the row is skipped. Fill in the agency name."), lines(r));
    }

    @Test
    void warnsOfAHeaderWithNoRowsBelowIt() {
        Recognition r = list("""
                หน่วยงาน | คะแนน
                หมายเหตุ: ยังไม่ประกาศผล""");
        assertEquals(List.of(), r.records());
        assertEquals(List.of("agency list"), r.layouts());
        assertEquals(List.of("warning: 2567/nasai.xlsx, sheet 'S', cell A1: expected agency rows below this header but"
                + " found none. Check that the rows lie below the header and hold an agency name and a score."),
                lines(r));
    }

    @Test
    void notesASheetWithNothingRecognisable() {
        Recognition r = recognize(FILE, sheet("S", """
                หน่วยงาน | คะแนน
                อบต.นาทราย | 81.52"""), sheet("หมายเหตุ", """
                ข้อมูลจากระบบ ITAS"""), new RawSheet("ว่าง"));
        assertEquals(1, r.records().size());
        assertEquals(List.of(
                "info: 2567/nasai.xlsx, sheet 'หมายเหตุ': expected an agency list, an agency's indicator table or a"
                        + " long table but found none; the sheet is skipped",
                "info: 2567/nasai.xlsx, sheet 'ว่าง': the sheet is empty; it is skipped"), lines(r));
    }

    @Test
    void rejectsAWorkbookWithNoRecognisableSheet() {
        Recognition r = recognize(FILE, sheet("A", "สวัสดี"), sheet("B", """
                ชื่อ | ที่อยู่
                นาย ก | อุดรธานี"""));
        assertEquals(List.of(), r.records());
        assertEquals(List.of(), r.layouts());
        assertEquals(List.of("error: 2567/nasai.xlsx: expected a sheet with an agency list, an agency's indicator table"
                + " or a long table (headers such as หน่วยงาน, คะแนน, ตัวชี้วัดที่ 1) but found none in sheets 'A',"
                + " 'B'. Check the header row or give a column mapping with --mapping."), lines(r));
    }

    @Test
    void producesNoRecordsWithoutAFiscalYear() {
        Recognition r = recognize("list.xlsx", sheet("S", """
                หน่วยงาน | คะแนน
                อบต.นาทราย | 81.52"""));
        assertEquals(List.of(), r.records());
        assertEquals(List.of("error: list.xlsx, sheet 'S': expected a fiscal year in a column, a title, the sheet name"
                + " or the file name but found none. Add a column ปีงบประมาณ or put the year in the file name, or"
                + " pass --assume-year."), lines(r));
    }

    @Test
    void skipsARowWhoseYearCellIsNotAYear() {
        Recognition r = list("""
                หน่วยงาน | ปีงบประมาณ | คะแนน
                อบต.นาทราย | ปีที่แล้ว | 81.52""");
        assertEquals(List.of(), r.records());
        assertEquals(List.of("error: 2567/nasai.xlsx, sheet 'S', cell B2: expected a fiscal year such as 2567 but found"
                + " \"ปีที่แล้ว\"; the row is skipped. Write the Buddhist-era year, e.g. 2567."), lines(r));
    }

    @Test
    void notesAYearWithoutItsOwnDefinition() {
        Recognition r = recognize("2569/x.xlsx", sheet("S", """
                หน่วยงาน | คะแนน
                อบต.นาทราย | 81.52"""));
        assertEquals(2569, r.records().get(0).fiscalYear());
        assertEquals(List.of("info: 2569/x.xlsx: fiscal year 2569 has no definition yet; using the rules of 2568"),
                lines(r));
    }

    @Test
    void readsOnlyTheTotalOfAnOldYear() {
        Recognition r = recognize("2560/x.xlsx", sheet("S", """
                หน่วยงาน | คะแนน | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10
                อบต.นาทราย | 81.52 | 80 | 80 | 80 | 80 | 80 | 80 | 80 | 80 | 80 | 80"""));
        AgencyYear y = r.records().get(0);
        assertScore("81.52", y.total());
        assertTrue(!y.hasAnyIndicator());
        assertEquals(List.of(
                "info: 2560/x.xlsx: fiscal year 2560 used the old ITA: only its total is comparable with later years",
                "warning: 2560/x.xlsx, sheet 'S': expected only a total for fiscal year 2560 (old ITA) but found"
                        + " indicator, tool, question or OIT item scores; they are ignored"), lines(r));
    }

    @Test
    void warnsOfAQuestionRowWithoutACode() {
        Recognition r = recognize(FILE, sheet("S", """
                หน่วยงาน | อบต.นาทราย
                เครื่องมือการประเมิน | ข้อคำถาม | คะแนน
                OIT | ข้อ คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่ | 100.00
                 | ข้อ ๐๙ รายงานผลการดำเนินงานประจำปี | 100.00"""));
        assertEquals(List.of("o9"), r.records().get(0).oitItems().stream().map(o -> o.code()).toList());
        assertEquals(List.of("warning: 2567/nasai.xlsx, sheet 'S', cell B3: expected a question or OIT item code such"
                + " as i7 or o15 but found \"ข้อ คู่มือหรือแนวทางการปฏิบัติงานของเจ้าหน้าที่\". Write the code at the"
                + " start of the cell."), lines(r));
    }

    @Test
    void keepsTheFirstOfTwoDifferentTotalsInOneSheet() {
        Recognition r = recognize(FILE, sheet("S", """
                หน่วยงาน | อบต.ทับคล้อ
                คะแนนรวม | 73.35
                ตัวชี้วัด | คะแนน ITA | คะแนนที่ได้ | น้ำหนัก | คะแนนถ่วงน้ำหนัก
                ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ | 100.00 | 99.80 | 30 | 29.94
                รวม |  |  |  | 73.53"""));
        assertScore("73.35", r.records().get(0).total());
        assertEquals(List.of("warning: 2567/nasai.xlsx, sheet 'S', cell E5: expected one total but found 73.35 in cell"
                + " B2 and 73.53 here; the first is kept. Remove or correct one of the two.",
                "warning: 2567/nasai.xlsx, sheet 'S', cell A3: expected scores for all 10 indicators but found none"
                        + " for indicators 2 (การใช้งบประมาณ), 3 (การใช้อำนาจ), 4 (การใช้ทรัพย์สินของราชการ),"
                        + " 5 (การแก้ไขปัญหาการทุจริต), 6 (คุณภาพการดำเนินงาน), 7 (ประสิทธิภาพการสื่อสาร),"
                        + " 8 (การปรับปรุงระบบการทำงาน), 9 (การเปิดเผยข้อมูล) and 10 (การป้องกันการทุจริต). Fill in"
                        + " the missing scores."), lines(r));
    }

    @Test
    void everyFindingOfABadFileIsAnErrorOrWarningWithALocation() {
        Recognition r = list("""
                หน่วยงาน | คะแนน
                อบต.นาทราย | 123.5""");
        assertEquals(Severity.ERROR, r.findings().get(0).severity());
        assertEquals("score-out-of-range", r.findings().get(0).kind());
        assertEquals("B2", r.findings().get(0).where().cell());
    }
}
