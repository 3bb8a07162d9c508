package ita.report.workbook;

import ita.analysis.AgencyAnalysis;
import ita.analysis.YearAnalysis;
import ita.report.xlsx.Workbook;
import java.io.IOException;

/**
 * Adds sheets to an agency's analysis workbook after the analysis sheets (for example the measures and the
 * progress report). Contributors run in the order given; a formula they write carries the value it computes.
 */
@FunctionalInterface
public interface SheetContributor {

    /**
     * @param year the year the workbook is about ({@link WorkbookOptions#yearOf})
     */
    void addSheets(Workbook wb, AgencyAnalysis analysis, YearAnalysis year, WorkbookOptions options)
            throws IOException;
}
