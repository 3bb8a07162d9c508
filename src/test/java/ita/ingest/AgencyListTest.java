package ita.ingest;

import static ita.ingest.Grids.lines;
import static ita.ingest.Grids.recognize;
import static ita.ingest.Grids.sheet;
import static ita.ingest.Grids.sheetAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.AgencyType;
import ita.model.AgencyYear;
import ita.model.CellRange;
import ita.model.RawSheet;
import ita.model.Tool;
import ita.model.YearSource;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AgencyListTest {

    static void assertScore(String expected, BigDecimal actual) {
        assertTrue(actual != null && new BigDecimal(expected).compareTo(actual) == 0,
                "expected " + expected + " but was " + actual);
    }

    @Nested
    class ItasProvinceReport {
        private final Recognition r = recognize("rpt0505.xls", sheet("rpt0505", """
                รายงานผลคะแนน ITA ของหน่วยงานในจังหวัดอุดรธานี ประจำปีงบประมาณ พ.ศ. 2567
                # | หน่วยงาน | อำเภอ | จังหวัด | คะแนนเฉลี่ย
                1 | องค์การบริหารส่วนตำบลนาทราย | พิบูลย์รักษ์ | อุดรธานี | 81.52
                2 | เทศบาลตำบลบ้านดุง | บ้านดุง | อุดรธานี | 95.10"""));

        @Test
        void readsEveryAgencyRowWithItsTotal() {
            assertEquals(2, r.records().size());
            AgencyYear first = r.records().get(0);
            assertEquals("องค์การบริหารส่วนตำบลนาทราย", first.agency().name());
            assertEquals(AgencyType.SAO, first.agency().type());
            assertEquals("พิบูลย์รักษ์", first.agency().district());
            assertEquals("อุดรธานี", first.agency().province());
            assertScore("81.52", first.total());
            assertEquals(AgencyType.SUBDISTRICT_MUNICIPALITY, r.records().get(1).agency().type());
        }

        @Test
        void takesTheFiscalYearFromTheTitleRow() {
            assertEquals(2567, r.records().get(0).fiscalYear());
            assertEquals(YearSource.TITLE, r.records().get(0).yearSource());
        }

        @Test
        void namesTheLayoutAndRecordsWhereEachValueCameFrom() {
            assertEquals(List.of("agency list"), r.layouts());
            assertEquals("rpt0505!E3", r.records().get(0).cells().get("total"));
            assertEquals("B3", r.records().get(0).source().cell());
            assertEquals(List.of(), lines(r));
        }
    }

    @Test
    void takesTheProvinceFromTheTitleWhenThereIsNoProvinceColumn() {
        Recognition r = recognize("x.xlsx", sheet("S", """
                คะแนน ITA จังหวัดนราธิวาส ปีงบประมาณ 2565
                ลำดับ | หน่วยงาน | อำเภอ | คะแนน
                1 | อบต.บาตง | รือเสาะ | 91.93"""));
        assertEquals("นราธิวาส", r.records().get(0).agency().province());
        assertEquals("บาตง", r.records().get(0).agency().coreName());
    }

    @Test
    void findsTheHeaderOnRowTwelveBelowTitleRows() {
        Recognition r = recognize("x.xlsx", sheetAt("S", 0, """
                ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)
                ประจำปีงบประมาณ พ.ศ. ๒๕๖๖
                จัดทำโดย สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด






                ข้อมูล ณ วันที่ 30 กันยายน

                หน่วยงาน | คะแนนรวม | ระดับ
                อบต.นาทราย | 88.10 | A"""));
        assertEquals(1, r.records().size());
        assertEquals(2566, r.records().get(0).fiscalYear());
        assertEquals("S!B13", r.records().get(0).cells().get("total"));
        assertEquals("A", r.records().get(0).level());
    }

    @Test
    void doesNotLookForAFirstHeaderBelowRowThirty() {
        RawSheet s = sheetAt("S", 30, """
                หน่วยงาน | คะแนน
                อบต.นาทราย | 88.10""");
        Recognition r = recognize("2567.xlsx", s);
        assertEquals(List.of(), r.records());
        assertEquals("no-layout", r.findings().get(0).kind());
    }

    @Test
    void ignoresExtraColumns() {
        Recognition r = recognize("2567.xlsx", sheet("S", """
                หน่วยงาน | หมายเหตุ | เบอร์โทร | คะแนน | ผู้ประสานงาน
                อบต.นาทราย | ส่งแล้ว | 042-000000 | 81.52 | นายก"""));
        assertScore("81.52", r.records().get(0).total());
        assertEquals(List.of(), lines(r));
    }

    @Test
    void readsColumnsInAnyOrder() {
        Recognition r = recognize("2567.xlsx", sheet("S", """
                ระดับผลการประเมิน | คะแนนรวม | จังหวัด | อำเภอ | ชื่อหน่วยงาน | ประเภท
                ต้องปรับปรุง | 81.52 | อุดรธานี | พิบูลย์รักษ์ | นาทราย | อบต."""));
        AgencyYear y = r.records().get(0);
        assertEquals("องค์การบริหารส่วนตำบลนาทราย", y.agency().name());
        assertEquals(AgencyType.SAO, y.agency().type());
        assertEquals("ต้องปรับปรุง", y.level());
        assertScore("81.52", y.total());
    }

    @Test
    void spreadsAMergedHeaderOverTheColumnsItCovers() {
        RawSheet s = sheet("S", """
                หน่วยงาน |  | คะแนน
                อบต.นาทราย |  | 81.52
                 | เทศบาลตำบลบ้านดุง | 95.10""");
        s.merge(new CellRange(0, 0, 0, 1));
        Recognition r = recognize("2567.xlsx", s);
        assertEquals(2, r.records().size());
        assertEquals("เทศบาลตำบลบ้านดุง", r.records().get(1).agency().name());
        assertEquals(List.of(), lines(r));
    }

    @Test
    void readsSubHeadersUnderAMergedGroupHeader() {
        RawSheet s = sheet("S", """
                หน่วยงาน | คะแนนรายตัวชี้วัด |  |  |  |  |  |  |  |  |  | คะแนน |
                 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | IIT | รวม
                อบต.บาตง | 93.48 | 89.45 | 88.43 | 84.98 | 96.61 | 90.65 | 85.45 | 79.45 | 96.00 | 100.00 | 90.59 | 91.93""");
        s.merge(new CellRange(0, 0, 1, 0));
        s.merge(new CellRange(0, 1, 0, 10));
        s.merge(new CellRange(0, 11, 0, 12));
        Recognition r = recognize("2565.xlsx", s);
        AgencyYear y = r.records().get(0);
        assertScore("93.48", y.indicator(1));
        assertScore("100.00", y.indicator(10));
        assertScore("90.59", y.tool(Tool.IIT));
        assertScore("91.93", y.total());
        assertEquals("S!M3", y.cells().get("total"));
        assertEquals(List.of(), lines(r));
    }

    @Test
    void readsAListOfTenIndicatorsWithToolsTotalLevelAndYearColumn() {
        Recognition r = recognize("all.xlsx", sheet("S", """
                ปีงบประมาณ | รหัสหน่วยงาน | หน่วยงาน | อำเภอ | จังหวัด | ตัวชี้วัดที่ 1 | ตัวชี้วัดที่ 2 | ตัวชี้วัดที่ 3 | ตัวชี้วัดที่ 4 | ตัวชี้วัดที่ 5 | ตัวชี้วัดที่ 6 | ตัวชี้วัดที่ 7 | ตัวชี้วัดที่ 8 | ตัวชี้วัดที่ 9 | ตัวชี้วัดที่ 10 | IIT | EIT | OIT | คะแนนรวม | ระดับ
                2565 | 5960101 | อบต.ทับคล้อ | ทับคล้อ | พิจิตร | 100.00 | 99.50 | 100.00 | 99.45 | 100.00 | 88.21 | 66.15 | 81.35 | 74.21 | 25.00 | 99.80 | 78.57 | 49.60 | 73.35 | c
                2564 | 5960101 | อบต.ทับคล้อ | ทับคล้อ | พิจิตร | 90 | 90 | 90 | 90 | 90 | 90 | 90 | 90 | 90 | 90 | 90 | 90 | 90 | 90.00 | A"""));
        assertEquals(2, r.records().size());
        AgencyYear y = r.records().get(0);
        assertEquals(2565, y.fiscalYear());
        assertEquals(YearSource.COLUMN, y.yearSource());
        assertEquals("code:5960101", y.agency().id());
        assertScore("74.21", y.indicator(9));
        assertScore("25.00", y.indicator(10));
        assertScore("49.60", y.tool(Tool.OIT));
        assertScore("73.35", y.total());
        assertEquals("C", y.level());
        assertEquals("S!I2", y.cells().get("ind4"));
        assertEquals(2564, r.records().get(1).fiscalYear());
        assertEquals(List.of(), lines(r));
    }

    @Test
    void readsIndicatorColumnsNamedByTheirThaiNames() {
        Recognition r = recognize("2567.xlsx", sheet("S", """
                หน่วยงาน | การปฏิบัติหน้าที่ | การใช้งบประมาณ | การใช้อำนาจ | การใช้ทรัพย์สินของทางราชการ | การแก้ไขปัญหาการทุจริต | คุณภาพการดำเนินงาน | ประสิทธิภาพการสื่อสาร | การปรับปรุงการทำงาน | การเปิดเผยข้อมูล | การป้องกันการทุจริต
                อบต.นาทราย | 81.67 | 83.13 | 89.17 | 72.71 | 81.25 | 84.20 | 80.62 | 71.41 | 68.45 | 76.67"""));
        AgencyYear y = r.records().get(0);
        assertScore("72.71", y.indicator(4));
        assertScore("71.41", y.indicator(8));
        assertTrue(y.hasAllIndicators());
    }

    @Test
    void readsThaiDigitsInScoresAndYears() {
        Recognition r = recognize("x.xlsx", sheet("S", """
                หน่วยงาน | ปีงบประมาณ | คะแนนรวม
                อบต.นาทราย | ๒๕๖๗ | ๘๑.๕๒"""));
        AgencyYear y = r.records().get(0);
        assertEquals(2567, y.fiscalYear());
        assertScore("81.52", y.total());
    }

    @Test
    void readsASecondTableFurtherDownTheSheetWithItsOwnYear() {
        Recognition r = recognize("x.xlsx", sheet("S", """
                ผลการประเมิน ปีงบประมาณ 2566
                หน่วยงาน | คะแนน
                อบต.นาทราย | 79.00


                ผลการประเมิน ปีงบประมาณ 2567
                ลำดับ | หน่วยงาน | คะแนนรวม | ระดับ
                1 | อบต.นาทราย | 81.52 | ต้องปรับปรุง"""));
        assertEquals(2, r.records().size());
        assertEquals(2566, r.records().get(0).fiscalYear());
        assertScore("79.00", r.records().get(0).total());
        assertEquals(2567, r.records().get(1).fiscalYear());
        assertEquals("S!C8", r.records().get(1).cells().get("total"));
    }

    @Test
    void skipsBlankSubtotalAndRepeatedHeaderRows() {
        Recognition r = recognize("2567.xlsx", sheet("S", """
                ที่ | หน่วยงาน | คะแนน
                1 | อบต.นาทราย | 81.52

                รวม |  | 163.04
                ที่ | หน่วยงาน | คะแนน
                2 | อบต.บ้านโคก | 81.52
                 | เฉลี่ย | 81.52
                 | ค่าเฉลี่ยจังหวัด | 81.52"""));
        assertEquals(List.of("องค์การบริหารส่วนตำบลนาทราย", "องค์การบริหารส่วนตำบลบ้านโคก"),
                r.records().stream().map(y -> y.agency().name()).toList());
        assertEquals(List.of(), lines(r));
    }

    @Test
    void aListWithoutIndicatorsHasNoIndicatorScores() {
        Recognition r = recognize("2567.xlsx", sheet("S", """
                หน่วยงาน | คะแนน
                อบต.นาทราย | 81.52"""));
        assertNull(r.records().get(0).indicator(1));
        assertEquals(List.of(), r.records().get(0).questions());
    }

    @Test
    void writesTheLevelAsTheYearsSchemeSpellsIt() {
        Recognition r = recognize("2565.xlsx", sheet("S", """
                หน่วยงาน | คะแนน | ระดับ
                อบต.บาตง | 91.93 | a
                อบต.ทับคล้อ | 73.35 | ระดับ C"""));
        assertEquals(List.of("A", "C"), r.records().stream().map(AgencyYear::level).toList());
        assertEquals(List.of(), lines(r));
    }

    @Test
    void takesATitleMergedOverTheTableForATitleNotAGroupHeader() {
        RawSheet s = sheet("S", """
                รายงานผลคะแนน ปีงบประมาณ 2567
                หน่วยงาน | คะแนน
                อบต.นาทราย | 81.52""");
        s.merge(new CellRange(0, 0, 0, 1));
        Recognition r = recognize("x.xlsx", s);
        assertEquals(2567, r.records().get(0).fiscalYear());
        assertEquals(YearSource.TITLE, r.records().get(0).yearSource());
    }
}
