package ita.report.summary;

import ita.analysis.AgencyBrief;
import ita.analysis.GroupAnalysis;
import ita.analysis.IndicatorScore;
import ita.analysis.MissingYears;
import ita.analysis.RankedAgency;
import ita.analysis.YearStatistics;
import ita.model.Agency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sheets that list agencies: the ranking, the agencies under the pass mark, those missing years. */
final class AgencySheets {

    private AgencySheets() {
    }

    /**
     * อันดับ: the latest year's ranking, ties sharing a rank. A district's agencies are ranked in the district and
     * shown with their rank in the province; over several provinces, each agency is ranked only within its own
     * province, province by province.
     */
    static void ranking(SummaryContext cx) {
        switch (cx.scope.kind()) {
            case PROVINCE -> ranking(cx, List.of(cx.scope.overall()), false);
            case DISTRICT -> ranking(cx, List.of(cx.scope.overall()), true);
            case EVERYTHING -> ranking(cx, cx.scope.byProvince(), false);
        }
    }

    private static void ranking(SummaryContext cx, List<GroupAnalysis> groups, boolean inProvinceToo) {
        YearStatistics latest = cx.scope.overall().latest();
        int y = latest.fiscalYear();
        boolean byProvince = cx.scope.manyProvinces();
        int[] first = byProvince ? new int[] {10, 8} : inProvinceToo ? new int[] {10, 12} : new int[] {8};
        SheetTable t = new SheetTable(cx.wb, cx.styles, "อันดับ",
                SummaryContext.widths(SummaryContext.widths(first, cx.agencyWidths()), 12, 18, 16));
        t.title(cx.fmt.text("อันดับผลการประเมิน ITA " + cx.scope.name() + " " + cx.fiscalYear(y)));
        String order = byProvince ? "จัดอันดับเฉพาะภายในจังหวัดเดียวกัน เรียงตามจังหวัดแล้วตามคะแนนรวมมากไปน้อย;"
                : "เรียงจากคะแนนรวมมากไปน้อย;";
        t.note(cx.fmt.text("หน่วยงานที่มีคะแนนรวม " + latest.ranking().size() + " แห่ง " + order
                + " คะแนนเท่ากันได้อันดับเดียวกันและอันดับถัดไปเว้นไป; ข้อมูล ณ วันที่ ") + cx.fmt.date(cx.options.writtenOn()));
        List<String> header = new ArrayList<>(byProvince ? List.of("อันดับในจังหวัด", "จาก")
                : inProvinceToo ? List.of("อันดับในอำเภอ", "อันดับในจังหวัด") : List.of("อันดับ"));
        header.addAll(cx.agencyHeaders());
        header.addAll(List.of("คะแนนรวม", "ระดับ", "เปลี่ยนแปลงจากปีก่อน"));
        t.header(header);
        for (GroupAnalysis g : groups) {
            for (RankedAgency r : g.year(y).map(YearStatistics::ranking).orElse(List.of())) {
                SheetTable.Line row = t.row();
                int c = 0;
                row.number(c++, r.rank(), cx.styles.integer());
                Optional<AgencyBrief.Year> ya = cx.year(r.agency(), y);
                if (byProvince) {
                    row.number(c++, r.of(), cx.styles.integer());
                } else if (inProvinceToo) {
                    row.text(c++, ya.flatMap(AgencyBrief.Year::provinceRank)
                            .map(p -> cx.fmt.text(p.rank() + " จาก " + p.of())).orElse(""), cx.styles.centered());
                }
                c = cx.agencyCells(row, c, r.agency());
                row.number(c++, r.total(), cx.styles.decimal());
                row.text(c++, ya.map(AgencyBrief.Year::level).orElse(""), cx.styles.centered());
                row.number(c, ya.flatMap(ch -> ch.changeSince(y - 1)).orElse(null), cx.styles.signedDecimal());
            }
        }
        t.finish(false);
    }

    /** ต่ำกว่าเกณฑ์: agencies whose latest total is under the pass mark, lowest first, with their weakest indicator. */
    static void belowPassMark(SummaryContext cx) {
        YearStatistics latest = cx.scope.overall().latest();
        int y = latest.fiscalYear();
        BigDecimal passMark = latest.passing().passMark();
        String mark = passMark.stripTrailingZeros().toPlainString();
        SheetTable t = new SheetTable(cx.wb, cx.styles, "ต่ำกว่าเกณฑ์",
                SummaryContext.widths(cx.agencyWidths(), 12, 16, 12, 34, 12, 24));
        List<RankedAgency> below = new ArrayList<>(latest.ranking().stream()
                .filter(r -> r.total().compareTo(passMark) < 0).toList());
        java.util.Collections.reverse(below);
        t.title(cx.fmt.text("หน่วยงานที่มีคะแนนรวมต่ำกว่าเกณฑ์ " + mark + " คะแนน " + cx.scope.name() + " "
                + cx.fiscalYear(y)));
        t.note(cx.fmt.text(below.size() + " แห่ง จาก " + latest.ranking().size()
                + " แห่ง เรียงจากคะแนนน้อยไปมาก พร้อมตัวชี้วัดที่ได้คะแนนต่ำสุดของแต่ละหน่วยงาน"));
        List<String> header = new ArrayList<>(cx.agencyHeaders());
        header.addAll(List.of("คะแนนรวม", "ระดับ", "ขาดอีก (คะแนน)", "ตัวชี้วัดที่อ่อนที่สุด", "คะแนนตัวชี้วัด",
                "ข้อ OIT ที่ไม่ผ่าน"));
        t.header(header);
        for (RankedAgency r : below) {
            SheetTable.Line row = t.row();
            int c = cx.agencyCells(row, 0, r.agency());
            row.number(c++, r.total(), cx.styles.decimal());
            Optional<AgencyBrief.Year> ya = cx.year(r.agency(), y);
            row.text(c++, ya.map(AgencyBrief.Year::level).orElse(""), cx.styles.centered());
            row.number(c++, passMark.subtract(r.total()), cx.styles.decimal());
            List<IndicatorScore> weakest = ya.map(AgencyBrief.Year::weakest).orElse(List.of());
            row.text(c++, weakest.isEmpty() ? (ya.isPresent() ? "ไม่มีคะแนนรายตัวชี้วัด" : "")
                    : weakest.stream().map(w -> cx.fmt.text(w.number() + " " + w.name()))
                    .collect(Collectors.joining("\n")), cx.styles.text());
            row.number(c++, weakest.isEmpty() ? null : weakest.get(0).score(), cx.styles.decimal());
            row.text(c, ya.filter(AgencyBrief.Year::itemsKnown)
                    .map(a -> String.join(", ", a.failedItems()))
                    .orElse(""), cx.styles.text());
        }
        t.finish(true);
    }

    /** ข้อมูลไม่ครบปี: agencies without a record for years other agencies of their province have. */
    static void missingYears(SummaryContext cx) {
        List<MissingYears> missing = cx.scope.overall().missingYears();
        SheetTable t = new SheetTable(cx.wb, cx.styles, "ข้อมูลไม่ครบปี",
                SummaryContext.widths(cx.agencyWidths(), 26, 26));
        t.title("หน่วยงานที่ไม่มีผลการประเมินบางปี " + cx.scope.name());
        t.note(cx.fmt.text(missing.size() + " แห่ง; ปีที่ขาดคือปีที่หน่วยงานอื่นในจังหวัดเดียวกันมีผลการประเมิน"
                + " แต่ไม่พบข้อมูลของหน่วยงานนี้ในไฟล์ที่อ่าน"));
        List<String> header = new ArrayList<>(cx.agencyHeaders());
        header.addAll(List.of("ปีที่มีข้อมูล", "ปีที่ขาด"));
        t.header(header);
        for (MissingYears m : missing) {
            SheetTable.Line row = t.row();
            Agency a = m.agency();
            int c = cx.agencyCells(row, 0, a);
            row.text(c++, cx.analysis(a).map(h -> years(cx, h.fiscalYears()))
                    .orElse(""), cx.styles.text());
            row.text(c, years(cx, m.fiscalYears()), cx.styles.text());
        }
        t.finish(false);
    }

    private static String years(SummaryContext cx, List<Integer> years) {
        return cx.fmt.text(years.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
}
