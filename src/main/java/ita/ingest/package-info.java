/**
 * Finds input files, reads xlsx, xls, HTML-as-xls and CSV into raw grids (format detected by content),
 * recognises layouts by their headers, applies user column mappings and turns grids into
 * {@link ita.model.AgencyYear} records with findings. POI and library errors are wrapped here, once.
 */
package ita.ingest;
