package ita.report.workbook;

import ita.measures.FiscalMonths;
import ita.measures.MeasurePlan;
import ita.measures.PlannedMeasure;
import ita.measures.PlannedStep;
import ita.report.ThaiFormat;
import ita.report.typography.TextLines;
import ita.report.typography.ThaiTypography;
import ita.report.xlsx.Sheet;
import ita.report.xlsx.Workbook;

/**
 * Writes the sheet {@value #SHEET}: when each step of each measure is done, on a month grid ต.ค.–ก.ย. of the plan's
 * fiscal year. A measure takes a row with its name, then one row per step; a step's months are shaded and marked,
 * and only those, so that the grid says what happens when.
 */
final class ScheduleSheetWriter {

    static final String SHEET = "ปฏิทินการดำเนินงาน";
    private static final double[] WIDTHS = {5, 55};
    private static final double MONTH_WIDTH = 5;
    static final int FIRST_MONTH_COL = WIDTHS.length;
    static final int LAST_COL = FIRST_MONTH_COL + 11;
    static final int HEADER_ROW = 5;

    private ScheduleSheetWriter() {
    }

    static Sheet write(Workbook wb, MeasurePlan plan, ThaiFormat o) {
        Sheet sheet = wb.addSheet(SHEET);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.width(c, WIDTHS[c]);
        }
        for (int c = FIRST_MONTH_COL; c <= LAST_COL; c++) {
            sheet.width(c, MONTH_WIDTH);
        }
        MeasuresSheetWriter.titles(sheet, plan, o, LAST_COL, "ปฏิทินการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
                + " ประจำปีงบประมาณ พ.ศ. " + plan.fiscalYear());
        int top = HEADER_ROW;
        sheet.text(top, 0, "ที่", FormStyles.header());
        sheet.text(top, 1, "มาตรการและขั้นตอน", FormStyles.header());
        sheet.style(top + 1, 0, FormStyles.header());
        sheet.style(top + 1, 1, FormStyles.header());
        sheet.merge(top, top + 1, 0, 0);
        sheet.merge(top, top + 1, 1, 1);
        for (int m = 0; m < 12; m++) {
            sheet.text(top, FIRST_MONTH_COL + m, FiscalMonths.name(m), FormStyles.smallHeader());
            sheet.text(top + 1, FIRST_MONTH_COL + m,
                    o.text(Integer.toString(FiscalMonths.buddhistYear(plan.fiscalYear(), m))), FormStyles.smallHeader());
        }
        sheet.height(top, ThaiTypography.heightFor(1));
        sheet.height(top + 1, ThaiTypography.heightFor(1));
        int r = top + 2;
        int number = 1;
        for (PlannedMeasure m : plan.measures()) {
            sheet.text(r, 0, o.text(Integer.toString(number)), FormStyles.centered());
            sheet.text(r, 1, o.text(m.topic()), FormStyles.bold());
            for (int c = FIRST_MONTH_COL; c <= LAST_COL; c++) {
                sheet.style(r, c, FormStyles.monthOff());
            }
            sheet.height(r, ThaiTypography.heightFor(TextLines.lines(m.topic(), WIDTHS[1])));
            r++;
            int step = 1;
            for (PlannedStep s : m.stepList()) {
                String label = number + "." + step;
                sheet.text(r, 0, o.text(label), FormStyles.centered());
                String text = s.text() + " (" + s.when() + ")";
                sheet.text(r, 1, o.text(text), FormStyles.text());
                for (int mo = 0; mo < 12; mo++) {
                    if (s.covers(mo)) {
                        sheet.text(r, FIRST_MONTH_COL + mo, FormStyles.MONTH_MARK, FormStyles.monthOn());
                    } else {
                        sheet.style(r, FIRST_MONTH_COL + mo, FormStyles.monthOff());
                    }
                }
                sheet.height(r, ThaiTypography.heightFor(TextLines.lines(text, WIDTHS[1])));
                r++;
                step++;
            }
            number++;
        }
        MeasuresSheetWriter.setUpPage(sheet, top, top + 1);
        return sheet;
    }
}
