package ita.report.workbook;

import ita.analysis.AgencyAnalysis;
import ita.analysis.YearAnalysis;
import ita.report.AtomicFiles;
import ita.report.SafeNames;
import ita.report.xlsx.Workbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one agency's analysis workbook, {@code <province>/<district>/<agency>-<year>.xlsx}, for its latest
 * year or a chosen one. The four analysis sheets come first ({@link #SHEETS}); sheets of other writers (the
 * measures, the progress report) are added after them through {@link SheetContributor}s. Formulas stay live and
 * carry the values the writers computed with the same arithmetic, so viewers that do not recalculate show the
 * right numbers; spreadsheets recalculate them on opening. Written with {@link ita.report.xlsx}, not POI: the
 * national run writes thousands of these.
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
    public void addAnalysisSheets(Workbook wb, AgencyAnalysis analysis, WorkbookOptions options) {
        YearAnalysis y = options.yearOf(analysis);
        OverviewSheetWriter.write(wb, analysis, y, options);
        YearComparisonSheetWriter.write(wb, analysis, y, options);
        StrengthsWeaknessesSheetWriter.write(wb, analysis, y, options);
        ItemScoresSheetWriter.write(wb, analysis, y, options);
    }

    /** A new, empty workbook with the styles of the agency workbook, for sheets written on their own. */
    public static Workbook newWorkbook() {
        return new Workbook(AgencyStyleSheet.SHEET);
    }

    /** The whole workbook in memory: the analysis sheets, then each contributor's sheets. */
    public Workbook build(AgencyAnalysis analysis, WorkbookOptions options, List<SheetContributor> more)
            throws IOException {
        YearAnalysis y = options.yearOf(analysis);
        Workbook wb = newWorkbook();
        addAnalysisSheets(wb, analysis, options);
        for (SheetContributor c : more) {
            c.addSheets(wb, analysis, y, options);
        }
        wb.title("ผลการวิเคราะห์ ITA " + analysis.agency().name() + " ปีงบประมาณ พ.ศ. " + y.fiscalYear());
        wb.creator("ita-analyzer");
        return wb;
    }

    /** The workbook as xlsx bytes. */
    public byte[] toBytes(AgencyAnalysis analysis, WorkbookOptions options, List<SheetContributor> more)
            throws IOException {
        return build(analysis, options, more).toBytes();
    }

    /** Writes the workbook to a file, atomically: a reader never sees half a file. Returns the target. */
    public Path write(Path target, AgencyAnalysis analysis, WorkbookOptions options, List<SheetContributor> more)
            throws IOException {
        Workbook wb = build(analysis, options, more);
        return AtomicFiles.write(target, wb::write);
    }

    /** Writes the workbook under an output folder at {@link #pathFor}; returns where. */
    public Path writeInto(Path outputRoot, AgencyAnalysis analysis, WorkbookOptions options,
                          List<SheetContributor> more) throws IOException {
        return write(pathFor(outputRoot, analysis, options), analysis, options, more);
    }
}
