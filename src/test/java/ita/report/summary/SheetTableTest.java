package ita.report.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.report.xlsx.Workbook;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SheetTableTest {

    @Test
    void onlyTheCharactersXmlCannotHoldAreTakenOut() {
        StringBuilder every = new StringBuilder();
        StringBuilder kept = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            every.append(c);
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                kept.append(c);
            }
        }
        every.append("ก\uFFFEข\uFFFF");
        kept.append("กข");
        assertEquals(kept.toString(), SheetTable.clean(every.toString()));
        String plain = "อบต.ทับคล้อ\tบรรทัด\nสอง";
        assertSame(plain, SheetTable.clean(plain), "text without them is written as it is");
        assertEquals("", SheetTable.clean(null));
    }

    /** The widths of the indicators sheet (portrait) and of the levels sheet of five years (landscape). */
    private static final int[] NARROW = {10, 34, 10, 14, 14, 14, 14};
    private static final int[] WIDE = {26, 12, 12, 12, 12, 12, 12, 12, 12, 12, 12, 16};

    /** A table of a title, a header and {@code rows} one-line rows, with a chart of 16 rows placed below it. */
    private static Printed table(int[] widths, int rows, boolean landscape) throws Exception {
        Workbook wb = new Workbook(SummaryStyleSheet.STYLES.sheet);
        SheetTable t = new SheetTable(wb, SummaryStyleSheet.STYLES, "ตาราง", widths);
        t.title("ชื่อตาราง");
        t.header(List.of("ลำดับ", "ชื่อ"));
        for (int i = 0; i < rows; i++) {
            SheetTable.Line row = t.row();
            row.number(0, i + 1, SummaryStyleSheet.STYLES.integer());
            row.text(1, "หน่วยงาน " + (i + 1), SummaryStyleSheet.STYLES.text());
        }
        int lastRow = t.position() - 1;
        Charts.Place place = t.chartBelow(16, widths.length, landscape);
        t.finish(landscape);
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(wb.toBytes()))) {
            XSSFSheet s = read.getSheetAt(0);
            var ct = s.getCTWorksheet();
            // a break's id is the first row (0-based) of the page it starts
            int[] breaks = ct.isSetRowBreaks() ? Arrays.stream(ct.getRowBreaks().getBrkArray())
                    .mapToInt(b -> (int) b.getId()).toArray() : new int[0];
            return new Printed(place, lastRow, breaks, s.getRepeatingRows());
        }
    }

    private record Printed(Charts.Place chart, int lastRow, int[] breaks, CellRangeAddress repeated) {
    }

    @Test
    void aChartThatFitsUnderItsTableStaysOnItsPage() throws Exception {
        Printed p = table(NARROW, 10, false);
        assertEquals(0, p.breaks().length, "no page break");
        assertEquals(p.lastRow() + 2, p.chart().row(), "one row under the table");
        assertEquals(16, p.chart().rows());
        assertEquals(1, p.repeated().getFirstRow(), "the header repeats");
    }

    @Test
    void aChartOnAPageOfItsOwnHasNoRepeatedHeaderAboveIt() throws Exception {
        Printed p = table(WIDE, 16, true);
        assertEquals(1, p.breaks().length);
        assertEquals(p.lastRow() + 1, p.breaks()[0], "the break follows the table");
        assertEquals(p.breaks()[0], p.chart().row(), "the chart starts the page");
        assertEquals(16, p.chart().rows());
        assertNull(p.repeated(), "the table fits on one page: no header printed above the chart alone");
    }

    @Test
    void underARepeatedHeaderAChartPageAlsoHoldsARowOfTheTable() throws Exception {
        // portrait at the narrow widths prints 49 rows of one line on a page: the first holds the title, the
        // header and 47 rows, each next one the header and 48
        for (int rows = 48; rows <= 100; rows++) {
            Printed p = table(NARROW, rows, false);
            assertEquals(1, p.repeated().getFirstRow(), rows + " rows: the header repeats");
            for (int b : p.breaks()) {
                assertTrue(b <= p.lastRow(), rows + " rows: a page starting at row " + b + " holds a row of the table");
            }
            assertTrue(p.chart().rows() >= 10 && p.chart().rows() <= 16, rows + " rows: chart of " + p.chart().rows());
            assertTrue(p.chart().row() > p.lastRow(), "below the table");
        }
        Printed shrunk = table(NARROW, 47 + 35, false);
        assertEquals(0, shrunk.breaks().length, "35 rows on the last page leave 12 rows for the chart");
        assertEquals(12, shrunk.chart().rows());
        Printed moved = table(NARROW, 47 + 40, false);
        assertEquals(1, moved.breaks().length, "40 rows on the last page leave too little room for the chart");
        assertEquals(moved.lastRow(), moved.breaks()[0], "the last row goes over with the chart");
        assertEquals(16, moved.chart().rows());
    }
}
