package ita.report.summary;

import ita.analysis.Distribution;
import ita.analysis.GroupAnalysis;
import ita.analysis.PassCount;
import ita.analysis.YearStatistics;
import ita.framework.NationalFigures;
import ita.framework.YearFramework;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Statistics of the latest year's totals per group (province, district, agency type): count, mean, median,
 * standard deviation, quartiles, minimum and maximum, passing, and the mean of the year before.
 */
final class GroupStatisticsSheet {

    private static final List<String> HEADER = List.of("กลุ่ม", "จำนวนหน่วยงาน", "ค่าเฉลี่ย", "มัธยฐาน",
            "ส่วนเบี่ยงเบนมาตรฐาน", "ควอร์ไทล์ที่ 1", "ควอร์ไทล์ที่ 3", "ต่ำสุด", "สูงสุด", "ผ่านเกณฑ์ (จำนวน)",
            "ผ่านเกณฑ์ (ร้อยละ)", "ค่าเฉลี่ยปีก่อน", "เปลี่ยนแปลง");

    /** A titled block of groups in one sheet. */
    record Block(String heading, List<GroupAnalysis> groups) {
    }

    private GroupStatisticsSheet() {
    }

    static void write(SummaryContext cx, String sheetName, String title, List<Block> blocks) {
        int y = cx.scope.latestYear();
        SheetTable t = new SheetTable(cx.wb, cx.styles, sheetName, 30, 12, 11, 11, 13, 12, 12, 11, 11, 12, 12, 12, 12);
        t.title(title + " " + cx.scope.name() + " " + cx.fiscalYear(y));
        t.note("สถิติของคะแนนรวมที่รายงาน; ควอร์ไทล์และมัธยฐานคำนวณแบบเดียวกับ QUARTILE.INC ของ Excel;"
                + " ส่วนเบี่ยงเบนมาตรฐานแบบตัวอย่าง (STDEV.S)");
        // a group without a result this year (a province read for earlier years only) is named, not a row of zeros
        List<String> without = new ArrayList<>();
        blocks.forEach(b -> b.groups().stream().filter(g -> !assessed(g, y)).forEach(g -> without.add(g.label())));
        if (!without.isEmpty()) {
            t.note(cx.fmt.text("ไม่มีผลการประเมินปี " + y + " จึงไม่แสดงในตาราง: " + String.join(", ", without)));
        }
        t.header(HEADER);
        for (Block b : blocks) {
            List<GroupAnalysis> shown = b.groups().stream().filter(g -> assessed(g, y)).toList();
            if (shown.isEmpty()) {
                continue;
            }
            if (blocks.size() > 1) {
                SheetTable.Line r = t.row();
                r.text(0, b.heading(), cx.styles.boldText());
                for (int c = 1; c < HEADER.size(); c++) {
                    r.text(c, "", cx.styles.text());
                }
            }
            for (GroupAnalysis g : shown) {
                row(cx, t.row(), g.label(), g, y, cx.styles.text());
            }
        }
        row(cx, t.row(), "รวม" + cx.scope.name(), cx.scope.overall(), y, cx.styles.boldText());
        national(cx, y).ifPresent(n -> nationalRow(cx, t.row(), n, national(cx, y - 1).orElse(null)));
        t.finish(true);
    }

    private static boolean assessed(GroupAnalysis g, int y) {
        return g.year(y).map(s -> s.agencies() > 0).orElse(false);
    }

    /** The country's figures of a year as the framework data holds them (a year's own only, never a neighbour's). */
    private static Optional<NationalFigures> national(SummaryContext cx, int y) {
        YearFramework f = cx.framework(y);
        return f.fiscalYear() == y ? f.national() : Optional.empty();
    }

    private static void nationalRow(SummaryContext cx, SheetTable.Line row, NationalFigures n, NationalFigures before) {
        row.text(0, n.derived() ? "ทั้งประเทศ (ประมาณการ)" : "ทั้งประเทศ (ตามที่ ป.ป.ช. เผยแพร่)",
                cx.styles.text());
        row.number(1, n.agencies(), cx.styles.integer());
        row.number(2, n.mean(), cx.styles.decimal());
        for (int c = 3; c <= 8; c++) {
            row.text(c, "", cx.styles.text());
        }
        row.number(9, n.atOrAbovePassMark(), cx.styles.integer());
        row.number(10, n.share(), cx.styles.decimal());
        BigDecimal previous = before == null ? null : before.mean();
        row.number(11, previous, cx.styles.decimal());
        row.number(12, previous == null || n.mean() == null ? null : n.mean().subtract(previous),
                cx.styles.signedDecimal());
    }

    private static void row(SummaryContext cx, SheetTable.Line row, String label, GroupAnalysis g, int y, int labelStyle) {
        Optional<YearStatistics> ys = g.year(y);
        Distribution d = ys.map(YearStatistics::totals).orElse(null);
        row.text(0, label, labelStyle);
        row.number(1, d == null ? 0 : d.count(), cx.styles.integer());
        BigDecimal[] values = d == null ? new BigDecimal[7]
                : new BigDecimal[] {d.mean(), d.median(), d.standardDeviation(), d.q1(), d.q3(), d.min(), d.max()};
        for (int i = 0; i < values.length; i++) {
            row.number(2 + i, values[i], cx.styles.decimal());
        }
        PassCount p = ys.map(YearStatistics::passing).orElse(null);
        row.number(9, p == null ? null : p.count(), cx.styles.integer());
        row.number(10, p == null ? null : p.share(), cx.styles.decimal());
        BigDecimal before = g.year(y - 1).map(s -> s.totals().mean()).orElse(null);
        row.number(11, before, cx.styles.decimal());
        BigDecimal mean = d == null ? null : d.mean();
        row.number(12, before == null || mean == null ? null : mean.subtract(before), cx.styles.signedDecimal());
    }
}
