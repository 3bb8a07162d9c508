/**
 * A small writer of xlsx workbooks for the reports written by the thousand: cells, shared strings, a style
 * sheet made once per JVM, merged cells, frozen panes, print setup, filters, dropdowns, conditional fills, comments and
 * line and bar charts, written as XML text straight into a zip stream. No POI, no DOM. Formulas are written with
 * the values the caller computed, and the workbook asks to be recalculated on opening. {@link ita.report.xlsx.Xml}
 * is the one XML text escaper; {@link ita.report.xlsx.PartsZip} and {@link ita.report.xlsx.Parts} (the package zip,
 * namespaces, relationships) serve the Word documents too.
 *
 * <p>Uses the JDK and {@link ita.model.CellRefs} for A1 references; nothing else of ours.
 */
package ita.report.xlsx;
