package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ita analyze} writes the documents beside each workbook, and carries the results of a progress form the
 * agency filled in its workbook and gave back with {@code --progress}: seed 003's agency, end to end.
 */
class DocumentsIT {

    static final Path SEED_003 = AnalyzeIT.SAMPLES.resolve("seeds").resolve("seed-003-ทับคล้อ-2565.xlsx");
    static final String FOLDER = "พิจิตร/ทับคล้อ/";
    static final String AGENCY = "องค์การบริหารส่วนตำบลทับคล้อ-2565";

    @Test
    void documentsAreWrittenBesideTheWorkbookAndOnlyWhenAskedFor(@TempDir Path tmp) {
        AnalyzeIT.Run all = AnalyzeIT.ita("analyze", SEED_003.toString(), "--out", tmp.resolve("all").toString(),
                "--quiet");
        assertEquals(0, all.code(), all.out() + all.err());
        for (String suffix : List.of(".xlsx", "-มาตรการ2566.docx", "-รายงานผล6เดือน2566.docx",
                "-รายงานผล12เดือน2566.docx")) {
            assertTrue(Files.isRegularFile(tmp.resolve("all").resolve(FOLDER + AGENCY + suffix)), suffix);
        }
        AnalyzeIT.Run xlsx = AnalyzeIT.ita("analyze", SEED_003.toString(), "--out", tmp.resolve("xlsx").toString(),
                "--quiet", "--format", "xlsx");
        assertEquals(0, xlsx.code(), xlsx.err());
        assertFalse(Files.exists(tmp.resolve("xlsx").resolve(FOLDER + AGENCY + "-มาตรการ2566.docx")));
        AnalyzeIT.Run docx = AnalyzeIT.ita("analyze", SEED_003.toString(), "--out", tmp.resolve("docx").toString(),
                "--quiet", "--format", "docx");
        assertEquals(0, docx.code(), docx.err());
        assertTrue(Files.exists(tmp.resolve("docx").resolve(FOLDER + AGENCY + "-มาตรการ2566.docx")));
        assertFalse(Files.exists(tmp.resolve("docx").resolve(FOLDER + AGENCY + ".xlsx")));
    }

    @Test
    void aFilledSixMonthFormIsCarriedIntoBothReports(@TempDir Path tmp) throws Exception {
        Path first = tmp.resolve("first");
        assertEquals(0, AnalyzeIT.ita("analyze", SEED_003.toString(), "--out", first.toString(), "--quiet").code());
        Path filled = tmp.resolve("returned").resolve("ทับคล้อ-รายงานผล.xlsx");
        Files.createDirectories(filled.getParent());
        fill(first.resolve(FOLDER + AGENCY + ".xlsx"), filled);

        Path second = tmp.resolve("second");
        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", SEED_003.toString(), "--out", second.toString(), "--quiet",
                "--progress", filled.getParent().toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("progress forms: 1 of 1 filled form(s) carried into the reports"), r.out());

        String six = text(second.resolve(FOLDER + AGENCY + "-รายงานผล6เดือน2566.docx"));
        String twelve = text(second.resolve(FOLDER + AGENCY + "-รายงานผล12เดือน2566.docx"));
        for (String report : List.of(six, twelve)) {
            assertTrue(report.contains("ประเมินความเสี่ยงครบทุกกองแล้ว"), "the result written in the form");
            assertTrue(report.contains("ดำเนินการแล้ว เมื่อ 15 มีนาคม 2566"), "status and the date cell, in Thai");
            assertTrue(report.contains("https://tk.go.th/o36"), "the evidence the agency gave");
        }
        assertTrue(twelve.contains("ผลรอบ 6 เดือน"), "carried as the 6-month result");
        assertTrue(twelve.contains("ผลรอบ 12 เดือน"), "with room for the 12-month one");
        assertFalse(text(first.resolve(FOLDER + AGENCY + "-รายงานผล12เดือน2566.docx"))
                .contains("ประเมินความเสี่ยงครบทุกกองแล้ว"), "without --progress, nothing is carried");
    }

    @Test
    void aProgressFileThatHoldsNoFormStopsTheRunBeforeAnyWork(@TempDir Path tmp) {
        Path out = tmp.resolve("out");
        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", SEED_003.toString(), "--out", out.toString(), "--quiet",
                "--progress", SEED_003.toString());
        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertTrue(r.err().contains("--progress error: seed-003-ทับคล้อ-2565.xlsx: expected a progress-report form"),
                r.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    /** Fills the first measure of the 6-month sheet as an agency would, with a link in its หลักฐาน column. */
    private static void fill(Path workbook, Path target) throws Exception {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheet("รายงานผล 6 เดือน");
            Row header = s.getRow(5);
            assertEquals("ผลการดำเนินการ", header.getCell(6).getStringCellValue());
            assertEquals("หลักฐาน", header.getCell(9).getStringCellValue());
            Row row = s.getRow(6);
            row.getCell(6).setCellValue("ประเมินความเสี่ยงครบทุกกองแล้ว");
            row.getCell(7).setCellValue("ดำเนินการแล้ว");
            row.getCell(8).setCellValue(LocalDate.of(2023, 3, 15));
            row.getCell(9, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("https://tk.go.th/o36");
            try (OutputStream out = Files.newOutputStream(target)) {
                wb.write(out);
            }
        }
    }

    static String text(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    static long count(Path root, String suffix) throws Exception {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(suffix)).count();
        }
    }
}
