/**
 * The Thai type every output is set in, workbooks and documents alike: the font (TH Sarabun New), its sizes, the
 * height of a line of it ({@link ita.report.typography.ThaiTypography}), and the one estimate of how wide a text
 * is and how many lines it takes in a column ({@link ita.report.typography.TextLines}), checked against LibreOffice.
 *
 * <p>Uses the JDK alone.
 */
package ita.report.typography;
