package ita.ingest;

import static ita.ingest.AgencyListTest.assertScore;
import static ita.ingest.Grids.recognize;
import static ita.ingest.Grids.sheet;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ita.model.AgencyYear;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MappingRecognitionTest {

    @Test
    void readsAListWhoseHeadersOnlyTheMappingNames() {
        ColumnMapping m = new ColumnMapping(Map.of("ชื่อ อปท.", ColumnField.AGENCY_NAME, "ผลรวม ITA", ColumnField.TOTAL,
                "ตัวที่หนึ่ง", ColumnField.IND1));
        Recognition r = recognize(ReadContext.of("2567.xlsx").withMapping(m), sheet("S", """
                ชื่อ อปท. | ผลรวม ITA | ตัวที่หนึ่ง
                อบต.นาทราย | 81.52 | 81.67"""));
        AgencyYear y = r.records().get(0);
        assertScore("81.52", y.total());
        assertScore("81.67", y.indicator(1));
    }

    @Test
    void aMappedHeaderWinsOverTheBuiltInMeaning() {
        ColumnMapping m = new ColumnMapping(Map.of("คะแนน", ColumnField.IIT, "คะแนนสุทธิ", ColumnField.TOTAL));
        Recognition r = recognize(ReadContext.of("2567.xlsx").withMapping(m), sheet("S", """
                หน่วยงาน | คะแนน | คะแนนสุทธิ
                อบต.นาทราย | 90.10 | 81.52"""));
        AgencyYear y = r.records().get(0);
        assertScore("81.52", y.total());
        assertScore("90.10", y.tool(ita.model.Tool.IIT));
        assertEquals(List.of(), Grids.lines(r));
    }

    @Test
    void mapsTheColumnsOfALongTable() {
        ColumnMapping m = new ColumnMapping(Map.of("อปท", ColumnField.AGENCY_NAME, "หัวข้อ", ColumnField.ITEM,
                "ค่าที่ได้", ColumnField.SCORE));
        Recognition r = recognize(ReadContext.of("2567.xlsx").withMapping(m), sheet("S", """
                อปท | หัวข้อ | ค่าที่ได้
                อบต.นาทราย | รวม | 81.52"""));
        assertEquals(List.of("long"), r.layouts());
        assertScore("81.52", r.records().get(0).total());
    }
}
