package ita.report;

import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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

    static Refs ensure(XSSFWorkbook wb, List<String> units) {
        XSSFSheet s = wb.getSheet(NAME);
        if (s == null) {
            s = wb.createSheet(NAME);
            column(s, 0, "ผู้รับผิดชอบ", units);
            column(s, 1, "รอบการรายงาน", ita.measures.ReportingRound.labels());
            column(s, 2, "สถานะ", STATUSES);
            s.setColumnWidth(0, 40 * 256);
            s.setColumnWidth(1, 24 * 256);
            s.setColumnWidth(2, 24 * 256);
            wb.setSheetHidden(wb.getSheetIndex(s), true);
        }
        // keep the lists behind the sheets people read
        wb.setSheetOrder(NAME, wb.getNumberOfSheets() - 1);
        return new Refs(ref(s, 0), ref(s, 1), ref(s, 2));
    }

    private static void column(XSSFSheet s, int col, String heading, List<String> values) {
        cell(s, 0, col, heading);
        for (int i = 0; i < values.size(); i++) {
            cell(s, i + 1, col, values.get(i));
        }
    }

    private static void cell(XSSFSheet s, int r, int c, String v) {
        Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
        row.createCell(c).setCellValue(v);
    }

    private static String ref(XSSFSheet s, int col) {
        int last = 0;
        for (int r = 1; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null && row.getCell(col) != null && !row.getCell(col).getStringCellValue().isEmpty()) {
                last = r;
            }
        }
        char c = (char) ('A' + col);
        return "'" + NAME + "'!$" + c + "$2:$" + c + "$" + (Math.max(last, 1) + 1);
    }

    /**
     * A dropdown on rows {@code firstRow}–{@code lastRow} of one column. With {@code strict} other values are
     * refused; otherwise Excel only warns, so that a unit pair such as "สำนักปลัด, กองคลัง" can be typed.
     */
    static void dropdown(XSSFSheet sheet, String listRef, int firstRow, int lastRow, int col, String prompt,
                         boolean strict) {
        if (lastRow < firstRow) {
            return;
        }
        DataValidationHelper h = sheet.getDataValidationHelper();
        DataValidationConstraint c = h.createFormulaListConstraint(listRef);
        DataValidation v = h.createValidation(c, new CellRangeAddressList(firstRow, lastRow, col, col));
        // XSSF inverts this flag: true shows the in-cell arrow
        v.setSuppressDropDownArrow(true);
        v.setShowPromptBox(true);
        v.createPromptBox("เลือกจากรายการ", prompt);
        v.setShowErrorBox(true);
        v.setErrorStyle(strict ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
        v.createErrorBox("ค่าไม่อยู่ในรายการ", strict ? "กรุณาเลือกจากรายการ" : "ค่านี้ไม่อยู่ในรายการ ต้องการใช้ต่อหรือไม่");
        sheet.addValidationData(v);
    }
}
