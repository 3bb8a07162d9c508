package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile cases of a whole run (src/test/resources/hostile/README.md, "A whole run"): each class of failure a
 * careless or unlucky user met, with its fixture, asserted by its exact line or its exact outcome. Runs the command
 * in-process, as a user would type it.
 */
class HostileRunsTest {

    static final Path HOSTILE = Path.of("src/test/resources/hostile");
    static final Path EXAMPLE_TEMPLATE = Path.of("src/main/resources/ita/templates/example-template.xlsx");

    // ---- names from the data that are one path ------------------------------------------------------------

    @Test
    void namesThatAreOnePathOnWindowsOrMacOsEachKeepAPathOfTheirOwn(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", HOSTILE.resolve("names-one-path.csv").toString(), "--out",
                out.toString(), "--quiet", "--format", "xlsx,csv", "--template", EXAMPLE_TEMPLATE.toString());

        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "CHAIYAPHUM/Mueang/สรุปอำเภอMueang.xlsx",
                "CHAIYAPHUM/Mueang/องค์การบริหารส่วนตำบลนาเลา-2567.xlsx",
                "CHAIYAPHUM/Mueang/องค์การบริหารส่วนตำบลนาเลา-example-template.xlsx",
                "CHAIYAPHUM/สรุปจังหวัดCHAIYAPHUM.xlsx",
                "Chaiyaphum-2/Mueang/สรุปอำเภอMueang.xlsx",
                "Chaiyaphum-2/Mueang/องค์การบริหารส่วนตำบลนาดี-2567.xlsx",
                "Chaiyaphum-2/Mueang/องค์การบริหารส่วนตำบลนาดี-example-template.xlsx",
                "Chaiyaphum-2/สรุปจังหวัดChaiyaphum.xlsx",
                "run-report.csv", "run-report.xlsx", "summary.csv",
                "ชัยภูมิ-2/สรุปจังหวัดชัยภูมิ.xlsx",
                "ชัยภูมิ-2/เมือง/สรุปอำเภอเมือง.xlsx",
                "ชัยภูมิ-2/เมือง/องค์การบริหารส่วนตำบลหนองแวง-2567.xlsx",
                "ชัยภูมิ-2/เมือง/องค์การบริหารส่วนตำบลหนองแวง-example-template.xlsx",
                "ชัยภูมิ/บ้าน_ใหม่-2/สรุปอำเภอบ้าน_ใหม่.xlsx",
                "ชัยภูมิ/บ้าน_ใหม่-2/องค์การบริหารส่วนตำบลโคกกลาง-2567.xlsx",
                "ชัยภูมิ/บ้าน_ใหม่-2/องค์การบริหารส่วนตำบลโคกกลาง-example-template.xlsx",
                "ชัยภูมิ/บ้าน_ใหม่/สรุปอำเภอบ้าน_ใหม่.xlsx",
                "ชัยภูมิ/บ้าน_ใหม่/องค์การบริหารส่วนตำบลโคกสูง-2567.xlsx",
                "ชัยภูมิ/บ้าน_ใหม่/องค์การบริหารส่วนตำบลโคกสูง-example-template.xlsx",
                "ชัยภูมิ/สรุปจังหวัดชัยภูมิ.xlsx",
                "ชัยภูมิ/เมือง/สรุปอำเภอเมือง.xlsx",
                "ชัยภูมิ/เมือง/องค์การบริหารส่วนตำบลก_ข-2567-2.xlsx",
                "ชัยภูมิ/เมือง/องค์การบริหารส่วนตำบลก_ข-2567.xlsx",
                "ชัยภูมิ/เมือง/องค์การบริหารส่วนตำบลก_ข-example-template-2.xlsx",
                "ชัยภูมิ/เมือง/องค์การบริหารส่วนตำบลก_ข-example-template.xlsx",
                "ชัยภูมิ/เมือง/องค์การบริหารส่วนตำบลหนองบัว-2567.xlsx",
                "ชัยภูมิ/เมือง/องค์การบริหารส่วนตำบลหนองบัว-example-template.xlsx",
                "ชัยภูมิ/ไม่ระบุอำเภอ-2/สรุปอำเภอ.xlsx",
                "ชัยภูมิ/ไม่ระบุอำเภอ-2/องค์การบริหารส่วนตำบลดอนแดง-2567.xlsx",
                "ชัยภูมิ/ไม่ระบุอำเภอ-2/องค์การบริหารส่วนตำบลดอนแดง-example-template.xlsx",
                "ชัยภูมิ/ไม่ระบุอำเภอ/สรุปอำเภอ.xlsx",
                "ชัยภูมิ/ไม่ระบุอำเภอ/องค์การบริหารส่วนตำบลดอนดู่-2567.xlsx",
                "ชัยภูมิ/ไม่ระบุอำเภอ/องค์การบริหารส่วนตำบลดอนดู่-example-template.xlsx",
                "สรุปภาพรวม.xlsx"), files(out));
        String sheet = "names-one-path.csv, sheet 'names-one-path', cell ";
        String same = " takes that name too (names that differ only in case, in Unicode form or in characters a file"
                + " name cannot hold are one file on Windows and macOS); it is written as ";
        String fix = ". If the two are one, correct the name in the file that is wrong; otherwise nothing to do.";
        assertLines(r.err(),
                "warning: " + sheet + "A10: expected Chaiyaphum/ for province 'Chaiyaphum' but province 'CHAIYAPHUM' ("
                        + sheet + "A11)" + same + "Chaiyaphum-2/" + fix,
                "warning: " + sheet + "A3: expected ชัยภูมิ/ for province 'ชัยภูมิ.' but province 'ชัยภูมิ' (" + sheet
                        + "A6)" + same + "ชัยภูมิ-2/" + fix,
                "warning: " + sheet + "A7: expected ชัยภูมิ/ไม่ระบุอำเภอ/ for district '..' but district '.' (" + sheet
                        + "A6)" + same + "ชัยภูมิ/ไม่ระบุอำเภอ-2/" + fix,
                "warning: " + sheet + "A5: expected ชัยภูมิ/บ้าน_ใหม่/ for district 'บ้าน_ใหม่' but district 'บ้าน/ใหม่' ("
                        + sheet + "A4)" + same + "ชัยภูมิ/บ้าน_ใหม่-2/" + fix,
                "warning: " + sheet + "A9: expected ชัยภูมิ/เมือง/องค์การบริหารส่วนตำบลก_ข-2567.xlsx for"
                        + " องค์การบริหารส่วนตำบลก_ข but องค์การบริหารส่วนตำบลก/ข (" + sheet + "A8)" + same
                        + "ชัยภูมิ/เมือง/องค์การบริหารส่วนตำบลก_ข-2567-2.xlsx" + fix,
                "warning: " + sheet + "A9: expected ชัยภูมิ/เมือง/องค์การบริหารส่วนตำบลก_ข-example-template.xlsx for the"
                        + " filled template of องค์การบริหารส่วนตำบลก_ข but the filled template of"
                        + " องค์การบริหารส่วนตำบลก/ข (" + sheet + "A8)" + same
                        + "ชัยภูมิ/เมือง/องค์การบริหารส่วนตำบลก_ข-example-template-2.xlsx" + fix);
        assertTrue(Files.readString(out.resolve("run-report.csv")).contains("warning,output-renamed"),
                "the renamed outputs are in the run report too");
        assertEquals(11, Files.readAllLines(out.resolve("summary.csv")).size(), "ten agencies, none lost");
    }

    @Test
    void theNamesDoNotDependOnTheOrderOfTheFiles(@TempDir Path tmp) throws Exception {
        List<String> rows = Files.readAllLines(HOSTILE.resolve("names-one-path.csv"));
        String header = rows.get(0);
        List<List<String>> runs = new ArrayList<>();
        for (boolean swapped : new boolean[] {false, true}) {
            Path in = Files.createDirectories(tmp.resolve("in-" + swapped));
            List<String> first = rows.subList(1, 6);
            List<String> second = rows.subList(6, rows.size());
            Files.write(in.resolve("a.csv"), lines(header, swapped ? second : first));
            Files.write(in.resolve("b.csv"), lines(header, swapped ? first : second));
            Path out = tmp.resolve("out-" + swapped);
            assertEquals(0, AnalyzeIT.ita("analyze", in.toString(), "--out", out.toString(), "--quiet", "--format",
                    "xlsx").code());
            runs.add(files(out));
        }
        assertEquals(runs.get(0), runs.get(1));
        assertTrue(runs.get(0).contains("ชัยภูมิ-2/เมือง/องค์การบริหารส่วนตำบลหนองแวง-2567.xlsx"), runs.get(0).toString());
    }

    @Test
    void provincesAndDistrictsNamedLikeTheRunsOwnOutputsGoBesideThem(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", HOSTILE.resolve("names-like-outputs.csv").toString(), "--out",
                out.toString(), "--quiet", "--annotate", "--format", "xlsx,csv,json");

        assertEquals(0, r.code(), r.err());
        assertEquals(List.of(
                "SUMMARY.JSON-2/สรุปจังหวัดSUMMARY.JSON.xlsx",
                "SUMMARY.JSON-2/เมือง/สรุปอำเภอเมือง.xlsx",
                "SUMMARY.JSON-2/เมือง/องค์การบริหารส่วนตำบลห้า-2567.xlsx",
                "annotated-2/สรุปจังหวัดannotated.xlsx",
                "annotated-2/เมือง/สรุปอำเภอเมือง.xlsx",
                "annotated-2/เมือง/องค์การบริหารส่วนตำบลสี่-2567.xlsx",
                "annotated/names-like-outputs.csv.xlsx",
                "run-report.csv",
                "run-report.csv-2/สรุปจังหวัดrun-report.csv.xlsx",
                "run-report.csv-2/เมือง/สรุปอำเภอเมือง.xlsx",
                "run-report.csv-2/เมือง/องค์การบริหารส่วนตำบลสอง-2567.xlsx",
                "run-report.xlsx",
                "summary.csv",
                "summary.csv-2/สรุปจังหวัดsummary.csv.xlsx",
                "summary.csv-2/เมือง/สรุปอำเภอเมือง.xlsx",
                "summary.csv-2/เมือง/องค์การบริหารส่วนตำบลหนึ่ง-2567.xlsx",
                "summary.json",
                "สรุปภาพรวม.xlsx",
                "สรุปภาพรวม.xlsx-2/สรุปจังหวัดสรุปภาพรวม.xlsx.xlsx",
                "สรุปภาพรวม.xlsx-2/เมือง/สรุปอำเภอเมือง.xlsx",
                "สรุปภาพรวม.xlsx-2/เมือง/องค์การบริหารส่วนตำบลสาม-2567.xlsx",
                "เลย/สรุปจังหวัดเลย.xlsx",
                "เลย/สรุปจังหวัดเลย.xlsx-2/สรุปอำเภอสรุปจังหวัดเลย.xlsx.xlsx",
                "เลย/สรุปจังหวัดเลย.xlsx-2/องค์การบริหารส่วนตำบลหก-2567.xlsx"), files(out));
        String sheet = "names-like-outputs.csv, sheet 'names-like-outputs', cell ";
        String fix = ". Nothing to do; the name is kept as it is inside the outputs.";
        assertLines(r.err(),
                "warning: " + sheet + "A2: expected summary.csv/ for province 'summary.csv' but the run writes its own"
                        + " summary.csv under that name; it is written as summary.csv-2/" + fix,
                "warning: " + sheet + "A6: expected SUMMARY.JSON/ for province 'SUMMARY.JSON' but the run writes its"
                        + " own summary.json under that name; it is written as SUMMARY.JSON-2/" + fix,
                "warning: " + sheet + "A5: expected annotated/ for province 'annotated' but the run writes its own"
                        + " folder of annotated copies under that name; it is written as annotated-2/" + fix,
                "warning: " + sheet + "A7: expected เลย/สรุปจังหวัดเลย.xlsx/ for district 'สรุปจังหวัดเลย.xlsx' but the"
                        + " run writes the summary of province 'เลย' under that name; it is written as"
                        + " เลย/สรุปจังหวัดเลย.xlsx-2/" + fix);
        assertEquals(7, Files.readAllLines(out.resolve("summary.csv")).size(), "six agencies and the header");
    }

    @Test
    void annotatedCopiesOfInputsOfOneNameEachKeepTheirOwn(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", HOSTILE.resolve("copy-names").toString(),
                HOSTILE.resolve("two-roots-a").toString(), HOSTILE.resolve("two-roots-b").toString(), "--out",
                out.toString(), "--quiet", "--annotate", "--format", "csv");

        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("annotated/src/test/resources/hostile/two-roots-a/list.csv.xlsx",
                "annotated/src/test/resources/hostile/two-roots-b/list.csv.xlsx",
                "annotated/x.xls-2.xlsx", "annotated/x.xls.xlsx", "run-report.csv", "run-report.xlsx", "summary.csv"),
                files(out));
        assertLines(r.err(), "warning: x.xls.xlsx: expected annotated/x.xls.xlsx for the annotated copy of x.xls.xlsx"
                + " but the annotated copy of x.xls (x.xls) takes that name too (names that differ only in case, in"
                + " Unicode form or in characters a file name cannot hold are one file on Windows and macOS); it is"
                + " written as annotated/x.xls-2.xlsx. If the two are one, correct the name in the file that is wrong;"
                + " otherwise nothing to do.");
        String report = Files.readString(out.resolve("run-report.csv"));
        assertTrue(report.contains("\nsrc/test/resources/hostile/two-roots-a/list.csv,read,")
                && report.contains("\nsrc/test/resources/hostile/two-roots-b/list.csv,read,"),
                "two inputs of one name are shown with the path given:\n" + report);
    }

    // ---- values changed or lost without a word ------------------------------------------------------------

    @Test
    void aScoreWithAnUnquotedDecimalCommaIsReportedNotRead(@TempDir Path tmp) throws Exception {
        String fix = " Write decimals with a point (81.52) or put the value in quotes (\"81,52\"), or save the file"
                + " from Excel as CSV UTF-8.";
        String what = ": expected at most 5 values in this line, as the header has, but found 6: a value with a comma"
                + " and no quotes (such as a score written 81,52) is split in two and the values after it move one"
                + " column; the row is skipped.";
        AnalyzeIT.Run last = AnalyzeIT.ita("validate", HOSTILE.resolve("decimal-comma-last.csv").toString());
        assertLines(last.out(), "  error: decimal-comma-last.csv, sheet 'decimal-comma-last', cell F3" + what + fix);
        AnalyzeIT.Run middle = AnalyzeIT.ita("validate", HOSTILE.resolve("decimal-comma-middle.csv").toString());
        assertEquals(3, middle.code());
        assertLines(middle.out(), "decimal-comma-middle.csv: rejected: error: decimal-comma-middle.csv, sheet"
                + " 'decimal-comma-middle', cell F2" + what + fix);

        Path out = tmp.resolve("out");
        AnalyzeIT.ita("analyze", HOSTILE.resolve("decimal-comma-last.csv").toString(), "--out", out.toString(),
                "--quiet", "--format", "csv");
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(2, summary.size(), "only the agency written right: " + summary);
        assertTrue(summary.get(1).contains(",องค์การบริหารส่วนตำบลนาข่า,") && summary.get(1).contains(",81.52,"));
    }

    @Test
    void aScoreFormulaWithoutASavedResultIsAnErrorNotABlank() {
        AnalyzeIT.Run r = AnalyzeIT.ita("validate", HOSTILE.resolve("formula-no-cached-value.xlsx").toString());
        assertLines(r.out(), "  error: formula-no-cached-value.xlsx, sheet 'คะแนน', cell E2: expected a score 0–100 but"
                + " found the formula =F2*0.3+G2*0.3+H2*0.4 without a saved result, as a program that does not"
                + " calculate writes it. Open the file in Excel or LibreOffice and save it again, so that the results"
                + " are stored.");
    }

    @Test
    void oneAgencyUnderTwoSpellingsOfItsDistrictIsReported() {
        AnalyzeIT.Run r = AnalyzeIT.ita("validate", HOSTILE.resolve("district-spelling-a.csv").toString(),
                HOSTILE.resolve("district-spelling-b.csv").toString());
        assertLines(r.out(), "warning: district-spelling-b.csv, sheet 'district-spelling-b', cell A2: expected one"
                + " district for องค์การบริหารส่วนตำบลบ้านแดง in อุดรธานี but found 'พิบูลย์รักษ์' in district-spelling-a.csv,"
                + " sheet 'district-spelling-a', cell A2 and 'พิบูลรักษ์' in district-spelling-b.csv, sheet"
                + " 'district-spelling-b', cell A2; both give fiscal year 2567; they are kept apart as two agencies."
                + " Correct the district in the file that is wrong, or give both the same รหัสหน่วยงาน.");
    }

    @Test
    void aTableBelowTheAgencyListIsNotReadAsAgencies(@TempDir Path tmp) throws Exception {
        AnalyzeIT.Run r = AnalyzeIT.ita("validate", HOSTILE.resolve("table-below-list.xlsx").toString());
        assertLines(r.out(), "  warning: table-below-list.xlsx, sheet 'รายชื่อ', cell A5: expected more agencies or"
                + " nothing below the agency list and a blank row but found another table (รายการ | ยี่ห้อ | ห้อง |"
                + " ปีที่ซื้อ | จำนวน); it and the rows below it are not read. Nothing to do if it holds no agencies; if it"
                + " does, give it a header such as หน่วยงาน | คะแนนรวม.");
        Path out = tmp.resolve("out");
        AnalyzeIT.ita("analyze", HOSTILE.resolve("table-below-list.xlsx").toString(), "--out", out.toString(),
                "--quiet", "--format", "csv");
        assertEquals(2, Files.readAllLines(out.resolve("summary.csv")).size(), "one agency, no printer");
    }

    @Test
    void aTextLongerThanACellHoldsIsCutWithALineAndTheAgencyIsWritten(@TempDir Path tmp) throws Exception {
        AnalyzeIT.Run v = AnalyzeIT.ita("validate", HOSTILE.resolve("text-over-32767.csv").toString());
        assertLines(v.out(), "  warning: text-over-32767.csv, sheet 'text-over-32767', cell A2: expected a text of at"
                + " most 32,767 characters, as one Excel cell holds, but found 33,011; it is read cut to that length."
                + " Shorten the text in this cell; a name or a value is never that long.");
        Path out = tmp.resolve("out");
        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", HOSTILE.resolve("text-over-32767.csv").toString(), "--out",
                out.toString(), "--quiet", "--annotate");
        assertEquals(0, r.code(), r.err());
        List<String> written = files(out);
        assertTrue(written.stream().anyMatch(f -> f.startsWith("อุดรธานี/กุมภวาปี/องค์การบริหารส่วนตำบลนาเพียงยาว")
                && f.endsWith("-2567-รายงานผล12เดือน2568.docx")), written.toString());
        assertTrue(written.contains("annotated/text-over-32767.csv.xlsx"), written.toString());
    }

    // ---- inputs through links, pipes and folders that cannot be read ----------------------------------

    @Test
    void linksPipesAndAFolderGivenThroughALinkEachGetALine(@TempDir Path tmp) throws Exception {
        Path real = Files.createDirectories(tmp.resolve("data"));
        Files.copy(HOSTILE.resolve("district-spelling-a.csv"), real.resolve("a.csv"));
        Files.createSymbolicLink(real.resolve("same-a.csv"), real.resolve("a.csv"));
        Path elsewhere = Files.copy(HOSTILE.resolve("district-spelling-b.csv"), tmp.resolve("elsewhere.csv"));
        Files.createSymbolicLink(real.resolve("outside.csv"), elsewhere);
        Path pipe = real.resolve("pipe.csv");
        assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
        Path viaLink = Files.createSymbolicLink(tmp.resolve("data-link"), real);

        Path out = tmp.resolve("out");
        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", viaLink.toString(), "--out", out.toString(), "--quiet",
                "--format", "csv");

        assertEquals(3, r.code(), r.err());
        assertLines(r.err(), "rejected: error: outside.csv: expected a file inside the folders given but found a link"
                        + " to " + elsewhere.toRealPath() + ", outside them; links are not followed out of the folders"
                        + " given. Give that file (or its folder) on the command line, or copy it into the folder.",
                "rejected: error: pipe.csv: expected a file but found a named pipe, a device or a socket; it is not"
                        + " read. Remove it from the folder, or give the files one by one.");
        assertTrue(r.out().startsWith("files: 1 read, 0 read with findings, 2 rejected\nagencies: 1,"),
                "the folder is read through its link, the linked copy of a.csv once: " + r.out());
    }

    // ---- inputs and outputs apart ---------------------------------------------------------------------

    @Test
    void theInputFolderAsOutputIsRefusedEvenThroughALink(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(HOSTILE.resolve("names-like-outputs.csv"), in.resolve("summary.csv"));
        Map<String, String> before = AnalyzeIT.checksums(in);
        Path link = Files.createSymbolicLink(tmp.resolve("out-link"), in);
        for (Path out : List.of(in, link)) {
            AnalyzeIT.Run r = AnalyzeIT.ita("analyze", in.toString(), "--out", out.toString(), "--overwrite",
                    "--annotate");
            assertEquals(2, r.code(), r.err());
            assertEquals("ita: --out " + out + ": expected a folder apart from the inputs but it is the input folder "
                    + in + ", so the outputs would be mixed with the inputs and read back by the next run. Give --out"
                    + " another folder, such as " + in.resolve("ita-output") + " (a folder inside the inputs is not"
                    + " read).\n", r.err());
        }
        assertEquals(before, AnalyzeIT.checksums(in), "nothing written, nothing changed");
    }

    @Test
    void anOutputFolderInsideTheInputsThroughALinkIsNotReadBack(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(HOSTILE.resolve("names-like-outputs.csv"), in.resolve("list.csv"));
        Files.createDirectories(in.resolve("results"));
        Path link = Files.createSymbolicLink(tmp.resolve("results-link"), in.resolve("results"));
        for (int run = 0; run < 2; run++) {
            AnalyzeIT.Run r = AnalyzeIT.ita("analyze", in.toString(), "--out", link.toString(), "--quiet",
                    "--format", "csv");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().startsWith("files: 1 read, 0 read with findings, 0 rejected"), r.out());
        }
    }

    @Test
    void anInputInsideTheOutputFolderIsNeverWrittenOver(@TempDir Path tmp) throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path input = Files.copy(HOSTILE.resolve("names-like-outputs.csv"), out.resolve("summary.csv"));
        Path copied = Files.createDirectories(out.resolve("annotated"));
        Files.copy(HOSTILE.resolve("copy-names/x.xls.xlsx"), copied.resolve("x.xls.xlsx"));
        Map<String, String> before = AnalyzeIT.checksums(out);

        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", input.toString(), copied.resolve("x.xls.xlsx").toString(), "--out",
                out.toString(), "--overwrite", "--annotate", "--quiet", "--format", "csv");

        assertEquals(0, r.code(), r.err());
        Map<String, String> after = AnalyzeIT.checksums(out);
        assertEquals(before.get("summary.csv"), after.get("summary.csv"), "the input is as it was");
        assertEquals(before.get("annotated/x.xls.xlsx"), after.get("annotated/x.xls.xlsx"), "the input is as it was");
        assertTrue(after.containsKey("summary-2.csv") && after.containsKey("annotated/x.xls-2.xlsx"), after.keySet()
                .toString());
        String existing = " but a file, folder or link already in the output folder (an input of this run, a folder"
                + " where a file goes or the reverse, or a link that could lead outside it) stands at that path; it is"
                + " written as ";
        String fix = ". Nothing to do; to keep the name, move what stands there or choose another --out.";
        assertLines(r.err(), "warning: summary-2.csv: expected summary.csv for its own summary.csv" + existing
                + "summary-2.csv" + fix, "warning: x.xls.xlsx: expected annotated/x.xls.xlsx for the annotated copy of"
                + " x.xls.xlsx" + existing + "annotated/x.xls-2.xlsx" + fix);
    }

    @Test
    void anOutputFolderThatCannotBeUsedIsAUsageLine(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        AnalyzeIT.Run asFile = AnalyzeIT.ita("analyze", HOSTILE.resolve("names-like-outputs.csv").toString(), "--out",
                file.toString());
        assertEquals(2, asFile.code());
        assertEquals("ita: --out " + file + ": expected a folder but found a file. Give --out a folder you can write"
                + " to.\n", asFile.err());
        AnalyzeIT.Run empty = AnalyzeIT.ita("analyze", HOSTILE.resolve("names-like-outputs.csv").toString(), "--out", "");
        assertEquals(2, empty.code());
        assertEquals("ita: --out is empty: expected the folder to write to. Give --out a folder, or leave it out to"
                + " write to ita-output.\n", empty.err());
    }

    // ---- what used to end the whole run --------------------------------------------------------------

    @Test
    void aTemplateAndAnInputWithLongThaiNamesKeepTheirExtension(@TempDir Path tmp) throws Exception {
        String longName = "แบบรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม";
        Path template = Files.copy(EXAMPLE_TEMPLATE, tmp.resolve(longName + ".xlsx"));
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path input = Files.copy(HOSTILE.resolve("copy-names/x.xls.xlsx"), in.resolve(longName + "-อำเภอเมือง.xlsx"));
        assertTrue(input.getFileName().toString().getBytes(StandardCharsets.UTF_8).length > 175);
        Path out = tmp.resolve("out");

        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", in.toString(), "--out", out.toString(), "--quiet", "--annotate",
                "--template", template.toString(), "--format", "xlsx");

        assertEquals(0, r.code(), r.err());
        List<String> written = files(out);
        String filled = written.stream().filter(f -> f.contains("-แบบรายงาน")).findFirst().orElseThrow();
        String copy = written.stream().filter(f -> f.startsWith("annotated/")).findFirst().orElseThrow();
        assertTrue(filled.endsWith(".xlsx") && copy.endsWith(".xlsx"), written.toString());
        for (String f : List.of(filled, copy)) {
            assertTrue(Path.of(f).getFileName().toString().getBytes(StandardCharsets.UTF_8).length <= 255, f);
            try (Workbook wb = WorkbookFactory.create(out.resolve(f).toFile(), null, true)) {
                assertTrue(wb.getNumberOfSheets() > 0, f);
            }
        }
    }

    @Test
    void aProvinceTableWithCommentsBesideItsWeakCellsIsAnnotated(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", HOSTILE.resolve("comments-beside-weak-cells.xlsx").toString(),
                "--out", out.toString(), "--quiet", "--annotate", "--format", "csv");

        assertEquals(0, r.code(), r.err());
        try (Workbook wb = WorkbookFactory.create(out.resolve("annotated/comments-beside-weak-cells.xlsx").toFile(),
                null, true)) {
            Sheet s = wb.getSheet("จังหวัด");
            assertEquals("ตรวจสอบแล้ว", text(s.getCellComment(new CellAddress("F2"))), "the comment beside is kept");
            assertTrue(text(s.getCellComment(new CellAddress("E2"))).contains("61.50"), "ours on the weak total");
            String both = text(s.getCellComment(new CellAddress("E3")));
            assertTrue(both.startsWith("ตรวจสอบแล้ว\n\nita-analyzer:\n") && both.contains("72.25"), both);
            assertEquals(409f, s.getRow(3).getHeightInPoints(), "a row taller than Excel holds is brought down");
        }
    }

    @Test
    void anInputWhoseNameHoldsAControlCharacterIsCopiedIntoAWellFormedWorkbook(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(HOSTILE.resolve("district-spelling-a.csv"), in.resolve("list\u0007\u001B[31m.csv"));
        Path out = tmp.resolve("out");

        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", in.toString(), "--out", out.toString(), "--quiet", "--annotate",
                "--format", "csv");

        assertEquals(0, r.code(), r.err());
        Path copy;
        try (Stream<Path> s = Files.list(out.resolve("annotated"))) {
            copy = s.findFirst().orElseThrow();
        }
        assertEquals("list__[31m.csv.xlsx", copy.getFileName().toString());
        for (Map.Entry<String, byte[]> part : ita.report.OoxmlCheck.parts(Files.readAllBytes(copy)).entrySet()) {
            if (part.getKey().endsWith(".xml")) {
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(
                        part.getValue()));
            }
        }
        try (Workbook wb = WorkbookFactory.create(copy.toFile(), null, true)) {
            assertEquals("list  31m", wb.getSheetName(0), "control characters and [ replaced");
        }
    }

    @Test
    void aTemplateSavedWithInlineStringsIsFilledInEveryCell(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", AnalyzeIT.SAMPLES.resolve("seeds").toString(), "--out",
                out.toString(), "--quiet", "--format", "xlsx", "--template",
                HOSTILE.resolve("inline-strings-template.xlsx").toString());

        assertEquals(0, r.code(), r.err());
        Path filled = out.resolve("พิจิตร/ทับคล้อ/องค์การบริหารส่วนตำบลทับคล้อ-inline-strings-template.xlsx");
        try (Workbook wb = WorkbookFactory.create(filled.toFile(), null, true)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("แบบรายงานของ องค์การบริหารส่วนตำบลทับคล้อ", s.getRow(0).getCell(0).getStringCellValue());
            Cell total = s.getRow(1).getCell(1);
            assertEquals(CellType.NUMERIC, total.getCellType());
            assertEquals(73.35, total.getNumericCellValue(), 0.005);
            assertFalse(s.getRow(1).getCell(2).getStringCellValue().contains("${"), "the level is filled");
            assertFalse(s.getRow(2).getCell(0).getStringCellValue().contains("${"), "the measures are filled");
        }
        String sheet = new String(ita.report.OoxmlCheck.parts(Files.readAllBytes(filled))
                .get("xl/worksheets/sheet1.xml"), StandardCharsets.UTF_8);
        assertFalse(sheet.contains("${"), "no placeholder is left behind an inline string: " + sheet);
    }

    @Test
    void aRunTooBigForItsMemoryIsRefusedWithOneLine() {
        UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> MemoryBudget.check(199_999, 199_999, true, 1L << 30));
        assertEquals("expected a run that fits in the memory Java was given (1.0 GB) but 199,999 agencies with 199,999"
                + " agency-years need about 9.7 GB; nothing was written. Run with more memory"
                + " (ITA_JAVA_OPTS=-Xmx10g ./ita analyze …, or java -Xmx10g -jar ita-analyzer.jar …), leave out the"
                + " summary workbooks (--format docx,csv,json), or give fewer files at a time.", e.getMessage());
        MemoryBudget.check(8_300, 41_500, true, 1L << 30); // the national run fits in 1 GB
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /** Every file under a folder, relative, sorted. */
    static List<String> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }

    /** Each line appears in the text as a whole line. */
    static void assertLines(String text, String... lines) {
        List<String> have = text.lines().toList();
        for (String l : lines) {
            assertTrue(have.contains(l), "expected the line\n" + l + "\nin\n" + text);
        }
    }

    private static List<String> lines(String header, List<String> rows) {
        List<String> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    private static String text(Comment c) {
        return c == null ? "" : c.getString().getString();
    }

    static boolean waitFor(Process p) throws InterruptedException {
        return p.waitFor(60, TimeUnit.SECONDS);
    }
}
