package ita.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every option is checked before any input is read: a usage error is exit 2 with one line, and nothing is read
 * or written. The input folder holds a file that would be rejected if it were read, so a "rejected:" line would
 * show that reading had started.
 */
class OptionsCheckedFirstTest {

    @TempDir
    Path dir;
    Path in;
    Path out;

    @BeforeEach
    void input() throws IOException {
        in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("list-2567.csv"), """
                หน่วยงาน,อำเภอ,จังหวัด,คะแนนรวม
                องค์การบริหารส่วนตำบลนาทราย,พิบูลย์รักษ์,อุดรธานี,81.52
                องค์การบริหารส่วนตำบลบ้านแดง,พิบูลย์รักษ์,อุดรธานี,90.10
                """, StandardCharsets.UTF_8);
        Files.write(in.resolve("broken.xlsx"), new byte[0]);
        out = dir.resolve("out");
    }

    private CliTest.Run analyze(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("analyze", in.toString(), "--out", out.toString(),
                "--quiet"));
        args.addAll(List.of(more));
        return CliTest.run(args.toArray(String[]::new));
    }

    private void assertOneLineAndNothingDone(CliTest.Run r, String expected) {
        assertEquals(2, r.code(), r.err());
        assertEquals(List.of(expected), r.err().lines().toList());
        assertFalse(Files.exists(out), "nothing is written, not even the output folder");
    }

    @Test
    void aBrokenCatalogStopsTheRunBeforeAnyInputIsRead() throws IOException {
        Path catalog = Files.writeString(dir.resolve("catalog.csv"), "key,topic\nind1,x\n", StandardCharsets.UTF_8);
        assertOneLineAndNothingDone(analyze("--catalog", catalog.toString()), "ita: " + catalog + ", line 1: the"
                + " header has no column measure. The header must be key,topic,measure,steps,responsible,start_month,"
                + "end_month,monitoring (ita catalog export writes it)");
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderStopsTheRunBeforeAnyAgencyIsWritten() throws IOException {
        Path template = dir.resolve("form.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream o = Files.newOutputStream(template)) {
            wb.createSheet("แบบ").createRow(2).createCell(1).setCellValue("คะแนน ${totl}");
            wb.write(o);
        }
        assertOneLineAndNothingDone(analyze("--template", template.toString()),
                "ita: error: form.xlsx, sheet 'แบบ', cell B3: expected a known placeholder but found ${totl}. Did you"
                        + " mean ${total}? The placeholders are listed in ita/templates/README.md.");
    }

    @Test
    void anOutputFolderThatIsAFileIsAUsageErrorNotAnInternalOne() throws IOException {
        Files.writeString(out, "not a folder");
        CliTest.Run r = analyze();
        assertEquals(2, r.code(), r.err());
        assertEquals(List.of("ita: --out " + out + ": expected a folder but found a file. Give --out a folder you can"
                + " write to."), r.err().lines().toList());
        assertEquals("not a folder", Files.readString(out));
    }

    @Test
    void validateChecksTheSharedOptionsAsAnalyzeDoes() {
        for (String[] bad : List.of(new String[] {"--threads", "-3"}, new String[] {"--assume-year", "1999"},
                new String[] {"--mapping", dir.resolve("missing.csv").toString()})) {
            CliTest.Run v = CliTest.run(concat(new String[] {"validate", in.toString()}, bad));
            CliTest.Run a = analyze(bad);
            assertEquals(2, v.code(), String.join(" ", bad) + ": " + v.out() + v.err());
            assertEquals(2, a.code(), String.join(" ", bad) + ": " + a.err());
            String first = v.err().lines().findFirst().orElseThrow();
            assertEquals(first, a.err().lines().findFirst().orElseThrow(), "the same line from both commands");
            assertTrue(first.startsWith("ita: " + bad[0]), first);
            assertFalse(v.out().contains("rejected"), "nothing was read: " + v.out());
        }
        assertFalse(Files.exists(out));
    }

    @Test
    void yearChoosesTheWorkbooksAndAssumeYearDatesTheFilesThatSayNone() throws IOException {
        Path undated = Files.createDirectories(dir.resolve("undated"));
        Files.copy(in.resolve("list-2567.csv"), undated.resolve("list.csv"));
        CliTest.Run year = CliTest.run("analyze", undated.toString(), "--out", out.toString(), "--quiet", "--year",
                "2567");
        assertEquals(3, year.code(), "--year does not date a file: " + year.out() + year.err());
        assertTrue(year.err().contains("rejected: error: list.csv, sheet 'list': expected a fiscal year"), year.err());

        Path out2 = dir.resolve("out2");
        CliTest.Run assumed = CliTest.run("analyze", undated.toString(), "--out", out2.toString(), "--quiet",
                "--assume-year", "2567");
        assertEquals(0, assumed.code(), assumed.err());
        assertTrue(Files.exists(out2.resolve("อุดรธานี/พิบูลย์รักษ์/องค์การบริหารส่วนตำบลนาทราย-2567.xlsx")));
        String csv = Files.readString(out2.resolve("summary.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",2567,"), csv);
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
