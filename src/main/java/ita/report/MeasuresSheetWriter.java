package ita.report;

import ita.measures.FiscalMonths;
import ita.measures.MeasurePlan;
import ita.measures.PlannedMeasure;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sheet {@value #SHEET}: the measures of one agency for a fiscal year, with a month grid.
 *
 * <p>Layout: four title rows (title with the fiscal year, agency, district and province, the result year the
 * plan answers), a blank row, a two-row header (rows 6–7) and one row per basis of each measure. A measure with
 * several bases (say three failed items of one sub-indicator) takes several rows: each row names one item in
 * ข้อคำถาม/ข้อ ITA and ผลการวิเคราะห์, and the measure's other cells are merged down across them, so that the
 * measure appears once. Months of the measure's period are shaded and marked {@value ThaiSheetStyle#MONTH_MARK}.
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

    public static XSSFSheet write(XSSFWorkbook wb, MeasurePlan plan, SheetOptions options) {
        ThaiSheetStyle style = new ThaiSheetStyle(wb);
        XSSFSheet sheet = wb.createSheet(SHEET);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        for (int c = FIRST_MONTH_COL; c <= LAST_COL; c++) {
            sheet.setColumnWidth(c, MONTH_WIDTH * 256);
        }
        titles(sheet, plan, options, style);
        header(sheet, plan, options, style);
        int r = FIRST_DATA_ROW;
        int number = 1;
        for (PlannedMeasure m : plan.measures()) {
            r = measure(sheet, r, number++, m, options, style);
        }
        ListsSheet.Refs lists = ListsSheet.ensure(wb, plan.responsibleUnits());
        ListsSheet.dropdown(sheet, lists.units(), FIRST_DATA_ROW, r - 1, COL_RESPONSIBLE,
                "หน่วยงานที่รับผิดชอบมาตรการนี้", false);
        ListsSheet.dropdown(sheet, lists.rounds(), FIRST_DATA_ROW, r - 1, COL_ROUND, "รอบที่รายงานผลมาตรการนี้", true);
        ThaiSheetStyle.setUpPage(sheet, HEADER_ROW, HEADER_ROW + 1);
        return sheet;
    }

    static void titles(XSSFSheet sheet, MeasurePlan plan, SheetOptions o, ThaiSheetStyle style) {
        List<String> lines = new ArrayList<>();
        lines.add("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. " + plan.fiscalYear());
        lines.add(plan.agencyName());
        lines.add(place(plan));
        lines.add("จัดทำจากผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. "
                + plan.resultYear());
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            text(row, 0, o.text(lines.get(i)), i == 0 ? style.title() : style.subtitle());
            row.setHeightInPoints(i == 0 ? 32 : ThaiTypography.LINE_HEIGHT_POINTS);
            sheet.addMergedRegion(new CellRangeAddress(i, i, 0, LAST_COL));
        }
    }

    /** "อำเภอทับคล้อ จังหวัดพิจิตร", leaving out what is unknown. */
    static String place(MeasurePlan plan) {
        String district = plan.district().isBlank() ? "" : "อำเภอ" + plan.district();
        String province = plan.province().isBlank() ? ""
                : plan.province().equals("กรุงเทพมหานคร") ? plan.province() : "จังหวัด" + plan.province();
        return (district + " " + province).strip();
    }

    private static void header(XSSFSheet sheet, MeasurePlan plan, SheetOptions o, ThaiSheetStyle style) {
        Row top = sheet.createRow(HEADER_ROW);
        Row bottom = sheet.createRow(HEADER_ROW + 1);
        for (int c = 0; c < HEADERS.size(); c++) {
            text(top, c, HEADERS.get(c), style.header());
            bottom.createCell(c).setCellStyle(style.header());
            sheet.addMergedRegion(new CellRangeAddress(HEADER_ROW, HEADER_ROW + 1, c, c));
        }
        for (int m = 0; m < 12; m++) {
            text(top, FIRST_MONTH_COL + m, FiscalMonths.name(m), style.smallHeader());
            text(bottom, FIRST_MONTH_COL + m, o.text(Integer.toString(FiscalMonths.buddhistYear(plan.fiscalYear(), m))),
                    style.smallHeader());
        }
        double widest = 0;
        for (int c = 0; c < HEADERS.size(); c++) {
            widest = Math.max(widest, ThaiSheetStyle.lines(HEADERS.get(c), WIDTHS[c]));
        }
        float h = ThaiSheetStyle.height((int) Math.ceil(widest / 2.0));
        top.setHeightInPoints(h);
        bottom.setHeightInPoints(h);
    }

    /** Writes one measure from row {@code r}; returns the row after it. */
    private static int measure(XSSFSheet sheet, int r, int number, PlannedMeasure m, SheetOptions o,
                               ThaiSheetStyle style) {
        List<PlannedMeasure.Basis> bases = m.bases();
        int last = r + bases.size() - 1;
        int[] lines = new int[bases.size()];
        for (int i = 0; i < bases.size(); i++) {
            Row row = sheet.createRow(r + i);
            PlannedMeasure.Basis b = bases.get(i);
            text(row, COL_REFERENCE, o.text(b.reference()), style.text());
            text(row, COL_ANALYSIS, o.text(b.analysis()), style.text());
            lines[i] = Math.max(ThaiSheetStyle.lines(b.reference(), WIDTHS[COL_REFERENCE]),
                    ThaiSheetStyle.lines(b.analysis(), WIDTHS[COL_ANALYSIS]));
            for (int c = 0; c <= LAST_COL; c++) {
                if (c != COL_REFERENCE && c != COL_ANALYSIS) {
                    row.createCell(c).setCellStyle(c >= FIRST_MONTH_COL ? style.monthOff() : style.text());
                }
            }
        }
        Row first = sheet.getRow(r);
        if (o.thaiDigits()) {
            text(first, 0, o.text(Integer.toString(number)), style.centered());
        } else {
            Cell n = first.getCell(0);
            n.setCellValue(number);
            n.setCellStyle(style.centered());
        }
        String[] shared = {null, m.topic(), null, null, m.measure(), m.steps(), m.responsible(), m.period(),
            m.monitoring(), m.reportingRound().label()};
        int needed = 1;
        for (int c = 1; c < shared.length; c++) {
            if (shared[c] != null) {
                CellStyle s = c == COL_ROUND || c == COL_PERIOD ? style.centered() : style.text();
                text(first, c, o.text(shared[c]), s);
                needed = Math.max(needed, ThaiSheetStyle.lines(shared[c], WIDTHS[c]));
            }
        }
        for (int mo = 0; mo < 12; mo++) {
            if (mo >= m.startMonth() && mo <= m.endMonth()) {
                text(first, FIRST_MONTH_COL + mo, ThaiSheetStyle.MONTH_MARK, style.monthOn());
                for (int i = 1; i < bases.size(); i++) {
                    sheet.getRow(r + i).getCell(FIRST_MONTH_COL + mo).setCellStyle(style.monthOn());
                }
            }
        }
        if (last > r) {
            for (int c = 0; c <= LAST_COL; c++) {
                if (c != COL_REFERENCE && c != COL_ANALYSIS) {
                    sheet.addMergedRegion(new CellRangeAddress(r, last, c, c));
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
            sheet.getRow(r + i).setHeightInPoints(ThaiSheetStyle.height(lines[i]));
        }
        return last + 1;
    }

    /** Text from any source is written as a text cell, so "=…" from an input never becomes a formula. */
    static void text(Row row, int col, String value, CellStyle style) {
        Cell c = row.getCell(col) == null ? row.createCell(col) : row.getCell(col);
        c.setCellValue(value == null ? "" : value);
        c.setCellStyle(style);
    }
}
