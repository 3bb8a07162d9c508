package ita.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;

/** Writes the old binary Excel format (BIFF8, .xls) with POI, as many offices still exchange it. */
final class XlsWriter implements WorkbookWriter {

    @Override
    public void write(List<Grid> sheets, OutputStream out) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Map<Grid.Style, HSSFCellStyle> styles = styles(wb);
            for (int i = 0; i < sheets.size(); i++) {
                fill(wb.createSheet(SheetNames.safe(sheets.get(i).name(), i)), sheets.get(i), styles);
            }
            wb.write(out);
        }
    }

    private static void fill(HSSFSheet sheet, Grid g, Map<Grid.Style, HSSFCellStyle> styles) {
        List<List<Grid.Cell>> rows = g.rows();
        for (int r = 0; r < rows.size(); r++) {
            List<Grid.Cell> cells = rows.get(r);
            if (cells.isEmpty()) {
                continue;
            }
            HSSFRow row = sheet.createRow(r);
            for (int c = 0; c < cells.size(); c++) {
                Grid.Cell cell = cells.get(c);
                if (cell == null) {
                    continue;
                }
                HSSFCell x = row.createCell(c);
                if (cell.number()) {
                    x.setCellValue(Double.parseDouble(cell.text()));
                } else {
                    x.setCellValue(cell.text());
                }
                if (cell.style() != Grid.Style.PLAIN) {
                    x.setCellStyle(styles.get(cell.style()));
                }
            }
        }
        for (Grid.Merge m : g.merges()) {
            sheet.addMergedRegion(new CellRangeAddress(m.firstRow(), m.lastRow(), m.firstCol(), m.lastCol()));
        }
        g.widths().forEach((col, chars) -> sheet.setColumnWidth(col, Math.min(255, chars) * 256));
    }

    private static Map<Grid.Style, HSSFCellStyle> styles(HSSFWorkbook wb) {
        HSSFFont plain = font(wb, false, 14);
        HSSFFont bold = font(wb, true, 14);
        HSSFFont big = font(wb, true, 16);
        Map<Grid.Style, HSSFCellStyle> m = new EnumMap<>(Grid.Style.class);
        HSSFCellStyle title = wb.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        m.put(Grid.Style.TITLE, title);
        HSSFCellStyle header = wb.createCellStyle();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        m.put(Grid.Style.HEADER, header);
        HSSFCellStyle score = wb.createCellStyle();
        score.setFont(plain);
        score.setDataFormat((short) 2);
        m.put(Grid.Style.SCORE, score);
        HSSFCellStyle integer = wb.createCellStyle();
        integer.setFont(plain);
        integer.setDataFormat((short) 1);
        m.put(Grid.Style.INTEGER, integer);
        HSSFCellStyle wrap = wb.createCellStyle();
        wrap.setFont(plain);
        wrap.setWrapText(true);
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        m.put(Grid.Style.WRAP, wrap);
        return m;
    }

    private static HSSFFont font(HSSFWorkbook wb, boolean bold, int points) {
        HSSFFont f = wb.createFont();
        f.setFontName("TH SarabunPSK");
        f.setFontHeightInPoints((short) points);
        f.setBold(bold);
        return f;
    }
}
