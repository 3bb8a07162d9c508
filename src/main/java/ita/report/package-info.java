/**
 * Writers of what the user holds, one subpackage for each kind of output:
 * <ul>
 * <li>{@link ita.report.workbook} – the agency's analysis workbook: analysis sheets, measures plan, progress
 * reports (on {@link ita.report.xlsx});</li>
 * <li>{@link ita.report.summary} – province and overall summaries, the analysts' summary.csv/json and the run
 * report (on {@link ita.report.xlsx});</li>
 * <li>{@link ita.report.annotate} – annotated copies of the inputs and users' filled templates;</li>
 * <li>{@link ita.report.xlsx} – our own small xlsx writer; {@link ita.report.poi} – what the annotated copies
 * and templates, kept on POI, need: styles, text cells, row heights; {@link ita.report.typography} – the Thai
 * type every output is set in: fonts, sizes and the one line estimator.</li>
 * </ul>
 * This package holds what every writer shares: files written under a temporary name and renamed when complete
 * ({@link ita.report.AtomicFiles}), safe file names ({@link ita.report.SafeNames}), the options of the summaries
 * and copies ({@link ita.report.WriteOptions}) and numbers in Thai text ({@link ita.report.ThaiFormat}). Text
 * from inputs is never written as a formula.
 *
 * <p>May use {@code ita.analysis} and {@code ita.measures} (the results it writes) and {@code ita.framework},
 * {@code ita.model}, {@code ita.text}; never its own subpackages, ingest or batch. The writers (workbook, summary,
 * annotate) may use this package, typography, xlsx and poi, and never one another.
 */
package ita.report;
