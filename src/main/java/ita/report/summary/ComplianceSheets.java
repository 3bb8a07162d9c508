package ita.report.summary;

import ita.analysis.Compliance;
import ita.analysis.Mover;
import ita.framework.Concept;
import ita.framework.OitItemDef;
import ita.framework.YearFramework;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lists a provincial office chases agencies with, about the newest year: the agencies whose measures item or
 * measures-report item failed, those without a result this year, and those whose total fell most.
 */
final class ComplianceSheets {

    private ComplianceSheets() {
    }

    /** ข้อมาตรการไม่ผ่าน: the two items of each agency that failed one of them, with their scores. */
    static void measures(SummaryContext cx) {
        Compliance c = cx.scope.overall().compliance();
        int y = c.fiscalYear();
        YearFramework f = cx.framework(y);
        List<OitItemDef> items = new ArrayList<>();
        Compliance.CONCEPTS.forEach(k -> items.addAll(f.itemsOf(k)));
        List<String> header = new ArrayList<>(cx.agencyHeaders());
        header.add("คะแนนรวม");
        int[] widths = new int[items.size() + 1];
        widths[0] = 12;
        for (OitItemDef d : items) {
            header.add(cx.fmt.text("ข้อ " + d.displayCode() + " " + conceptLabel(d.concept())));
        }
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 22;
        }
        SheetTable t = new SheetTable(cx.wb, cx.styles, "ข้อมาตรการไม่ผ่าน",
                SummaryContext.widths(cx.agencyWidths(), widths));
        t.title(cx.fmt.text("หน่วยงานที่ข้อมาตรการส่งเสริมคุณธรรมและความโปร่งใสหรือข้อรายงานผลไม่ผ่าน " + cx.scope.name()
                + " " + cx.fiscalYear(y)));
        if (items.isEmpty()) {
            t.note(cx.fmt.text("เกณฑ์ปี " + y + " ไม่มีข้อมาตรการส่งเสริมคุณธรรมและความโปร่งใส จึงไม่มีรายการ"));
            t.finish(false);
            return;
        }
        t.note(cx.fmt.text(c.measuresFailed().size() + " แห่ง จาก " + c.itemsChecked()
                + " แห่งที่มีคะแนนรายข้อ OIT ของข้อเหล่านี้" + (c.itemsUnknown() == 0 ? ""
                : "; อีก " + c.itemsUnknown() + " แห่งไม่มีคะแนนรายข้อในไฟล์ที่อ่าน จึงตรวจไม่ได้")
                + "; ไม่ผ่านหมายถึงได้ต่ำกว่า 100 คะแนน"));
        t.header(header);
        for (Compliance.MeasuresFailure m : c.measuresFailed()) {
            SheetTable.Line row = t.row();
            int col = cx.agencyCells(row, 0, m.agency());
            row.number(col++, m.total(), cx.styles.decimal());
            for (OitItemDef d : items) {
                Optional<Compliance.ItemResult> r = m.items().stream()
                        .filter(i -> i.code().equals(d.displayCode())).findFirst();
                row.text(col++, cx.fmt.text(r.map(ComplianceSheets::verdict).orElse("")), cx.styles.centered());
            }
        }
        t.finish(true);
    }

    /** "ไม่ผ่าน (0)", "ผ่าน" or "ไม่มีคะแนน". */
    static String verdict(Compliance.ItemResult r) {
        if (!r.known()) {
            return "ไม่มีคะแนน";
        }
        return r.failed() ? "ไม่ผ่าน (" + r.score().stripTrailingZeros().toPlainString() + ")" : "ผ่าน";
    }

    /** มาตรการ or รายงานผล, for a header. */
    static String conceptLabel(String concept) {
        return concept.equals(Concept.MEASURES) ? "(มาตรการ)" : "(รายงานผลตามมาตรการ)";
    }

    /** ไม่มีผลปีล่าสุด: agencies read for earlier years but not this one, with their last result. */
    static void absent(SummaryContext cx) {
        Compliance c = cx.scope.overall().compliance();
        int y = c.fiscalYear();
        SheetTable t = new SheetTable(cx.wb, cx.styles, "ไม่มีผลปีล่าสุด",
                SummaryContext.widths(cx.agencyWidths(), 16, 12, 16));
        t.title(cx.fmt.text("หน่วยงานที่ไม่มีผลการประเมินปี " + y + " " + cx.scope.name()));
        t.note(cx.fmt.text(c.absent().size() + " แห่ง; มีผลการประเมินปีก่อนหน้าในไฟล์ที่อ่าน แต่ไม่พบผลปี " + y
                + " ควรตรวจสอบว่าได้รับการประเมินหรือไม่"));
        List<String> header = new ArrayList<>(cx.agencyHeaders());
        header.addAll(List.of("ปีล่าสุดที่มีผล", "คะแนนรวม", "ระดับ"));
        t.header(header);
        for (Compliance.Absence a : c.absent()) {
            SheetTable.Line row = t.row();
            int col = cx.agencyCells(row, 0, a.agency());
            row.text(col++, cx.year(a.lastYear()), cx.styles.centered());
            row.number(col++, a.lastTotal(), cx.styles.decimal());
            row.text(col, a.lastLevel() == null ? "" : a.lastLevel(), cx.styles.centered());
        }
        t.finish(false);
    }

    /** คะแนนลดลงมากที่สุด: the largest falls of the total from the year before. */
    static void fellMost(SummaryContext cx) {
        Compliance c = cx.scope.overall().compliance();
        int y = c.fiscalYear();
        SheetTable t = new SheetTable(cx.wb, cx.styles, "คะแนนลดลงมากที่สุด",
                SummaryContext.widths(cx.agencyWidths(), 12, 12, 14));
        t.title(cx.fmt.text("หน่วยงานที่คะแนนรวมลดลงมากที่สุด " + cx.scope.name() + " ปี " + (y - 1) + " – " + y));
        t.note(cx.fmt.text(c.fellMost().isEmpty() ? "ไม่มีหน่วยงานที่คะแนนรวมลดลงจากปี " + (y - 1)
                : c.fellMost().size() + " แห่งที่คะแนนรวมลดลงมากที่สุด เรียงจากลดลงมากไปน้อย"));
        List<String> header = new ArrayList<>(cx.agencyHeaders());
        header.addAll(List.of(cx.fmt.text("ปี " + (y - 1)), cx.fmt.text("ปี " + y), "เปลี่ยนแปลง"));
        t.header(header);
        for (Mover m : c.fellMost()) {
            SheetTable.Line row = t.row();
            int col = cx.agencyCells(row, 0, m.agency());
            row.number(col++, m.fromTotal(), cx.styles.decimal());
            row.number(col++, m.toTotal(), cx.styles.decimal());
            row.number(col, m.change(), cx.styles.signedDecimal());
        }
        t.finish(false);
    }
}
