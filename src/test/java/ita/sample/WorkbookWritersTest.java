package ita.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbookWritersTest {

    private static Grid sample(SharedTexts shared) {
        Grid g = new Grid("ผลการประเมิน 2567");
        g.row(Grid.title("ผลการประเมิน ITA")).merge(0, 0, 0, 3);
        g.row("หน่วยงาน", "องค์การบริหารส่วนตำบลนาคำ");
        g.row("คะแนนรวม", new BigDecimal("81.50"), 7, null, "A & B <c> \"d\"");
        g.row(" นำหน้าด้วยช่องว่าง", "ข้อความ\nสองบรรทัด");
        g.width(0, 20);
        return shared == null ? g : g.share(shared);
    }

    private static byte[] write(WorkbookWriter w, List<Grid> sheets) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(sheets, out);
        return out.toByteArray();
    }

    private static void assertSampleReadsBack(Workbook wb) {
        Sheet s = wb.getSheetAt(0);
        assertEquals("ผลการประเมิน 2567", s.getSheetName());
        assertEquals("ผลการประเมิน ITA", s.getRow(0).getCell(0).getStringCellValue());
        assertEquals(1, s.getNumMergedRegions());
        assertEquals("A1:D1", s.getMergedRegion(0).formatAsString());
        assertEquals("องค์การบริหารส่วนตำบลนาคำ", s.getRow(1).getCell(1).getStringCellValue());
        assertEquals(CellType.NUMERIC, s.getRow(2).getCell(1).getCellType());
        assertEquals(0, new BigDecimal("81.5").compareTo(Workbooks.number(s.getRow(2).getCell(1))));
        assertEquals(7.0, s.getRow(2).getCell(2).getNumericCellValue());
        assertEquals(null, s.getRow(2).getCell(3));
        assertEquals("A & B <c> \"d\"", s.getRow(2).getCell(4).getStringCellValue());
        assertEquals(" นำหน้าด้วยช่องว่าง", s.getRow(3).getCell(0).getStringCellValue());
        assertEquals("ข้อความ\nสองบรรทัด", s.getRow(3).getCell(1).getStringCellValue());
    }

    @Test
    void xlsxReadsBackWithPoiWithAndWithoutSharedTexts() throws IOException {
        SharedTexts shared = new SharedTexts(List.of("หน่วยงาน", "คะแนนรวม", "A & B <c> \"d\""));
        for (SharedTexts s : new SharedTexts[] {null, shared}) {
            byte[] bytes = write(new XlsxWriter(Deflater.BEST_SPEED), List.of(sample(s)));
            try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                assertSampleReadsBack(wb);
            }
        }
    }

    @Test
    void xlsxKeepsControlCharactersAndTextThatLooksLikeAnEscape() throws IOException {
        // hostile inputs hold such text; it must reach the reader as written, not be dropped or decoded
        SharedTexts shared = new SharedTexts(List.of("shared\u0007bell"));
        Grid g = new Grid("x").share(shared);
        g.row("bell\u0007 and vertical tab\u000B", "_x0041_ stays", "shared\u0007bell");
        byte[] bytes = write(new XlsxWriter(Deflater.BEST_SPEED), List.of(g));
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Row r = wb.getSheetAt(0).getRow(0);
            assertEquals("bell\u0007 and vertical tab\u000B", r.getCell(0).getStringCellValue());
            assertEquals("_x0041_ stays", r.getCell(1).getStringCellValue());
            assertEquals("shared\u0007bell", r.getCell(2).getStringCellValue());
        }
    }

    @Test
    void xlsxHasTheSameBytesEachTimeAndOneFixedEntryTime() throws IOException {
        XlsxWriter w = new XlsxWriter(Deflater.BEST_COMPRESSION);
        byte[] first = write(w, List.of(sample(null)));
        assertArrayEquals(first, write(w, List.of(sample(null))));
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(2024, 1, 1, 8, 0), e.getTimeLocal(), e.getName());
                assertTrue(zip.readAllBytes().length > 0, e.getName());
            }
        }
        assertEquals(List.of("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml"), names);
    }

    @Test
    void xlsxKeepsSheetOrderAndMakesNamesExcelAccepts() throws IOException {
        Grid a = new Grid("ทต./อบต. [ดอนศิลา]: รายละเอียดผลการประเมินที่ยาวมาก");
        a.row("a");
        Grid b = new Grid("");
        b.row("b");
        byte[] bytes = write(new XlsxWriter(Deflater.BEST_SPEED), List.of(a, b));
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals(2, wb.getNumberOfSheets());
            String name = wb.getSheetName(0);
            assertTrue(name.length() <= 31 && !name.matches(".*[\\[\\]:/\\\\?*].*"), name);
            assertEquals("Sheet2", wb.getSheetName(1));
            assertEquals("b", wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void xlsReadsBackWithPoiAndHasTheSameBytesEachTime() throws IOException {
        byte[] bytes = write(new XlsWriter(), List.of(sample(null)));
        assertArrayEquals(bytes, write(new XlsWriter(), List.of(sample(null))));
        try (Workbook wb = new HSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertSampleReadsBack(wb);
        }
    }

    @Test
    void htmlWritesMergesAsColspanAndEscapesText() throws IOException {
        String html = new String(write(new HtmlWriter(), List.of(sample(null))), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<html"), html);
        assertTrue(html.contains("charset=utf-8"));
        assertTrue(html.contains("<th colspan=\"4\">ผลการประเมิน ITA</th>"), html);
        assertTrue(html.contains("<td>A &amp; B &lt;c&gt; \"d\"</td>"), html);
        assertTrue(html.contains("<td>81.50</td>"), html);
    }

    @Test
    void csvQuotesWhatItMustAndPadsRowsToTheSheetWidth() throws IOException {
        byte[] bytes = write(new CsvWriter(StandardCharsets.UTF_8, true), List.of(sample(null)));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("ผลการประเมิน ITA,,,,\r\n"
                + "หน่วยงาน,องค์การบริหารส่วนตำบลนาคำ,,,\r\n"
                + "คะแนนรวม,81.50,7,,\"A & B <c> \"\"d\"\"\"\r\n"
                + "\" นำหน้าด้วยช่องว่าง\",\"ข้อความ\nสองบรรทัด\",,,\r\n", csv);
    }

    @Test
    void csvInWindows874IsThaiSingleByteAndRefusesWhatItCannotEncode() throws IOException {
        Grid g = new Grid("x");
        g.row("หน่วยงาน", "๘๑.๖๗");
        byte[] bytes = write(new CsvWriter(SampleFormat.WINDOWS_874, false), List.of(g));
        assertEquals("หน่วยงาน,๘๑.๖๗\r\n".length(), bytes.length);
        assertEquals("หน่วยงาน,๘๑.๖๗\r\n", new String(bytes, SampleFormat.WINDOWS_874));
        Grid bad = new Grid("x");
        bad.row("中");
        assertThrows(CharacterCodingException.class,
                () -> write(new CsvWriter(SampleFormat.WINDOWS_874, false), List.of(bad)));
    }

    @Test
    void csvHoldsOneSheet() {
        Grid a = new Grid("a");
        assertThrows(IllegalArgumentException.class,
                () -> write(new CsvWriter(StandardCharsets.UTF_8, false), List.of(a, a)));
    }
}
