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
 * Everything one {@code ita analyze} run was told. Immutable; made only by its {@link Builder}, as commons-csv makes
 * its formats: {@link #builder()} starts from the command line's defaults and {@link #toBuilder()} from these
 * settings. {@link Builder#build()} checks what can be checked without the file system; {@link RunSetup} checks the
 * rest (files that must open, a folder that must be writable) before any input is read.
 */
public final class BatchSettings {

    /** What the run writes. */
    public enum OutputFormat { XLSX, DOCX, CSV, JSON }

    /** Fiscal years (Buddhist Era) the options accept. */
    public static final int MIN_YEAR = 2550;
    public static final int MAX_YEAR = 2600;
    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(85);
    public static final Duration DEFAULT_FILE_TIMEOUT = Duration.ofSeconds(60);

    private final List<Path> inputs;
    private final Path out;
    private final OptionalInt year;
    private final OptionalInt assumeYear;
    private final Optional<String> province;
    private final Optional<String> district;
    private final BigDecimal threshold;
    private final Optional<Path> catalog;
    private final Optional<Path> template;
    private final boolean annotate;
    private final Optional<Path> mapping;
    private final boolean thaiDigits;
    private final int threads;
    private final Set<OutputFormat> formats;
    private final boolean overwrite;
    private final Duration fileTimeout;
    private final boolean pdf;
    private final List<Path> progress;
    private final int maxMeasures;

    private BatchSettings(Builder b) {
        inputs = List.copyOf(b.inputs);
        out = Objects.requireNonNull(b.out, "out");
        threshold = Objects.requireNonNull(b.threshold, "threshold");
        fileTimeout = Objects.requireNonNull(b.fileTimeout, "fileTimeout");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("at least one input file or folder is required");
        }
        year = checkYear("year", b.year);
        assumeYear = checkYear("assume-year", b.assumeYear);
        if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("--threshold must be between 0 and 100, got " + threshold.toPlainString());
        }
        if (b.maxMeasures < 1) {
            throw new IllegalArgumentException("--max-measures must be at least 1, got " + b.maxMeasures);
        }
        maxMeasures = b.maxMeasures;
        if (b.threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + b.threads);
        }
        threads = b.threads;
        if (fileTimeout.isNegative() || fileTimeout.isZero()) {
            throw new IllegalArgumentException("the time limit per file must be positive, got " + fileTimeout);
        }
        province = b.province.map(String::strip).filter(p -> !p.isEmpty());
        district = b.district.map(String::strip).filter(d -> !d.isEmpty());
        catalog = b.catalog;
        template = b.template;
        annotate = b.annotate;
        mapping = b.mapping;
        thaiDigits = b.thaiDigits;
        formats = Collections.unmodifiableSet(b.formats.isEmpty() ? EnumSet.allOf(OutputFormat.class)
                : EnumSet.copyOf(b.formats));
        overwrite = b.overwrite;
        pdf = b.pdf;
        progress = List.copyOf(b.progress);
    }

    private static OptionalInt checkYear(String option, OptionalInt y) {
        if (y.isPresent() && (y.getAsInt() < MIN_YEAR || y.getAsInt() > MAX_YEAR)) {
            throw new IllegalArgumentException("--" + option + " must be a Buddhist-era fiscal year such as 2567, got "
                    + y.getAsInt());
        }
        return y;
    }

    /** Files and folders to read, at least one. */
    public List<Path> inputs() {
        return inputs;
    }

    /** The output folder. */
    public Path out() {
        return out;
    }

    /** Which fiscal year's agency workbooks to write; empty for each agency's latest year. */
    public OptionalInt year() {
        return year;
    }

    /** The fiscal year of files that say none, the last place the readers look. */
    public OptionalInt assumeYear() {
        return assumeYear;
    }

    /** Write only the agencies of this province; statistics and ranks still cover everything read. */
    public Optional<String> province() {
        return province;
    }

    /** Write only the agencies of this district; statistics and ranks still cover everything read. */
    public Optional<String> district() {
        return district;
    }

    /** The score at or above which an indicator counts as a strength, 0–100. */
    public BigDecimal threshold() {
        return threshold;
    }

    /** At most this many measures in each agency's plan (default 10). */
    public int maxMeasures() {
        return maxMeasures;
    }

    /** The user's measure catalog (CSV), instead of the bundled one. */
    public Optional<Path> catalog() {
        return catalog;
    }

    /** The user's workbook template, filled once per agency. */
    public Optional<Path> template() {
        return template;
    }

    /** Also write an annotated copy of each input that holds an agency written. */
    public boolean annotate() {
        return annotate;
    }

    /** The user's column mapping (CSV), for layouts the readers do not know. */
    public Optional<Path> mapping() {
        return mapping;
    }

    /** Write the digits of generated text as ๐–๙. */
    public boolean thaiDigits() {
        return thaiDigits;
    }

    /** Worker threads, at least 1. */
    public int threads() {
        return threads;
    }

    /** What the run writes; never empty. */
    public Set<OutputFormat> formats() {
        return formats;
    }

    /** Replace outputs in {@link #out}; otherwise a new run folder is made inside it. */
    public boolean overwrite() {
        return overwrite;
    }

    /** The longest one file may take to read before it is rejected. */
    public Duration fileTimeout() {
        return fileTimeout;
    }

    /** Also write each agency document as PDF through LibreOffice. */
    public boolean pdf() {
        return pdf;
    }

    /** Files or folders with progress-report forms the agencies filled and gave back. */
    public List<Path> progress() {
        return progress;
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
        b.pdf = pdf;
        b.progress = progress;
        b.maxMeasures = maxMeasures;
        return b;
    }

    @Override
    public String toString() {
        return "BatchSettings[inputs=" + inputs + ", out=" + out + ", year=" + year + ", assumeYear=" + assumeYear
                + ", province=" + province + ", district=" + district + ", threshold=" + threshold + ", catalog="
                + catalog + ", template=" + template + ", annotate=" + annotate + ", mapping=" + mapping
                + ", thaiDigits=" + thaiDigits + ", threads=" + threads + ", formats=" + formats + ", overwrite="
                + overwrite + ", fileTimeout=" + fileTimeout + ", pdf=" + pdf + ", progress=" + progress
                + ", maxMeasures=" + maxMeasures + "]";
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
        private boolean pdf;
        private List<Path> progress = List.of();
        private int maxMeasures = ita.measures.MeasurePlanner.DEFAULT_MAX_MEASURES;

        private Builder() {
        }

        /** At most this many measures in each agency's plan. */
        public Builder maxMeasures(int max) {
            this.maxMeasures = max;
            return this;
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

        /** Also write each document as PDF (needs LibreOffice). */
        public Builder pdf(boolean on) {
            this.pdf = on;
            return this;
        }

        /** Filled progress forms (files or folders) whose results the progress reports carry. */
        public Builder progress(Collection<Path> paths) {
            this.progress = List.copyOf(paths);
            return this;
        }

        /** @throws IllegalArgumentException naming the option that is out of range */
        public BatchSettings build() {
            return new BatchSettings(this);
        }
    }
}
