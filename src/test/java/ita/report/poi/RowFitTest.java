package ita.report.poi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.report.typography.ThaiTypography;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RowFitTest {

    @Test
    void countsOnlyCharactersThatTakeSpaceOnTheLine() {
        // ที่ = ท + sara ii (U+0E35) + mai ek (U+0E48): one base character
        assertEquals(1, RowFit.baseLength("ที่"));
        // น้ำ = น + mai tho (U+0E49) + sara am (U+0E33, a spacing vowel): two
        assertEquals(2, RowFit.baseLength("น้ำ"));
        // กั = ก + mai han-akat (U+0E31); กึ๊ = ก + sara ue (U+0E36) + mai tri (U+0E4A); ก็ = ก + maitaikhu (U+0E47)
        assertEquals(3, RowFit.baseLength("กักึ๊ก็"));
        assertEquals(9, RowFit.baseLength("ITA 85.00"));
        assertTrue(RowFit.isCombiningThai(0x0E3A));
        assertTrue(RowFit.isCombiningThai(0x0E4E));
        assertFalse(RowFit.isCombiningThai(0x0E32), "sara aa takes space");
        assertFalse(RowFit.isCombiningThai(0x0E4F), "fongman takes space");
    }

    @Test
    void estimatesLinesFromWidthAndLineBreaks() {
        String thirty = "ก".repeat(30);
        assertEquals(3, RowFit.lines(thirty, 11), "10 characters fit in 11 after padding");
        assertEquals(1, RowFit.lines("ที่ที่ที่ที่ที่", 6), "five base characters, marks not counted");
        assertEquals(2, RowFit.lines("ที่ที่ที่ที่ที่ที่", 6));
        assertEquals(3, RowFit.lines("ก\nข\n", 20), "an explicit break starts a line, even an empty last one");
        assertEquals(1, RowFit.lines("", 5));
    }

    @Test
    void growsWrappedRowsOnlyAndNeverShrinks() {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SummaryStyles st = new SummaryStyles(wb);
            Sheet s = wb.createSheet("x");
            s.setColumnWidth(0, 11 * 256);
            Row wrapped = s.createRow(0);
            Cells.text(wrapped, 0, "ก".repeat(30), st.text());
            Row tall = s.createRow(1);
            tall.setHeightInPoints(200);
            Cells.text(tall, 0, "ก", st.text());
            Row unwrapped = s.createRow(2);
            Cells.text(unwrapped, 0, "ก".repeat(30), st.title());
            RowFit.fitSheet(s, 0);
            assertEquals(ThaiTypography.heightFor(3), wrapped.getHeightInPoints(), 0.01);
            assertEquals(200, tall.getHeightInPoints(), 0.01);
            assertEquals(ThaiTypography.heightFor(1), unwrapped.getHeightInPoints(), 0.01);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
