/**
 * Immutable records shared by every stage: agencies and their identity across files ({@link ita.model.AgencyNames}),
 * what an input reported for one agency-year, findings and the located errors behind them, where a value came from,
 * A1 cell references ({@link ita.model.CellRefs}), and the raw grid a reader produced from a file (its format, sheets,
 * cells and merged ranges), which the annotated copy writes back.
 *
 * <p>May use {@code ita.text}; no other package of ours and no library: no POI, no commons-math, no picocli.
 */
package ita.model;
