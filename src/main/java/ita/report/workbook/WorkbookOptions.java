package ita.report.workbook;

import ita.analysis.AgencyAnalysis;
import ita.analysis.YearAnalysis;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * Choices for an agency's analysis workbook.
 *
 * @param fiscalYear the fiscal year (B.E.) the workbook is about, or null for the agency's latest year
 * @param thaiDigits write the digits of generated text as ๐–๙ (numeric cells stay numbers)
 * @param preparedOn the date printed as "จัดทำเมื่อ", in Thai with a Buddhist-era year; null to leave it out
 */
public record WorkbookOptions(Integer fiscalYear, boolean thaiDigits, LocalDate preparedOn) {

    /** The latest year, Arabic digits, prepared today. */
    public static WorkbookOptions defaults() {
        return new WorkbookOptions(null, false, ita.text.ThaiDates.today());
    }

    public WorkbookOptions forYear(int year) {
        return new WorkbookOptions(year, thaiDigits, preparedOn);
    }

    public WorkbookOptions withThaiDigits(boolean on) {
        return new WorkbookOptions(fiscalYear, on, preparedOn);
    }

    public WorkbookOptions preparedOn(LocalDate date) {
        return new WorkbookOptions(fiscalYear, thaiDigits, date);
    }

    /**
     * The year of the analysis the workbook is about: the chosen one, else the latest.
     *
     * @throws IllegalArgumentException when the agency has no result for the chosen year
     */
    public YearAnalysis yearOf(AgencyAnalysis analysis) {
        if (fiscalYear == null) {
            return analysis.latest();
        }
        return analysis.year(fiscalYear).orElseThrow(() -> new IllegalArgumentException(analysis.agency().name()
                + " has no result for fiscal year " + fiscalYear + "; its years are "
                + analysis.years().stream().map(y -> String.valueOf(y.fiscalYear())).collect(Collectors.joining(", "))
                + ". Choose one of them."));
    }
}
