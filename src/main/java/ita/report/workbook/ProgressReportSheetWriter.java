package ita.report.workbook;

import ita.measures.FiscalMonths;
import ita.measures.MeasurePlan;
import ita.measures.PlannedMeasure;
import ita.report.ThaiFormat;
import ita.report.typography.TextLines;
import ita.report.typography.ThaiTypography;
import ita.report.xlsx.Sheet;
import ita.report.xlsx.Workbook;
import ita.text.ThaiDates;
import java.util.List;

/**
 * Writes the progress-report forms of a measure plan, one sheet per round, because each round is published
 * on its own: {@value #SHEET_6} (ต.ค. – มี.ค.) and {@value #SHEET_12} (ต.ค. – ก.ย.). Each lists every
 * measure with ผลการดำเนินการ to fill in, a สถานะ dropdown (ยังไม่ได้ดำเนินการ until changed), a
 * วันที่ดำเนินการ cell formatted as a Buddhist-era date, and หมายเหตุ. In the 6-month form a measure that
 * starts after มี.ค. is noted as reported at 12 months.
 */
public final class ProgressReportSheetWriter {

    public static final String SHEET_6 = "รายงานผล 6 เดือน";
    public static final String SHEET_12 = "รายงานผล 12 เดือน";

    /** The two reporting rounds of a fiscal year. */
    public enum Round {
        SIX_MONTHS(SHEET_6, "รอบ 6 เดือน", 5), TWELVE_MONTHS(SHEET_12, "รอบ 12 เดือน", 11);

        private final String sheetName;
        private final String label;
        private final int lastMonth;

        Round(String sheetName, String label, int lastMonth) {
            this.sheetName = sheetName;
            this.label = label;
            this.lastMonth = lastMonth;
        }

        public String sheetName() {
            return sheetName;
        }

        public String label() {
            return label;
        }

        /** The fiscal index of the round's last month. */
        public int lastMonth() {
            return lastMonth;
        }
    }

    static final List<String> HEADERS = List.of("ที่", "ประเด็น", "มาตรการ", "ขั้นตอน/วิธีการปฏิบัติ", "ผู้รับผิดชอบ",
            "ระยะเวลาดำเนินการ", "ผลการดำเนินการ", "สถานะ", "วันที่ดำเนินการ", "หมายเหตุ");
    private static final int[] WIDTHS = {5, 18, 26, 50, 16, 14, 44, 20, 16, 24};
    static final int COL_RESULT = 6;
    static final int COL_STATUS = 7;
    static final int COL_DATE = 8;
    static final int COL_NOTE = 9;
    static final int HEADER_ROW = 5;
    static final int FIRST_DATA_ROW = HEADER_ROW + 1;
    /** Room left for writing the result by hand or by typing. */
    private static final int MIN_LINES = 3;

    private ProgressReportSheetWriter() {
    }

    /** Writes both rounds; returns the sheets in order. Of the options only the Thai digits count. */
    public static List<Sheet> write(Workbook wb, MeasurePlan plan, WorkbookOptions options) {
        ThaiFormat o = new ThaiFormat(options.thaiDigits());
        return List.of(writeRound(wb, plan, Round.SIX_MONTHS, o), writeRound(wb, plan, Round.TWELVE_MONTHS, o));
    }

    static Sheet writeRound(Workbook wb, MeasurePlan plan, Round round, ThaiFormat o) {
        Sheet sheet = wb.addSheet(round.sheetName());
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.width(c, WIDTHS[c]);
        }
        int lastCol = HEADERS.size() - 1;
        String[] titles = {
            "รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. "
                + plan.fiscalYear(),
            round.label() + " (" + longMonth(plan.fiscalYear(), 0) + " – " + longMonth(plan.fiscalYear(),
                round.lastMonth()) + ")",
            plan.agencyName(),
            MeasuresSheetWriter.place(plan)};
        for (int i = 0; i < titles.length; i++) {
            sheet.text(i, 0, o.text(titles[i]), i == 0 ? FormStyles.title() : FormStyles.subtitle());
            sheet.height(i, i == 0 ? 32 : ThaiTypography.heightFor(1));
            sheet.merge(i, i, 0, lastCol);
        }
        int headerLines = 1;
        for (int c = 0; c <= lastCol; c++) {
            sheet.text(HEADER_ROW, c, HEADERS.get(c), FormStyles.header());
            headerLines = Math.max(headerLines, TextLines.lines(HEADERS.get(c), WIDTHS[c]));
        }
        sheet.height(HEADER_ROW, ThaiTypography.heightFor(headerLines));
        int r = FIRST_DATA_ROW;
        int number = 1;
        for (PlannedMeasure m : plan.measures()) {
            row(sheet, r++, number++, m, plan, round, o);
        }
        ListsSheet.Refs lists = ListsSheet.ensure(wb, plan.responsibleUnits());
        ListsSheet.dropdown(sheet, lists.statuses(), FIRST_DATA_ROW, r - 1, COL_STATUS, "สถานะของมาตรการนี้", true);
        MeasuresSheetWriter.setUpPage(sheet, HEADER_ROW, HEADER_ROW);
        return sheet;
    }

    private static void row(Sheet sheet, int r, int number, PlannedMeasure m, MeasurePlan plan, Round round,
                            ThaiFormat o) {
        if (o.thaiDigits()) {
            sheet.text(r, 0, o.text(Integer.toString(number)), FormStyles.centered());
        } else {
            sheet.number(r, 0, number, FormStyles.centered());
        }
        String note = round == Round.SIX_MONTHS && m.startMonth() > round.lastMonth()
                ? "เริ่มดำเนินการ " + FiscalMonths.label(plan.fiscalYear(), m.startMonth()) + " จึงรายงานผลในรอบ 12 เดือน"
                : "";
        String[] values = {null, m.topic(), m.measure(), m.steps(), m.responsible(), m.period(), "",
            ListsSheet.NOT_STARTED, null, note};
        int lines = MIN_LINES;
        for (int c = 1; c < values.length; c++) {
            if (values[c] == null) {
                continue;
            }
            boolean centered = c == 5 || c == COL_STATUS;
            sheet.text(r, c, o.text(values[c]), centered ? FormStyles.centered() : FormStyles.text());
            lines = Math.max(lines, TextLines.lines(values[c], WIDTHS[c]));
        }
        sheet.style(r, COL_DATE, FormStyles.date(o.thaiDigits()));
        sheet.height(r, ThaiTypography.heightFor(lines));
    }

    /** "ตุลาคม 2565" for a fiscal month. */
    private static String longMonth(int fiscalYear, int index) {
        int calendar = (index + 9) % 12 + 1;
        return ThaiDates.MONTHS_LONG[calendar - 1] + " " + FiscalMonths.buddhistYear(fiscalYear, index);
    }
}
