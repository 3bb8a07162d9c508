package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.report.OoxmlCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every part of every kind of output the run writes (agency workbook, province, district and overall summaries, the
 * province report, run report, annotated copies of an xlsx and of a CSV, filled templates saved by Excel and by
 * openpyxl, the three documents)
 * validates against the ECMA-376 schema with POI's complete schema jar, and every workbook keeps the rules Excel
 * applies beyond the schema ({@link OoxmlCheck}): zero violations. The inputs are made to push the writers: a name
 * longer than a cell holds, rows that would be taller than Excel allows, comments already in the input, a file name
 * with a control character and one over 175 bytes, names that clash.
 */
class OutputValidityTest {

    static final Path HOSTILE = Path.of("src/test/resources/hostile");
    static final Path EXAMPLE_TEMPLATE = Path.of("src/main/resources/ita/templates/example-template.xlsx");

    @Test
    void everyPartOfEveryOutputIsValidAndKeepsExcelsRules(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        AnalyzeIT.copyTree(AnalyzeIT.SAMPLES.resolve("seeds"), in.resolve("seeds"));
        for (String f : List.of("comments-beside-weak-cells.xlsx", "text-over-32767.csv", "names-one-path.csv",
                "table-below-list.xlsx")) {
            Files.copy(HOSTILE.resolve(f), in.resolve(f));
        }
        AnalyzeIT.copyTree(HOSTILE.resolve("copy-names"), in.resolve("copy-names"));
        Files.copy(HOSTILE.resolve("district-spelling-a.csv"), in.resolve("ctl\u0007name.csv"));
        Files.copy(HOSTILE.resolve("copy-names/x.xls.xlsx"), in.resolve("ผลการประเมินคุณธรรมและความโปร่งใส".repeat(2)
                + "ของหน่วยงานภาครัฐ.xlsx"));

        Path out = tmp.resolve("out");
        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", in.toString(), "--out", out.toString(), "--quiet", "--annotate",
                "--template", EXAMPLE_TEMPLATE.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        Path inline = tmp.resolve("out-inline");
        AnalyzeIT.Run r2 = AnalyzeIT.ita("analyze", AnalyzeIT.SAMPLES.resolve("seeds").toString(), "--out",
                inline.toString(), "--quiet", "--format", "xlsx", "--template",
                HOSTILE.resolve("inline-strings-template.xlsx").toString());
        assertEquals(0, r2.code(), r2.out() + r2.err());

        List<String> violations = new ArrayList<>();
        Set<String> kinds = new TreeSet<>();
        for (Path root : List.of(out, inline)) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    String name = root.relativize(p).toString();
                    String lower = name.toLowerCase(Locale.ROOT);
                    if (!lower.endsWith(".xlsx") && !lower.endsWith(".docx")) {
                        continue;
                    }
                    byte[] bytes = Files.readAllBytes(p);
                    violations.addAll(OoxmlCheck.schemaViolations(name, bytes));
                    if (lower.endsWith(".xlsx")) {
                        violations.addAll(OoxmlCheck.excelViolations(name, bytes));
                    }
                    kinds.add(kind(root == inline ? "inline " : "", name));
                }
            }
        }
        assertEquals(List.of(), violations);
        assertTrue(kinds.containsAll(Set.of("agency workbook", "document", "province summary", "overall summary",
                "district summary", "province report",
                "run report", "annotated copy of xlsx", "annotated copy of csv", "filled template",
                "inline filled template")), kinds.toString());
    }

    private static String kind(String prefix, String name) {
        String file = Path.of(name).getFileName().toString();
        if (name.startsWith("annotated")) {
            return prefix + (file.endsWith(".csv.xlsx") ? "annotated copy of csv" : "annotated copy of xlsx");
        }
        if (file.startsWith("รายงานจังหวัด")) {
            return prefix + "province report";
        }
        if (file.endsWith(".docx")) {
            return prefix + "document";
        }
        if (file.startsWith("สรุปอำเภอ")) {
            return prefix + "district summary";
        }
        if (file.startsWith("run-report")) {
            return prefix + "run report";
        }
        if (file.equals("สรุปภาพรวม.xlsx")) {
            return prefix + "overall summary";
        }
        if (file.startsWith("สรุปจังหวัด")) {
            return prefix + "province summary";
        }
        if (file.contains("-template") || file.contains("-inline-strings-template")) {
            return prefix + "filled template";
        }
        return prefix + "agency workbook";
    }
}
