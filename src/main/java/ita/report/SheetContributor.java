package ita.report;

import ita.analysis.AgencyAnalysis;
import ita.analysis.YearAnalysis;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Adds sheets to an agency's analysis workbook after the analysis sheets (for example the measures and the
 * progress report). Contributors run in the order given; formulas they write are evaluated with the rest
 * before the workbook is saved.
 */
@FunctionalInterface
public interface SheetContributor {

    /**
     * @param year the year the workbook is about ({@link WorkbookOptions#yearOf})
     */
    void addSheets(XSSFWorkbook wb, AgencyAnalysis analysis, YearAnalysis year, WorkbookOptions options)
            throws IOException;
}
