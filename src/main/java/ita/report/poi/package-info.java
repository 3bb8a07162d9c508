/**
 * What the writers on Apache POI share (the summaries and the annotated copies and templates, which open or
 * stream POI workbooks): the Thai cell styles and fills that mark weak figures ({@link ita.report.poi.SummaryStyles}),
 * text cells that never become formulas ({@link ita.report.poi.Cells}), and row heights from the typography's line
 * estimator ({@link ita.report.poi.RowFit}).
 *
 * <p>May use POI, {@code ita.report.typography} and {@code ita.framework}, {@code ita.model}, {@code ita.text}.
 */
package ita.report.poi;
