/**
 * The documents an agency signs and publishes, in Thai official-document form (Word, POI XWPF): the analysis of
 * a year's ITA result with its measures for the next fiscal year, and the 6- and 12-month progress reports on
 * those measures; and their conversion to PDF through LibreOffice. Built from the same analysis and measure plan
 * as the agency workbook. Uses {@code analysis}, {@code measures}, {@code framework}, {@code model},
 * {@code text} and POI.
 */
package ita.report.document;
