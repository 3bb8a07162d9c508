/**
 * The measure catalog (an editable CSV of measures keyed by indicator, question, OIT sub-indicator or
 * item, by framework year) and the planner that turns one agency's weaknesses into a measure plan for
 * the next fiscal year. Plain Java and opencsv: no POI here.
 *
 * <p>May use {@code ita.framework}, {@code ita.model} and {@code ita.text}; never ingest, analysis or report.
 */
package ita.measures;
