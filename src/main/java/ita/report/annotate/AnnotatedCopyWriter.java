package ita.report.annotate;

import ita.model.CellRange;
import ita.model.InputFormat;
import ita.model.RawCell;
import ita.model.RawSheet;
import ita.model.RawWorkbook;
import ita.model.AgencyYear;
import ita.report.AtomicFiles;
import ita.report.SafeNames;
import ita.report.ThaiFormat;
import ita.report.WriteOptions;
import ita.report.poi.PoiPackage;
import ita.report.poi.Cells;
import ita.report.poi.RowFit;
import ita.report.poi.SummaryStyles;
import ita.report.typography.TextLines;
import ita.report.typography.ThaiTypography;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the annotated copy of an input workbook ({@code --annotate}): the original sheets as they were, with a
 * comment and a fill on each weak cell, and an added sheet การวิเคราะห์ with one row per agency-year read from the
 * file.
 *
 * <p>Weak cells are those the reader recorded in {@link AgencyYear#cells()}: an indicator below the threshold
 * (red when urgent, yellow to develop), a failed OIT item (red), a total under the pass mark (yellow), and a total,
 * level, tool or indicator that does not match its recomputation (orange). The comment gives the agency's numbers,
 * e.g. "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร ได้ 66.15 ต่ำกว่าเกณฑ์ 85 อยู่ 18.85 คะแนน; ตัวชี้วัดที่อ่อนที่สุด".
 * A comment already on the cell is kept, ours appended below it; a fill replaces the cell's own, on a copy of its
 * style so other cells sharing it are unchanged.
 *
 * <p>The input is never written to: its bytes are read once and the workbook opened from memory. An .xlsx input
 * is copied as .xlsx (.xlsm when it holds macros), an .xls as .xls (HSSF). A CSV or HTML input has no workbook to
 * annotate, so {@link #writeGrid} writes an .xlsx whose first sheets hold the grid the reader saw, every cell as
 * text, with the same comments and fills, and then the analysis sheet. Outputs go to
 * {@code <out>/annotated/<input path as shown>}, each path segment made safe ({@link #targetFor}).
 */
public final class AnnotatedCopyWriter {

    /** The folder inside the output folder. */
    public static final String FOLDER = "annotated";
    /** The author named on the comments. */
    public static final String AUTHOR = "ita-analyzer";

    /** What was written: the file, how many cells were annotated, and notes that found no cell. */
    public record Result(Path file, int annotatedCells, List<String> unplaced) {
        public Result {
            unplaced = List.copyOf(unplaced);
        }
    }

    private AnnotatedCopyWriter() {
    }

    /**
     * {@code <out>/annotated/<display path>}, each segment made safe, the extension set for the format: .xlsx
     * stays .xlsx, .xls stays .xls, and a CSV or HTML file gets .xlsx after its own name (report.csv.xlsx).
     */
    public static Path targetFor(Path outDir, String displayName, InputFormat format) {
        String[] parts = displayName.replace('\\', '/').split("/+");
        Path p = outDir.resolve(FOLDER);
        for (int i = 0; i < parts.length - 1; i++) {
            if (!parts[i].isEmpty() && !parts[i].equals(".")) {
                p = p.resolve(SafeNames.segment(parts[i], "_"));
            }
        }
        String last = parts[parts.length - 1];
        int dot = last.lastIndexOf('.');
        String base = dot > 0 ? last.substring(0, dot) : last;
        boolean macros = format == InputFormat.XLSX && last.toLowerCase(Locale.ROOT).endsWith(".xlsm");
        // a long name is shortened before its extension, which is kept
        return switch (format) {
            case XLSX -> p.resolve(SafeNames.fileName(base, "input", macros ? ".xlsm" : ".xlsx"));
            case XLS -> p.resolve(SafeNames.fileName(base, "input", ".xls"));
            case CSV, HTML -> p.resolve(SafeNames.fileName(last, "input", ".xlsx"));
        };
    }

    /**
     * Annotates an .xlsx or .xls input. The target's extension must suit the workbook (.xlsx or .xlsm for an
     * OOXML workbook, .xls for a BIFF one) and must not be the input itself.
     */
    public static Result write(Path input, Path target, List<AgencyYear> records, AnalysisLookup lookup,
                               WriteOptions options) throws IOException {
        if (Files.exists(target) && Files.isSameFile(input, target)) {
            throw new IllegalArgumentException("the annotated copy " + target + " would replace its input");
        }
        byte[] bytes = Files.readAllBytes(input);
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            checkExtension(wb, target);
            Result r = annotate(wb, new SummaryStyles(wb), target, input.getFileName().toString(), records, lookup,
                    options, fitSheetNames(wb));
            PoiPackage.prepare(wb);
            AtomicFiles.write(target, wb::write);
            return r;
        }
    }

    /**
     * Writes an .xlsx copy of a CSV or HTML input: one sheet per sheet the reader produced, every cell as text
     * (a leading = + - @ included), merged ranges kept, then the comments, fills and the analysis sheet.
     */
    public static Result writeGrid(RawWorkbook raw, Path target, List<AgencyYear> records, AnalysisLookup lookup,
                                   WriteOptions options) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            SummaryStyles.useThaiDefaultFont(wb);
            SummaryStyles styles = new SummaryStyles(wb);
            Map<String, String> sheetNames = new HashMap<>();
            for (RawSheet rs : raw.sheets()) {
                Sheet s = wb.createSheet(uniqueSheetName(wb, rs.name()));
                sheetNames.put(rs.name(), s.getSheetName());
                copyGrid(rs, s, styles);
            }
            String file = Path.of(raw.file().replace('\\', '/')).getFileName().toString();
            Result r = annotate(wb, styles, target, file, records, lookup, options, sheetNames);
            PoiPackage.prepare(wb);
            AtomicFiles.write(target, wb::write);
            return r;
        }
    }

    private static Result annotate(Workbook wb, SummaryStyles styles, Path target, String fileName,
                                   List<AgencyYear> records, AnalysisLookup lookup, WriteOptions options,
                                   Map<String, String> sheetNames) {
        ThaiFormat fmt = new ThaiFormat(options);
        Map<String, List<CellNotes.Note>> byCell = new LinkedHashMap<>();
        List<AnalysisSheet.Entry> entries = new ArrayList<>();
        for (AgencyYear r : records) {
            var analysis = lookup.find(r);
            entries.add(new AnalysisSheet.Entry(r, analysis));
            analysis.ifPresent(a -> CellNotes.of(r, a, fmt).forEach(n -> byCell.computeIfAbsent(
                    sheetNames.getOrDefault(n.sheet(), n.sheet()) + "!" + n.cell().toUpperCase(Locale.ROOT),
                    k -> new ArrayList<>()).add(n)));
        }
        int annotated = 0;
        List<String> unplaced = new ArrayList<>();
        for (Map.Entry<String, List<CellNotes.Note>> e : byCell.entrySet()) {
            CellNotes.Note first = e.getValue().get(0);
            Sheet s = wb.getSheet(sheetNames.getOrDefault(first.sheet(), first.sheet()));
            CellAddress at = address(first.cell());
            if (s == null || at == null) {
                unplaced.add(first.sheet() + "!" + first.cell() + " (" + first.key() + ")");
                continue;
            }
            mark(s, at, e.getValue(), styles);
            annotated++;
        }
        AnalysisSheet.write(wb, styles, fmt, fileName, entries);
        return new Result(target, annotated, unplaced);
    }

    /**
     * Renames the sheets whose names Excel does not take (control characters, which XML cannot even hold, the
     * characters : \\ / ? * [ ], more than 31 characters, or a name two sheets share without regard to case), so that
     * the copy opens without repair; gives each renamed sheet's old name with its new one.
     */
    private static Map<String, String> fitSheetNames(Workbook wb) {
        Map<String, String> renamed = new HashMap<>();
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            String name = wb.getSheetName(i);
            String fitted = sheetName(name);
            String unique = fitted;
            for (int n = 2; !taken.add(unique.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                unique = fitted.substring(0, Math.min(fitted.length(), 31 - suffix.length())) + suffix;
            }
            if (!unique.equals(name)) {
                wb.setSheetName(i, unique);
                renamed.put(name, unique);
            }
        }
        return renamed;
    }

    /** A name Excel takes for a sheet: without control characters, safe, at most 31 characters. */
    static String sheetName(String wanted) {
        String clean = wanted == null ? "" : CONTROL.matcher(wanted).replaceAll(" ").strip();
        return WorkbookUtil.createSafeSheetName(clean.isEmpty() ? "ข้อมูล" : clean);
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\p{Cc}\\uFFFE\\uFFFF]+");

    private static CellAddress address(String a1) {
        try {
            CellAddress at = new CellAddress(a1);
            return at.getRow() < 0 || at.getColumn() < 0 ? null : at;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void mark(Sheet s, CellAddress at, List<CellNotes.Note> notes, SummaryStyles styles) {
        Row row = s.getRow(at.getRow());
        if (row == null) {
            row = s.createRow(at.getRow());
        }
        Cell cell = row.getCell(at.getColumn());
        if (cell == null) {
            cell = row.createCell(at.getColumn());
        }
        SummaryStyles.Mark strongest = notes.stream().map(CellNotes.Note::mark)
                .min(java.util.Comparator.naturalOrder()).orElseThrow();
        cell.setCellStyle(styles.marked(cell.getCellStyle(), strongest));
        String text = String.join("\n", notes.stream().map(CellNotes.Note::text).distinct().toList());
        CreationHelper help = s.getWorkbook().getCreationHelper();
        Comment existing = cell.getCellComment();
        if (existing != null) {
            String before = existing.getString() == null ? "" : existing.getString().getString();
            existing.setString(help.createRichTextString(Cells.fit(before + "\n\n" + AUTHOR + ":\n" + text)));
            return;
        }
        Drawing<?> drawing = s.getDrawingPatriarch();
        if (drawing == null) {
            drawing = s.createDrawingPatriarch();
        }
        // the box is anchored beside the cell; POI files a new comment under the anchor's top-left cell until it is
        // set on its own cell, so that cell must hold no comment yet: beside, below-beside, or the cell itself
        int[] spot = freeSpot(s, at);
        ClientAnchor anchor = help.createClientAnchor();
        anchor.setCol1(spot[1]);
        anchor.setCol2(spot[1] + 5);
        anchor.setRow1(spot[0]);
        anchor.setRow2(spot[0] + 2 + TextLines.lines(text, 40));
        Comment c = drawing.createCellComment(anchor);
        c.setString(help.createRichTextString(Cells.fit(text)));
        c.setAuthor(AUTHOR);
        cell.setCellComment(c);
    }

    private static int[] freeSpot(Sheet s, CellAddress at) {
        int[][] spots = {{at.getRow(), at.getColumn() + 1}, {at.getRow() + 1, at.getColumn() + 1},
            {at.getRow(), at.getColumn() + 2}};
        for (int[] spot : spots) {
            if (s.getCellComment(new CellAddress(spot[0], spot[1])) == null) {
                return spot;
            }
        }
        return new int[] {at.getRow(), at.getColumn()};
    }

    private static void checkExtension(Workbook wb, Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean ok = wb instanceof HSSFWorkbook ? name.endsWith(".xls")
                : wb instanceof XSSFWorkbook x && x.isMacroEnabled() ? name.endsWith(".xlsm")
                : name.endsWith(".xlsx") || name.endsWith(".xlsm");
        if (!ok) {
            throw new IllegalArgumentException("the annotated copy " + target.getFileName() + " must end in "
                    + (wb instanceof HSSFWorkbook ? ".xls" : ".xlsx") + " like its input");
        }
    }

    private static String uniqueSheetName(Workbook wb, String wanted) {
        String base = sheetName(wanted);
        String name = base;
        for (int n = 2; wb.getSheet(name) != null; n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private static void copyGrid(RawSheet rs, Sheet s, SummaryStyles styles) {
        Map<Integer, Integer> widths = new HashMap<>();
        for (int r : rs.rowIndexes()) {
            Row row = s.createRow(r);
            for (RawCell c : rs.row(r)) {
                Cells.text(row, c.col(), c.text(), styles.text());
                widths.merge(c.col(), (int) Math.ceil(TextLines.width(c.text())), Math::max);
            }
        }
        widths.forEach((c, w) -> s.setColumnWidth(c, Math.min(50, Math.max(8, w + 2)) * 256));
        for (CellRange m : rs.merged()) {
            if (m.lastRow() > m.firstRow() || m.lastCol() > m.firstCol()) {
                s.addMergedRegion(new CellRangeAddress(m.firstRow(), m.lastRow(), m.firstCol(), m.lastCol()));
            }
        }
        s.setDefaultRowHeightInPoints(ThaiTypography.heightFor(1));
        RowFit.fitSheet(s, 0);
    }
}
