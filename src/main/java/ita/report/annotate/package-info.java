/**
 * Outputs made from the user's own files: the annotated copy of an input, its weak cells filled and commented and
 * an analysis sheet added ({@link ita.report.annotate.AnnotatedCopyWriter}), and an office's own template filled once
 * per agency ({@link ita.report.annotate.TemplateFiller}). Inputs and templates are only ever read.
 *
 * <p>May use POI, {@code ita.report}, {@code ita.report.poi}, {@code ita.report.typography}, {@code ita.analysis},
 * {@code ita.measures}, {@code ita.framework}, {@code ita.model} (the raw grid of CSV and HTML inputs included) and
 * {@code ita.text}; not the other writers, and not {@code ita.ingest}.
 */
package ita.report.annotate;
