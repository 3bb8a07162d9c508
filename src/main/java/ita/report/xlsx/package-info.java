/**
 * A small writer of xlsx workbooks for the reports written by the thousand: cells, shared strings, a style
 * sheet made once per JVM, merged cells, frozen panes, print setup, dropdowns, conditional fills, comments and
 * line and bar charts, written as XML text straight into a zip stream. Uses the JDK only; no POI, no DOM.
 * Formulas are written with the values the caller computed, and the workbook asks to be recalculated on opening.
 */
package ita.report.xlsx;
