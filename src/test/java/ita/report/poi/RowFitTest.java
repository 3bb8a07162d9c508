package ita.report.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ita.report.typography.ThaiTypography;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RowFitTest {

    @Test
    void growsWrappedRowsOnlyAndNeverShrinks() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SummaryStyles st = new SummaryStyles(wb);
            Sheet s = wb.createSheet("x");
            s.setColumnWidth(0, 11 * 256);
            Row wrapped = s.createRow(0);
            // 30 digits in 10 digits of room: three lines
            Cells.text(wrapped, 0, "0".repeat(30), st.text());
            Row tall = s.createRow(1);
            tall.setHeightInPoints(200);
            Cells.text(tall, 0, "0", st.text());
            Row unwrapped = s.createRow(2);
            Cells.text(unwrapped, 0, "0".repeat(30), st.title());
            RowFit.fitSheet(s, 0);
            assertEquals(ThaiTypography.heightFor(3), wrapped.getHeightInPoints(), 0.01);
            assertEquals(200, tall.getHeightInPoints(), 0.01);
            assertEquals(ThaiTypography.heightFor(1), unwrapped.getHeightInPoints(), 0.01);
        }
    }

    @Test
    void aCellMergedAcrossColumnsHasTheirWidthTogether() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SummaryStyles st = new SummaryStyles(wb);
            Sheet s = wb.createSheet("x");
            s.setColumnWidth(0, 11 * 256);
            s.setColumnWidth(1, 10 * 256);
            Row merged = s.createRow(0);
            Cells.text(merged, 0, "0".repeat(20), st.text());
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            RowFit.fitSheet(s, 0);
            // 21 digits wide, 20 of room: one line
            assertEquals(ThaiTypography.heightFor(1), merged.getHeightInPoints(), 0.01);
        }
    }
}
