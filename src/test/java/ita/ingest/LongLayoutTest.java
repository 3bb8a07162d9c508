package ita.ingest;

import static ita.ingest.AgencyListTest.assertScore;
import static ita.ingest.Grids.lines;
import static ita.ingest.Grids.recognize;
import static ita.ingest.Grids.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.AgencyYear;
import ita.model.Tool;
import ita.model.YearSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongLayoutTest {

    private final Recognition r = recognize("long.csv", sheet("long", """
            หน่วยงาน | อำเภอ | จังหวัด | ประเภท | ปีงบประมาณ | รายการ | คะแนน
            นาทราย | พิบูลย์รักษ์ | อุดรธานี | อบต. | 2567 | รวม | 81.52
            นาทราย | พิบูลย์รักษ์ | อุดรธานี | อบต. | 2567 | ระดับ | ต้องปรับปรุง
            นาทราย | พิบูลย์รักษ์ | อุดรธานี | อบต. | 2567 | IIT | 81.59
            นาทราย | พิบูลย์รักษ์ | อุดรธานี | อบต. | 2567 | i7 | 80.00
            นาทราย | พิบูลย์รักษ์ | อุดรธานี | อบต. | 2567 | O15 | 0
            นาทราย | พิบูลย์รักษ์ | อุดรธานี | อบต. | 2566 | total | 79.00"""));

    @Test
    void gathersOneRecordPerAgencyAndYear() {
        assertEquals(List.of("long"), r.layouts());
        assertEquals(List.of(2567, 2566), r.records().stream().map(AgencyYear::fiscalYear).toList());
        assertEquals(YearSource.COLUMN, r.records().get(0).yearSource());
        assertEquals("องค์การบริหารส่วนตำบลนาทราย", r.records().get(0).agency().name());
        assertEquals(List.of(), lines(r));
    }

    @Test
    void readsTotalLevelToolQuestionAndItemRows() {
        AgencyYear y = r.records().get(0);
        assertScore("81.52", y.total());
        assertEquals("ต้องปรับปรุง", y.level());
        assertScore("81.59", y.tool(Tool.IIT));
        assertEquals("i7", y.questions().get(0).code());
        assertScore("80.00", y.questions().get(0).score());
        assertEquals("o15", y.oitItems().get(0).code());
        assertEquals("long!G5", y.cells().get("q:i7"));
        assertScore("79.00", r.records().get(1).total());
    }

    @Test
    void readsIndicatorRowsByNumberOrName() {
        StringBuilder rows = new StringBuilder("หน่วยงาน | รายการ | คะแนน\n");
        rows.append("อบต.นาทราย | ตัวชี้วัดที่ 1 | 81.67\n");
        rows.append("อบต.นาทราย | 2 | 83.13\n");
        rows.append("อบต.นาทราย | การใช้อำนาจ | 89.17\n");
        for (int n = 4; n <= 10; n++) {
            rows.append("อบต.นาทราย | ตัวชี้วัดที่ ").append(n).append(" | 70\n");
        }
        Recognition rr = recognize("2567.csv", sheet("S", rows.toString().strip()));
        AgencyYear y = rr.records().get(0);
        assertScore("81.67", y.indicator(1));
        assertScore("83.13", y.indicator(2));
        assertScore("89.17", y.indicator(3));
        assertTrue(y.hasAllIndicators());
        assertEquals(List.of(), lines(rr));
    }

    @Test
    void warnsOfAnItemItCannotName() {
        Recognition rr = recognize("2567.csv", sheet("S", """
                หน่วยงาน | รายการ | คะแนน
                อบต.นาทราย | รวม | 81.52
                อบต.นาทราย | คะแนนพิเศษ | 5"""));
        assertScore("81.52", rr.records().get(0).total());
        assertEquals(List.of("warning: 2567.csv, sheet 'S', cell B3: expected an item such as ตัวชี้วัดที่ 3, i7, o15,"
                + " IIT, รวม or ระดับ but found \"คะแนนพิเศษ\". Name what the score in this row is."), lines(rr));
    }
}
