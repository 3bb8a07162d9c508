package ita.report.workbook;

import ita.analysis.AgencyAnalysis;
import ita.analysis.CheckResult;
import ita.analysis.CheckStatus;
import ita.analysis.Rank;
import ita.analysis.YearAnalysis;
import ita.measures.MeasurePlan;
import ita.model.Agency;
import ita.report.workbook.AnalysisStyles.Fill;
import ita.report.workbook.AnalysisStyles.Kind;
import ita.report.xlsx.Workbook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sheet {@value #NAME}: what the staff who prepare the documents should check and know, and what is not to be
 * published. The score check (a reported total that the indicators do not give reads as disputing the NACC's
 * result once published), ranks among the agencies the run read (a rank only when the group holds more than one
 * agency, and said to be among those read), and the notes on the data and on how the plan was made. The analysis,
 * the measures and the documents leave all of this out.
 */
public final class StaffNotesSheetWriter {

    public static final String NAME = "สำหรับเจ้าหน้าที่";
    private static final int LAST = 3;

    private StaffNotesSheetWriter() {
    }

    public static void write(Workbook wb, AgencyAnalysis analysis, YearAnalysis y, MeasurePlan plan,
                             WorkbookOptions options) {
        SheetBuilder s = new SheetBuilder(wb, NAME, options.thaiDigits(), 30, 40, 30, 30);
        s.genAcross(0, 0, LAST, "ข้อมูลประกอบสำหรับเจ้าหน้าที่ผู้จัดทำ", Kind.TITLE);
        s.genAcross(1, 0, LAST, analysis.agency().name() + " ปีงบประมาณ พ.ศ. " + y.fiscalYear()
                + " (ใช้ตรวจทาน ไม่ใช่ส่วนของเอกสารที่เผยแพร่)", Kind.SUBTITLE);
        int r = 3;
        s.genAcross(r++, 0, LAST, "1. การตรวจสอบคะแนนที่รายงานกับคะแนนที่คำนวณได้", Kind.SECTION);
        r = check(s, r, y);
        s.genAcross(++r, 0, LAST, "2. อันดับในกลุ่มหน่วยงานที่นำเข้า", Kind.SECTION);
        r++;
        Agency a = analysis.agency();
        r = rank(s, r, "อันดับในจังหวัด" + a.province(), y.provinceRank(), a.province(), "จังหวัด");
        r = rank(s, r, "อันดับในอำเภอ" + a.district(), y.districtRank(), a.district(), "อำเภอ");
        s.genAcross(++r, 0, LAST, "3. หมายเหตุเกี่ยวกับข้อมูลและการจัดทำ", Kind.SECTION);
        r++;
        List<String> notes = new ArrayList<>();
        y.frameworkNote().ifPresent(notes::add);
        notes.addAll(y.check().notes());
        notes.addAll(y.plan().notes());
        notes.addAll(plan.notes());
        if (notes.isEmpty()) {
            notes.add("ไม่มี");
        }
        for (String n : notes) {
            s.genAcross(r++, 0, LAST, "– " + n, Kind.TEXT);
        }
        s.print(false, 0, 1);
        s.freeze(2, 0);
        s.finish();
        // the hidden lists stay behind the sheets people read
        wb.sheet(ListsSheet.NAME).ifPresent(wb::moveToEnd);
    }

    private static int check(SheetBuilder s, int r, YearAnalysis y) {
        CheckResult c = y.check();
        s.gen(r, 0, "ผลการตรวจสอบ", Kind.LABEL);
        List<String> lines = new ArrayList<>();
        Fill fill;
        if (c.overall() == CheckStatus.MISMATCH) {
            c.mismatches().forEach(m -> lines.add(m.describe()));
            fill = Fill.BAD;
        } else {
            lines.add(c.total().describe());
            fill = c.overall() == CheckStatus.OK ? Fill.GOOD : Fill.WARN;
        }
        if (c.level().status() == CheckStatus.MISMATCH) {
            lines.add(c.level().describe());
            fill = Fill.BAD;
        }
        if (fill == Fill.BAD) {
            lines.add("เอกสารที่เผยแพร่ใช้คะแนนและระดับตามที่ประกาศในระบบ ITAS โดยไม่แก้ไข");
        }
        s.genAcross(r++, 1, LAST, String.join("\n", lines), Kind.TEXT, fill);
        BigDecimal reported = y.year().total();
        BigDecimal computed = c.computedTotal();
        s.gen(r, 0, "คะแนนรวมที่รายงาน", Kind.LABEL);
        s.number(r++, 1, reported, Kind.NUMBER);
        s.gen(r, 0, "คะแนนรวมที่คำนวณจากคะแนนตัวชี้วัด", Kind.LABEL);
        s.number(r++, 1, computed, Kind.COMPUTED_NUMBER, Fill.NONE);
        s.gen(r, 0, "ผลต่าง (ที่รายงาน − ที่คำนวณ)", Kind.LABEL);
        BigDecimal diff = reported == null || computed == null ? null
                : y.framework().round(reported.subtract(computed));
        s.number(r++, 1, diff, Kind.CHANGE, c.total().status() == CheckStatus.MISMATCH ? Fill.BAD : Fill.NONE);
        return r;
    }

    /**
     * A rank among the agencies read, when the group read holds more than one agency: the input may hold part of a
     * province only, so the rank says so, and "1 จาก 1" says nothing.
     */
    private static int rank(SheetBuilder s, int r, String label, Optional<Rank> rank, String where, String kind) {
        s.gen(r, 0, label.strip(), Kind.LABEL);
        String text;
        if (where.isEmpty()) {
            text = "ไม่ทราบ" + kind;
        } else if (rank.isEmpty() || rank.get().of() < 2) {
            text = "ข้อมูลที่นำเข้ามีหน่วยงานของ" + kind + "นี้เพียงหน่วยงานเดียว จึงไม่จัดอันดับ";
        } else {
            text = "อันดับ " + rank.get().rank() + " จาก " + rank.get().of() + " หน่วยงานของ" + kind
                    + "ที่อยู่ในข้อมูลที่นำเข้า (อาจไม่ครบทุกหน่วยงานของ" + kind + ")";
        }
        s.genAcross(r, 1, LAST, text, Kind.TEXT);
        return r + 1;
    }

}
