package ita.report.workbook;

import ita.analysis.AgencyAnalysis;
import ita.analysis.Delta;
import ita.analysis.Figures;
import ita.analysis.YearAnalysis;
import ita.analysis.WeightedTable;
import ita.analysis.YearChange;
import ita.framework.IndicatorDef;
import ita.framework.YearFramework;
import ita.model.Agency;
import ita.model.CellRefs;
import ita.model.Tool;
import ita.report.workbook.AnalysisStyles.Fill;
import ita.report.workbook.AnalysisStyles.Kind;
import ita.report.xlsx.Workbook;
import ita.text.ThaiDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sheet สรุปผล: who and which year, the reported total and level, the change from the previous result, and
 * the weighted table of seed 003 with live formulas
 * (weighted = ROUND(score × weight / 100, 2); total = ROUND(Σ score × weight / 100, 2), rounded once as ITAS does,
 * with a tool computed from its indicators entering the total as its unrounded AVERAGE).
 * Reported figures are shown as reported; computed ones are italic and say so. The score check and ranks are staff
 * notes and go to {@link StaffNotesSheetWriter}: this sheet is published.
 */
final class OverviewSheetWriter {

    static final String NAME = "สรุปผล";
    private static final int LAST = 5;

    private OverviewSheetWriter() {
    }

    static void write(Workbook wb, AgencyAnalysis analysis, YearAnalysis y, WorkbookOptions options) {
        SheetBuilder s = new SheetBuilder(wb, NAME, options.thaiDigits(), 36, 13, 10, 16, 13, 17);
        Agency a = analysis.agency();
        s.genAcross(0, 0, LAST, "สรุปผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
                Kind.TITLE);
        s.genAcross(1, 0, LAST, "ประจำปีงบประมาณ พ.ศ. " + y.fiscalYear(), Kind.SUBTITLE);
        int r = 3;
        r = info(s, r, "หน่วยงาน", a.name(), false);
        r = info(s, r, "อำเภอ", a.district().isEmpty() ? "ไม่ระบุ" : a.district(), a.district().isEmpty());
        r = info(s, r, "จังหวัด", a.province().isEmpty() ? "ไม่ระบุ" : a.province(), a.province().isEmpty());
        s.gen(r, 0, "ปีงบประมาณ (พ.ศ.)", Kind.LABEL);
        s.merge(r, r, 1, LAST, Kind.INTEGER, Fill.NONE);
        s.number(r, 1, BigDecimal.valueOf(y.fiscalYear()), Kind.INTEGER);
        r++;
        r = total(s, r, y);
        r = level(s, r, y);
        r = change(s, r, y);
        if (options.preparedOn() != null) {
            s.gen(r, 0, "จัดทำเมื่อ", Kind.LABEL);
            s.genAcross(r, 1, LAST, ThaiDates.longDate(options.preparedOn()), Kind.TEXT);
            r++;
        }
        r++;
        if (y.framework().hasIndicators()) {
            weightedTable(s, r, y);
        } else {
            s.genAcross(r, 0, LAST, "ปีงบประมาณ พ.ศ. " + y.fiscalYear()
                    + " ใช้แบบประเมินเดิม (IIT, EIT, EBIT) ซึ่งเปรียบเทียบได้เฉพาะคะแนนรวม จึงไม่มีตารางคะแนนรายตัวชี้วัด",
                    Kind.NOTE);
        }
        s.print(false, 0, 1);
        s.freeze(2, 0);
        s.finish();
    }

    private static int info(SheetBuilder s, int r, String label, String value, boolean generated) {
        s.gen(r, 0, label, Kind.LABEL);
        if (generated) {
            s.genAcross(r, 1, LAST, value, Kind.TEXT);
        } else {
            s.textAcross(r, 1, LAST, value, Kind.TEXT, Fill.NONE);
        }
        return r + 1;
    }

    private static int total(SheetBuilder s, int r, YearAnalysis y) {
        s.gen(r, 0, "คะแนนรวม", Kind.LABEL);
        BigDecimal reported = y.year().total();
        BigDecimal computed = y.check().computedTotal();
        String note;
        if (reported != null) {
            s.number(r, 1, reported, Kind.NUMBER);
            note = "คะแนนที่รายงาน";
        } else if (computed != null) {
            s.number(r, 1, computed, Kind.COMPUTED_NUMBER);
            note = "ไม่มีคะแนนที่รายงาน: คำนวณจากคะแนนตัวชี้วัด";
        } else {
            s.number(r, 1, null, Kind.NUMBER);
            note = "ไม่มีคะแนนรวม";
        }
        s.genAcross(r, 2, LAST, note, Kind.TEXT);
        return r + 1;
    }

    private static int level(SheetBuilder s, int r, YearAnalysis y) {
        s.gen(r, 0, "ระดับผลการประเมิน", Kind.LABEL);
        String level = y.level();
        if (y.levelReported()) {
            s.text(r, 1, level, Kind.TEXT_CENTER);
            s.genAcross(r, 2, LAST, "ระดับที่รายงาน", Kind.TEXT);
        } else if (level != null) {
            s.text(r, 1, level, Kind.TEXT_CENTER);
            s.genAcross(r, 2, LAST, "ไม่มีระดับที่รายงาน: ระดับตามเกณฑ์ของปี (" + y.framework().levels().name() + ")",
                    Kind.TEXT);
        } else {
            s.text(r, 1, "", Kind.TEXT_CENTER);
            s.genAcross(r, 2, LAST, "ไม่ทราบระดับ", Kind.TEXT);
        }
        return r + 1;
    }

    private static int change(SheetBuilder s, int r, YearAnalysis y) {
        Optional<YearChange> prev = y.fromPrevious();
        if (prev.isEmpty()) {
            s.gen(r, 0, "เปลี่ยนแปลงจากปีก่อน", Kind.LABEL);
            s.genAcross(r, 1, LAST, "ไม่มีข้อมูลปีก่อนหน้าสำหรับเปรียบเทียบ", Kind.TEXT);
            return r + 1;
        }
        YearChange c = prev.get();
        s.gen(r, 0, "เปลี่ยนแปลงจากปี " + c.fromYear(), Kind.LABEL);
        Delta d = c.total();
        s.number(r, 1, d.change(), Kind.CHANGE, changeFill(d.change()));
        List<String> parts = new ArrayList<>();
        if (d.known()) {
            int sign = d.change().signum();
            YearFramework f = y.framework();
            parts.add(sign == 0 ? "คะแนนรวมเท่าเดิม (" + Figures.show(d.from(), f) + ")"
                    : (sign > 0 ? "เพิ่มขึ้น " : "ลดลง ") + Figures.show(d.change().abs(), f) + " คะแนน (จาก "
                    + Figures.show(d.from(), f) + " เป็น " + Figures.show(d.to(), f) + ")");
        } else {
            parts.add("ไม่ทราบคะแนนรวมของปีใดปีหนึ่ง");
        }
        if (c.fromLevel() != null && c.toLevel() != null) {
            String steps = c.levelSteps() == null ? "คนละเกณฑ์" : c.levelSteps() == 0 ? "ระดับเท่าเดิม"
                    : (c.levelSteps() > 0 ? "ดีขึ้น " : "ลดลง ") + Math.abs(c.levelSteps()) + " ระดับ";
            parts.add("ระดับ " + c.fromLevel() + " → " + c.toLevel() + " (" + steps + ")");
        }
        if (c.skipsYears()) {
            parts.add("ไม่มีข้อมูลของปีระหว่างนั้น");
        }
        s.genAcross(r, 2, LAST, String.join(" · ", parts), Kind.TEXT);
        return r + 1;
    }

    private static void weightedTable(SheetBuilder s, int r, YearAnalysis y) {
        YearFramework f = y.framework();
        WeightedTable table = WeightedTable.of(y);
        int scale = f.scale();
        s.genAcross(r, 0, LAST, "คะแนนถ่วงน้ำหนักตามแบบวัด", Kind.SECTION);
        r++;
        String[] headers = {"ตัวชี้วัด", "คะแนน ITA", "แบบวัด", "คะแนนที่ได้ (100 คะแนน)", "น้ำหนัก (ร้อยละ)",
            "คะแนนถ่วงน้ำหนัก"};
        for (int c = 0; c < headers.length; c++) {
            s.gen(r, c, headers[c], Kind.HEADER);
        }
        r++;
        int first = r;
        List<String> products = new ArrayList<>();
        BigDecimal weightSum = BigDecimal.ZERO;
        boolean computedShown = false;
        for (WeightedTable.Row row : table.rows()) {
            Tool t = row.tool();
            List<IndicatorDef> defs = f.indicatorsOf(t);
            int top = r;
            for (IndicatorDef d : defs) {
                s.gen(r, 0, "ตัวชี้วัดที่ " + d.number() + " " + d.name(), Kind.TEXT);
                BigDecimal reported = y.year().indicator(d.number());
                BigDecimal effective = y.check().effectiveIndicators().get(d.number() - 1);
                if (reported != null) {
                    s.number(r, 1, reported, Kind.NUMBER);
                } else if (effective != null) {
                    s.number(r, 1, effective, Kind.COMPUTED_NUMBER);
                    s.comment(r, 1, "ไม่มีคะแนนที่รายงาน: คำนวณจากคะแนนรายข้อ");
                    computedShown = true;
                } else {
                    s.number(r, 1, null, Kind.NUMBER);
                }
                r++;
            }
            int bottom = r - 1;
            s.merge(top, bottom, 2, 2, Kind.TEXT_CENTER, Fill.NONE);
            s.gen(top, 2, t.name(), Kind.TEXT_CENTER);
            s.merge(top, bottom, 3, 3, row.reported() ? Kind.NUMBER : Kind.COMPUTED_NUMBER, Fill.NONE);
            s.merge(top, bottom, 4, 4, Kind.INTEGER, Fill.NONE);
            s.merge(top, bottom, 5, 5, Kind.NUMBER, Fill.NONE);
            String score = CellRefs.address(top, 3);
            if (row.reported()) {
                s.number(top, 3, row.score(), Kind.NUMBER);
            } else if (row.score() != null) {
                String mean = "AVERAGE(" + CellRefs.address(top, 1) + ":" + CellRefs.address(bottom, 1) + ")";
                s.formula(top, 3, "ROUND(" + mean + "," + scale + ")", row.score(), Kind.COMPUTED_NUMBER, Fill.NONE);
                s.comment(top, 3, "ไม่มีคะแนน " + t.name() + " ที่รายงาน: คำนวณจากค่าเฉลี่ยของตัวชี้วัด");
                computedShown = true;
                // shown rounded, but weighted and totalled unrounded, as the published totals are
                score = mean;
            }
            weightSum = weightSum.add(row.weight());
            s.number(top, 4, row.weight(), Kind.INTEGER);
            if (row.score() != null) {
                s.formula(top, 5, "ROUND(" + score + "*" + CellRefs.address(top, 4) + "/100," + scale + ")", row.weighted(),
                        Kind.NUMBER, Fill.NONE);
                products.add(score + "*" + CellRefs.address(top, 4));
            }
        }
        int last = r - 1;
        s.gen(r, 0, "รวม", Kind.LABEL);
        s.blank(r, 1, 3, Kind.TEXT, Fill.NONE);
        s.formula(r, 4, "SUM(" + CellRefs.address(first, 4) + ":" + CellRefs.address(last, 4) + ")", weightSum, Kind.INTEGER, Fill.NONE);
        String totalRef = CellRefs.address(r, 5);
        if (table.total() != null) {
            s.formula(r, 5, "ROUND((" + String.join("+", products) + ")/100," + scale + ")", table.total(),
                    Kind.NUMBER, Fill.NONE);
        } else {
            s.number(r, 5, null, Kind.NUMBER);
        }
        for (int c = 0; c <= LAST; c++) {
            s.restyle(r, c, c == 4 ? Kind.INTEGER : c == 5 ? Kind.NUMBER : Kind.LABEL, Fill.GROUP);
        }
        r++;
        if (table.total() == null) {
            s.genAcross(r, 0, LAST, "คำนวณคะแนนรวมไม่ได้: ไม่ทราบคะแนนของบางตัวชี้วัดหรือบางแบบวัด", Kind.NOTE);
            r++;
        }
        if (computedShown) {
            s.genAcross(r, 0, LAST, "ตัวเลขตัวเอียงคำนวณจากคะแนนส่วนย่อย เนื่องจากไม่มีคะแนนที่รายงาน", Kind.NOTE);
        }
    }

    static Fill changeFill(BigDecimal change) {
        if (change == null || change.signum() == 0) {
            return Fill.NONE;
        }
        return change.signum() > 0 ? Fill.GOOD : Fill.BAD;
    }
}
