package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ita progress} as a provincial office uses it: the six agencies of อำเภอวังมณี are analysed, five give their
 * 6-month forms back filled the way offices fill them, one gives nothing back, and one more file holds a form whose
 * title was cut off. Every count of the status workbook and every line is checked against what the test wrote:
 *
 * <pre>
 * ท่าตะเคียน (7 measures)   every measure done, with its date and a link in the form's column หลักฐาน
 * วังใหญ่ (4)               1 done with date and link; 2 in progress; 3 done without a date; 4 a result with no status
 * สระบัว (5)                1 "ดำเนินการแล้ง" (misspelt) with date and link; 2–5 done with dates
 * หนองสะแก (3)              the office's own sheet, columns in another order: 1–2 done with links, 3 in progress
 * เนินมะปราง (2)            6-month: 1 done, 2 in progress; its 12-month form too: all done, the counts taken
 *                          from it
 * ทต.วังมณี (5)              nothing given back: its 6-month form is missing
 * </pre>
 * Lateness (a measure not done after its period) is counted in {@code ProgressCollectorTest}: the plans written
 * here all run past the sixth month, so none is late at 6 months.
 */
class ProgressIT {

    static final String FOLDER = "นครสุวรรณ/วังมณี/";
    static final String SIX = "รายงานผล 6 เดือน";
    static final int RESULT = 6;
    static final int STATUS = 7;
    static final int DATE = 8;
    static final int EVIDENCE = 9;
    static final String DONE = "ดำเนินการแล้ว";
    static final String IN_PROGRESS = "อยู่ระหว่างดำเนินการ";

    @TempDir
    static Path tmp;
    static Path analyzed;
    static Path returned;
    static Path status;
    static AnalyzeIT.Run run;

    @BeforeAll
    static void collectTheFormsOfOneDistrict() throws Exception {
        System.setProperty("ita.today", "2025-04-10");
        try {
            analyzed = tmp.resolve("analyzed");
            AnalyzeIT.Run a = AnalyzeIT.ita("analyze", AnalyzeIT.SAMPLES.resolve("2567").resolve("อำเภอวังมณี").toString(),
                    "--out", analyzed.toString(), "--quiet", "--format", "xlsx");
            assertEquals(0, a.code(), a.err());
            returned = Files.createDirectories(tmp.resolve("returned"));
            fillThaTakhian();
            fillWangYai();
            fillSaBua();
            writeNongSaKae();
            fillNoenMaprang();
            writeCutTitle();
            status = tmp.resolve("status");
            run = AnalyzeIT.ita("progress", analyzed.toString(), returned.toString(), "--out", status.toString(),
                    "--round", "6");
        } finally {
            System.clearProperty("ita.today");
        }
    }

    // ---- the forms as the agencies give them back

    private static Path workbook(String agency) {
        return analyzed.resolve(FOLDER + agency + "-2567.xlsx");
    }

    private interface Filling {
        void fill(XSSFWorkbook wb);
    }

    private static void edit(String agency, String target, Filling f) throws Exception {
        current = target;
        try (InputStream in = Files.newInputStream(workbook(agency)); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            f.fill(wb);
            try (OutputStream out = Files.newOutputStream(returned.resolve(target))) {
                wb.write(out);
            }
        }
    }

    /** The rows where the form's measures start, by their number in column ที่ (a measure spans several rows). */
    private static Map<Integer, Row> measureRows(Sheet s) {
        Map<Integer, Row> out = new TreeMap<>();
        DataFormatter f = new DataFormatter();
        for (Row r : s) {
            String n = f.formatCellValue(r.getCell(0));
            if (r.getRowNum() > 5 && n.matches("\\d+")) {
                out.put(Integer.parseInt(n), r);
            }
        }
        return out;
    }

    /** Writes one measure's result, status, date and evidence (nulls left as they are). */
    private static void measure(Sheet s, int number, String result, String state, LocalDate date, String link) {
        Row r = measureRows(s).get(number);
        assertTrue(r != null, "measure " + number + " in " + s.getSheetName());
        ROWS.put(key(s, number), r.getRowNum() + 1);
        if (result != null) {
            r.getCell(RESULT, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(result);
        }
        if (state != null) {
            r.getCell(STATUS, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(state);
        }
        if (date != null) {
            r.getCell(DATE, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(date);
        }
        if (link != null) {
            r.getCell(EVIDENCE, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(link);
        }
    }

    /** The form as written has its evidence column; the office fills it. */
    private static Sheet withEvidenceColumn(XSSFWorkbook wb, String sheet) {
        Sheet s = wb.getSheet(sheet);
        assertEquals("หลักฐาน", s.getRow(5).getCell(EVIDENCE).getStringCellValue(), sheet);
        return s;
    }

    /** Sheet row (1-based) of each measure filled, so the lines' cells can be checked exactly. */
    static final Map<String, Integer> ROWS = new TreeMap<>();
    static final Map<String, Integer> PLANNED = new TreeMap<>();

    private static String key(Sheet s, int number) {
        return current + "/" + s.getSheetName() + "/" + number;
    }

    /** The returned file being filled. */
    static String current = "";

    /** The sheet row of a measure the test filled in an agency's 6-month form. */
    private static int row(String agency, int measure) {
        return ROWS.get(agency + ".xlsx/" + SIX + "/" + measure);
    }

    private static int planned(Sheet s) {
        int n = measureRows(s).size();
        PLANNED.put(current, n);
        return n;
    }

    private static void fillThaTakhian() throws Exception {
        edit("องค์การบริหารส่วนตำบลท่าตะเคียน", "ท่าตะเคียน.xlsx", wb -> {
            Sheet s = withEvidenceColumn(wb, SIX);
            for (int n = 1; n <= planned(s); n++) {
                measure(s, n, "ดำเนินการครบตามขั้นตอน", DONE, LocalDate.of(2025, 3, n), "https://thatakhian.go.th/m" + n);
            }
        });
    }

    private static void fillWangYai() throws Exception {
        edit("องค์การบริหารส่วนตำบลวังใหญ่", "วังใหญ่.xlsx", wb -> {
            Sheet s = withEvidenceColumn(wb, SIX);
            planned(s);
            measure(s, 1, "ดำเนินการแล้วตามแผน", DONE, LocalDate.of(2025, 2, 11), "https://wangyai.go.th/m1");
            measure(s, 2, "จัดทำร่างแล้ว รอผู้บริหารลงนาม", IN_PROGRESS, null, null);
            measure(s, 3, "จัดประชุมชี้แจงบุคลากรแล้ว", DONE, null, null);
            measure(s, 4, "เริ่มรวบรวมข้อมูล", null, null, null);
        });
    }

    private static void fillSaBua() throws Exception {
        edit("องค์การบริหารส่วนตำบลสระบัว", "สระบัว.xlsx", wb -> {
            Sheet s = withEvidenceColumn(wb, SIX);
            measure(s, 1, "ประกาศแล้ว", "ดำเนินการแล้ง", LocalDate.of(2025, 1, 6), "https://sabua.go.th/m1");
            for (int n = 2; n <= planned(s); n++) {
                measure(s, n, "ดำเนินการแล้ว", DONE, LocalDate.of(2025, 3, 1 + n), null);
            }
        });
    }

    /** หนองสะแก reports in the office's own sheet: its own title rows and columns in another order. */
    private static void writeNongSaKae() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("รายงาน");
            String[] titles = {"รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. 2568",
                "รอบ 6 เดือน", "องค์การบริหารส่วนตำบลหนองสะแก", "อำเภอวังมณี จังหวัดนครสุวรรณ"};
            for (int i = 0; i < titles.length; i++) {
                s.createRow(i).createCell(0).setCellValue(titles[i]);
            }
            String[] header = {"ลำดับ", "มาตรการ", "สถานะ", "ผลการดำเนินการ", "วันที่", "ลิงก์หลักฐาน"};
            Row h = s.createRow(5);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            Object[][] rows = {
                {1, "ประกาศเจตนารมณ์", DONE, "ประกาศแล้ว", "12 ธันวาคม 2567", "https://nongsakae.go.th/1"},
                {2, "เผยแพร่ข้อมูลให้ครบ", DONE, "เผยแพร่ครบ", "20 มกราคม 2568", "https://nongsakae.go.th/2"},
                {3, "ประเมินความเสี่ยง", IN_PROGRESS, "อยู่ระหว่างรวบรวม", "", ""}};
            for (int i = 0; i < rows.length; i++) {
                Row r = s.createRow(6 + i);
                r.createCell(0).setCellValue((Integer) rows[i][0]);
                for (int c = 1; c < rows[i].length; c++) {
                    r.createCell(c).setCellValue((String) rows[i][c]);
                }
            }
            try (OutputStream out = Files.newOutputStream(returned.resolve("หนองสะแก-รอบ6.xlsx"))) {
                wb.write(out);
            }
        }
    }

    private static void fillNoenMaprang() throws Exception {
        edit("องค์การบริหารส่วนตำบลเนินมะปราง", "เนินมะปราง.xlsx", wb -> {
            Sheet six = withEvidenceColumn(wb, SIX);
            measure(six, 1, "ดำเนินการแล้ว", DONE, LocalDate.of(2025, 3, 3), "https://noen.go.th/six");
            measure(six, 2, "เริ่มแล้ว", IN_PROGRESS, null, null);
            Sheet twelve = withEvidenceColumn(wb, "รายงานผล 12 เดือน");
            for (int n = 1; n <= planned(twelve); n++) {
                measure(twelve, n, "ดำเนินการครบ", DONE, LocalDate.of(2025, 9, n),
                        n == 2 ? "https://noen.go.th/twelve" : null);
            }
        });
    }

    /** A 6-month form of ท่าตะเคียน whose title rows were deleted: its fiscal year cannot be known. */
    private static void writeCutTitle() throws Exception {
        edit("องค์การบริหารส่วนตำบลท่าตะเคียน", "ท่าตะเคียน-ฉบับตัดหัว.xlsx", wb -> {
            for (int i = wb.getNumberOfSheets() - 1; i >= 0; i--) {
                if (!wb.getSheetName(i).equals(SIX)) {
                    wb.removeSheetAt(i);
                }
            }
            Sheet s = wb.getSheet(SIX);
            for (int r = 0; r < 4; r++) {
                s.removeRow(s.getRow(r));
            }
            measure(s, 1, "ดำเนินการแล้ว", DONE, LocalDate.of(2025, 3, 1), null);
        });
    }

    // ---- what comes out

    private static XSSFWorkbook statusWorkbook() throws Exception {
        Path file = status.resolve("นครสุวรรณ").resolve("สถานะรายงานผลนครสุวรรณ-2568.xlsx");
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** The rows below the header of a sheet, by the text of their first cell, each as its cells' text. */
    private static Map<String, List<String>> rows(Sheet s) {
        Map<String, List<String>> out = new TreeMap<>();
        DataFormatter f = new DataFormatter();
        for (Row r : s) {
            if (r.getRowNum() < 3) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < r.getLastCellNum(); c++) {
                Cell cell = r.getCell(c);
                cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                        ? String.valueOf((int) cell.getNumericCellValue()) : f.formatCellValue(cell));
            }
            out.put(cells.get(0), cells);
        }
        return out;
    }

    @Test
    void theOutputsStayApartFromTheInputsAndNeverReplaceOne() throws Exception {
        AnalyzeIT.Run same = AnalyzeIT.ita("progress", returned.toString(), "--out", returned.toString());
        assertEquals(2, same.code(), same.out() + same.err());
        assertTrue(same.err().startsWith("ita: --out " + returned + ": expected a folder apart from the inputs"),
                same.err());

        // the status workbook of an earlier run given among the inputs, the new one written over that run's folder
        Path again = tmp.resolve("status-again");
        Path earlier = Files.createDirectories(again.resolve("นครสุวรรณ")).resolve("สถานะรายงานผลนครสุวรรณ-2568.xlsx");
        Files.copy(status.resolve("นครสุวรรณ/สถานะรายงานผลนครสุวรรณ-2568.xlsx"), earlier);
        byte[] before = Files.readAllBytes(earlier);
        AnalyzeIT.Run r = AnalyzeIT.ita("progress", analyzed.toString(), returned.toString(), earlier.toString(),
                "--out", again.toString(), "--overwrite", "--round", "6");
        assertEquals(3, r.code(), "the earlier workbook holds no form, and the cut one is still cut: " + r.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(earlier)), "the input is left as it was");
        Path renamed = again.resolve("นครสุวรรณ/สถานะรายงานผลนครสุวรรณ-2568-2.xlsx");
        assertTrue(Files.isRegularFile(renamed), r.out() + r.err());
        assertTrue(r.err().contains("it is written as นครสุวรรณ/สถานะรายงานผลนครสุวรรณ-2568-2.xlsx"), r.err());
        assertTrue(r.out().contains("outputs: 1 files in " + again), r.out());
    }

    @Test
    void theRunGoesOnPastTheCutFormAndSaysWhatItDid() {
        assertEquals(3, run.code(), "one form could not be read: " + run.out() + run.err());
        // the analysed folder: 6 workbooks of two forms each, the district summary, the CSV and JSON exports and
        // the run report; the returned folder: 6 files, one of them cut
        assertTrue(run.out().contains("forms given back by 5, missing from 1; fiscal years: 2568"), run.out());
        assertTrue(run.out().contains(", 1 rejected"), run.out());
        assertTrue(run.out().contains("problems: 4 "), run.out());
    }

    @Test
    void everyLineNamesItsFileSheetAndCell() {
        List<String> lines = run.err().lines().toList();
        assertEquals(List.of(
                "error: ท่าตะเคียน-ฉบับตัดหัว.xlsx, sheet 'รายงานผล 6 เดือน': expected the fiscal year in its title"
                        + " (\"ประจำปีงบประมาณ พ.ศ. 2566\") but found none above the header row. Keep the title rows"
                        + " above the header as ita analyze wrote them.",
                "warning: วังใหญ่.xlsx, sheet 'รายงานผล 6 เดือน', cell H" + row("วังใหญ่", 4) + ": expected the status of"
                        + " measure 4 to be ดำเนินการแล้ว, อยู่ระหว่างดำเนินการ or ยังไม่ได้ดำเนินการ but found none"
                        + " beside its result. Choose the status from the list in the cell.",
                "warning: วังใหญ่.xlsx, sheet 'รายงานผล 6 เดือน', cell I" + row("วังใหญ่", 3) + ": expected the date"
                        + " measure 3 was done, as it is ดำเนินการแล้ว, but found none. Write the date in วันที่ดำเนินการ.",
                "warning: สระบัว.xlsx, sheet 'รายงานผล 6 เดือน', cell H" + row("สระบัว", 1) + ": expected the status of measure 1 to be"
                        + " ดำเนินการแล้ว, อยู่ระหว่างดำเนินการ or ยังไม่ได้ดำเนินการ but found \"ดำเนินการแล้ง\"."
                        + " Did you mean ดำเนินการแล้ว? Choose the status from the list in the cell.",
                "warning: " + FOLDER + "เทศบาลตำบลวังมณี-2567.xlsx, sheet 'รายงานผล 6 เดือน': expected the 6-month form"
                        + " of เทศบาลตำบลวังมณี 2568 filled in but found it as written, with no result. Ask the agency for"
                        + " its 6-month report."), sorted(lines));
    }

    /** Errors first, then warnings in text order, the missing forms last: the order the assertion lists them. */
    private static List<String> sorted(List<String> lines) {
        List<String> errors = new ArrayList<>(lines.stream().filter(l -> l.startsWith("error:")).toList());
        List<String> warnings = lines.stream().filter(l -> l.startsWith("warning:")).sorted((a, b) -> {
            // the missing form of an agency that gave nothing back comes last, as the office acts on it apart
            boolean ma = a.contains("-month form of"), mb = b.contains("-month form of");
            return ma != mb ? Boolean.compare(ma, mb) : a.compareTo(b);
        }).toList();
        errors.addAll(warnings);
        return errors;
    }

    @Test
    void everyAgencyWithItsCounts() throws Exception {
        try (XSSFWorkbook wb = statusWorkbook()) {
            assertEquals(List.of("สถานะรายหน่วยงาน", "อ.วังมณี", "ปัญหาที่พบ"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            Map<String, List<String>> rows = rows(wb.getSheet("สถานะรายหน่วยงาน"));
            // name → round, planned, done, in progress, not started, unclear, late, missing, evidence count
            Map<String, List<String>> expected = new TreeMap<>(Map.of(
                    "องค์การบริหารส่วนตำบลท่าตะเคียน", List.of("6 เดือน", "7", "7", "0", "0", "0", "0", "", "7"),
                    "องค์การบริหารส่วนตำบลวังใหญ่", List.of("6 เดือน", "4", "2", "1", "0", "1", "0", "", "1"),
                    "องค์การบริหารส่วนตำบลสระบัว", List.of("6 เดือน", "5", "4", "0", "0", "1", "0", "", "1"),
                    "องค์การบริหารส่วนตำบลหนองสะแก", List.of("6 เดือน", "3", "2", "1", "0", "0", "0", "", "2"),
                    "องค์การบริหารส่วนตำบลเนินมะปราง", List.of("12 เดือน", "2", "2", "0", "0", "0", "0", "", "2"),
                    "เทศบาลตำบลวังมณี", List.of("ยังไม่ส่ง", "5", "", "", "", "", "", "รอบ 6 เดือน", "0")));
            assertEquals(Map.of("ท่าตะเคียน.xlsx", 7, "วังใหญ่.xlsx", 4, "สระบัว.xlsx", 5, "เนินมะปราง.xlsx", 2), PLANNED,
                    "the measures in the forms as written");
            for (Map.Entry<String, List<String>> e : expected.entrySet()) {
                List<String> row = rows.get(e.getKey());
                assertEquals(e.getValue(), row.subList(3, 12), e.getKey());
                assertEquals("วังมณี", row.get(2), e.getKey());
            }
            assertEquals("อบต.", rows.get("องค์การบริหารส่วนตำบลสระบัว").get(1));
            assertEquals(List.of("https://wangyai.go.th/m1"),
                    List.of(rows.get("องค์การบริหารส่วนตำบลวังใหญ่").get(12).split("\n")));
            assertEquals(List.of("https://noen.go.th/six", "https://noen.go.th/twelve"),
                    List.of(rows.get("องค์การบริหารส่วนตำบลเนินมะปราง").get(12).split("\n")));
            assertEquals("หนองสะแก-รอบ6.xlsx", rows.get("องค์การบริหารส่วนตำบลหนองสะแก").get(13));
            // totals: planned 26, done 17, in progress 2, not started 0, unclear 2, late 0, evidence 13
            List<String> total = rows.get("รวม 6 แห่ง");
            assertEquals(List.of("26", "17", "2", "0", "2", "0", "ยังไม่ส่ง 1 แห่ง", "13"), total.subList(4, 12));
            assertEquals(rows.keySet(), rows(wb.getSheet("อ.วังมณี")).keySet(), "the district's sheet");
        }
    }

    @Test
    void theProblemsSheetHoldsTheLinesOfTheProvincesForms() throws Exception {
        try (XSSFWorkbook wb = statusWorkbook()) {
            Sheet s = wb.getSheet("ปัญหาที่พบ");
            List<String> cells = new ArrayList<>();
            for (Row r : s) {
                if (r.getRowNum() > 2) {
                    cells.add(r.getCell(0).getStringCellValue() + " " + r.getCell(2).getStringCellValue());
                }
            }
            assertEquals(List.of("วังใหญ่.xlsx H" + row("วังใหญ่", 4), "วังใหญ่.xlsx I" + row("วังใหญ่", 3),
                    "สระบัว.xlsx H" + row("สระบัว", 1),
                    FOLDER + "เทศบาลตำบลวังมณี-2567.xlsx "), cells.stream().sorted((a, b) -> {
                        boolean ma = a.startsWith(FOLDER), mb = b.startsWith(FOLDER);
                        return ma != mb ? Boolean.compare(ma, mb) : a.compareTo(b);
                    }).toList());
        }
    }
}
