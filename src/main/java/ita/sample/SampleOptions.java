package ita.sample;

import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * What to generate. Immutable; build with {@link #builder()}. The defaults give the national-scale
 * benchmark dataset: 8,300 agencies, fiscal years 2563–2567, one agency-detail .xlsx per agency and year,
 * the fixed seed {@value #DEFAULT_SEED} so that every run writes the same data.
 *
 * @param agencies  how many agencies, 1–{@value #MAX_AGENCIES}
 * @param firstYear first fiscal year (Buddhist Era)
 * @param lastYear  last fiscal year, not before the first
 * @param out       the folder to write into (created when missing)
 * @param layouts   layouts to write, at least one
 * @param formats   formats to write, at least one; with several, each gets its own sub-folder
 * @param seed      the random seed; the same seed gives the same agencies and scores
 * @param threads   how many files are written at once, at least 1
 */
public record SampleOptions(int agencies, int firstYear, int lastYear, Path out, Set<SampleLayout> layouts,
                            Set<SampleFormat> formats, long seed, int threads) {

    public static final int DEFAULT_AGENCIES = 8_300;
    public static final int DEFAULT_FIRST_YEAR = 2563;
    public static final int DEFAULT_LAST_YEAR = 2567;
    public static final long DEFAULT_SEED = 2567;
    public static final int MAX_AGENCIES = 100_000;
    /** Fiscal years the generator accepts (Buddhist Era). */
    public static final int MIN_YEAR = 2550;
    public static final int MAX_YEAR = 2600;

    public SampleOptions {
        if (agencies < 1 || agencies > MAX_AGENCIES) {
            throw new IllegalArgumentException("agencies must be 1–" + MAX_AGENCIES + ", got " + agencies);
        }
        if (firstYear < MIN_YEAR || lastYear > MAX_YEAR || firstYear > lastYear) {
            throw new IllegalArgumentException("years must be Buddhist-Era fiscal years " + MIN_YEAR + "–" + MAX_YEAR
                    + ", first not after last; got " + firstYear + "-" + lastYear);
        }
        if (out == null) {
            throw new IllegalArgumentException("an output folder is required");
        }
        if (layouts == null || layouts.isEmpty() || formats == null || formats.isEmpty()) {
            throw new IllegalArgumentException("at least one layout and one format are required");
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        layouts = Collections.unmodifiableSet(EnumSet.copyOf(layouts));
        formats = Collections.unmodifiableSet(EnumSet.copyOf(formats));
    }

    /** The fiscal years, oldest first. */
    public List<Integer> years() {
        return IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts from the defaults; only the output folder has none. */
    public static final class Builder {
        private int agencies = DEFAULT_AGENCIES;
        private int firstYear = DEFAULT_FIRST_YEAR;
        private int lastYear = DEFAULT_LAST_YEAR;
        private Path out;
        private Set<SampleLayout> layouts = EnumSet.of(SampleLayout.DETAIL);
        private Set<SampleFormat> formats = EnumSet.of(SampleFormat.XLSX);
        private long seed = DEFAULT_SEED;
        private int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

        private Builder() {
        }

        public Builder agencies(int n) {
            this.agencies = n;
            return this;
        }

        public Builder years(int first, int last) {
            this.firstYear = first;
            this.lastYear = last;
            return this;
        }

        public Builder out(Path dir) {
            this.out = dir;
            return this;
        }

        public Builder layouts(Collection<SampleLayout> l) {
            this.layouts = l.isEmpty() ? EnumSet.noneOf(SampleLayout.class) : EnumSet.copyOf(l);
            return this;
        }

        public Builder layouts(SampleLayout first, SampleLayout... more) {
            this.layouts = EnumSet.of(first, more);
            return this;
        }

        public Builder formats(Collection<SampleFormat> f) {
            this.formats = f.isEmpty() ? EnumSet.noneOf(SampleFormat.class) : EnumSet.copyOf(f);
            return this;
        }

        public Builder formats(SampleFormat first, SampleFormat... more) {
            this.formats = EnumSet.of(first, more);
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        public Builder threads(int n) {
            this.threads = n;
            return this;
        }

        public SampleOptions build() {
            return new SampleOptions(agencies, firstYear, lastYear, out, layouts, formats, seed, threads);
        }
    }
}
