/**
 * Runs read → analyze → write over many files: checks every option before reading (RunSetup), finds inputs,
 * reads them in parallel into compact records, groups them by agency across files and years, analyses every
 * agency and writes those chosen in parallel (one AgencyOutput per kind of file), then the summaries, the
 * annotated copies and the run report. One bad file, or one agency that fails, is recorded and skipped.
 */
package ita.batch;
