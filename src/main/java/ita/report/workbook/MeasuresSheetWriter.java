package ita.report.workbook;

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
 * Writes the sheet {@value #SHEET}: the measures of one agency for a fiscal year, as the measures document of the
 * OIT item asks for them.
 *
 * <p>Layout: four title rows (title with the fiscal year, agency, district and province, the result year the
 * plan answers), a blank row, a header (row 6) and one row per basis of each measure. A measure with several bases
 * (an indicator and the failed items behind it, say) takes several rows: each row names one of them in ข้อ ITA and
 * ผลการวิเคราะห์, and the measure's other cells are merged down across them, so that the measure appears once.
 * ประเด็น names the issue and how pressing it is; มาตรการ the measure, its target and what moves by when; the steps
 * carry their months. The month grid is on its own sheet ({@link ScheduleSheetWriter}), so that this one prints on
 * A4 landscape with its text at 12 pt or more. ผู้รับผิดชอบ has a dropdown fed by the hidden sheet รายการ.
 */
public final class MeasuresSheetWriter {

    public static final String SHEET = "มาตรการ";

    static final List<String> HEADERS = List.of("ที่", "ประเด็น", "ข้อ ITA", "ผลการวิเคราะห์", "มาตรการและเป้าหมาย",
            "ขั้นตอน/วิธีการปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลา", "การกำกับติดตามและการรายงานผล");
    /** In the workbook's character widths: together they print on A4 landscape at three quarters of their size. */
    private static final double[] WIDTHS = {3.5, 11, 14, 19, 17, 25, 9.5, 7.5, 11};
    static final int COL_REFERENCE = 2;
    static final int COL_ANALYSIS = 3;
    static final int COL_RESPONSIBLE = 6;
    static final int COL_PERIOD = 7;
    static final int LAST_COL = HEADERS.size() - 1;
    static final int HEADER_ROW = 5;
    static final int FIRST_DATA_ROW = HEADER_ROW + 1;

    private MeasuresSheetWriter() {
    }

    /** Writes the sheet and the schedule after it; of the options only the Thai digits count. */
    public static Sheet write(Workbook wb, MeasurePlan plan, WorkbookOptions options) {
        ThaiFormat o = new ThaiFormat(options.thaiDigits());
        Sheet sheet = wb.addSheet(SHEET);
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.width(c, WIDTHS[c]);
        }
        titles(sheet, plan, o, LAST_COL, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. "
                + plan.fiscalYear());
        header(sheet);
        int r = FIRST_DATA_ROW;
        int number = 1;
        for (PlannedMeasure m : plan.measures()) {
            r = measure(sheet, r, number++, m, o);
        }
        if (plan.measures().isEmpty()) {
            sheet.text(r, 0, o.text("ผลการประเมินปีงบประมาณ พ.ศ. " + plan.resultYear() + " ไม่มีประเด็นที่ต้องกำหนดมาตรการ"),
                    FormStyles.text());
            sheet.merge(r, r, 0, LAST_COL);
            r++;
        }
        setUpPage(sheet, HEADER_ROW, HEADER_ROW);
        ScheduleSheetWriter.write(wb, plan, o);
        ListsSheet.Refs lists = ListsSheet.ensure(wb, plan.responsibleUnits());
        ListsSheet.dropdown(sheet, lists.units(), FIRST_DATA_ROW, r - 1, COL_RESPONSIBLE,
                "หน่วยงานที่รับผิดชอบมาตรการนี้", false);
        return sheet;
    }

    static void titles(Sheet sheet, MeasurePlan plan, ThaiFormat o, int lastCol, String title) {
        List<String> lines = new ArrayList<>();
        lines.add(title);
        lines.add(plan.agencyName());
        lines.add(place(plan));
        lines.add("จัดทำจากผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. "
                + plan.resultYear());
        for (int i = 0; i < lines.size(); i++) {
            sheet.text(i, 0, o.text(lines.get(i)), i == 0 ? FormStyles.title() : FormStyles.subtitle());
            sheet.height(i, i == 0 ? 32 : ThaiTypography.heightFor(1));
            sheet.merge(i, i, 0, lastCol);
        }
    }

    /** "อำเภอทับคล้อ จังหวัดพิจิตร", leaving out what is unknown. */
    static String place(MeasurePlan plan) {
        String district = plan.district().isBlank() ? "" : "อำเภอ" + plan.district();
        String province = plan.province().isBlank() ? ""
                : plan.province().equals("กรุงเทพมหานคร") ? plan.province() : "จังหวัด" + plan.province();
        return (district + " " + province).strip();
    }

    private static void header(Sheet sheet) {
        double lines = 1;
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.text(HEADER_ROW, c, HEADERS.get(c), FormStyles.header());
            lines = Math.max(lines, TextLines.lines(HEADERS.get(c), WIDTHS[c]));
        }
        sheet.height(HEADER_ROW, ThaiTypography.heightFor((int) Math.ceil(lines)));
    }

    /** "ตัวชี้วัดที่ 10 การป้องกันการทุจริต" and how pressing it is, as the ประเด็น column shows a measure's issue. */
    static String issue(PlannedMeasure m) {
        return m.issue().label() + "\n(" + m.urgency().thaiLabel() + ")";
    }

    /** The measure's name, what it is and its target, as the มาตรการ column shows them. */
    static String statement(PlannedMeasure m) {
        return m.topic() + "\n" + m.statement();
    }

    /** Writes one measure from row {@code r}; returns the row after it. */
    private static int measure(Sheet sheet, int r, int number, PlannedMeasure m, ThaiFormat o) {
        List<PlannedMeasure.Basis> bases = m.bases();
        String[] shared = {null, issue(m), null, null, statement(m), m.steps(), m.responsible(),
            m.period().replace(" – ", " –\n"), m.monitoring()};
        int needed = 1;
        for (int c = 1; c < shared.length; c++) {
            if (shared[c] != null) {
                needed = Math.max(needed, TextLines.lines(shared[c], WIDTHS[c]));
            }
        }
        int[] own = new int[bases.size()];
        for (int i = 0; i < bases.size(); i++) {
            PlannedMeasure.Basis b = bases.get(i);
            own[i] = Math.max(TextLines.lines(b.reference(), WIDTHS[COL_REFERENCE]),
                    TextLines.lines(b.analysis(), WIDTHS[COL_ANALYSIS]));
        }
        int[] lines = block(own, needed);
        int last = r + lines.length - 1;
        int text = FormStyles.text();
        int centered = FormStyles.centered();
        for (int i = 0; i < lines.length; i++) {
            for (int c = 0; c <= LAST_COL; c++) {
                sheet.style(r + i, c, text);
            }
            if (i < bases.size()) {
                sheet.text(r + i, COL_REFERENCE, o.text(bases.get(i).reference()), text);
                sheet.text(r + i, COL_ANALYSIS, o.text(bases.get(i).analysis()), text);
            }
        }
        if (o.thaiDigits()) {
            sheet.text(r, 0, o.text(Integer.toString(number)), centered);
        } else {
            sheet.number(r, 0, number, centered);
        }
        for (int c = 1; c < shared.length; c++) {
            if (shared[c] != null) {
                sheet.text(r, c, o.text(shared[c]), c == COL_PERIOD ? centered : text);
            }
        }
        if (last > r) {
            for (int c = 0; c <= LAST_COL; c++) {
                if (c != COL_REFERENCE && c != COL_ANALYSIS) {
                    sheet.merge(r, last, c, c);
                }
            }
            // rows added for the merged text alone leave their own cells merged into the last basis
            if (last > r + bases.size() - 1 && !bases.isEmpty()) {
                sheet.merge(r + bases.size() - 1, last, COL_REFERENCE, COL_REFERENCE);
                sheet.merge(r + bases.size() - 1, last, COL_ANALYSIS, COL_ANALYSIS);
            }
        }
        for (int i = 0; i < lines.length; i++) {
            sheet.height(r + i, ThaiTypography.heightFor(lines[i]));
        }
        return last + 1;
    }

    /** Lines of text a row may hold: a row no taller than a spreadsheet allows, printed whole. */
    static final int ROW_LINES = 12;

    /**
     * The lines of each row of a block whose rows hold {@code own} lines of their own and whose merged cells need
     * {@code merged} lines in all: what the merged cells lack goes to the last row, and to rows added after it when
     * one row would grow taller than {@link #ROW_LINES}.
     */
    static int[] block(int[] own, int merged) {
        List<Integer> lines = new ArrayList<>();
        int total = 0;
        for (int l : own) {
            lines.add(l);
            total += l;
        }
        if (lines.isEmpty()) {
            lines.add(1);
            total = 1;
        }
        int missing = merged - total;
        int lastIndex = lines.size() - 1;
        int room = Math.max(0, ROW_LINES - lines.get(lastIndex));
        int give = Math.min(room, Math.max(0, missing));
        lines.set(lastIndex, lines.get(lastIndex) + give);
        missing -= give;
        while (missing > 0) {
            int add = Math.min(ROW_LINES, missing);
            lines.add(add);
            missing -= add;
        }
        return lines.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * A4 landscape, all columns on one page width, the header rows repeated on every page, the panes frozen
     * below the header, and page numbers in the footer.
     */
    static void setUpPage(Sheet sheet, int headerFirstRow, int headerLastRow) {
        sheet.page(new Sheet.PageSetup(true, 0.3, 0.3, 0.5, 0.5, headerFirstRow, headerLastRow, "หน้า &P / &N"));
        sheet.freeze(headerLastRow + 1, 0);
    }
}
