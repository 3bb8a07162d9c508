package ita.sample;

import ita.model.AgencyYear;
import ita.model.Tool;
import java.math.BigDecimal;
import java.util.List;

/**
 * The long layout: one row per value. For each agency the ten indicators, the three tools, the total
 * (รวม) and the level (ระดับ, its text in the score column).
 */
final class LongSheet {

    static final List<String> HEADER = List.of("หน่วยงาน", "อำเภอ", "จังหวัด", "ประเภท", "ปีงบประมาณ", "รายการ", "คะแนน");

    private LongSheet() {
    }

    static Grid of(String sheetName, List<AgencyYear> results) {
        Grid g = new Grid(sheetName);
        g.headerRow(HEADER);
        for (AgencyYear r : results) {
            for (int n = 1; n <= 10; n++) {
                value(g, r, "ตัวชี้วัดที่ " + n, r.indicator(n));
            }
            for (Tool t : Tool.values()) {
                value(g, r, t.name(), r.tool(t));
            }
            value(g, r, "รวม", r.total());
            g.row(r.agency().name(), r.agency().district(), r.agency().province(), r.agency().type().abbreviation(),
                    r.fiscalYear(), "ระดับ", r.level());
        }
        g.width(0, 36).width(5, 14);
        return g;
    }

    private static void value(Grid g, AgencyYear r, String item, BigDecimal v) {
        if (v != null) {
            g.row(r.agency().name(), r.agency().district(), r.agency().province(), r.agency().type().abbreviation(),
                    r.fiscalYear(), item, v);
        }
    }
}
