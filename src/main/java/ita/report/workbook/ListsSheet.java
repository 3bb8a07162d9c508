package ita.report.workbook;

import ita.model.CellRefs;
import ita.report.xlsx.Sheet;
import ita.report.xlsx.Workbook;
import java.util.List;

/**
 * The hidden sheet {@value #NAME} that holds the choices of the dropdowns: responsible units (column A),
 * reporting rounds (B) and progress statuses (C), each under a heading in row 1. Shared by the measures and
 * progress-report sheets of one workbook; created by whichever is written first and kept last.
 */
final class ListsSheet {

    static final String NAME = "รายการ";
    static final List<String> STATUSES = List.of("ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ได้ดำเนินการ");
    static final String NOT_STARTED = "ยังไม่ได้ดำเนินการ";

    /** Sheet references of the three lists, e.g. 'รายการ'!$A$2:$A$14. */
    record Refs(String units, String rounds, String statuses) {
    }

    private ListsSheet() {
    }

    static Refs ensure(Workbook wb, List<String> units) {
        Sheet s = wb.sheet(NAME).orElse(null);
        if (s == null) {
            s = wb.addSheet(NAME).hidden(true);
            column(s, 0, "ผู้รับผิดชอบ", units);
            column(s, 1, "รอบการรายงาน", ita.measures.ReportingRound.labels());
            column(s, 2, "สถานะ", STATUSES);
            s.width(0, 40).width(1, 24).width(2, 24);
        }
        // keep the lists behind the sheets people read
        wb.moveToEnd(s);
        return new Refs(ref(s, 0), ref(s, 1), ref(s, 2));
    }

    private static void column(Sheet s, int col, String heading, List<String> values) {
        s.text(0, col, heading, 0);
        for (int i = 0; i < values.size(); i++) {
            s.text(i + 1, col, values.get(i), 0);
        }
    }

    private static String ref(Sheet s, int col) {
        int last = 0;
        for (int r = 1; r < s.rowCount(); r++) {
            String t = s.textAt(r, col);
            if (t != null && !t.isEmpty()) {
                last = r;
            }
        }
        String c = CellRefs.column(col);
        return "'" + NAME + "'!$" + c + "$2:$" + c + "$" + (Math.max(last, 1) + 1);
    }

    /**
     * A dropdown on rows {@code firstRow}–{@code lastRow} of one column. With {@code strict} other values are
     * refused; otherwise Excel only warns, so that a unit pair such as "สำนักปลัด, กองคลัง" can be typed.
     */
    static void dropdown(Sheet sheet, String listRef, int firstRow, int lastRow, int col, String prompt,
                         boolean strict) {
        if (lastRow < firstRow) {
            return;
        }
        sheet.dropdown(new Sheet.Dropdown(listRef, firstRow, lastRow, col, "เลือกจากรายการ", prompt,
                "ค่าไม่อยู่ในรายการ", strict ? "กรุณาเลือกจากรายการ" : "ค่านี้ไม่อยู่ในรายการ ต้องการใช้ต่อหรือไม่",
                strict));
    }
}
