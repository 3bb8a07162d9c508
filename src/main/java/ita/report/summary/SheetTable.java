package ita.report.summary;

import ita.report.poi.Cells;
import ita.report.poi.RowFit;
import ita.report.poi.SummaryStyles;
import ita.report.typography.ThaiTypography;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;

/** One sheet of a summary being written top to bottom: title, notes, one header row, data rows. */
final class SheetTable {

    final Sheet sheet;
    final SummaryStyles styles;
    private final int columns;
    private int next;
    private int headerRow = -1;

    SheetTable(Workbook wb, SummaryStyles styles, String name, int... widthsInChars) {
        this.sheet = wb.createSheet(WorkbookUtil.createSafeSheetName(name));
        this.styles = styles;
        this.columns = widthsInChars.length;
        for (int c = 0; c < widthsInChars.length; c++) {
            sheet.setColumnWidth(c, widthsInChars[c] * 256);
        }
        sheet.setDefaultRowHeightInPoints(ThaiTypography.heightFor(1));
    }

    /** A line of text across the table's width. */
    void title(String text) {
        spanning(text, styles.title());
    }

    void note(String text) {
        spanning(text, styles.note());
    }

    private void spanning(String text, org.apache.poi.ss.usermodel.CellStyle style) {
        Row r = sheet.createRow(next);
        Cells.text(r, 0, text, style);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(next, next, 0, columns - 1));
        }
        next++;
    }

    /** The header row; the first one written is repeated on printed pages and frozen. */
    int header(List<String> names) {
        Row r = sheet.createRow(next);
        for (int i = 0; i < names.size(); i++) {
            Cells.text(r, i, names.get(i), styles.header());
        }
        if (headerRow < 0) {
            headerRow = next;
        }
        return next++;
    }

    Row row() {
        return sheet.createRow(next++);
    }

    /** The index of the next row to be written. */
    int position() {
        return next;
    }

    /** Page setup and row heights, once everything is written. */
    void finish(boolean landscape) {
        SummaryStyles.pageSetup(sheet, landscape, headerRow, headerRow);
        RowFit.fitSheet(sheet, 0);
    }
}
