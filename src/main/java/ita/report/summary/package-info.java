/**
 * What sums up many agencies: the province summary and the summary of everything read
 * ({@link ita.report.summary.ProvinceSummaryWriter}, POI workbooks with charts), the analysts' summary.csv and
 * summary.json ({@link ita.report.summary.SummaryWriter}) and the run report of every input file and finding
 * ({@link ita.report.summary.RunReportWriter}).
 *
 * <p>May use POI, Jackson, {@code ita.report}, {@code ita.report.poi}, {@code ita.report.typography},
 * {@code ita.analysis}, {@code ita.measures}, {@code ita.framework}, {@code ita.model} and {@code ita.text}; not
 * the other writers.
 */
package ita.report.summary;
