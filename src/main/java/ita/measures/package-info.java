/**
 * The measure catalog (an editable CSV of measures keyed by indicator, question, OIT sub-indicator or
 * item, by framework year) and the planner that turns one agency's weaknesses into a measure plan for
 * the next fiscal year. Plain Java: no POI here; uses {@code framework}, {@code model} and {@code text}.
 */
package ita.measures;
