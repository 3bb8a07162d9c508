package ita.sample;

import ita.model.AgencyYear;
import ita.model.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The province lists of the bundled samples, each shaped as a different office would make it, so the
 * readers meet title rows of any length, merged group rows, extra columns and other column orders.
 */
final class BundledLists {

    private BundledLists() {
    }

    /**
     * 2563 as a provincial office's .xls: ten title and note rows, a merged group row, then the header on
     * row 12 (ที่ | ชื่อหน่วยงาน | อำเภอ | ตัวชี้วัดที่ 1–10 | IIT | EIT | OIT | คะแนนรวม | ระดับ).
     */
    static Grid list2563(List<AgencyYear> results) {
        List<ListColumn> cols = new ArrayList<>(List.of(ListColumn.rank("ที่"), ListColumn.fullName("ชื่อหน่วยงาน"),
                ListColumn.district("อำเภอ")));
        cols.addAll(ListSheet.indicatorColumns(2563, false));
        cols.addAll(ListSheet.toolColumns());
        cols.add(ListColumn.total("คะแนนรวม"));
        cols.add(ListColumn.level("ระดับ"));
        int last = cols.size() - 1;
        Grid g = new Grid("สรุปผล ITA 2563");
        String[] titles = {
            "รายงานสรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
            "ประจำปีงบประมาณ พ.ศ. 2563",
            "องค์กรปกครองส่วนท้องถิ่นในพื้นที่จังหวัด" + BundledProvince.PROVINCE,
        };
        for (String t : titles) {
            int r = g.nextRow();
            g.row(Grid.title(t)).merge(r, 0, r, last);
        }
        g.blank();
        g.row("จัดทำโดย สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด" + BundledProvince.PROVINCE);
        g.row("ข้อมูลจากระบบ ITAS ณ วันที่ 30 กันยายน 2563");
        g.row("หมายเหตุ 1: คะแนนรวม = IIT ร้อยละ 30 + EIT ร้อยละ 30 + OIT ร้อยละ 40");
        g.row("หมายเหตุ 2: ระดับ AA 95–100, A 85–94.99, B 75–84.99, C 65–74.99, D 55–64.99, E 50–54.99, F ต่ำกว่า 50");
        g.blank();
        g.blank();
        int group = g.nextRow();
        g.row(Grid.header("ข้อมูลหน่วยงาน"), null, null, Grid.header("IIT"), null, null, null, null,
                Grid.header("EIT"), null, null, Grid.header("OIT"), null, Grid.header("คะแนนรายเครื่องมือ"), null, null,
                Grid.header("ผลการประเมิน"));
        g.merge(group, 0, group, 2).merge(group, 3, group, 7).merge(group, 8, group, 10).merge(group, 11, group, 12)
                .merge(group, 13, group, 15).merge(group, 16, group, 17);
        ListSheet.header(g, cols);
        ListSheet.body(g, cols, ListSheet.rows(results, false));
        ListSheet.widths(g, cols);
        return g;
    }

    /**
     * 2564 as a CSV someone exported: one title row, short names (อบต.X), total and level first, the
     * indicators headed by bare numbers, then tools and a หมายเหตุ column about the change from 2563.
     */
    static Grid list2564(SampleUniverse u, String province) {
        List<ListColumn> cols = new ArrayList<>(List.of(ListColumn.rank("ลำดับ"), ListColumn.shortName("หน่วยงาน"),
                ListColumn.district("อำเภอ"), ListColumn.total("คะแนนรวม"), ListColumn.level("ระดับ")));
        for (int n = 1; n <= 10; n++) {
            cols.add(ListColumn.indicator(n, Integer.toString(n)));
        }
        cols.addAll(ListSheet.toolColumns());
        List<AgencyYear> results = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (SampleAgency a : u.inProvince(province)) {
            Optional<AgencyYear> now = u.result(a, 2564);
            if (now.isPresent()) {
                results.add(now.get());
                notes.add(note(now.get(), u.result(a, 2563)));
            }
        }
        cols.add(ListColumn.note("หมายเหตุ", r -> notes.get(r.rank() - 1)));
        return ListSheet.table("ITA2564", List.of("ผลการประเมิน ITA ปี 2564 จังหวัด" + province), cols,
                ListSheet.rows(results, false));
    }

    private static String note(AgencyYear now, Optional<AgencyYear> before) {
        if (before.isEmpty()) {
            return "";
        }
        BigDecimal change = now.total().subtract(before.get().total());
        if (change.compareTo(BigDecimal.TEN) >= 0) {
            return "คะแนนเพิ่มขึ้น " + change + " คะแนนจากปี 2563";
        }
        if (change.compareTo(BigDecimal.valueOf(-5)) <= 0) {
            return "คะแนนลดลง " + change.negate() + " คะแนน ควรเร่งปรับปรุง";
        }
        return "";
    }

    /**
     * 2565 as a web system's export: title rows, then ที่ | หน่วยงาน | ประเภทหน่วยงาน | อำเภอ | จังหวัด |
     * คะแนนรวม | ระดับผลการประเมิน | the ten indicators by Thai name | IIT | EIT | OIT.
     */
    static Grid list2565(List<AgencyYear> results) {
        List<ListColumn> cols = new ArrayList<>(List.of(ListColumn.rank("ที่"), ListColumn.fullName("หน่วยงาน"),
                ListColumn.type("ประเภทหน่วยงาน", true), ListColumn.district("อำเภอ"), ListColumn.province("จังหวัด"),
                ListColumn.total("คะแนนรวม"), ListColumn.level("ระดับผลการประเมิน")));
        cols.addAll(ListSheet.indicatorColumns(2565, true));
        cols.add(ListColumn.tool(Tool.IIT, "IIT"));
        cols.add(ListColumn.tool(Tool.EIT, "EIT"));
        cols.add(ListColumn.tool(Tool.OIT, "OIT"));
        return ListSheet.table("Sheet1", List.of(ListSheet.LIST_TITLE,
                "จังหวัด" + BundledProvince.PROVINCE + " ประจำปีงบประมาณ พ.ศ. 2565", "ระบบ ITAS"), cols,
                ListSheet.rows(results, false));
    }
}
