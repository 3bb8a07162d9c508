package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run over sample-workbooks plus the whole hostile corpus: exit 3, every good agency written, every bad
 * file in the run report with its reason, no stack trace, inputs byte-for-byte unchanged, and the
 * findings that layout recognition and the batch owe the broken-but-readable files. The corpus holds the
 * cases of a whole run too (names from the data that are one path or an output's name, inputs of one file
 * name, a decimal comma, a formula without its result, two spellings of a district, a table below the list,
 * a text longer than a cell): each agency keeps an output of its own and each case is named.
 */
class HostileCorpusIT {

    static final Path HOSTILE = Path.of("src/test/resources/hostile");

    @Test
    void samplesPlusTheHostileCorpus(@TempDir Path tmp) throws Exception {
        Path input = tmp.resolve("input");
        AnalyzeIT.copyTree(AnalyzeIT.SAMPLES, input.resolve("samples"));
        AnalyzeIT.copyTree(HOSTILE, input.resolve("hostile"));
        Path broken = Files.createDirectories(input.resolve("formats"));
        for (String b : AnalyzeIT.BAD) {
            Files.copy(AnalyzeIT.BROKEN.resolve(b), broken.resolve(b));
        }
        Map<String, String> before = AnalyzeIT.checksums(input);
        Path out = tmp.resolve("out");

        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", input.toString(), "--out", out.toString(), "--quiet",
                "--annotate");

        assertEquals(3, r.code(), r.out() + r.err());
        assertFalse(r.err().contains("\tat ") || r.out().contains("\tat "), "no stack trace:\n" + r.err());
        assertEquals(before, AnalyzeIT.checksums(input), "inputs are never modified");
        String report = Files.readString(out.resolve("run-report.csv"), StandardCharsets.UTF_8);
        assertFalse(report.contains("\u001B"), "no terminal escape from a sheet name reaches the report");
        assertFalse(report.contains("root:x:0:0"), "nothing of a local file leaks through an entity");

        for (String refused : List.of("hostile/zip-password.xlsx", "hostile/repeated-part-bomb.xlsx",
                "hostile/xxe-passwd.xlsx", "hostile/xxe-external-dtd.xlsx", "hostile/rels-traversal.xlsx",
                "hostile/utf16-no-bom.csv", "hostile/unterminated-quote.csv", "hostile/no-recognised-sheet.xlsx",
                "hostile/prose-named.xlsx", "hostile/decimal-comma-middle.csv",
                "hostile/inline-strings-template.xlsx")) {
            assertTrue(report.lines().anyMatch(l -> l.startsWith(refused + ",rejected,") && l.contains("error: " + refused)),
                    refused + " should be rejected with its reason:\n" + report);
        }
        for (String b : AnalyzeIT.BAD) {
            assertTrue(report.lines().anyMatch(l -> l.startsWith("formats/" + b + ",rejected,")), b);
        }
        assertFinding(report, "hostile/formula-errors.xlsx", ",E2,", "formula error \"\"#DIV/0!\"\"");
        assertFinding(report, "hostile/formula-errors.xlsx", ",E3,", "#REF!");
        assertFinding(report, "hostile/out-of-range-scores.xlsx", ",E2,", "found \"\"105.5\"\"");
        assertFinding(report, "hostile/out-of-range-scores.xlsx", ",E3,", "found \"\"-3\"\"");
        assertFinding(report, "hostile/duplicate-merged-headers.xlsx", "duplicate-column", "F1");
        assertTrue(report.lines().anyMatch(l -> l.contains("conflicting total") && l.contains("81.52")
                && l.contains("84.1 in hostile/duplicate-agency-b.xlsx, sheet ") && l.contains("duplicate-agency-a.csv") && l.contains("duplicate-agency-b.xlsx")),
                "the same agency-year with two totals is reported with both files and values");

        assertFinding(report, "hostile/decimal-comma-last.csv", ",split-by-comma,decimal-comma-last,F3,", "found 6");
        assertFinding(report, "hostile/formula-no-cached-value.xlsx", ",formula-without-value,คะแนน,E2,",
                "=F2*0.3+G2*0.3+H2*0.4 without a saved result");
        assertFinding(report, "hostile/district-spelling-b.csv", ",district-spelling,", "'พิบูลย์รักษ์' in"
                + " hostile/district-spelling-a.csv");
        assertFinding(report, "hostile/table-below-list.xlsx", ",another-table,รายชื่อ,A5,", "ยี่ห้อ");
        assertFinding(report, "hostile/text-over-32767.csv", ",text-too-long,", "33,011");
        assertEquals(5, report.lines().filter(l -> l.startsWith("hostile/names-one-path.csv,")
                && l.contains(",output-renamed,")).count(), "each name that is one path with another is named");
        assertEquals(6, report.lines().filter(l -> l.startsWith("hostile/names-like-outputs.csv,")
                && l.contains(",output-renamed,")).count(), "each name that is an output's is named");
        assertFinding(report, "hostile/copy-names/x.xls.xlsx", ",output-renamed,", "annotated/hostile/copy-names/"
                + "x.xls-2.xlsx");

        List<String> summary = Files.readAllLines(out.resolve("summary.csv"), StandardCharsets.UTF_8);
        for (String id : sampleAgencyIds()) {
            assertTrue(summary.stream().anyMatch(l -> l.startsWith(id + ",")), "good agency " + id + " is written");
        }
        for (String name : List.of("หนองบัว", "หนองแวง", "โคกสูง", "โคกกลาง", "ดอนดู่", "ดอนแดง", "ก/ข", "ก_ข", "นาดี",
                "นาเลา", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "นาข่า", "บ้านแดง", "โพนa", "โพนb")) {
            assertTrue(summary.stream().anyMatch(l -> l.contains(",องค์การบริหารส่วนตำบล" + name + ",")),
                    "good agency " + name + " of the hostile corpus is written");
        }
        // one workbook and three documents for every agency: none written over another
        long agencies = summary.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count();
        assertEquals(agencies, count(out, f -> f.endsWith(".xlsx") && !f.startsWith("annotated/")
                && !f.substring(f.lastIndexOf('/') + 1).startsWith("สรุป") && !f.equals("run-report.xlsx")),
                "agency workbooks");
        assertEquals(3 * agencies, count(out, f -> f.endsWith(".docx")
                && !f.substring(f.lastIndexOf('/') + 1).startsWith("รายงานจังหวัด")), "documents");
        long read = report.lines().filter(l -> l.matches("[^,]+,read( with findings)?,[^,]+,.*"))
                .count();
        assertEquals(read, count(out, f -> f.startsWith("annotated/")), "an annotated copy of every file read");
    }

    private static long count(Path root, java.util.function.Predicate<String> which) throws java.io.IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(which).count();
        }
    }

    private static void assertFinding(String report, String file, String where, String what) {
        assertTrue(report.lines().anyMatch(l -> l.startsWith(file + ",") && l.contains(where) && l.contains(what)),
                file + " should have a finding at " + where + " with " + what + ":\n"
                        + report.lines().filter(l -> l.startsWith(file)).reduce("", (a, b) -> a + b + "\n"));
    }

    private static List<String> sampleAgencyIds() throws Exception {
        Path tmp = Files.createTempDirectory("samples-only");
        try {
            AnalyzeIT.Run r = AnalyzeIT.ita("analyze", AnalyzeIT.SAMPLES.toString(), "--out", tmp.toString(),
                    "--quiet", "--format", "csv");
            assertEquals(0, r.code(), r.err());
            try (Stream<String> s = Files.readAllLines(tmp.resolve("summary.csv")).stream()) {
                return s.skip(1).map(l -> l.split(",")[0]).distinct().toList();
            }
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
