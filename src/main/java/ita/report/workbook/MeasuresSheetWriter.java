package ita.report.workbook;

import ita.measures.FiscalMonths;
import ita.measures.MeasurePlan;
import ita.measures.PlannedMeasure;
import ita.report.ThaiFormat;
import ita.report.typography.TextLines;
import ita.report.typography.ThaiTypography;
import ita.report.xlsx.Sheet;
import ita.report.xlsx.Workbook;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sheet {@value #SHEET}: the measures of one agency for a fiscal year, with a month grid.
 *
 * <p>Layout: four title rows (title with the fiscal year, agency, district and province, the result year the
 * plan answers), a blank row, a two-row header (rows 6–7) and one row per basis of each measure. A measure with
 * several bases (say three failed items of one sub-indicator) takes several rows: each row names one item in
 * ข้อคำถาม/ข้อ ITA and ผลการวิเคราะห์, and the measure's other cells are merged down across them, so that the
 * measure appears once. Months of the measure's period are shaded and marked {@value FormStyles#MONTH_MARK}.
 * ผู้รับผิดชอบ and รอบการรายงาน have dropdowns fed by the hidden sheet รายการ.
 */
public final class MeasuresSheetWriter {

    public static final String SHEET = "มาตรการ";

    static final List<String> HEADERS = List.of("ที่", "ประเด็น", "ข้อคำถาม/ข้อ ITA", "ผลการวิเคราะห์", "มาตรการ",
            "ขั้นตอน/วิธีการปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "การกำกับติดตาม", "รอบการรายงาน");
    private static final int[] WIDTHS = {5, 18, 26, 34, 26, 56, 16, 13, 26, 13};
    private static final int MONTH_WIDTH = 6;
    static final int COL_REFERENCE = 2;
    static final int COL_ANALYSIS = 3;
    static final int COL_RESPONSIBLE = 6;
    static final int COL_PERIOD = 7;
    static final int COL_ROUND = 9;
    static final int FIRST_MONTH_COL = HEADERS.size();
    static final int LAST_COL = FIRST_MONTH_COL + 11;
    static final int HEADER_ROW = 5;
    static final int FIRST_DATA_ROW = HEADER_ROW + 2;

    private MeasuresSheetWriter() {
    }

    /** Writes the sheet; of the options only the Thai digits count. */
    public static Sheet write(Workbook wb, MeasurePlan plan, WorkbookOptions options) {
        ThaiFormat o = new ThaiFormat(options.thaiDigits());
        Sheet sheet = wb.addSheet(SHEET);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.width(c, WIDTHS[c]);
        }
        for (int c = FIRST_MONTH_COL; c <= LAST_COL; c++) {
            sheet.width(c, MONTH_WIDTH);
        }
        titles(sheet, plan, o);
        header(sheet, plan, o);
        int r = FIRST_DATA_ROW;
        int number = 1;
        for (PlannedMeasure m : plan.measures()) {
            r = measure(sheet, r, number++, m, o);
        }
        ListsSheet.Refs lists = ListsSheet.ensure(wb, plan.responsibleUnits());
        ListsSheet.dropdown(sheet, lists.units(), FIRST_DATA_ROW, r - 1, COL_RESPONSIBLE,
                "หน่วยงานที่รับผิดชอบมาตรการนี้", false);
        ListsSheet.dropdown(sheet, lists.rounds(), FIRST_DATA_ROW, r - 1, COL_ROUND, "รอบที่รายงานผลมาตรการนี้", true);
        setUpPage(sheet, HEADER_ROW, HEADER_ROW + 1);
        return sheet;
    }

    static void titles(Sheet sheet, MeasurePlan plan, ThaiFormat o) {
        List<String> lines = new ArrayList<>();
        lines.add("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. " + plan.fiscalYear());
        lines.add(plan.agencyName());
        lines.add(place(plan));
        lines.add("จัดทำจากผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. "
                + plan.resultYear());
        for (int i = 0; i < lines.size(); i++) {
            sheet.text(i, 0, o.text(lines.get(i)), i == 0 ? FormStyles.title() : FormStyles.subtitle());
            sheet.height(i, i == 0 ? 32 : ThaiTypography.heightFor(1));
            sheet.merge(i, i, 0, LAST_COL);
        }
    }

    /** "อำเภอทับคล้อ จังหวัดพิจิตร", leaving out what is unknown. */
    static String place(MeasurePlan plan) {
        String district = plan.district().isBlank() ? "" : "อำเภอ" + plan.district();
        String province = plan.province().isBlank() ? ""
                : plan.province().equals("กรุงเทพมหานคร") ? plan.province() : "จังหวัด" + plan.province();
        return (district + " " + province).strip();
    }

    private static void header(Sheet sheet, MeasurePlan plan, ThaiFormat o) {
        int top = HEADER_ROW;
        int bottom = HEADER_ROW + 1;
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.text(top, c, HEADERS.get(c), FormStyles.header());
            sheet.style(bottom, c, FormStyles.header());
            sheet.merge(top, bottom, c, c);
        }
        for (int m = 0; m < 12; m++) {
            sheet.text(top, FIRST_MONTH_COL + m, FiscalMonths.name(m), FormStyles.smallHeader());
            sheet.text(bottom, FIRST_MONTH_COL + m,
                    o.text(Integer.toString(FiscalMonths.buddhistYear(plan.fiscalYear(), m))), FormStyles.smallHeader());
        }
        double widest = 0;
        for (int c = 0; c < HEADERS.size(); c++) {
            widest = Math.max(widest, TextLines.lines(HEADERS.get(c), WIDTHS[c]));
        }
        float h = ThaiTypography.heightFor((int) Math.ceil(widest / 2.0));
        sheet.height(top, h);
        sheet.height(bottom, h);
    }

    /** Writes one measure from row {@code r}; returns the row after it. */
    private static int measure(Sheet sheet, int r, int number, PlannedMeasure m, ThaiFormat o) {
        List<PlannedMeasure.Basis> bases = m.bases();
        int last = r + bases.size() - 1;
        int[] lines = new int[bases.size()];
        int text = FormStyles.text();
        int centered = FormStyles.centered();
        int monthOff = FormStyles.monthOff();
        int monthOn = FormStyles.monthOn();
        for (int i = 0; i < bases.size(); i++) {
            PlannedMeasure.Basis b = bases.get(i);
            sheet.text(r + i, COL_REFERENCE, o.text(b.reference()), text);
            sheet.text(r + i, COL_ANALYSIS, o.text(b.analysis()), text);
            lines[i] = Math.max(TextLines.lines(b.reference(), WIDTHS[COL_REFERENCE]),
                    TextLines.lines(b.analysis(), WIDTHS[COL_ANALYSIS]));
            for (int c = 0; c <= LAST_COL; c++) {
                if (c != COL_REFERENCE && c != COL_ANALYSIS) {
                    sheet.style(r + i, c, c >= FIRST_MONTH_COL ? monthOff : text);
                }
            }
        }
        if (o.thaiDigits()) {
            sheet.text(r, 0, o.text(Integer.toString(number)), centered);
        } else {
            sheet.number(r, 0, number, centered);
        }
        String[] shared = {null, m.topic(), null, null, m.measure(), m.steps(), m.responsible(), m.period(),
            m.monitoring(), m.reportingRound().label()};
        int needed = 1;
        for (int c = 1; c < shared.length; c++) {
            if (shared[c] != null) {
                sheet.text(r, c, o.text(shared[c]), c == COL_ROUND || c == COL_PERIOD ? centered : text);
                needed = Math.max(needed, TextLines.lines(shared[c], WIDTHS[c]));
            }
        }
        for (int mo = 0; mo < 12; mo++) {
            if (mo >= m.startMonth() && mo <= m.endMonth()) {
                sheet.text(r, FIRST_MONTH_COL + mo, FormStyles.MONTH_MARK, monthOn);
                for (int i = 1; i < bases.size(); i++) {
                    sheet.style(r + i, FIRST_MONTH_COL + mo, monthOn);
                }
            }
        }
        if (last > r) {
            for (int c = 0; c <= LAST_COL; c++) {
                if (c != COL_REFERENCE && c != COL_ANALYSIS) {
                    sheet.merge(r, last, c, c);
                }
            }
        }
        int total = 0;
        for (int l : lines) {
            total += l;
        }
        // the merged cells must fit in the rows together; give what is missing to the last row
        lines[lines.length - 1] += Math.max(0, needed - total);
        for (int i = 0; i < lines.length; i++) {
            sheet.height(r + i, ThaiTypography.heightFor(lines[i]));
        }
        return last + 1;
    }

    /**
     * A4 landscape, all columns on one page width, the header rows repeated on every page, the panes frozen
     * below the header, and page numbers in the footer.
     */
    static void setUpPage(Sheet sheet, int headerFirstRow, int headerLastRow) {
        sheet.page(new Sheet.PageSetup(true, 0.4, 0.4, 0.5, 0.5, headerFirstRow, headerLastRow, "หน้า &P / &N"));
        sheet.freeze(headerLastRow + 1, 0);
    }
}
