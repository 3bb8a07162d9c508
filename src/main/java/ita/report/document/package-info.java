/**
 * The documents an agency signs and publishes, in Thai official-document form (Word .docx): the analysis of a year's
 * ITA result with its measures for the next fiscal year, and the 6- and 12-month progress reports on those measures;
 * and their conversion to PDF through LibreOffice. Built from the same analysis and measure plan as the agency
 * workbook. A small model of paragraphs and tables written as WordprocessingML text into a zip, no POI. Uses
 * {@code analysis}, {@code measures}, {@code framework}, {@code model}, {@code text}, {@code report.typography} and
 * {@code report.xlsx} (its package zip and XML escaping).
 */
package ita.report.document;
