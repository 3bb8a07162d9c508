package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.framework.FrameworkCatalog;
import ita.framework.YearFramework;
import ita.model.AgencyNames;
import ita.model.AgencyType;
import ita.report.PublishedText;
import ita.report.PublishedText.Measure;
import ita.report.PublishedText.Place;
import ita.report.workbook.MeasuresSheetWriter;
import ita.report.workbook.ProgressReportSheetWriter;
import ita.report.workbook.StaffNotesSheetWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample agency's workbook and documents, read as the officer who signs them: what {@link PublishedText}
 * checks (staff notes, "1 จาก 1", gains of 0.00, codes of another year, cut words, counts out of the wrong
 * number, repeated paragraphs and lists, one class per indicator, the plan's size, measures for what passed, steps
 * and subjects twice, monitoring against the months, units of another type, the month grid) holds for all of them.
 * {@code PublishedTextTest} shows each check failing on the defect it is for.
 */
class PublishedOutputsIT {

    @TempDir
    static Path tmp;
    static Path out;
    static final FrameworkCatalog FRAMEWORKS = FrameworkCatalog.standard();
    static final List<String> STAFF_SHEETS = List.of(StaffNotesSheetWriter.NAME, "รายการ");
    private static final Pattern YEAR = Pattern.compile("-(\\d{4})\\.xlsx$");

    @BeforeAll
    static void analyzeTheSamples() {
        out = tmp.resolve("out");
        AnalyzeIT.Run r = AnalyzeIT.ita("analyze", AnalyzeIT.SAMPLES.toString(), "--out", out.toString(), "--quiet",
                "--threads", "2", "--format", "xlsx,docx");
        assertEquals(0, r.code(), r.out() + r.err());
    }

    /** One agency's outputs, read. */
    record Agency(String name, int year, Path workbook, List<Place> sheets, Map<String, List<Place>> bySheet,
                  Map<Path, List<Place>> documents, List<Measure> measures) {
    }

    static List<Agency> agencies() throws IOException {
        List<Agency> out2 = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path wb : files.filter(p -> YEAR.matcher(p.getFileName().toString()).find()).sorted().toList()) {
                out2.add(read(wb));
            }
        }
        return out2;
    }

    static Agency read(Path workbook) throws IOException {
        String file = workbook.getFileName().toString();
        Matcher y = YEAR.matcher(file);
        y.find();
        int year = Integer.parseInt(y.group(1));
        String name = file.substring(0, y.start());
        List<Place> all = new ArrayList<>();
        Map<String, List<Place>> bySheet = new LinkedHashMap<>();
        List<Measure> measures;
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet s : wb) {
                if (STAFF_SHEETS.contains(s.getSheetName())) {
                    continue;
                }
                List<Place> places = new ArrayList<>();
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isBlank()) {
                            places.add(new Place(file + " " + s.getSheetName() + "!" + c.getAddress(),
                                    c.getStringCellValue()));
                        }
                    }
                }
                bySheet.put(s.getSheetName(), places);
                all.addAll(places);
            }
            measures = measures(file, wb.getSheet(MeasuresSheetWriter.SHEET));
        }
        Map<Path, List<Place>> docs = new TreeMap<>();
        String stem = file.substring(0, file.length() - ".xlsx".length());
        try (Stream<Path> siblings = Files.list(workbook.getParent())) {
            for (Path d : siblings.filter(p -> p.getFileName().toString().startsWith(stem + "-")
                    && p.toString().endsWith(".docx")).toList()) {
                docs.put(d, document(d));
            }
        }
        return new Agency(name, year, workbook, all, bySheet, docs, measures);
    }

    static List<Measure> measures(String file, Sheet s) {
        List<Measure> out2 = new ArrayList<>();
        String[] current = null;
        List<String> refs = null;
        for (int r = 6; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row == null) {
                continue;
            }
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.NUMERIC) {
                if (current != null) {
                    out2.add(measure(current, refs));
                }
                current = new String[9];
                for (int c = 0; c < 9; c++) {
                    current[c] = text(row, c);
                }
                current[0] = file + " มาตรการ ที่ " + (int) row.getCell(0).getNumericCellValue();
                refs = new ArrayList<>();
            }
            if (refs != null && !text(row, 2).isBlank()) {
                refs.add(text(row, 2));
            }
        }
        if (current != null) {
            out2.add(measure(current, refs));
        }
        return out2;
    }

    private static Measure measure(String[] c, List<String> refs) {
        return new Measure(c[0], c[1], refs, c[4], List.of(c[5].split("\n")), c[6], c[7], c[8]);
    }

    private static String text(Row row, int c) {
        Cell cell = row.getCell(c);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }

    static List<Place> document(Path docx) throws IOException {
        List<Place> places = new ArrayList<>();
        String name = docx.getFileName().toString();
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            int n = 0;
            for (IBodyElement e : d.getBodyElements()) {
                n++;
                if (e instanceof XWPFParagraph p && !p.getText().isBlank()) {
                    places.add(new Place(name + ", paragraph " + n, p.getText()));
                } else if (e instanceof XWPFTable t) {
                    int r = 0;
                    for (XWPFTableRow row : t.getRows()) {
                        r++;
                        int c = 0;
                        for (XWPFTableCell cell : row.getTableCells()) {
                            c++;
                            String text = String.join("\n", cell.getParagraphs().stream()
                                    .map(XWPFParagraph::getText).toList()).strip();
                            if (!text.isEmpty()) {
                                places.add(new Place(name + ", table " + n + " row " + r + " cell " + c, text));
                            }
                        }
                    }
                }
            }
        }
        return places;
    }

    private static void assertNone(List<String> problems) {
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n",
                problems.subList(0, Math.min(40, problems.size()))));
    }

    @Test
    void everySampleAgencyWasWrittenWithItsDocuments() throws IOException {
        List<Agency> all = agencies();
        assertEquals(49, all.size());
        for (Agency a : all) {
            assertEquals(3, a.documents().size(), a.name());
        }
    }

    @Test
    void publishedTextHoldsNoStaffNoteNoOneOfOneAndNoGainOfNothing() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Agency a : agencies()) {
            List<Place> everything = new ArrayList<>(a.sheets());
            a.documents().values().forEach(everything::addAll);
            problems.addAll(PublishedText.staffNotes(everything));
            problems.addAll(PublishedText.oneOfOne(everything));
            problems.addAll(PublishedText.zeroGains(everything));
        }
        assertNone(problems);
    }

    @Test
    void codesCountsAndQuotesAreRightForTheYear() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Agency a : agencies()) {
            YearFramework f = FRAMEWORKS.forYear(a.year()).framework();
            List<Place> everything = new ArrayList<>(a.sheets());
            a.documents().values().forEach(everything::addAll);
            problems.addAll(PublishedText.codesOfTheYear(everything, a.year(), FRAMEWORKS));
            problems.addAll(PublishedText.counts(everything, f));
            problems.addAll(PublishedText.cutWords(everything, f));
        }
        assertNone(problems);
    }

    @Test
    void noParagraphOrListOfIndicatorsIsSaidTwice() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Agency a : agencies()) {
            problems.addAll(PublishedText.repeatedParagraphs(a.bySheet().get("จุดแข็งจุดอ่อน")));
            problems.addAll(PublishedText.repeatedIndicatorLists(a.bySheet().get("จุดแข็งจุดอ่อน")));
            for (Map.Entry<Path, List<Place>> d : a.documents().entrySet()) {
                List<Place> paragraphs = d.getValue().stream().filter(p -> p.where().contains("paragraph")).toList();
                problems.addAll(PublishedText.repeatedParagraphs(paragraphs));
                problems.addAll(PublishedText.repeatedIndicatorLists(d.getValue()));
            }
        }
        assertNone(problems);
    }

    @Test
    void measuresPlansAreOfTheSizeAgenciesPublishAndAnswerOnlyWhatDidNotPass() throws IOException {
        List<String> problems = new ArrayList<>();
        Map<String, Measure> firsts = new LinkedHashMap<>();
        int total = 0;
        for (Agency a : agencies()) {
            problems.addAll(PublishedText.measuresPlan(a.measures(), 10, a.name()));
            AgencyType type = AgencyNames.parse(a.name()).type();
            problems.addAll(PublishedText.unitsOfTheType(a.measures(), type));
            if (!a.measures().isEmpty()) {
                firsts.put(a.name(), a.measures().get(0));
            }
            total += a.measures().size();
            long inDocument = a.documents().entrySet().stream()
                    .filter(e -> e.getKey().getFileName().toString().contains("-มาตรการ"))
                    .flatMap(e -> e.getValue().stream()).filter(p -> p.text().contains("เป้าหมาย: ")).count();
            if (inDocument != a.measures().size()) {
                problems.add(a.name() + ": " + a.measures().size() + " measures in the sheet, " + inDocument
                        + " in the document");
            }
        }
        problems.addAll(PublishedText.sameMeasureForDifferentAgencies(firsts));
        assertNone(problems);
        assertTrue(total >= 49, "every agency has at least one measure: " + total);
    }

    @Test
    void theScheduleMarksTheMonthsOfEachStepAndNoOthers() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Agency a : agencies()) {
            try (InputStream in = Files.newInputStream(a.workbook()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet s = wb.getSheet("ปฏิทินการดำเนินงาน");
                List<PublishedText.ScheduleRow> rows = new ArrayList<>();
                for (Row r : s) {
                    String label = text(r, 0);
                    if (label.matches("\\d+\\.\\d+")) {
                        List<Boolean> marked = new ArrayList<>();
                        for (int c = 2; c < 14; c++) {
                            marked.add(!text(r, c).isBlank());
                        }
                        rows.add(new PublishedText.ScheduleRow(a.name() + " " + label, text(r, 1), marked));
                    }
                }
                problems.addAll(PublishedText.schedule(rows));
            }
        }
        assertNone(problems);
    }

    @Test
    void everyIndicatorHasOneClassOnEverySheetAndInEveryDocument() throws IOException {
        Pattern numbered = Pattern.compile("^ตัวชี้วัดที่ (\\d+) ");
        List<String> problems = new ArrayList<>();
        for (Agency a : agencies()) {
            Map<Integer, String> analysis = new TreeMap<>();
            try (InputStream in = Files.newInputStream(a.workbook()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Row r : wb.getSheet("จุดแข็งจุดอ่อน")) {
                    Matcher m = numbered.matcher(text(r, 1));
                    if (m.find() && !PublishedText.classOf(text(r, 4)).isEmpty()) {
                        analysis.put(Integer.parseInt(m.group(1)), PublishedText.classOf(text(r, 4)));
                    }
                }
                Map<Integer, String> plan = new TreeMap<>();
                Sheet s = wb.getSheet(MeasuresSheetWriter.SHEET);
                for (Row r : s) {
                    Matcher m = numbered.matcher(text(r, 2));
                    if (m.find()) {
                        plan.put(Integer.parseInt(m.group(1)), PublishedText.classOf(text(r, 3)));
                    }
                    Matcher issue = numbered.matcher(text(r, 1));
                    if (issue.find()) {
                        plan.merge(Integer.parseInt(issue.group(1)), PublishedText.classOf(text(r, 1)),
                                (x, y) -> x.equals(y) ? x : x + "/" + y);
                    }
                }
                problems.addAll(PublishedText.oneClassPerIndicator(analysis, plan, a.name() + " มาตรการ"));
            }
            for (Map.Entry<Path, List<Place>> d : a.documents().entrySet()) {
                Map<Integer, String> listed = new TreeMap<>();
                for (Place p : d.getValue()) {
                    if (p.text().matches("^[123]\\) .*:.*")) {
                        Matcher m = Pattern.compile("ตัวชี้วัดที่ (\\d+) ").matcher(p.text());
                        while (m.find()) {
                            listed.put(Integer.parseInt(m.group(1)), PublishedText.classOf(p.text().split(":")[0]));
                        }
                    }
                }
                problems.addAll(PublishedText.oneClassPerIndicator(analysis, listed,
                        d.getKey().getFileName().toString()));
            }
        }
        assertNone(problems);
    }

    @Test
    void progressFormsNameTheItaItemsAndMonitoringHaveEvidenceAndSignaturesAndLeaveTheStatusEmpty()
            throws IOException {
        List<String> problems = new ArrayList<>();
        for (Agency a : agencies()) {
            try (InputStream in = Files.newInputStream(a.workbook()); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (String name : List.of(ProgressReportSheetWriter.SHEET_6, ProgressReportSheetWriter.SHEET_12)) {
                    Sheet s = wb.getSheet(name);
                    Row header = s.getRow(5);
                    List<String> heads = new ArrayList<>();
                    header.forEach(c -> heads.add(c.getStringCellValue()));
                    for (String h : List.of("ประเด็น/ข้อ ITA", "การกำกับติดตาม/ระยะเวลา", "หลักฐาน", "สถานะ")) {
                        if (!heads.contains(h)) {
                            problems.add(a.name() + " " + name + ": no column " + h);
                        }
                    }
                    boolean signed = false;
                    for (Row r : s) {
                        if (r.getRowNum() > 5 && r.getCell(0) != null
                                && r.getCell(0).getCellType() == CellType.NUMERIC && !text(r, 7).isBlank()) {
                            problems.add(a.name() + " " + name + " row " + (r.getRowNum() + 1) + ": the status is "
                                    + "set for the agency: " + text(r, 7));
                        }
                        for (Cell c : r) {
                            signed |= c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith("ลงชื่อ");
                        }
                    }
                    if (!signed) {
                        problems.add(a.name() + " " + name + ": no signature lines");
                    }
                }
            }
        }
        assertNone(problems);
    }
}
