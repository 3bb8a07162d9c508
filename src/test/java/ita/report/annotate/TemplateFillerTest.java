package ita.report.annotate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.analysis.AgencyAnalysis;
import ita.report.WorkbookDump;
import ita.report.WriteOptions;
import ita.report.summary.SmallProvince;
import ita.report.typography.ThaiTypography;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateFillerTest {

    static final WriteOptions OPTIONS = WriteOptions.defaults().withWrittenOn(LocalDate.of(2025, 3, 1));
    static final Path EXAMPLE = ExampleTemplate.RESOURCE;
    static final List<Map<String, String>> MEASURES = List.of(
            Map.of("topic", "ตัวชี้วัดที่ 10 การป้องกันการทุจริต", "measure", "จัดทำมาตรการส่งเสริมคุณธรรม",
                    "steps", "1. ประชุม\n2. ประกาศ", "responsible", "สำนักปลัด", "period", "ต.ค. – ธ.ค.",
                    "monitoring", "รายงานรอบ 6 เดือน"),
            Map.of("topic", "ตัวชี้วัดที่ 7", "measure", "เผยแพร่ข้อมูล", "responsible", "กองคลัง"),
            Map.of("topic", "ตัวชี้วัดที่ 9", "measure", "ปรับปรุงเว็บไซต์", "responsible", "สำนักปลัด"));

    /** Seed 003's figures as A1's 2566 record: total 73.35, level C, weakest indicator 10, rank 5 of 5. */
    static AgencyAnalysis seed003Like() {
        return SmallProvince.analyses().stream().filter(a -> a.agency().equals(SmallProvince.A1)).findFirst()
                .orElseThrow();
    }

    @TempDir
    static Path dir;
    static Path filled;
    static byte[] templateBytes;

    @BeforeAll
    static void fillExample() throws Exception {
        templateBytes = Files.readAllBytes(EXAMPLE);
        filled = TemplateFiller.targetFor(dir, EXAMPLE, seed003Like());
        TemplateFiller.fill(EXAMPLE, filled, seed003Like(), MEASURES, OPTIONS);
    }

    static XSSFWorkbook open(Path p) throws Exception {
        try (InputStream in = Files.newInputStream(p)) {
            return new XSSFWorkbook(in);
        }
    }

    static Cell cell(Sheet s, String a1) {
        var at = new org.apache.poi.ss.util.CellAddress(a1);
        return s.getRow(at.getRow()).getCell(at.getColumn());
    }

    @Test
    void committedExampleMatchesItsGenerator() throws Exception {
        try (XSSFWorkbook built = ExampleTemplate.build(); XSSFWorkbook committed = open(EXAMPLE)) {
            assertEquals(WorkbookDump.of(built), WorkbookDump.of(committed),
                    "run ExampleTemplate.main to rewrite the example template");
        }
    }

    @Test
    void namesTheCopyAfterAgencyAndTemplate() {
        assertEquals(dir.resolve("องค์การบริหารส่วนตำบลทับคล้อ-example-template.xlsx"), filled);
    }

    @Test
    void fillsTextAndNumbers() throws Exception {
        try (XSSFWorkbook wb = open(filled)) {
            Sheet s = wb.getSheet(ExampleTemplate.FORM);
            assertEquals("การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. 2566",
                    cell(s, "A1").getStringCellValue());
            assertEquals("องค์การบริหารส่วนตำบลทับคล้อ อำเภอทับคล้อ จังหวัดพิจิตร", cell(s, "A2").getStringCellValue());
            assertEquals(CellType.NUMERIC, cell(s, "B4").getCellType());
            assertEquals(73.35, cell(s, "B4").getNumericCellValue(), 1e-9);
            assertEquals("0.00", cell(s, "B4").getCellStyle().getDataFormatString(), "the template's number format");
            assertEquals("C", cell(s, "D4").getStringCellValue());
            assertEquals(5, cell(s, "F4").getNumericCellValue(), 0);
            // IIT not reported: the mean of indicators 1–5, (100 + 99.50 + 100 + 99.45 + 100) / 5 = 99.79
            assertEquals(99.79, cell(s, "B5").getNumericCellValue(), 1e-9);
            assertEquals(11.65, cell(s, "B6").getNumericCellValue(), 1e-9);
            assertEquals(5, cell(s, "D6").getNumericCellValue(), 0);
            assertEquals(3.35, cell(s, "F6").getNumericCellValue(), 1e-9);
            assertEquals("ตัวชี้วัดที่ 10 การป้องกันการทุจริต (25.00)", cell(s, "B7").getStringCellValue());
            assertEquals("ตัวชี้วัดที่ได้ 85 ขึ้นไป: ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่ (100.00), ตัวชี้วัดที่ 3 การใช้อำนาจ"
                    + " (100.00), ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต (100.00), ตัวชี้วัดที่ 2 การใช้งบประมาณ (99.50),"
                    + " ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ (99.45), ตัวชี้วัดที่ 6 คุณภาพการดำเนินงาน (88.21)",
                    cell(s, "B8").getStringCellValue());
            assertEquals("O15, O42, O43", cell(s, "B9").getStringCellValue());
            assertEquals("จัดทำเมื่อ 1 มีนาคม 2568", rowStartingWith(s, "จัดทำเมื่อ").getCell(0).getStringCellValue());
        }
    }

    @Test
    void repeatsWeaknessRowsLowestFirst() throws Exception {
        try (XSSFWorkbook wb = open(filled)) {
            Sheet s = wb.getSheet(ExampleTemplate.FORM);
            // below 85: 10 (25.00), 7 (66.15), 9 (74.21), 8 (81.35); rows 12–15
            List<Double> numbers = new ArrayList<>();
            for (int r = 11; r <= 14; r++) {
                Cell c = s.getRow(r).getCell(0);
                assertEquals(CellType.NUMERIC, c.getCellType(), "row " + (r + 1));
                numbers.add(c.getNumericCellValue());
            }
            assertEquals(List.of(10.0, 7.0, 9.0, 8.0), numbers);
            Row ten = s.getRow(11);
            assertEquals("การป้องกันการทุจริต", ten.getCell(1).getStringCellValue());
            assertEquals("ต้องแก้ไขโดยเร่งด่วน", ten.getCell(2).getStringCellValue());
            assertEquals(25.0, ten.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(60.0, ten.getCell(4).getNumericCellValue(), 1e-9);
            assertEquals("OIT", ten.getCell(5).getStringCellValue());
            assertEquals(s.getRow(11).getCell(1).getCellStyle().getIndex(), s.getRow(14).getCell(1).getCellStyle().getIndex());
            assertEquals("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. 2567",
                    s.getRow(16).getCell(0).getStringCellValue(), "rows below moved down by 3");
        }
    }

    @Test
    void repeatsMeasureRowsAndKeepsMergedCellsBelow() throws Exception {
        try (XSSFWorkbook wb = open(filled)) {
            Sheet s = wb.getSheet(ExampleTemplate.FORM);
            Row header = rowStartingWith(s, "ประเด็น");
            int first = header.getRowNum() + 1;
            assertEquals("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", s.getRow(first).getCell(0).getStringCellValue());
            assertEquals("1. ประชุม\n2. ประกาศ", s.getRow(first).getCell(2).getStringCellValue());
            assertTrue(s.getRow(first).getHeightInPoints() >= ThaiTypography.heightFor(2), "two lines of steps");
            assertEquals("กองคลัง", s.getRow(first + 1).getCell(3).getStringCellValue());
            assertEquals("", s.getRow(first + 1).getCell(2).getStringCellValue(), "a field the row lacks");
            assertEquals("ตัวชี้วัดที่ 9", s.getRow(first + 2).getCell(0).getStringCellValue());
            Row written = rowStartingWith(s, "จัดทำเมื่อ");
            assertEquals(first + 4, written.getRowNum());
            assertTrue(s.getMergedRegions().contains(new CellRangeAddress(written.getRowNum(), written.getRowNum(), 0, 5)),
                    "the merged line below moved with its row");
        }
    }

    @Test
    void leavesNoPlaceholderAndShowsEscapedOnesLiterally() throws Exception {
        try (XSSFWorkbook wb = open(filled)) {
            String dump = WorkbookDump.of(wb);
            String form = dump.substring(0, dump.lastIndexOf("== sheet ", dump.indexOf(": " + ExampleTemplate.GUIDE + "\n")));
            assertFalse(form.contains("${"), form);
            Sheet guide = wb.getSheet(ExampleTemplate.GUIDE);
            assertEquals("${agency.name}", guide.getRow(2).getCell(0).getStringCellValue());
            assertEquals("$${ชื่อ}", guide.getRow(24).getCell(0).getStringCellValue());
        }
        assertArrayEquals(templateBytes, Files.readAllBytes(EXAMPLE), "the template is only read");
    }

    @Test
    void removesRepeatingRowsWithNothingToRepeat(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("no-measures.xlsx");
        TemplateFiller.fill(EXAMPLE, out, seed003Like(), OPTIONS);
        try (XSSFWorkbook wb = open(out)) {
            Sheet s = wb.getSheet(ExampleTemplate.FORM);
            Row header = rowStartingWith(s, "ประเด็น");
            assertEquals(header.getRowNum() + 2, rowStartingWith(s, "จัดทำเมื่อ").getRowNum());
        }
    }

    @Test
    void refusesAnUnknownPlaceholderNamingFileSheetAndCell(@TempDir Path tmp) throws Exception {
        Path bad = template(tmp, "bad.xlsx", "B4", "ชื่อ: ${agency.nmae}");
        TemplateException e = assertThrows(TemplateException.class,
                () -> TemplateFiller.fill(bad, tmp.resolve("out.xlsx"), seed003Like(), OPTIONS));
        assertEquals("error: bad.xlsx, sheet 'แบบ', cell B4: expected a known placeholder but found ${agency.nmae}."
                + " Did you mean ${agency.name}? The placeholders are listed in ita/templates/README.md.", e.line());
        assertFalse(Files.exists(tmp.resolve("out.xlsx")));
    }

    @Test
    void refusesRowFieldsOutsideTheirRowAndUnclosedPlaceholders(@TempDir Path tmp) throws Exception {
        Path outside = template(tmp, "outside.xlsx", "C2", "${m.topic}");
        TemplateException e = assertThrows(TemplateException.class,
                () -> TemplateFiller.fill(outside, tmp.resolve("o.xlsx"), seed003Like(), OPTIONS));
        assertEquals("error: outside.xlsx, sheet 'แบบ', cell C2: expected ${m.topic} in a row that starts with"
                + " ${each measure} but found it outside one. Move it into the repeating row, or start this row with"
                + " ${each measure}.", e.line());
        Path unclosed = template(tmp, "unclosed.xlsx", "A1", "ปี ${year");
        e = assertThrows(TemplateException.class,
                () -> TemplateFiller.fill(unclosed, tmp.resolve("u.xlsx"), seed003Like(), OPTIONS));
        assertEquals("error: unclosed.xlsx, sheet 'แบบ', cell A1: expected } to close the placeholder but found"
                + " \"${year\". Write placeholders as ${name}; they are listed in ita/templates/README.md.", e.line());
        Path each = template(tmp, "each.xlsx", "A3", "${each measures}");
        e = assertThrows(TemplateException.class,
                () -> TemplateFiller.fill(each, tmp.resolve("e.xlsx"), seed003Like(), OPTIONS));
        assertEquals("template-placeholder", e.kind());
        assertEquals("A3", e.where().cell());
    }

    @Test
    void fillsAnXlsTemplateAsXls(@TempDir Path tmp) throws Exception {
        Path xls = tmp.resolve("form.xls");
        try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            Sheet s = wb.createSheet("แบบ");
            s.createRow(0).createCell(0).setCellValue("${agency.name}");
            s.createRow(1).createCell(0).setCellValue("${total}");
            s.createRow(2).createCell(0).setCellValue("${each weakness}${w.name}");
            s.createRow(3).createCell(0).setCellValue("ท้าย ${year}");
            wb.write(out);
        }
        Path out = tmp.resolve("filled.xls");
        TemplateFiller.fill(xls, out, seed003Like(), OPTIONS);
        try (InputStream in = Files.newInputStream(out);
             var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals(73.35, s.getRow(1).getCell(0).getNumericCellValue(), 1e-9);
            assertEquals("การป้องกันการทุจริต", s.getRow(2).getCell(0).getStringCellValue());
            assertEquals("การปรับปรุงระบบการทำงาน", s.getRow(5).getCell(0).getStringCellValue());
            assertEquals("ท้าย 2566", s.getRow(6).getCell(0).getStringCellValue());
        }
    }

    private static Path template(Path dir, String name, String a1, String text) throws Exception {
        Path p = dir.resolve(name);
        var at = new org.apache.poi.ss.util.CellAddress(a1);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(p)) {
            Sheet s = wb.createSheet("แบบ");
            s.createRow(0).createCell(1).setCellValue("${agency.name}");
            Row r = s.getRow(at.getRow()) == null ? s.createRow(at.getRow()) : s.getRow(at.getRow());
            r.createCell(at.getColumn()).setCellValue(text);
            wb.write(out);
        }
        return p;
    }

    private static Row rowStartingWith(Sheet s, String prefix) {
        for (Row r : s) {
            Cell c = r.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(prefix)) {
                return r;
            }
        }
        throw new AssertionError("no row starting with " + prefix);
    }
}
