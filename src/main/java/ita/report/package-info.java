/**
 * Writers of what the user holds: the agency analysis workbook (on the fast OOXML writer in
 * {@code ita.report.xlsx}), the measures and progress-report sheets, province and overall summaries,
 * annotated copies of inputs and filled user templates (POI), summary.csv/json and the run report.
 * Every file is written under a temporary name and renamed when complete; text from inputs is never
 * written as a formula.
 */
package ita.report;
