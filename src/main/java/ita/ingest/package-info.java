/**
 * Reads input files: tells xlsx, xls, HTML-as-xls and CSV apart by content, reads each with its
 * {@link ita.ingest.FormatReader} into a raw grid ({@link ita.model.RawWorkbook}), recognises layouts by their
 * headers, applies user column mappings and turns grids into {@link ita.model.AgencyYear} records with findings.
 * POI, jsoup and opencsv errors are wrapped here, once, into {@link ita.ingest.InputException}.
 *
 * <p>May use {@code ita.framework}, {@code ita.model} and {@code ita.text}; never analysis, measures or report.
 */
package ita.ingest;
