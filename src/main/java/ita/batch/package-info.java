/**
 * Runs read → analyze → write over many files: finds inputs, reads them in parallel into compact
 * records, groups them by agency across files and years, analyses and writes per agency in parallel,
 * records every file's outcome and writes the run report. One bad file is recorded and skipped.
 *
 * <p>May use {@code ita.ingest}, {@code ita.analysis}, {@code ita.measures}, {@code ita.report} and its
 * subpackages, and {@code ita.framework}, {@code ita.model}, {@code ita.text}; nothing of these uses batch.
 * Prints nothing and never exits: {@code ita.cli} does.
 */
package ita.batch;
