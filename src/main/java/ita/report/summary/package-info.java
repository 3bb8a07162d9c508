/**
 * What sums up many agencies: the province, district and overall summaries
 * ({@link ita.report.summary.ProvinceSummaryWriter}, workbooks with charts), the progress status workbook
 * ({@link ita.report.summary.ProgressStatusWriter}), the analysts' summary.csv and summary.json
 * ({@link ita.report.summary.SummaryWriter}) and the run report of every input file and finding
 * ({@link ita.report.summary.RunReportWriter}). The workbooks are written with {@link ita.report.xlsx} and one style
 * sheet made once per JVM ({@link ita.report.summary.SummaryStyleSheet}).
 *
 * <p>May use Jackson, {@code ita.report}, {@code ita.report.xlsx}, {@code ita.report.typography},
 * {@code ita.analysis}, {@code ita.measures}, {@code ita.framework}, {@code ita.model} and {@code ita.text}; not
 * the other writers.
 */
package ita.report.summary;
