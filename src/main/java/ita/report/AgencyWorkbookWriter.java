package ita.report;

import ita.analysis.AgencyAnalysis;
import ita.analysis.YearAnalysis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.formula.eval.NotImplementedException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one agency's analysis workbook, {@code <province>/<district>/<agency>-<year>.xlsx}, for its latest
 * year or a chosen one. The four analysis sheets come first ({@link #SHEETS}); sheets of other writers (the
 * measures, the progress report) are added after them through {@link SheetContributor}s. Formulas stay live and
 * their cached values are computed before saving, so viewers that do not recalculate show the right numbers.
 */
public final class AgencyWorkbookWriter {

    public static final String SUMMARY_SHEET = OverviewSheetWriter.NAME;
    public static final String YEARS_SHEET = YearComparisonSheetWriter.NAME;
    public static final String STRENGTHS_SHEET = StrengthsWeaknessesSheetWriter.NAME;
    public static final String ITEMS_SHEET = ItemScoresSheetWriter.NAME;
    /** The analysis sheets, in workbook order. */
    public static final List<String> SHEETS = List.of(SUMMARY_SHEET, YEARS_SHEET, STRENGTHS_SHEET, ITEMS_SHEET);

    /**
     * Where the workbook of an agency goes under an output folder: province and district folders (names made
     * safe; "ไม่ระบุจังหวัด"/"ไม่ระบุอำเภอ" when unknown) and {@code <agency>-<fiscal year>.xlsx}.
     */
    public Path pathFor(Path outputRoot, AgencyAnalysis analysis, WorkbookOptions options) {
        YearAnalysis y = options.yearOf(analysis);
        var a = analysis.agency();
        return outputRoot.resolve(SafeNames.segment(a.province(), "ไม่ระบุจังหวัด"))
                .resolve(SafeNames.segment(a.district(), "ไม่ระบุอำเภอ"))
                .resolve(SafeNames.segment(a.name(), "หน่วยงาน") + "-" + y.fiscalYear() + ".xlsx");
    }

    /** Adds the four analysis sheets to a workbook, for the year the options choose. */
    public void addAnalysisSheets(XSSFWorkbook wb, AgencyAnalysis analysis, WorkbookOptions options) {
        YearAnalysis y = options.yearOf(analysis);
        AnalysisStyles styles = new AnalysisStyles(wb);
        OverviewSheetWriter.write(wb, styles, analysis, y, options);
        YearComparisonSheetWriter.write(wb, styles, analysis, y, options);
        StrengthsWeaknessesSheetWriter.write(wb, styles, analysis, y, options);
        ItemScoresSheetWriter.write(wb, styles, analysis, y, options);
    }

    /**
     * The whole workbook in memory: the analysis sheets, then each contributor's sheets, formulas evaluated.
     * The caller closes it.
     */
    public XSSFWorkbook build(AgencyAnalysis analysis, WorkbookOptions options, List<SheetContributor> more)
            throws IOException {
        YearAnalysis y = options.yearOf(analysis);
        XSSFWorkbook wb = new XSSFWorkbook();
        try {
            addAnalysisSheets(wb, analysis, options);
            for (SheetContributor c : more) {
                c.addSheets(wb, analysis, y, options);
            }
            evaluateFormulas(wb);
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            core.setTitle("ผลการวิเคราะห์ ITA " + analysis.agency().name() + " ปีงบประมาณ พ.ศ. " + y.fiscalYear());
            core.setCreator("ita-analyzer");
            return wb;
        } catch (IOException | RuntimeException e) {
            wb.close();
            throw e;
        }
    }

    /**
     * Stores each formula's value in its cell, so viewers that do not recalculate show it; a function the
     * evaluator does not know (possible in a contributor's sheet) is left to the spreadsheet, which is told
     * to recalculate on opening.
     */
    static void evaluateFormulas(XSSFWorkbook wb) {
        XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        try {
                            evaluator.evaluateFormulaCell(cell);
                        } catch (NotImplementedException e) {
                            // no cached value for this cell; Excel and LibreOffice compute it on opening
                        }
                    }
                }
            }
        }
        wb.setForceFormulaRecalculation(true);
    }

    /** The workbook as xlsx bytes. */
    public byte[] toBytes(AgencyAnalysis analysis, WorkbookOptions options, List<SheetContributor> more)
            throws IOException {
        try (XSSFWorkbook wb = build(analysis, options, more)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Writes the workbook to a file, atomically: a reader never sees half a file. Returns the target. */
    public Path write(Path target, AgencyAnalysis analysis, WorkbookOptions options, List<SheetContributor> more)
            throws IOException {
        try (XSSFWorkbook wb = build(analysis, options, more)) {
            return AtomicFiles.write(target, wb::write);
        }
    }

    /** Writes the workbook under an output folder at {@link #pathFor}; returns where. */
    public Path writeInto(Path outputRoot, AgencyAnalysis analysis, WorkbookOptions options,
                          List<SheetContributor> more) throws IOException {
        return write(pathFor(outputRoot, analysis, options), analysis, options, more);
    }
}
