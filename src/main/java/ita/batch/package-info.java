/**
 * Runs read → analyze → write over many files: finds inputs, reads them in parallel into compact
 * records, groups them by agency across files and years, analyses and writes per agency in parallel,
 * records every file's outcome and writes the run report. One bad file is recorded and skipped.
 */
package ita.batch;
