package ita.report.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.analysis.AnalysisSettings;
import ita.model.CellRange;
import ita.model.InputFormat;
import ita.model.RawSheet;
import ita.model.RawWorkbook;
import ita.model.AgencyYear;
import ita.model.SourceRef;
import ita.report.Golden;
import ita.report.LibreOfficeHarness;
import ita.report.WorkbookDump;
import ita.report.WriteOptions;
import ita.report.poi.SummaryStyles;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotatedCopyWriterTest {

    static final WriteOptions OPTIONS = WriteOptions.defaults().withWrittenOn(LocalDate.of(2025, 3, 1));
    static final AnalysisLookup LOOKUP = AnalysisLookup.standalone(AnalysisSettings.defaults());

    @TempDir
    Path dir;
    Path input;
    byte[] inputSha;
    Path copy;
    AnnotatedCopyWriter.Result result;

    @BeforeEach
    void annotate() throws Exception {
        input = dir.resolve("in").resolve("ทับคล้อ.xlsx");
        Files.createDirectories(input.getParent());
        Files.write(input, DetailWorkbooks.xlsx());
        Files.setLastModifiedTime(input, FileTime.fromMillis(1_000_000_000_000L));
        inputSha = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(input));
        copy = AnnotatedCopyWriter.targetFor(dir.resolve("out"), DetailWorkbooks.FILE, InputFormat.XLSX);
        result = AnnotatedCopyWriter.write(input, copy, DetailWorkbooks.records(), LOOKUP, OPTIONS);
    }

    static XSSFWorkbook open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    static Cell cell(Sheet s, String a1) {
        var at = new org.apache.poi.ss.util.CellAddress(a1);
        Row r = s.getRow(at.getRow());
        return r == null ? null : r.getCell(at.getColumn());
    }

    static String fill(Cell c) {
        XSSFCellStyle st = (XSSFCellStyle) c.getCellStyle();
        return st.getFillForegroundXSSFColor() == null ? "" : st.getFillForegroundXSSFColor().getARGBHex().substring(2);
    }

    static String comment(Cell c) {
        return c.getCellComment() == null ? null : c.getCellComment().getString().getString();
    }

    @Test
    void writesUnderAnnotatedWithTheInputPath() {
        assertEquals(dir.resolve("out/annotated/2565/ทับคล้อ.xlsx"), copy);
        assertEquals(copy, result.file());
        Path out = Path.of("o");
        assertEquals(out.resolve("annotated/_/report.csv.xlsx"),
                AnnotatedCopyWriter.targetFor(out, "../report.csv", InputFormat.CSV));
        assertEquals(out.resolve("annotated/a/b.xls"), AnnotatedCopyWriter.targetFor(out, "a\\b.xls", InputFormat.XLS));
        assertEquals(out.resolve("annotated/2567.xlsx"), AnnotatedCopyWriter.targetFor(out, "2567.XLSX", InputFormat.XLSX));
    }

    @Test
    void leavesTheInputFileUntouched() throws Exception {
        assertArrayEquals(inputSha, MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(input)));
        assertEquals(FileTime.fromMillis(1_000_000_000_000L), Files.getLastModifiedTime(input));
        assertEquals(List.of(input.getFileName()), Files.list(input.getParent()).map(Path::getFileName).toList());
    }

    @Test
    void keepsEveryOriginalCellValue() throws Exception {
        String before = WorkbookDump.of(input);
        String after = values(WorkbookDump.of(copy));
        assertEquals(before, after.substring(0, after.lastIndexOf("== sheet ", after.indexOf(": " + AnalysisSheet.NAME + "\n"))));
    }

    /** A dump without fills and comments. */
    private static String values(String dump) {
        return Arrays.stream(dump.split("\n", -1)).map(l -> l.replaceAll(" \\| (fill|comment)=.*$", ""))
                .reduce((a, b) -> a + "\n" + b).orElse("");
    }

    @Test
    void commentsAndFillsTheWeakCellsNamedByTheRecord() throws Exception {
        try (XSSFWorkbook wb = open(copy)) {
            Sheet s = wb.getSheet(DetailWorkbooks.SHEET_003);
            Cell ind7 = cell(s, "D16");
            assertEquals("ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ได้ 66.15 ต่ำกว่าเกณฑ์ 85 อยู่ 18.85 คะแนน;"
                    + " ต้องแก้ไขโดยเร่งด่วน; ถ้ายกเป็น 100 คะแนนรวมจะเพิ่ม 3.39 คะแนน", comment(ind7));
            assertEquals(SummaryStyles.Mark.URGENT.hex(), fill(ind7));
            assertEquals(AnnotatedCopyWriter.AUTHOR, ind7.getCellComment().getAuthor());
            Cell ind10 = cell(s, "D19");
            assertEquals("ตัวชี้วัดที่ 10 การป้องกันการทุจริต ได้ 25.00 ต่ำกว่าเกณฑ์ 85 อยู่ 60.00 คะแนน;"
                    + " ตัวชี้วัดที่อ่อนที่สุด; ต้องแก้ไขโดยเร่งด่วน; ถ้ายกเป็น 100 คะแนนรวมจะเพิ่ม 15.00 คะแนน",
                    comment(ind10));
            assertEquals(SummaryStyles.Mark.BELOW.hex(), fill(cell(s, "D17")), "indicator 8 at 81.35: develop");
            assertTrue(comment(cell(s, "D17")).contains("พัฒนาให้ดีขึ้น"));
            assertNull(comment(cell(s, "D10")), "indicator 1 at 100 is not weak");
            assertEquals("", fill(cell(s, "D10")));
            assertEquals("คะแนนรวม 73.35 ต่ำกว่าเกณฑ์ 85 อยู่ 11.65 คะแนน", comment(cell(s, "B6")));
            assertEquals(SummaryStyles.Mark.BELOW.hex(), fill(cell(s, "B6")));
            assertTrue(comment(cell(s, "D23")).startsWith("ข้อ o42 มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
                    + " ได้ 0.00 คะแนน (ไม่ผ่าน); ถ้าผ่าน คะแนนรวมจะเพิ่ม"), comment(cell(s, "D23")));
            assertEquals(SummaryStyles.Mark.URGENT.hex(), fill(cell(s, "D24")), "o43, addressed as 'sheet'!$D$24");
            assertNull(comment(cell(s, "D22")), "o15 passed");
            Sheet mismatch = wb.getSheet(DetailWorkbooks.SHEET_000);
            assertEquals(SummaryStyles.Mark.MISMATCH.hex(), fill(cell(mismatch, "B6")));
            assertEquals("คะแนนรวม 81.52 ต่ำกว่าเกณฑ์ 85 อยู่ 3.48 คะแนน\nคะแนนรวม ที่รายงาน 81.52"
                    + " ไม่ตรงกับที่คำนวณจากคะแนนตัวชี้วัด 77.12 (ต่างกัน 4.40)", comment(cell(mismatch, "B6")));
        }
        assertEquals(List.of(), result.unplaced());
        assertEquals(7 + 10, result.annotatedCells(), "ทับคล้อ: total, 4 indicators, 2 items; นาทราย: total, 9 indicators");
    }

    @Test
    void addsAnAnalysisSheetWithEveryAgencyYear() throws Exception {
        try (XSSFWorkbook wb = open(copy)) {
            assertEquals(List.of(DetailWorkbooks.SHEET_003, DetailWorkbooks.SHEET_000, AnalysisSheet.NAME),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            Sheet s = wb.getSheet(AnalysisSheet.NAME);
            Row first = s.getRow(3);
            assertEquals(DetailWorkbooks.THAP_KHLO.name(), first.getCell(0).getStringCellValue());
            assertEquals(2565, first.getCell(3).getNumericCellValue(), 0);
            assertEquals(73.35, first.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals("C", first.getCell(5).getStringCellValue());
            assertEquals("ถูกต้อง", first.getCell(6).getStringCellValue());
            assertEquals("10 การป้องกันการทุจริต (25.00)", first.getCell(7).getStringCellValue());
            assertEquals("O42, O43", first.getCell(8).getStringCellValue());
            assertEquals(11.65, first.getCell(9).getNumericCellValue(), 1e-9);
            assertEquals("ชีต ทับคล้อ เซลล์ A1", first.getCell(10).getStringCellValue());
            Row second = s.getRow(4);
            assertTrue(second.getCell(6).getStringCellValue().startsWith("ไม่ตรงกัน\nคะแนนรวม ที่รายงาน 81.52"));
            assertNull(s.getRow(5));
        }
    }

    @Test
    void keepsTextThatStartsWithEqualsAsTextAndFormulasAsFormulas() throws Exception {
        try (XSSFWorkbook wb = open(copy)) {
            Sheet s = wb.getSheet(DetailWorkbooks.SHEET_003);
            assertEquals(CellType.STRING, cell(s, "B3").getCellType());
            assertEquals("=ข้อมูลจากระบบ ITAS", cell(s, "B3").getStringCellValue());
            assertEquals(CellType.FORMULA, cell(s, "C6").getCellType());
            assertEquals("B6*1", cell(s, "C6").getCellFormula());
        }
    }

    @Test
    void matchesGoldenDump() throws Exception {
        Golden.assertMatches("annotated-copy-detail.txt", WorkbookDump.of(copy));
    }

    @Test
    void keepsACommentTheCellAlreadyHad() throws Exception {
        Path commented = dir.resolve("in").resolve("commented.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(DetailWorkbooks.xlsx()));
             var out = Files.newOutputStream(commented)) {
            Sheet s = wb.getSheet(DetailWorkbooks.SHEET_003);
            var help = wb.getCreationHelper();
            var anchor = help.createClientAnchor();
            anchor.setCol1(4);
            anchor.setRow1(18);
            anchor.setCol2(6);
            anchor.setRow2(20);
            var c = s.createDrawingPatriarch().createCellComment(anchor);
            c.setString(help.createRichTextString("ตรวจแล้ว"));
            cell(s, "D19").setCellComment(c);
            wb.write(out);
        }
        Path target = dir.resolve("out").resolve("commented.xlsx");
        AnnotatedCopyWriter.write(commented, target, DetailWorkbooks.records(), LOOKUP, OPTIONS);
        try (XSSFWorkbook wb = open(target)) {
            String text = comment(cell(wb.getSheet(DetailWorkbooks.SHEET_003), "D19"));
            assertTrue(text.startsWith("ตรวจแล้ว\n\nita-analyzer:\nตัวชี้วัดที่ 10 การป้องกันการทุจริต"), text);
        }
    }

    @Test
    void libreOfficeOpensTheCopy(@TempDir Path tmp) throws Exception {
        LibreOfficeHarness lo = LibreOfficeHarness.require();
        Path in = tmp.resolve("annotated.xlsx");
        Files.copy(copy, in);
        Path pdf = lo.toPdf(in, tmp.resolve("pdf"));
        assertTrue(Files.size(pdf) > 1000, "a PDF with content");
    }

    @Test
    void annotatesAnXlsAsAnXls() throws Exception {
        Path xls = dir.resolve("in").resolve("old.xls");
        Files.write(xls, DetailWorkbooks.xls());
        byte[] before = Files.readAllBytes(xls);
        Path target = AnnotatedCopyWriter.targetFor(dir.resolve("out"), "old.xls", InputFormat.XLS);
        AnnotatedCopyWriter.write(xls, target, DetailWorkbooks.records(), LOOKUP, OPTIONS);
        assertArrayEquals(before, Files.readAllBytes(xls));
        try (InputStream in = Files.newInputStream(target); HSSFWorkbook wb = new HSSFWorkbook(in)) {
            Sheet s = wb.getSheet(DetailWorkbooks.SHEET_003);
            HSSFCell ind10 = (HSSFCell) cell(s, "D19");
            assertTrue(comment(ind10).contains("ตัวชี้วัดที่อ่อนที่สุด"), comment(ind10));
            assertEquals(IndexedColors.ROSE.getIndex(), ind10.getCellStyle().getFillForegroundColor());
            assertEquals(25.0, ind10.getNumericCellValue(), 0);
            assertNotNull(wb.getSheet(AnalysisSheet.NAME));
            assertEquals(CellType.STRING, cell(s, "B3").getCellType());
        }
    }

    @Test
    void refusesATargetOfTheWrongKindOrTheInputItself() {
        var e = assertThrows(IllegalArgumentException.class, () -> AnnotatedCopyWriter.write(input,
                dir.resolve("x.xls"), DetailWorkbooks.records(), LOOKUP, OPTIONS));
        assertEquals("the annotated copy x.xls must end in .xlsx like its input", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AnnotatedCopyWriter.write(input, input,
                DetailWorkbooks.records(), LOOKUP, OPTIONS));
    }

    @Test
    void copiesACsvGridAsTextWithTheAnalysis() throws Exception {
        RawSheet grid = new RawSheet("report.csv");
        grid.put(0, 0, "หน่วยงาน").put(0, 1, "คะแนนรวม").put(0, 2, "ระดับ").put(0, 3, "หมายเหตุ");
        grid.put(1, 0, "องค์การบริหารส่วนตำบลทับคล้อ").put(1, 1, "73.35").put(1, 2, "C").put(1, 3, "=1+1");
        grid.merge(new CellRange(3, 0, 3, 2));
        grid.put(3, 0, "+ข้อมูลจาก ITAS");
        AgencyYear r = AgencyYear.builder().agency(DetailWorkbooks.THAP_KHLO)
                .fiscalYear(2565, ita.model.YearSource.FILE_NAME).source(new SourceRef("report.csv", "report.csv", "A2"))
                .total(new BigDecimal("73.35")).level("C").cell("total", "report.csv!B2").build();
        Path target = AnnotatedCopyWriter.targetFor(dir.resolve("out"), "report.csv", InputFormat.CSV);
        AnnotatedCopyWriter.writeGrid(new RawWorkbook("report.csv", InputFormat.CSV, List.of(grid)), target, List.of(r),
                LOOKUP, OPTIONS);
        assertEquals("report.csv.xlsx", target.getFileName().toString());
        try (XSSFWorkbook wb = open(target)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("report.csv", s.getSheetName());
            assertEquals(CellType.STRING, cell(s, "B2").getCellType(), "numbers from CSV are kept as read");
            assertEquals("73.35", cell(s, "B2").getStringCellValue());
            assertEquals(CellType.STRING, cell(s, "D2").getCellType());
            assertEquals("=1+1", cell(s, "D2").getStringCellValue());
            assertEquals("+ข้อมูลจาก ITAS", cell(s, "A4").getStringCellValue());
            assertEquals("A4:C4", s.getMergedRegion(0).formatAsString());
            assertEquals("คะแนนรวม 73.35 ต่ำกว่าเกณฑ์ 85 อยู่ 11.65 คะแนน", comment(cell(s, "B2")));
            assertEquals(AnalysisSheet.NAME, wb.getSheetName(1));
        }
    }
}
