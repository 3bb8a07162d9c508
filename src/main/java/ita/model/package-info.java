/**
 * Immutable records shared by every stage: agencies, what an input reported for one agency-year,
 * locations and findings. No POI, no commons-math, no picocli here.
 */
package ita.model;
