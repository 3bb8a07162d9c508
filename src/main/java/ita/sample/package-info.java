/**
 * Synthetic ITA results for trying the tool and for benchmarks: a deterministic universe of invented
 * agencies in invented provinces whose scores obey the framework exactly, written in every layout the
 * readers accept (agency detail, province list, long, ITAS province report) and every format (xlsx, xls,
 * HTML saved as .xls, CSV in UTF-8 or windows-874). Also writes the bundled {@code sample-workbooks/}
 * folder, including the real published figures of the seed agencies.
 *
 * <p>Uses {@code ita.model}, {@code ita.framework}, {@code ita.text} and {@code ita.analysis.Scoring}. The xlsx
 * files are written by a small writer of its own (speed: tens of thousands of files), which escapes its text with
 * {@code ita.report.xlsx.Xml}, the one XML text escaper; POI appears only to write BIFF .xls, which has no simpler
 * writer. Only {@code ita.cli} uses sample.
 */
package ita.sample;
