package ita.sample;

import ita.framework.FrameworkCatalog;
import ita.model.AgencyYear;
import ita.model.Tool;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Table layouts with one row per agency: the ten-indicator province list and the ITAS province report.
 * Title rows above the header are merged across the table.
 */
final class ListSheet {

    static final String LIST_TITLE = "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) รายตัวชี้วัด";

    private ListSheet() {
    }

    /** The standard ten-indicator list of the generator. */
    static Grid standardList(String province, int year, List<AgencyYear> results) {
        List<ListColumn> cols = new ArrayList<>(List.of(ListColumn.rank("ลำดับ"), ListColumn.fullName("หน่วยงาน"),
                ListColumn.type("ประเภทหน่วยงาน", false), ListColumn.district("อำเภอ"), ListColumn.province("จังหวัด"),
                ListColumn.code("รหัสหน่วยงาน")));
        cols.addAll(indicatorColumns(year, false));
        cols.addAll(toolColumns());
        cols.add(ListColumn.total("คะแนนรวม"));
        cols.add(ListColumn.level("ระดับผลการประเมิน"));
        return table("ตัวชี้วัด " + year, List.of(LIST_TITLE, "จังหวัด" + province + " ประจำปีงบประมาณ พ.ศ. " + year),
                cols, rows(results, false));
    }

    /** The ITAS province report (rpt0505): ranked by total, best first. */
    static Grid report(String province, int year, List<AgencyYear> results) {
        List<ListColumn> cols = List.of(ListColumn.rank("#"), ListColumn.fullName("หน่วยงาน"),
                ListColumn.district("อำเภอ"), ListColumn.province("จังหวัด"), ListColumn.total("คะแนนเฉลี่ย"));
        return table("รายงาน " + year, List.of(reportTitle(province, year)), cols, rows(results, true));
    }

    static String reportTitle(String province, int year) {
        return "รายงานผลคะแนนการประเมิน ITA รายหน่วยงาน จังหวัด" + province + " ประจำปีงบประมาณ พ.ศ. " + year;
    }

    /** "ตัวชี้วัดที่ 1" … or, by name, "การปฏิบัติหน้าที่" …, taken from the year's framework. */
    static List<ListColumn> indicatorColumns(int year, boolean byName) {
        var f = FrameworkCatalog.standard().framework(year);
        List<ListColumn> out = new ArrayList<>();
        for (int n = 1; n <= 10; n++) {
            String header = byName && f.hasIndicators() ? f.indicator(n).name() : "ตัวชี้วัดที่ " + n;
            out.add(ListColumn.indicator(n, header));
        }
        return out;
    }

    static List<ListColumn> toolColumns() {
        return List.of(ListColumn.tool(Tool.IIT, "IIT"), ListColumn.tool(Tool.EIT, "EIT"),
                ListColumn.tool(Tool.OIT, "OIT"));
    }

    /** Rows numbered 1…n, in the given order or ranked by total (then name) when {@code ranked}. */
    static List<ListColumn.Row> rows(List<AgencyYear> results, boolean ranked) {
        List<AgencyYear> sorted = new ArrayList<>(results);
        if (ranked) {
            sorted.sort(Comparator.comparing(AgencyYear::total, Comparator.reverseOrder())
                    .thenComparing(r -> r.agency().name()));
        }
        List<ListColumn.Row> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            rows.add(new ListColumn.Row(i + 1, sorted.get(i)));
        }
        return rows;
    }

    /** Title rows (merged across the table), one blank row when there are titles, the header, the rows. */
    static Grid table(String sheetName, List<String> titles, List<ListColumn> cols, List<ListColumn.Row> rows) {
        Grid g = new Grid(sheetName);
        for (String t : titles) {
            int r = g.nextRow();
            g.row(Grid.title(t));
            if (cols.size() > 1) {
                g.merge(r, 0, r, cols.size() - 1);
            }
        }
        if (!titles.isEmpty()) {
            g.blank();
        }
        header(g, cols);
        body(g, cols, rows);
        widths(g, cols);
        return g;
    }

    static void header(Grid g, List<ListColumn> cols) {
        g.headerRow(cols.stream().map(ListColumn::header).toList());
    }

    static void body(Grid g, List<ListColumn> cols, List<ListColumn.Row> rows) {
        for (ListColumn.Row r : rows) {
            Object[] values = new Object[cols.size()];
            for (int c = 0; c < cols.size(); c++) {
                values[c] = cols.get(c).value().apply(r);
            }
            g.row(values);
        }
    }

    static void widths(Grid g, List<ListColumn> cols) {
        for (int c = 0; c < cols.size(); c++) {
            String h = cols.get(c).header();
            g.width(c, h.equals("หน่วยงาน") || h.equals("ชื่อหน่วยงาน") ? 36 : Math.max(8, Math.min(24, h.length() + 2)));
        }
    }
}
