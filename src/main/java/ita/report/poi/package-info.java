/**
 * What the annotated copies and filled templates need, as they keep the user's own workbook and so are written
 * through Apache POI: the Thai cell styles and fills that mark weak figures ({@link ita.report.poi.SummaryStyles}),
 * text cells that never become formulas ({@link ita.report.poi.Cells}), and row heights from the typography's line
 * estimator ({@link ita.report.poi.RowFit}).
 *
 * <p>May use POI, {@code ita.report.typography} and {@code ita.framework}, {@code ita.model}, {@code ita.text}.
 */
package ita.report.poi;
