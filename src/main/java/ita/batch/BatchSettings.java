package ita.batch;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Everything one {@code ita analyze} run was told. Immutable; build with {@link #builder()}, or change one with
 * {@link #toBuilder()}. The record checks what can be checked without the file system; {@link RunSetup} checks the
 * rest (files that must open, a folder that must be writable) before any input is read.
 *
 * @param inputs      files and folders to read, at least one
 * @param out         the output folder
 * @param year        which fiscal year's agency workbooks to write (default: each agency's latest year)
 * @param assumeYear  the fiscal year of files that say none, the last place the readers look
 * @param province    write only the agencies of this province; statistics and ranks still cover everything read
 * @param district    write only the agencies of this district; statistics and ranks still cover everything read
 * @param threshold   the score at or above which an indicator counts as a strength, 0–100
 * @param catalog     the user's measure catalog (CSV), instead of the bundled one
 * @param template    the user's workbook template, filled once per agency
 * @param annotate    also write an annotated copy of each input that holds an agency written
 * @param mapping     the user's column mapping (CSV), for layouts the readers do not know
 * @param thaiDigits  write the digits of generated text as ๐–๙
 * @param threads     worker threads, at least 1
 * @param formats     what the run writes; never empty
 * @param overwrite   replace outputs in {@code out}; otherwise a new run folder is made inside it
 * @param fileTimeout the longest one file may take to read before it is rejected
 */
public record BatchSettings(
        List<Path> inputs,
        Path out,
        OptionalInt year,
        OptionalInt assumeYear,
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
        Duration fileTimeout) {

    /** What the run writes. */
    public enum OutputFormat { XLSX, CSV, JSON }

    /** Fiscal years (Buddhist Era) the options accept. */
    public static final int MIN_YEAR = 2550;
    public static final int MAX_YEAR = 2600;
    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(85);
    public static final Duration DEFAULT_FILE_TIMEOUT = Duration.ofSeconds(60);

    public BatchSettings {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(fileTimeout, "fileTimeout");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one input file or folder is required");
        }
        checkYear("year", year);
        checkYear("assume-year", assumeYear);
        if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("--threshold must be between 0 and 100, got " + threshold.toPlainString());
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        if (fileTimeout.isNegative() || fileTimeout.isZero()) {
            throw new IllegalArgumentException("the time limit per file must be positive, got " + fileTimeout);
        }
        province = province.map(String::strip).filter(p -> !p.isEmpty());
        district = district.map(String::strip).filter(d -> !d.isEmpty());
        formats = Collections.unmodifiableSet(formats.isEmpty() ? EnumSet.allOf(OutputFormat.class)
                : EnumSet.copyOf(formats));
    }

    private static void checkYear(String option, OptionalInt y) {
        if (y.isPresent() && (y.getAsInt() < MIN_YEAR || y.getAsInt() > MAX_YEAR)) {
            throw new IllegalArgumentException("--" + option + " must be a Buddhist-era fiscal year such as 2567, got "
                    + y.getAsInt());
        }
    }

    /** True when {@code --province} or {@code --district} narrows what is written. */
    public boolean filtered() {
        return province.isPresent() || district.isPresent();
    }

    public boolean writes(OutputFormat f) {
        return formats.contains(f);
    }

    /** A builder with the defaults the command line uses: sample-workbooks into ita-output. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.inputs = inputs;
        b.out = out;
        b.year = year;
        b.assumeYear = assumeYear;
        b.province = province;
        b.district = district;
        b.threshold = threshold;
        b.catalog = catalog;
        b.template = template;
        b.annotate = annotate;
        b.mapping = mapping;
        b.thaiDigits = thaiDigits;
        b.threads = threads;
        b.formats = formats;
        b.overwrite = overwrite;
        b.fileTimeout = fileTimeout;
        return b;
    }

    /** Builds {@link BatchSettings}; {@link #build()} checks the values. */
    public static final class Builder {
        private List<Path> inputs = List.of(Path.of("sample-workbooks"));
        private Path out = Path.of("ita-output");
        private OptionalInt year = OptionalInt.empty();
        private OptionalInt assumeYear = OptionalInt.empty();
        private Optional<String> province = Optional.empty();
        private Optional<String> district = Optional.empty();
        private BigDecimal threshold = DEFAULT_THRESHOLD;
        private Optional<Path> catalog = Optional.empty();
        private Optional<Path> template = Optional.empty();
        private boolean annotate;
        private Optional<Path> mapping = Optional.empty();
        private boolean thaiDigits;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        private Set<OutputFormat> formats = EnumSet.allOf(OutputFormat.class);
        private boolean overwrite;
        private Duration fileTimeout = DEFAULT_FILE_TIMEOUT;

        private Builder() {
        }

        public Builder inputs(Collection<Path> paths) {
            this.inputs = List.copyOf(paths);
            return this;
        }

        public Builder inputs(Path first, Path... more) {
            List<Path> all = new java.util.ArrayList<>();
            all.add(first);
            all.addAll(List.of(more));
            return inputs(all);
        }

        public Builder out(Path dir) {
            this.out = dir;
            return this;
        }

        /** Only this fiscal year's agency workbooks; null for each agency's latest. */
        public Builder year(Integer fiscalYear) {
            this.year = fiscalYear == null ? OptionalInt.empty() : OptionalInt.of(fiscalYear);
            return this;
        }

        /** The fiscal year of files that say none; null for none. */
        public Builder assumeYear(Integer fiscalYear) {
            this.assumeYear = fiscalYear == null ? OptionalInt.empty() : OptionalInt.of(fiscalYear);
            return this;
        }

        public Builder province(String name) {
            this.province = Optional.ofNullable(name);
            return this;
        }

        public Builder district(String name) {
            this.district = Optional.ofNullable(name);
            return this;
        }

        public Builder threshold(BigDecimal score) {
            this.threshold = score;
            return this;
        }

        public Builder catalog(Path file) {
            this.catalog = Optional.ofNullable(file);
            return this;
        }

        public Builder template(Path file) {
            this.template = Optional.ofNullable(file);
            return this;
        }

        public Builder annotate(boolean on) {
            this.annotate = on;
            return this;
        }

        public Builder mapping(Path file) {
            this.mapping = Optional.ofNullable(file);
            return this;
        }

        public Builder thaiDigits(boolean on) {
            this.thaiDigits = on;
            return this;
        }

        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        /** What to write; empty means everything. */
        public Builder formats(Collection<OutputFormat> f) {
            this.formats = f.isEmpty() ? EnumSet.noneOf(OutputFormat.class) : EnumSet.copyOf(f);
            return this;
        }

        public Builder formats(OutputFormat first, OutputFormat... more) {
            this.formats = EnumSet.of(first, more);
            return this;
        }

        public Builder overwrite(boolean on) {
            this.overwrite = on;
            return this;
        }

        public Builder fileTimeout(Duration limit) {
            this.fileTimeout = limit;
            return this;
        }

        /** @throws IllegalArgumentException naming the option that is out of range */
        public BatchSettings build() {
            return new BatchSettings(inputs, out, year, assumeYear, province, district, threshold, catalog, template,
                    annotate, mapping, thaiDigits, threads, formats, overwrite, fileTimeout);
        }
    }
}
