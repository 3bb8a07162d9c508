/**
 * The agency's analysis workbook, {@code <province>/<district>/<agency>-<year>.xlsx}
 * ({@link ita.report.workbook.AgencyWorkbookWriter}): the sheets สรุปผล, เปรียบเทียบรายปี, จุดแข็งจุดอ่อน and
 * รายข้อ, then the measures plan มาตรการ and the progress reports รายงานผล 6 and 12 เดือน with their hidden
 * lists, and the styles of all of them, made once per JVM. Written with {@link ita.report.xlsx}, not POI: a
 * national run writes thousands.
 *
 * <p>May use {@code ita.report}, {@code ita.report.typography}, {@code ita.report.xlsx}, {@code ita.analysis},
 * {@code ita.measures}, {@code ita.framework}, {@code ita.model} and {@code ita.text}; not the other writers.
 */
package ita.report.workbook;
