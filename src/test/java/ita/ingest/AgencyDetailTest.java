package ita.ingest;

import static ita.ingest.AgencyListTest.assertScore;
import static ita.ingest.Grids.lines;
import static ita.ingest.Grids.recognize;
import static ita.ingest.Grids.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.AgencyType;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.model.Tool;
import ita.model.YearSource;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgencyDetailTest {

    /** The result of อบต.นาทราย for 2567 as its own analysis document gives it (seed 000), in Thai digits. */
    static RawSheet seed000() {
        RawSheet s = sheet("ผลการประเมิน", """
                ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)
                ประจำปีงบประมาณ พ.ศ. ๒๕๖๗
                หน่วยงาน | องค์การบริหารส่วนตำบลนาทราย
                อำเภอ | พิบูลย์รักษ์
                จังหวัด | อุดรธานี
                คะแนนรวม | ๘๑.๕๒
                ระดับผลการประเมิน | ต้องปรับปรุง

                แบบ | ลำดับ | รายละเอียดตัวชี้วัด | คะแนน
                IIT | ๑ | การปฏิบัติหน้าที่ | ๘๑.๖๗
                 | ๒ | การใช้งบประมาณ | ๘๓.๑๓
                 | ๓ | การใช้อำนาจ | ๘๙.๑๗
                 | ๔ | การใช้ทรัพย์สินของราชการ | ๗๒.๗๑
                 | ๕ | การแก้ไขปัญหาการทุจริต | ๘๑.๒๕
                EIT | ๖ | คุณภาพการดำเนินงาน | ๘๔.๒๐
                 | ๗ | ประสิทธิภาพการสื่อสาร | ๘๐.๖๒
                 | ๘ | การปรับปรุงการทำงาน | ๗๑.๔๑
                OIT | ๙ | การเปิดเผยข้อมูล | ๖๘.๔๕
                 | ๑๐ | การป้องกันการทุจริต | ๗๖.๖๗

                ประเด็นที่ ๑ กระบวนการปฏิบัติงานที่โปร่งใสและมีประสิทธิภาพ
                เครื่องมือการประเมิน | ข้อคำถาม | คะแนน
                IIT | i๑ การปฏิบัติงานหรือให้บริการของเจ้าหน้าที่ในหน่วยงานของท่านเป็นไป ตามขั้นตอนและระยะเวลา มากน้อยเพียงใด | ๘๖.๘๘
                 | i๒ ในหน่วยงานของท่าน มีเจ้าหน้าที่ ที่ปฏิบัติงานหรือให้บริการแก่ผู้มาติดต่อหรือผู้มารับบริการอย่างเท่าเทียมกัน มากน้อยเพียงใด | ๘๘.๑๓
                OIT | ข้อ ๐๗ แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน | ๑๐๐.๐๐
                 | ข้อ ๐๘ แผนและความก้าวหน้าในการดำเนินงานและการใช้ งบประมาณประจำปี | ๐.๐๐
                วิเคราะห์ข้อบกพร่อง/ข้อปรับปรุง ข้อที่ต้องพัฒนา หรือรักษาระดับ

                ประเด็นที่ ๔ กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ
                เครื่องมือการประเมิน | ข้อคำถาม | คะแนน
                IIT | ข้อ i๑๐ ในหน่วยงานของท่าน มีเจ้าหน้าที่ ที่ขอยืมทรัพย์สินของราชการไปใช้อย่างถูกต้อง มากน้อยเพียงใด | ๔๖.๘๘
                OIT | ข้อ ๐๑๔ รายการการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ | ๕๐.๐๐
                 | ข้อ ๐๑๕ ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้างหรือการจัดหาพัสดุ | ๐.๐๐""");
        s.merge(new CellRange(0, 0, 0, 3));
        s.merge(new CellRange(9, 0, 13, 0));
        return s;
    }

    @Nested
    class LikeSeed000 {
        private final Recognition r = recognize("2567/อบต.นาทราย.xlsx", seed000());
        private final AgencyYear y = r.records().get(0);

        @Test
        void readsTheLabelledCells() {
            assertEquals(1, r.records().size());
            assertEquals(List.of("agency detail"), r.layouts());
            assertEquals("องค์การบริหารส่วนตำบลนาทราย", y.agency().name());
            assertEquals("พิบูลย์รักษ์", y.agency().district());
            assertEquals("อุดรธานี", y.agency().province());
            assertScore("81.52", y.total());
            assertEquals("ต้องปรับปรุง", y.level());
            assertEquals(2567, y.fiscalYear());
            assertEquals(YearSource.TITLE, y.yearSource());
        }

        @Test
        void givesBackTheIndicatorsOfTheDocument() {
            List<String> expected = List.of("81.67", "83.13", "89.17", "72.71", "81.25", "84.20", "80.62", "71.41",
                    "68.45", "76.67");
            for (int n = 1; n <= 10; n++) {
                assertScore(expected.get(n - 1), y.indicator(n));
            }
            assertEquals("ผลการประเมิน!D10", y.cells().get("ind1"));
        }

        @Test
        void readsQuestionCodesWrittenInThaiDigits() {
            Map<String, QuestionScore> q = y.questions().stream()
                    .collect(Collectors.toMap(QuestionScore::code, Function.identity()));
            assertEquals(List.of("i1", "i2", "i10"), y.questions().stream().map(QuestionScore::code).toList());
            assertScore("86.88", q.get("i1").score());
            assertScore("46.88", q.get("i10").score());
            assertTrue(q.get("i10").text().startsWith("ในหน่วยงานของท่าน"));
        }

        @Test
        void readsOitItemsWrittenWithAThaiZeroForTheLetterO() {
            Map<String, BigDecimal> items = y.oitItems().stream()
                    .collect(Collectors.toMap(OitItemScore::code, OitItemScore::score));
            assertEquals(List.of("o7", "o8", "o14", "o15"), y.oitItems().stream().map(OitItemScore::code).toList());
            assertScore("100", items.get("o7"));
            assertScore("0", items.get("o8"));
            assertScore("50", items.get("o14"));
            assertScore("0", items.get("o15"));
            assertEquals("ผลการประเมิน!C33", y.cells().get("o:o15"));
        }

        @Test
        void reportsThaiDigitsOnceForTheSheet() {
            assertEquals(List.of("warning: 2567/อบต.นาทราย.xlsx, sheet 'ผลการประเมิน', cell B6: 18 scores in this sheet"
                    + " are written in Thai digits, such as \"๘๑.๕๒\" read as 81.52. Nothing to do if the readings"
                    + " are right; Arabic digits avoid the question."), lines(r));
        }
    }

    @Nested
    class LikeSeed003Weighted {
        private final Recognition r = recognize("อบต.ทับคล้อ.xlsx", sheet("ITA 2565", """
                ผลการประเมิน ITA ขององค์การบริหารส่วนตำบลทับคล้อ อำเภอทับคล้อ จังหวัดพิจิตร
                ตัวชี้วัด | คะแนน ITA | คะแนนที่ได้ (100 คะแนน) | น้ำหนัก (ร้อยละ) | คะแนนถ่วงน้ำหนัก
                ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ | 100.00 | 99.80 | 30 | 29.94
                ตัวชี้วัดที่ 2 การใช้งบประมาณ | 99.50
                ตัวชี้วัดที่ 3 การใช้อำนาจ | 100.00
                ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ | 99.45
                ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต | 100.00
                ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน | 88.21 | 78.57 | 30 | 23.57
                ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร | 66.15
                ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน | 81.35
                ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล | 74.21 | 49.60 | 40 | 19.84
                ตัวชี้วัดที่ 10 การป้องกันการทุจริต | 25.00
                รวม |  |  |  | 73.35
                ระดับ | C"""));
        private final AgencyYear y = r.records().get(0);

        @Test
        void readsToolScoresAndTheTotalFromTheWeightedTable() {
            assertScore("99.80", y.tool(Tool.IIT));
            assertScore("78.57", y.tool(Tool.EIT));
            assertScore("49.60", y.tool(Tool.OIT));
            assertScore("73.35", y.total());
            assertEquals("ITA 2565!E13", y.cells().get("total"));
            assertEquals("C", y.level());
        }

        @Test
        void readsTheTenIndicators() {
            List<String> expected = List.of("100.00", "99.50", "100.00", "99.45", "100.00", "88.21", "66.15", "81.35",
                    "74.21", "25.00");
            for (int n = 1; n <= 10; n++) {
                assertScore(expected.get(n - 1), y.indicator(n));
            }
        }

        @Test
        void takesNameAndPlaceFromTheTitleAndTheYearFromTheSheetName() {
            assertEquals("องค์การบริหารส่วนตำบลทับคล้อ", y.agency().name());
            assertEquals("ทับคล้อ", y.agency().district());
            assertEquals("พิจิตร", y.agency().province());
            assertEquals(2565, y.fiscalYear());
            assertEquals(YearSource.SHEET_NAME, y.yearSource());
            assertEquals(List.of(), lines(r));
        }
    }

    @Test
    void readsAnOitItemTableWithStatusAndComments() {
        Recognition r = recognize("2567/x.xlsx", sheet("S", """
                หน่วยงาน | อบต.นาทราย
                คะแนนภาพรวม | 81.52
                ตัวชี้วัดย่อย | ข้อ | รายการ | คะแนน | ผลการตรวจ | ความเห็นผู้ตรวจประเมิน
                9.1 ข้อมูลพื้นฐาน | o1 | โครงสร้าง | 100 | ผ่าน
                 | O4 | ข้อมูลการติดต่อ |  | ไม่ผ่าน | ไม่พบหมายเลขโทรสาร
                9.3 การบริหารเงินงบประมาณ | ข้อ ๐๑๕ | ประกาศต่าง ๆ | 0 | ไม่ผ่าน"""));
        AgencyYear y = r.records().get(0);
        assertEquals(List.of("o1", "o4", "o15"), y.oitItems().stream().map(OitItemScore::code).toList());
        OitItemScore o4 = y.oitItems().get(1);
        assertScore("0", o4.score());
        assertFalse(o4.passed());
        assertEquals("ข้อมูลการติดต่อ", o4.title());
        assertEquals("ไม่พบหมายเลขโทรสาร", o4.comment());
        assertTrue(y.oitItems().get(0).passed());
        assertEquals("S!E5", y.cells().get("o:o4"));
        assertEquals(List.of(), lines(r));
    }

    @Test
    void readsAQuestionTableWithACodeColumn() {
        Recognition r = recognize("2565.xlsx", sheet("S", """
                หน่วยงาน | อบต.บาตง
                คะแนนรวม | 91.93
                เครื่องมือ | ข้อ | ข้อคำถาม | คะแนน
                IIT | I23 | ขั้นตอนการขอยืมทรัพย์สิน | 70.00
                EIT | E10 | ช่องทางร้องเรียน | 60.50
                 | ๑๑ | ข้อคำถามที่เขียนเลขไทยในแถวของ EIT | 80"""));
        List<QuestionScore> q = r.records().get(0).questions();
        assertEquals(List.of("i23", "e10", "e11"), q.stream().map(QuestionScore::code).toList());
        assertEquals("ขั้นตอนการขอยืมทรัพย์สิน", q.get(0).text());
    }

    @Test
    void readsOneAgencyPerSheet() {
        Recognition r = recognize("2567/อำเภอพิบูลย์รักษ์.xlsx",
                sheet("นาทราย", """
                        หน่วยงาน | อบต.นาทราย
                        ตัวชี้วัดที่ | คะแนน
                        1 | 81.67"""),
                sheet("บ้านแดง", """
                        หน่วยงาน | อบต.บ้านแดง
                        ตัวชี้วัดที่ | คะแนน
                        1 | 90.00"""));
        assertEquals(List.of("องค์การบริหารส่วนตำบลนาทราย", "องค์การบริหารส่วนตำบลบ้านแดง"),
                r.records().stream().map(y -> y.agency().name()).toList());
        assertScore("90.00", r.records().get(1).indicator(1));
        assertEquals(YearSource.FOLDER_NAME, r.records().get(1).yearSource());
    }

    @Test
    void takesTheAgencyFromTheFileNameWhenNoCellNamesIt() {
        Recognition r = recognize("2567/อบต.นาทราย.xlsx", sheet("S", """
                ตัวชี้วัดที่ | คะแนน
                1 | 81.67"""));
        AgencyYear y = r.records().get(0);
        assertEquals("องค์การบริหารส่วนตำบลนาทราย", y.agency().name());
        assertEquals(AgencyType.SAO, y.agency().type());
    }

    @Test
    void readsLabelledCellsWrittenWithAColon() {
        Recognition r = recognize("2567.xlsx", sheet("S", """
                หน่วยงาน: เทศบาลตำบลบ้านดุง
                คะแนนรวม: 95.10"""));
        assertEquals("เทศบาลตำบลบ้านดุง", r.records().get(0).agency().name());
        assertScore("95.10", r.records().get(0).total());
    }

    @Test
    void readsLabelledCellsThatLookLikeAListHeader() {
        Recognition r = recognize("2567.xlsx", sheet("S", """
                หน่วยงาน | นาทราย | ระดับ | ต้องปรับปรุง
                ประเภท | อบต. | คะแนนรวม | 81.52"""));
        assertEquals(List.of("agency detail"), r.layouts());
        AgencyYear y = r.records().get(0);
        assertEquals("องค์การบริหารส่วนตำบลนาทราย", y.agency().name());
        assertEquals("ต้องปรับปรุง", y.level());
        assertScore("81.52", y.total());
    }

    @Test
    void readsASummaryListAndDetailSheetsOfOneWorkbook() {
        Recognition r = recognize("2567/อำเภอ.xlsx", sheet("สรุป", """
                หน่วยงาน | คะแนน
                อบต.นาทราย | 81.52"""), sheet("นาทราย", """
                หน่วยงาน | อบต.นาทราย
                ตัวชี้วัดที่ | คะแนน
                1 | 81.67"""));
        assertEquals(List.of("agency list", "agency detail"), r.layouts());
        assertEquals(2, r.records().size());
    }

    @Test
    void readsTheLabelledCodeTypeAndYear() {
        Recognition r = recognize("x.xlsx", sheet("S", """
                หน่วยงาน | นาทราย
                ประเภทหน่วยงาน | องค์การบริหารส่วนตำบล
                รหัสหน่วยงาน | 6410101
                ปีงบประมาณ | ๒๕๖๗
                คะแนนรวม | 81.52"""));
        AgencyYear y = r.records().get(0);
        assertEquals("code:6410101", y.agency().id());
        assertEquals(AgencyType.SAO, y.agency().type());
        assertEquals(2567, y.fiscalYear());
        assertEquals(YearSource.COLUMN, y.yearSource());
        assertEquals("S!B5", y.cells().get("total"));
    }

    @Nested
    class ItemsOnASheetOfTheirOwn {

        private RawSheet summary(String name) {
            return sheet("สรุป", """
                    ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2567
                    หน่วยงาน | %s
                    อำเภอ | พิบูลย์รักษ์
                    จังหวัด | อุดรธานี
                    คะแนนรวม | 81.52
                    ระดับผลการประเมิน | ต้องปรับปรุง""".formatted(name));
        }

        private RawSheet items(String sheetName) {
            return sheet(sheetName, """
                    ข้อ | รายการ | คะแนน
                    o1 | โครงสร้าง | 100
                    o2 | ข้อมูลผู้บริหาร | 0""");
        }

        @Test
        void belongToTheAgencyTheFirstSheetNames() {
            Recognition r = recognize("2567/นาทราย.xlsx", summary("องค์การบริหารส่วนตำบลนาทราย"), items("รายข้อ OIT"));
            assertEquals(List.of(), lines(r));
            assertEquals(1, r.records().size(), "one agency's record");
            AgencyYear y = r.records().get(0);
            assertEquals("องค์การบริหารส่วนตำบลนาทราย", y.agency().name());
            assertEquals(2567, y.fiscalYear());
            assertScore("81.52", y.total());
            assertEquals(List.of("o1", "o2"), y.oitItems().stream().map(OitItemScore::code).toList());
            assertEquals("สรุป!B5", y.cells().get("total"));
            assertEquals("รายข้อ OIT!C3", y.cells().get("o:o2"), "the failed item is found on its own sheet");
        }

        @Test
        void withAYearOfTheirOwnMakeThatYearsRecord() {
            Recognition r = recognize("นาทราย.xlsx", summary("องค์การบริหารส่วนตำบลนาทราย"), items("รายข้อ 2566"));
            assertEquals(2, r.records().size(), lines(r).toString());
            AgencyYear y2566 = r.records().get(1);
            assertEquals(2566, y2566.fiscalYear());
            assertEquals(YearSource.SHEET_NAME, y2566.yearSource());
            assertEquals(r.records().get(0).agency().id(), y2566.agency().id());
        }

        @Test
        void areReportedWhenTheWorkbookNamesSeveralAgencies() {
            RawSheet second = summary("องค์การบริหารส่วนตำบลบ้านแดง");
            RawSheet renamed = new RawSheet("สรุป 2");
            for (int row : second.rowIndexes()) {
                second.row(row).forEach(renamed::put);
            }
            Recognition r = recognize("อุดรธานี-2567.xlsx", summary("องค์การบริหารส่วนตำบลนาทราย"), renamed,
                    items("รายข้อ"));
            assertEquals(2, r.records().size());
            assertTrue(r.records().stream().allMatch(y -> y.oitItems().isEmpty()), "the items are given to neither");
            assertEquals(List.of("error: อุดรธานี-2567.xlsx, sheet 'รายข้อ': expected the agency's name for this sheet of"
                    + " items, as the workbook names 2 agencies (องค์การบริหารส่วนตำบลนาทราย, องค์การบริหารส่วนตำบลบ้านแดง)"
                    + " but found none here; it is not read. Add a row หน่วยงาน | <name> above the table, or give each"
                    + " agency a workbook of its own."), lines(r));
        }
    }
}
