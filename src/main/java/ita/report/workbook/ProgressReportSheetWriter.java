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
 * on its own: {@value #SHEET_6} (ต.ค. – มี.ค.) and {@value #SHEET_12} (ต.ค. – ก.ย.). Each lists every measure
 * with the issue and ITA items it answers, its steps, responsible unit, monitoring and months, then the columns
 * the agency fills: ผลการดำเนินการ, สถานะ (a dropdown, left empty for the agency to choose), วันที่ดำเนินการ (a
 * Buddhist-era date) and หลักฐาน; the signature lines of who reports and who checks close the form. In the 6-month
 * form a measure that starts after มี.ค. is noted as reported at 12 months.
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

    static final List<String> HEADERS = List.of("ที่", "ประเด็น/ข้อ ITA", "มาตรการ", "ขั้นตอน/วิธีการปฏิบัติ",
            "ผู้รับผิดชอบ", "การกำกับติดตาม/ระยะเวลา", "ผลการดำเนินการ", "สถานะ", "วันที่ดำเนินการ", "หลักฐาน");
    /** In the workbook's character widths: together they print on A4 landscape at three quarters of their size. */
    private static final double[] WIDTHS = {3.5, 12, 15, 22, 9, 12, 19, 9, 9, 10};
    static final int COL_RESULT = 6;
    static final int COL_STATUS = 7;
    static final int COL_DATE = 8;
    static final int COL_EVIDENCE = 9;
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
            r = row(sheet, r, number++, m, plan, round, o);
        }
        ListsSheet.Refs lists = ListsSheet.ensure(wb, plan.responsibleUnits());
        ListsSheet.dropdown(sheet, lists.statuses(), FIRST_DATA_ROW, r - 1, COL_STATUS, "สถานะของมาตรการนี้", true);
        signatures(sheet, r + 1, o);
        MeasuresSheetWriter.setUpPage(sheet, HEADER_ROW, HEADER_ROW);
        return sheet;
    }

    /** Writes one measure from row {@code r}, its cells merged down the rows its text needs; returns the next row. */
    private static int row(Sheet sheet, int r, int number, PlannedMeasure m, MeasurePlan plan, Round round,
                           ThaiFormat o) {
        String follow = m.monitoring() + "\nระยะเวลา: " + m.period();
        if (round == Round.SIX_MONTHS && m.startMonth() > round.lastMonth()) {
            follow += "\nเริ่มดำเนินการ " + FiscalMonths.label(plan.fiscalYear(), m.startMonth())
                    + " จึงรายงานผลในรอบ 12 เดือน";
        }
        String[] values = {null, m.issue().label() + "\n" + m.itaItems(), MeasuresSheetWriter.statement(m), m.steps(),
            m.responsible(), follow, "", "", null, ""};
        int lines = MIN_LINES;
        for (int c = 1; c < values.length; c++) {
            if (values[c] != null) {
                lines = Math.max(lines, TextLines.lines(values[c], WIDTHS[c]));
            }
        }
        int[] rows = MeasuresSheetWriter.block(new int[] {Math.min(lines, MeasuresSheetWriter.ROW_LINES)}, lines);
        int last = r + rows.length - 1;
        for (int i = 0; i < rows.length; i++) {
            for (int c = 0; c < values.length; c++) {
                sheet.style(r + i, c, c == COL_DATE ? FormStyles.date(o.thaiDigits())
                        : c == 0 || c == COL_STATUS ? FormStyles.centered() : FormStyles.text());
            }
            sheet.height(r + i, ThaiTypography.heightFor(rows[i]));
        }
        if (o.thaiDigits()) {
            sheet.text(r, 0, o.text(Integer.toString(number)), FormStyles.centered());
        } else {
            sheet.number(r, 0, number, FormStyles.centered());
        }
        for (int c = 1; c < values.length; c++) {
            if (values[c] != null) {
                sheet.text(r, c, o.text(values[c]), c == COL_STATUS ? FormStyles.centered() : FormStyles.text());
            }
        }
        if (last > r) {
            for (int c = 0; c < values.length; c++) {
                sheet.merge(r, last, c, c);
            }
        }
        return last + 1;
    }

    /** Who reports and who checks, under the table: outside the columns a filled form is read back from. */
    private static void signatures(Sheet sheet, int r, ThaiFormat o) {
        String[][] blocks = {{"ผู้รายงาน", "3", "5"}, {"ผู้ตรวจสอบ", "6", "9"}};
        for (String[] b : blocks) {
            int from = Integer.parseInt(b[1]);
            int to = Integer.parseInt(b[2]);
            String[] lines = {"ลงชื่อ " + DOTS + " " + b[0], "(" + DOTS + ")", "ตำแหน่ง " + DOTS,
                "วันที่ " + DOTS};
            for (int i = 0; i < lines.length; i++) {
                sheet.text(r + i, from, o.text(lines[i]), FormStyles.signature());
                sheet.merge(r + i, r + i, from, to);
                sheet.height(r + i, ThaiTypography.heightFor(1));
            }
        }
    }

    private static final String DOTS = "................................";

    /** "ตุลาคม 2565" for a fiscal month. */
    private static String longMonth(int fiscalYear, int index) {
        int calendar = (index + 9) % 12 + 1;
        return ThaiDates.MONTHS_LONG[calendar - 1] + " " + FiscalMonths.buddhistYear(fiscalYear, index);
    }
}
