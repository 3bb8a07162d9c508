package ita.batch;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Everything one {@code ita analyze} run was told. Immutable.
 *
 * @param year       only this fiscal year's agency workbooks (default: each agency's latest year)
 * @param threshold  the score at or above which an indicator counts as a strength
 * @param overwrite  replace outputs in {@code out}; otherwise a new run folder is made inside it
 * @param fileTimeout the longest one file may take to read before it is rejected
 * @param documents  how the agency documents are written: also as PDF, and from which filled progress forms
 */
public record BatchSettings(
        List<Path> inputs,
        Path out,
        OptionalInt year,
        Optional<String> province,
        Optional<String> district,
        BigDecimal threshold,
        Optional<Path> catalog,
        Optional<Path> template,
        boolean annotate,
        Optional<Path> mapping,
        boolean thaiDigits,
        int threads,
        Set<OutputFormat> formats,
        boolean overwrite,
        Duration fileTimeout,
        Documents documents) {

    /** What the run writes. */
    public enum OutputFormat { XLSX, DOCX, CSV, JSON }

    /**
     * The agency documents (.docx).
     *
     * @param pdf      also write each as PDF through LibreOffice
     * @param progress files or folders with progress-report forms the agencies filled and gave back
     */
    public record Documents(boolean pdf, List<Path> progress) {
        public static final Documents DEFAULT = new Documents(false, List.of());

        public Documents {
            progress = List.copyOf(progress);
        }
    }

    /** Settings without PDF or progress forms. */
    public BatchSettings(List<Path> inputs, Path out, OptionalInt year, Optional<String> province,
                         Optional<String> district, BigDecimal threshold, Optional<Path> catalog, Optional<Path> template,
                         boolean annotate, Optional<Path> mapping, boolean thaiDigits, int threads,
                         Set<OutputFormat> formats, boolean overwrite, Duration fileTimeout) {
        this(inputs, out, year, province, district, threshold, catalog, template, annotate, mapping, thaiDigits,
                threads, formats, overwrite, fileTimeout, Documents.DEFAULT);
    }

    public BatchSettings {
        documents = documents == null ? Documents.DEFAULT : documents;
        inputs = List.copyOf(inputs);
        formats = formats.isEmpty() ? EnumSet.allOf(OutputFormat.class) : EnumSet.copyOf(formats);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** Defaults for one input folder, as the CLI would set them. */
    public static BatchSettings defaults(List<Path> inputs, Path out) {
        return new BatchSettings(inputs, out, OptionalInt.empty(), Optional.empty(), Optional.empty(),
                BigDecimal.valueOf(85), Optional.empty(), Optional.empty(), false, Optional.empty(), false,
                Runtime.getRuntime().availableProcessors(), EnumSet.allOf(OutputFormat.class), false,
                Duration.ofSeconds(60));
    }

    public BatchSettings withOverwrite(boolean o) {
        return new BatchSettings(inputs, out, year, province, district, threshold, catalog, template, annotate,
                mapping, thaiDigits, threads, formats, o, fileTimeout, documents);
    }
}
