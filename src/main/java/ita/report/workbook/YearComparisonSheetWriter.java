package ita.report.workbook;

import ita.analysis.AgencyAnalysis;
import ita.analysis.YearAnalysis;
import ita.analysis.YearChange;
import ita.framework.IndicatorDef;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import ita.model.CellRefs;
import ita.model.Tool;
import ita.report.workbook.AnalysisStyles.Fill;
import ita.report.workbook.AnalysisStyles.Kind;
import ita.report.xlsx.Sheet;
import ita.report.xlsx.Workbook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sheet เปรียบเทียบรายปี: the ten indicators, three tools, total and level for every year of the agency up to
 * the chosen one (columns = fiscal years, B.E.), the change between consecutive records as live formulas with
 * gains green and drops red, a line chart of the indicators over the years and a bar chart of the chosen year's
 * indicators.
 */
final class YearComparisonSheetWriter {

    static final String NAME = "เปรียบเทียบรายปี";

    private static final int HEADER_TOP = 3;
    private static final int HEADER = 4;
    private static final int FIRST_DATA = 5;
    private static final int YEAR_COL = 2;

    private YearComparisonSheetWriter() {
    }

    /** Where the rows of the table are, for the charts. */
    record Layout(List<Integer> years, int firstYearCol, int chosenCol, int firstIndicatorRow, int totalRow,
                  boolean indicatorsKnown) {
    }

    static void write(Workbook wb, AgencyAnalysis analysis, YearAnalysis chosen, WorkbookOptions options) {
        List<YearAnalysis> years = analysis.years().stream().filter(y -> y.fiscalYear() <= chosen.fiscalYear())
                .toList();
        int n = years.size();
        int changes = n - 1;
        double[] widths = new double[YEAR_COL + n + changes];
        widths[0] = 15;
        widths[1] = 30;
        for (int i = 0; i < n; i++) {
            widths[YEAR_COL + i] = 11;
        }
        for (int i = 0; i < changes; i++) {
            widths[YEAR_COL + n + i] = 13;
        }
        SheetBuilder s = new SheetBuilder(wb, NAME, options.thaiDigits(), widths);
        int last = widths.length - 1;
        int firstChange = YEAR_COL + n;
        s.genAcross(0, 0, last, "เปรียบเทียบผลการประเมิน ITA รายปี", Kind.TITLE);
        String span = n == 1 ? "ปีงบประมาณ พ.ศ. " + years.get(0).fiscalYear()
                : "ปีงบประมาณ พ.ศ. " + years.get(0).fiscalYear() + "–" + years.get(n - 1).fiscalYear();
        s.genAcross(1, 0, last, analysis.agency().name() + " " + span, Kind.SUBTITLE);

        s.merge(HEADER_TOP, HEADER, 0, 0, Kind.HEADER, Fill.NONE);
        s.gen(HEADER_TOP, 0, "รายการ", Kind.HEADER);
        s.merge(HEADER_TOP, HEADER, 1, 1, Kind.HEADER, Fill.NONE);
        s.gen(HEADER_TOP, 1, "รายละเอียด", Kind.HEADER);
        s.genAcross(HEADER_TOP, YEAR_COL, YEAR_COL + n - 1, "ปีงบประมาณ พ.ศ.", Kind.HEADER);
        if (changes > 0) {
            s.genAcross(HEADER_TOP, firstChange, last, "เปลี่ยนแปลง (คะแนน)", Kind.HEADER);
        }
        for (int i = 0; i < n; i++) {
            s.gen(HEADER, YEAR_COL + i, String.valueOf(years.get(i).fiscalYear()), Kind.HEADER);
        }
        for (int i = 0; i < changes; i++) {
            s.gen(HEADER, firstChange + i, years.get(i).fiscalYear() + "–" + years.get(i + 1).fiscalYear(),
                    Kind.HEADER);
        }

        YearFramework names = chosen.framework().hasIndicators() ? chosen.framework()
                : years.stream().map(YearAnalysis::framework).filter(YearFramework::hasIndicators).findFirst()
                .orElse(null);
        boolean computedShown = false;
        int r = FIRST_DATA;
        for (int ind = 1; ind <= AgencyYear.INDICATORS; ind++) {
            final int number = ind;
            IndicatorDef def = names == null ? null : names.indicator(number);
            s.gen(r, 0, "ตัวชี้วัดที่ " + number, Kind.LABEL);
            s.gen(r, 1, def == null ? "" : def.name() + " (" + def.tool().name() + ")", Kind.TEXT);
            for (int i = 0; i < n; i++) {
                YearAnalysis y = years.get(i);
                BigDecimal reported = y.year().indicator(number);
                BigDecimal effective = y.framework().hasIndicators()
                        ? y.check().effectiveIndicators().get(number - 1) : null;
                computedShown |= value(s, r, YEAR_COL + i, reported, effective);
            }
            changeFormulas(s, r, years, firstChange);
            r++;
        }
        for (Tool t : Tool.values()) {
            s.gen(r, 0, t.name(), Kind.LABEL);
            s.gen(r, 1, t.thaiName(), Kind.TEXT);
            for (int i = 0; i < n; i++) {
                YearAnalysis y = years.get(i);
                computedShown |= value(s, r, YEAR_COL + i, y.year().tool(t), y.check().computedTools().get(t));
            }
            changeFormulas(s, r, years, firstChange);
            r++;
        }
        int totalRow = r;
        s.gen(r, 0, "คะแนนรวม", Kind.LABEL);
        s.gen(r, 1, "คะแนนรวมถ่วงน้ำหนัก", Kind.TEXT);
        for (int i = 0; i < n; i++) {
            YearAnalysis y = years.get(i);
            computedShown |= value(s, r, YEAR_COL + i, y.year().total(), y.check().computedTotal());
        }
        changeFormulas(s, r, years, firstChange);
        r++;
        s.gen(r, 0, "ระดับ", Kind.LABEL);
        s.gen(r, 1, "ระดับผลการประเมิน", Kind.TEXT);
        for (int i = 0; i < n; i++) {
            String level = years.get(i).level();
            s.text(r, YEAR_COL + i, level == null ? "" : level, Kind.TEXT_CENTER);
        }
        for (int i = 0; i < changes; i++) {
            int to = years.get(i + 1).fiscalYear();
            Optional<YearChange> step = years.get(i + 1).fromPrevious().filter(c -> c.toYear() == to);
            s.gen(r, firstChange + i, step.map(YearComparisonSheetWriter::levelStep).orElse(""), Kind.TEXT_CENTER);
        }
        r++;
        if (changes > 0) {
            s.sheet().signColours(new Sheet.SignColours(FIRST_DATA, firstChange, totalRow, last,
                    AgencyStyleSheet.SHEET.highlight(AgencyStyleSheet.GAIN),
                    AgencyStyleSheet.SHEET.highlight(AgencyStyleSheet.DROP)));
        }
        r++;
        List<String> notes = new ArrayList<>();
        if (computedShown) {
            notes.add("ตัวเลขตัวเอียงคำนวณจากคะแนนส่วนย่อย เนื่องจากไม่มีคะแนนที่รายงาน");
        }
        List<Integer> missing = analysis.trend().missingYears().stream().filter(y -> y < chosen.fiscalYear()).toList();
        if (!missing.isEmpty()) {
            notes.add("ไม่มีข้อมูลของปี " + String.join(", ", missing.stream().map(String::valueOf).toList())
                    + " การเปลี่ยนแปลงจึงเทียบกับปีก่อนหน้าที่มีข้อมูล");
        }
        if (years.stream().anyMatch(y -> !y.framework().hasIndicators())) {
            notes.add("ปีงบประมาณ พ.ศ. 2561 และก่อนหน้าใช้แบบประเมินเดิม เปรียบเทียบได้เฉพาะคะแนนรวม");
        }
        if (changes == 0) {
            notes.add("มีผลการประเมินเพียงปีเดียว จึงยังไม่มีการเปลี่ยนแปลงให้เปรียบเทียบ");
        }
        for (String note : notes) {
            s.genAcross(r, 0, last, note, Kind.NOTE);
            r++;
        }
        boolean indicatorsKnown = years.stream().anyMatch(y -> y.framework().hasIndicators());
        Layout layout = new Layout(years.stream().map(YearAnalysis::fiscalYear).toList(), YEAR_COL,
                YEAR_COL + n - 1, FIRST_DATA, totalRow, indicatorsKnown);
        boolean repeat = YearComparisonCharts.add(s, layout, r, Math.max(last + 1, 6),
                chosen.framework().hasIndicators());
        s.print(true, repeat ? HEADER_TOP : -1, repeat ? HEADER : -1);
        s.freeze(FIRST_DATA, YEAR_COL);
        s.finish();
    }

    /** Writes the reported value, else the computed one in italics; true when a computed one was written. */
    private static boolean value(SheetBuilder s, int r, int c, BigDecimal reported, BigDecimal computed) {
        if (reported != null) {
            s.number(r, c, reported, Kind.NUMBER);
            return false;
        }
        s.number(r, c, computed, computed != null ? Kind.COMPUTED_NUMBER : Kind.NUMBER);
        return computed != null;
    }

    /** Each change as a formula; its cached value from the two figures shown, rounded as the later year rounds. */
    private static void changeFormulas(SheetBuilder s, int r, List<YearAnalysis> years, int firstChange) {
        for (int i = 0; i + 1 < years.size(); i++) {
            int from = YEAR_COL + i;
            int to = from + 1;
            YearFramework later = years.get(i + 1).framework();
            boolean known = s.isNumber(r, from) && s.isNumber(r, to);
            if (known) {
                BigDecimal change = later.round(BigDecimal.valueOf(s.sheet().numberAt(r, to))
                        .subtract(BigDecimal.valueOf(s.sheet().numberAt(r, from))));
                s.formula(r, firstChange + i, "ROUND(" + CellRefs.address(r, to) + "-"
                        + CellRefs.address(r, from) + "," + later.scale() + ")", change, Kind.CHANGE, Fill.NONE);
            } else {
                s.number(r, firstChange + i, null, Kind.CHANGE);
            }
        }
    }

    private static String levelStep(YearChange c) {
        if (c.fromLevel() == null || c.toLevel() == null) {
            return "";
        }
        if (c.levelSteps() == null) {
            return "คนละเกณฑ์";
        }
        int steps = c.levelSteps();
        return steps == 0 ? "เท่าเดิม" : (steps > 0 ? "ดีขึ้น " : "ลดลง ") + Math.abs(steps) + " ระดับ";
    }
}
