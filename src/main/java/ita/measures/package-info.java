/**
 * The measure catalog (an editable CSV of measures keyed by indicator, question, OIT sub-indicator or
 * item, by framework year) and the planner that turns one agency's weaknesses into a measure plan for
 * the next fiscal year; and the progress of those measures as the agencies' 6- and 12-month forms come back
 * ({@link ita.measures.ProgressCollector}). Plain Java and opencsv: no POI here.
 *
 * <p>May use {@code ita.framework}, {@code ita.model} and {@code ita.text}; never ingest, analysis or report.
 */
package ita.measures;
