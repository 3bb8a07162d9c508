package ita.batch;

import ita.report.workbook.AgencyWorkbookWriter;
import ita.report.workbook.MeasuresSheetWriter;
import ita.report.workbook.ProgressReportSheetWriter;
import ita.report.workbook.SheetContributor;
import ita.report.workbook.StaffNotesSheetWriter;
import ita.report.workbook.WorkbookOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The agency's analysis workbook, {@code <agency>-<year>.xlsx}: the analysis sheets, the measures plan for the
 * next fiscal year with its schedule, the 6- and 12-month progress-report forms, and the staff's notes.
 */
final class AgencyWorkbookOutput implements AgencyOutput {

    private final AgencyWorkbookWriter writer = new AgencyWorkbookWriter();
    private final WorkbookOptions options;

    AgencyWorkbookOutput(boolean thaiDigits) {
        this.options = WorkbookOptions.defaults().withThaiDigits(thaiDigits);
    }

    @Override
    public List<Path> write(AgencyWork work) throws IOException {
        Path target = work.files().file(".xlsx");
        List<SheetContributor> more = List.of(
                (wb, an, ya, op) -> MeasuresSheetWriter.write(wb, work.plan(), op),
                (wb, an, ya, op) -> ProgressReportSheetWriter.write(wb, work.plan(), op),
                (wb, an, ya, op) -> StaffNotesSheetWriter.write(wb, an, ya, work.plan(), op));
        return List.of(writer.write(target, work.analysis(), options.forYear(work.year().fiscalYear()), more));
    }
}
