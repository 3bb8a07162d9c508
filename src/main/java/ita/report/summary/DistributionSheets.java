package ita.report.summary;

import ita.analysis.GroupAnalysis;
import ita.analysis.IndicatorMean;
import ita.analysis.ItemFailure;
import ita.analysis.LevelCount;
import ita.analysis.PassCount;
import ita.analysis.WeakestCount;
import ita.analysis.YearStatistics;
import ita.framework.OitSubIndicator;
import ita.framework.YearFramework;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The sheets about the whole group: levels per year, indicator means, weakest indicators, failed OIT items. */
final class DistributionSheets {

    private static final int CHART_ROWS = 16;

    private DistributionSheets() {
    }

    /**
     * ระดับผลการประเมิน: per level (rows) and fiscal year (a count and a share column each), then unknown levels,
     * the total, and the agencies at or above the pass mark with their change from the previous year; a clustered
     * column chart of the counts per level for the years using the latest level scheme.
     */
    static void levels(SummaryContext cx) {
        GroupAnalysis g = cx.scope.overall();
        List<YearStatistics> years = g.years();
        YearStatistics latest = g.latest();
        List<String> latestLabels = labels(latest);
        Set<String> labels = new LinkedHashSet<>(latestLabels);
        for (int i = years.size() - 1; i >= 0; i--) {
            labels.addAll(labels(years.get(i)));
        }
        int[] widths = new int[1 + 2 * years.size() + 1];
        widths[0] = 26;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 12;
        }
        widths[widths.length - 1] = 16;
        SheetTable t = new SheetTable(cx.wb, cx.styles, "ระดับผลการประเมิน", widths);
        String passMark = latest.passing().passMark().stripTrailingZeros().toPlainString();
        t.title("จำนวนหน่วยงานตามระดับผลการประเมิน " + cx.scope.name());
        t.note(cx.fmt.text("ร้อยละคิดจากหน่วยงานที่ทราบระดับในปีนั้น; ผ่านเกณฑ์หมายถึงคะแนนรวม " + passMark
                + " คะแนนขึ้นไป (ร้อยละคิดจากหน่วยงานที่มีคะแนนรวม); ช่องว่างหมายถึงระดับนั้นไม่มีในเกณฑ์ของปี"));
        List<String> header = new ArrayList<>(List.of("ระดับผลการประเมิน"));
        for (YearStatistics ys : years) {
            header.add(cx.fmt.text("จำนวน ปี " + ys.fiscalYear()));
            header.add(cx.fmt.text("ร้อยละ ปี " + ys.fiscalYear()));
        }
        header.add(cx.fmt.text("เปลี่ยนแปลงจากปีก่อน (ปี " + latest.fiscalYear() + ")"));
        int headerRow = t.header(header);
        int firstLevelRow = t.position();
        int last = header.size() - 1;
        for (String label : labels) {
            SheetTable.Line row = t.row();
            row.text(0, label, cx.styles.boldText());
            for (int i = 0; i < years.size(); i++) {
                LevelCount lc = years.get(i).level(label).orElse(null);
                row.number(1 + 2 * i, lc == null ? null : lc.count(), cx.styles.integer());
                row.number(2 + 2 * i, lc == null ? null : lc.share(), cx.styles.decimal());
            }
            row.number(last, latest.level(label).map(LevelCount::change).orElse(null),
                    cx.styles.signedInteger());
        }
        countRow(cx, t, "ไม่ทราบระดับ", years, YearStatistics::unknownLevels, last);
        countRow(cx, t, "รวม", years, YearStatistics::agencies, last);
        SheetTable.Line pass = t.row();
        pass.text(0, cx.fmt.text("ผ่านเกณฑ์ " + passMark + " คะแนนขึ้นไป"), cx.styles.boldText());
        SheetTable.Line change = t.row();
        change.text(0, "ผ่านเกณฑ์: เปลี่ยนแปลงจากปีก่อน (จำนวน / จุดร้อยละ)", cx.styles.boldText());
        for (int i = 0; i < years.size(); i++) {
            PassCount p = years.get(i).passing();
            pass.number(1 + 2 * i, p.count(), cx.styles.integer());
            pass.number(2 + 2 * i, p.share(), cx.styles.decimal());
            change.number(1 + 2 * i, p.change(), cx.styles.signedInteger());
            change.number(2 + 2 * i, p.shareChange(), cx.styles.signedDecimal());
        }
        pass.number(last, latest.passing().change(), cx.styles.signedInteger());
        change.text(last, "", cx.styles.text());
        List<Charts.Series> series = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            if (labels(years.get(i)).equals(latestLabels)) {
                int col = 1 + 2 * i;
                series.add(new Charts.Series(headerRow, col, firstLevelRow, firstLevelRow + latestLabels.size() - 1));
            }
        }
        Charts.clusteredColumns(t.sheet, "จำนวนหน่วยงานตามระดับผลการประเมิน", 0, false, series,
                t.chartBelow(CHART_ROWS, Math.min(widths.length, 7), true));
        t.finish(true);
    }

    private static List<String> labels(YearStatistics ys) {
        return ys.levels().stream().map(LevelCount::label).toList();
    }

    private static void countRow(SummaryContext cx, SheetTable t, String label, List<YearStatistics> years,
                                 java.util.function.ToIntFunction<YearStatistics> count, int last) {
        SheetTable.Line row = t.row();
        row.text(0, label, cx.styles.boldText());
        for (int i = 0; i < years.size(); i++) {
            row.number(1 + 2 * i, count.applyAsInt(years.get(i)), cx.styles.integer());
            row.text(2 + 2 * i, "", cx.styles.text());
        }
        row.text(last, "", cx.styles.text());
    }

    /** ตัวชี้วัด: the mean of each indicator this year against last year, with a chart of both. */
    static void indicators(SummaryContext cx) {
        YearStatistics latest = cx.scope.overall().latest();
        int y = latest.fiscalYear();
        SheetTable t = new SheetTable(cx.wb, cx.styles, "ตัวชี้วัด", 10, 34, 10, 14, 14, 14, 14);
        t.title("ค่าเฉลี่ยคะแนนรายตัวชี้วัด " + cx.scope.name() + " " + cx.fiscalYear(y)
                + cx.fmt.text(" เทียบกับปี " + (y - 1)));
        if (latest.indicatorMeans().isEmpty()) {
            t.note(cx.fmt.text("ปี " + y + " มีเฉพาะคะแนนรวม ไม่มีคะแนนรายตัวชี้วัด"));
            t.finish(false);
            return;
        }
        t.note("ค่าเฉลี่ยคิดจากหน่วยงานที่มีคะแนนของตัวชี้วัดนั้น");
        int headerRow = t.header(List.of("ตัวชี้วัดที่", "ชื่อตัวชี้วัด", "เครื่องมือ", cx.fmt.text("ค่าเฉลี่ยปี " + (y - 1)),
                cx.fmt.text("ค่าเฉลี่ยปี " + y), "เปลี่ยนแปลง", cx.fmt.text("จำนวนหน่วยงาน (ปี " + y + ")")));
        YearFramework f = cx.framework(y);
        int first = t.position();
        boolean anyPrevious = false;
        for (IndicatorMean m : latest.indicatorMeans()) {
            SheetTable.Line row = t.row();
            row.number(0, m.number(), cx.styles.integer());
            row.text(1, m.name(), cx.styles.text());
            row.text(2, f.indicator(m.number()).tool().name(), cx.styles.centered());
            row.number(3, m.previousMean(), cx.styles.decimal());
            row.number(4, m.mean(), cx.styles.decimal());
            row.number(5, m.change(), cx.styles.signedDecimal());
            row.number(6, m.count(), cx.styles.integer());
            anyPrevious |= m.previousMean() != null;
        }
        int lastRow = t.position() - 1;
        List<Charts.Series> series = new ArrayList<>();
        if (anyPrevious) {
            series.add(new Charts.Series(headerRow, 3, first, lastRow));
        }
        series.add(new Charts.Series(headerRow, 4, first, lastRow));
        Charts.clusteredColumns(t.sheet, "ค่าเฉลี่ยรายตัวชี้วัด", 0, true, series, t.chartBelow(CHART_ROWS, 7, false));
        t.finish(false);
    }

    /** ตัวชี้วัดที่อ่อนที่สุด: how often each indicator is an agency's lowest, most often first. */
    static void weakest(SummaryContext cx) {
        YearStatistics latest = cx.scope.overall().latest();
        int y = latest.fiscalYear();
        SheetTable t = new SheetTable(cx.wb, cx.styles, "ตัวชี้วัดที่อ่อนที่สุด", 10, 40, 16, 12);
        t.title("ตัวชี้วัดที่ได้คะแนนต่ำสุดของแต่ละหน่วยงาน " + cx.scope.name() + " " + cx.fiscalYear(y));
        if (latest.weakest().isEmpty()) {
            t.note(cx.fmt.text("ปี " + y + " มีเฉพาะคะแนนรวม ไม่มีคะแนนรายตัวชี้วัด"));
            t.finish(false);
            return;
        }
        int of = latest.weakest().get(0).of();
        t.note(cx.fmt.text("นับจาก " + of + " หน่วยงานที่มีคะแนนครบทั้ง 10 ตัวชี้วัด;"
                + " หน่วยงานที่มีตัวชี้วัดต่ำสุดเท่ากันหลายตัวนับทุกตัว"));
        t.header(List.of("ตัวชี้วัดที่", "ชื่อตัวชี้วัด", "จำนวนหน่วยงาน", "ร้อยละ"));
        List<WeakestCount> sorted = latest.weakest().stream()
                .sorted(Comparator.comparingInt(WeakestCount::count).reversed()
                        .thenComparingInt(WeakestCount::number)).toList();
        for (WeakestCount w : sorted) {
            SheetTable.Line row = t.row();
            row.number(0, w.number(), cx.styles.integer());
            row.text(1, w.name(), cx.styles.text());
            row.number(2, w.count(), cx.styles.integer());
            row.number(3, w.share(), cx.styles.decimal());
        }
        t.finish(false);
    }

    /** ข้อ OIT ที่ไม่ผ่าน: every OIT item that failed at least once, most failed first. */
    static void failedItems(SummaryContext cx) {
        YearStatistics latest = cx.scope.overall().latest();
        int y = latest.fiscalYear();
        YearFramework f = cx.framework(y);
        SheetTable t = new SheetTable(cx.wb, cx.styles, "ข้อ OIT ที่ไม่ผ่าน", 8, 46, 30, 14, 12, 14);
        t.title("ข้อ OIT ที่ไม่ผ่าน " + cx.scope.name() + " " + cx.fiscalYear(y));
        t.note(latest.itemFailures().isEmpty()
                ? "ไม่มีข้อ OIT ที่ไม่ผ่าน หรือไม่มีคะแนนรายข้อ OIT ในไฟล์ที่อ่าน"
                : "ร้อยละคิดจากหน่วยงานที่มีคะแนนของข้อนั้น; ไม่ผ่านหมายถึงได้ต่ำกว่า 100 คะแนน");
        t.header(List.of("ข้อ", "รายการ", "ตัวชี้วัดย่อย", "จำนวนที่ไม่ผ่าน", "ร้อยละ", "จำนวนที่ประเมิน"));
        for (ItemFailure i : latest.itemFailures()) {
            SheetTable.Line row = t.row();
            int text = cx.styles.text();
            row.text(0, f.displayCode(i.code()), cx.styles.centered());
            row.text(1, i.title(), text);
            row.text(2, f.subIndicator(i.subIndicator()).map(OitSubIndicator::name)
                    .map(n -> i.subIndicator() + " " + n).orElse(i.subIndicator()), text);
            row.number(3, i.failed(), cx.styles.integer());
            row.number(4, i.share(), cx.styles.decimal());
            row.number(5, i.assessed(), cx.styles.integer());
        }
        t.finish(false);
    }
}
