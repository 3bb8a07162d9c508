package ita.report.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class WorkbookTest {

    private static final Font FONT = Font.of("TH Sarabun New", 16, false);
    private static final Style BOXED = Style.of(FONT).border(true).format("0.00").fill("C6EFCE");
    private static final StyleSheet STYLES = StyleSheet.builder(FONT).add(BOXED).build();

    private static XSSFWorkbook read(Workbook wb) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(wb.toBytes()));
    }

    @Test
    void textWithMarkupControlCharactersAndEscapeLookalikesReadsBackAsWritten() throws IOException {
        String[] texts = {"<a href=\"x\">&amp;</a>", "bell\u0007 and nul\u0000", "_x0041_ stays", "line\nbreak",
            " padded ", "=SUM(A1)", "\uD83D\uDE00 emoji", "lone \uD800 surrogate"};
        Workbook wb = new Workbook(STYLES);
        Sheet s = wb.addSheet("ข้อความ & <ทดสอบ>");
        for (int i = 0; i < texts.length; i++) {
            s.text(i, 0, texts[i], 0);
        }
        try (XSSFWorkbook x = read(wb)) {
            XSSFSheet sheet = x.getSheet("ข้อความ & <ทดสอบ>");
            for (int i = 0; i < texts.length - 1; i++) {
                assertEquals(CellType.STRING, sheet.getRow(i).getCell(0).getCellType());
                assertEquals(texts[i], sheet.getRow(i).getCell(0).getStringCellValue(), "text " + i);
            }
            assertEquals("lone \uFFFD surrogate", sheet.getRow(texts.length - 1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void numbersFormulasAndBooleansKeepTheirValuesAndStyles() throws IOException {
        Workbook wb = new Workbook(STYLES);
        Sheet s = wb.addSheet("n");
        int boxed = STYLES.index(BOXED);
        s.number(0, 0, new BigDecimal("81.67"), boxed).number(0, 1, 2567, 0).bool(0, 2, true, 0);
        s.formula(1, 0, "ROUND(A1*2,2)", new BigDecimal("163.34"), boxed).formula(1, 1, "BAHTTEXT(B1)", null, 0);
        s.number(2, 0, (BigDecimal) null, boxed);
        try (XSSFWorkbook x = read(wb)) {
            XSSFSheet sheet = x.getSheet("n");
            assertEquals(81.67, sheet.getRow(0).getCell(0).getNumericCellValue());
            assertEquals(2567, sheet.getRow(0).getCell(1).getNumericCellValue());
            assertTrue(sheet.getRow(0).getCell(2).getBooleanCellValue());
            assertEquals("ROUND(A1*2,2)", sheet.getRow(1).getCell(0).getCellFormula());
            assertEquals(163.34, sheet.getRow(1).getCell(0).getNumericCellValue());
            assertEquals("0.00", sheet.getRow(1).getCell(0).getCellStyle().getDataFormatString());
            assertArrayEquals(new byte[] {(byte) 0xC6, (byte) 0xEF, (byte) 0xCE},
                    sheet.getRow(0).getCell(0).getCellStyle().getFillForegroundXSSFColor().getRGB());
            assertEquals(CellType.BLANK, sheet.getRow(2).getCell(0).getCellType());
            assertTrue(x.getForceFormulaRecalculation(), "spreadsheets recalculate on opening");
        }
    }

    @Test
    void theSameWorkbookGivesTheSameBytes() throws IOException {
        Workbook a = new Workbook(STYLES);
        a.addSheet("a").text(0, 0, "x", 0);
        Workbook b = new Workbook(STYLES);
        b.addSheet("a").text(0, 0, "x", 0);
        assertArrayEquals(a.toBytes(), b.toBytes());
    }

    @Test
    void aStyleOutsideTheStyleSheetIsRefused() {
        Style other = Style.of(FONT).wrap(true);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> STYLES.index(other));
        assertTrue(e.getMessage().startsWith("style not in the style sheet"), e.getMessage());
    }

    @Test
    void absoluteReferencesQuoteTheSheetName() {
        assertEquals("'ก''ข'!$A$2:$C$4", Xml.absolute("ก'ข", 1, 0, 3, 2));
        assertEquals("'ก'!$AA$2", Xml.absolute("ก", 1, 26, 1, 26));
    }
}
