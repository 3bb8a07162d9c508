package ita.batch;

import ita.report.AgencyWorkbookWriter;
import ita.report.MeasuresSheetWriter;
import ita.report.ProgressReportSheetWriter;
import ita.report.SheetContributor;
import ita.report.SheetOptions;
import ita.report.WorkbookOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The agency's analysis workbook, {@code <agency>-<year>.xlsx}: the analysis sheets, the measures plan for the
 * next fiscal year and the 6- and 12-month progress-report forms.
 */
final class AgencyWorkbookOutput implements AgencyOutput {

    private final AgencyWorkbookWriter writer = new AgencyWorkbookWriter();
    private final WorkbookOptions options;
    private final SheetOptions sheetOptions;

    AgencyWorkbookOutput(boolean thaiDigits) {
        this.options = WorkbookOptions.defaults().withThaiDigits(thaiDigits);
        this.sheetOptions = new SheetOptions(thaiDigits);
    }

    @Override
    public List<Path> write(AgencyWork work) throws IOException {
        Path target = work.file(work.stem(), ".xlsx");
        List<SheetContributor> more = List.of(
                (wb, an, ya, op) -> MeasuresSheetWriter.write(wb, work.plan(), sheetOptions),
                (wb, an, ya, op) -> ProgressReportSheetWriter.write(wb, work.plan(), sheetOptions));
        return List.of(writer.write(target, work.analysis(), options.forYear(work.year().fiscalYear()), more));
    }
}
