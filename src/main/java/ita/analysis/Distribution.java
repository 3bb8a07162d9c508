package ita.analysis;

import ita.framework.YearFramework;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Descriptive statistics of a set of scores, each rounded as the fiscal year publishes figures ({@link Figures}).
 *
 * <p>Quartiles and median use linear interpolation between closest ranks, the method of Excel's QUARTILE.INC
 * and PERCENTILE.INC (Hyndman–Fan type 7, commons-math {@code Percentile.EstimationType.R_7}), so an analyst can
 * reproduce them in a spreadsheet: for sorted x₁ … xₙ and p in [0, 1], h = (n − 1)·p, and the value is
 * x⌊h⌋₊₁ + (h − ⌊h⌋)·(x⌊h⌋₊₂ − x⌊h⌋₊₁). They are computed exactly in decimal. The standard deviation is the
 * sample one (divisor n − 1, Excel's STDEV.S).
 *
 * @param standardDeviation null with fewer than two values
 */
public record Distribution(int count, BigDecimal mean, BigDecimal median, BigDecimal standardDeviation,
                           BigDecimal q1, BigDecimal q3, BigDecimal min, BigDecimal max) {

    private static final int WORK_SCALE = 10;
    private static final Distribution EMPTY = new Distribution(0, null, null, null, null, null, null, null);

    /** The statistics of the non-null values given. */
    public static Distribution of(Collection<BigDecimal> values, YearFramework year) {
        long[] hundredths = hundredths(values);
        return hundredths != null ? ofHundredths(hundredths, year) : general(values, year);
    }

    /** The mean alone, the same as {@code of(values, year).mean()} without sorting or the other figures. */
    public static BigDecimal meanOf(Collection<BigDecimal> values, YearFramework year) {
        long[] a = hundredths(values);
        if (a == null) {
            return general(values, year).mean();
        }
        if (a.length == 0) {
            return null;
        }
        long sum = 0;
        for (long v : a) {
            sum += v;
        }
        return meanOfHundredths(sum, a.length, year);
    }

    /** What {@link #hundredths(BigDecimal)} gives for a value of more than 2 decimals or beyond the limit. */
    static final long NOT_HUNDREDTHS = Long.MIN_VALUE;

    /** The mean of {@code n} values summing to {@code sum} hundredths, as {@link #meanOf} gives it. */
    static BigDecimal meanOfHundredths(long sum, int n, YearFramework year) {
        return round(year, hundredthsMean(sum, n));
    }

    private static BigDecimal hundredthsMean(long sum, int n) {
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(n), WORK_SCALE, RoundingMode.HALF_UP).movePointLeft(2);
    }

    /** Any decimals: the definition, computed in BigDecimal. */
    static Distribution general(Collection<BigDecimal> values, YearFramework year) {
        List<BigDecimal> x = values.stream().filter(Objects::nonNull).sorted().toList();
        int n = x.size();
        if (n == 0) {
            return EMPTY;
        }
        BigDecimal sum = x.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(n), WORK_SCALE, RoundingMode.HALF_UP);
        BigDecimal sd = null;
        if (n >= 2) {
            BigDecimal squares = BigDecimal.ZERO;
            for (BigDecimal v : x) {
                BigDecimal d = v.subtract(mean);
                squares = squares.add(d.multiply(d));
            }
            BigDecimal variance = squares.divide(BigDecimal.valueOf(n - 1L), WORK_SCALE * 2, RoundingMode.HALF_UP);
            sd = round(year, variance.sqrt(new MathContext(20)));
        }
        return new Distribution(n, round(year, mean), round(year, quantile(x, new BigDecimal("0.5"))), sd,
                round(year, quantile(x, new BigDecimal("0.25"))), round(year, quantile(x, new BigDecimal("0.75"))),
                round(year, x.get(0)), round(year, x.get(n - 1)));
    }

    /**
     * Scores as whole hundredths, or null when one has more than 2 decimals. Published scores have 2, and whole
     * numbers make the statistics of a whole country cheap while staying exact.
     */
    private static long[] hundredths(Collection<BigDecimal> values) {
        long[] out = new long[values.size()];
        int n = 0;
        for (BigDecimal v : values) {
            if (v == null) {
                continue;
            }
            long h = hundredths(v);
            if (h == NOT_HUNDREDTHS) {
                return null;
            }
            out[n++] = h;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** A score as whole hundredths, or {@link #NOT_HUNDREDTHS} when it has more than 2 decimals. */
    static long hundredths(BigDecimal v) {
        if (v.scale() > 2 && v.stripTrailingZeros().scale() > 2 || v.abs().compareTo(LIMIT) > 0) {
            return NOT_HUNDREDTHS;
        }
        return v.movePointRight(2).longValueExact();
    }

    private static final BigDecimal LIMIT = BigDecimal.valueOf(1_000_000);

    /** The same statistics as the general path, computed exactly on whole hundredths; sorts {@code a}. */
    static Distribution ofHundredths(long[] a, YearFramework year) {
        int n = a.length;
        if (n == 0) {
            return EMPTY;
        }
        java.util.Arrays.sort(a);
        long sum = 0;
        long squares = 0;
        for (long v : a) {
            sum += v;
            squares += v * v;
        }
        BigDecimal mean = hundredthsMean(sum, n);
        BigDecimal sd = null;
        if (n >= 2) {
            // Σ(a − ā)² = Σa² − (Σa)²/n, so the variance is (n·Σa² − (Σa)²) / (n·(n − 1)), exactly
            java.math.BigInteger numerator = java.math.BigInteger.valueOf(n).multiply(java.math.BigInteger.valueOf(squares))
                    .subtract(java.math.BigInteger.valueOf(sum).multiply(java.math.BigInteger.valueOf(sum)));
            BigDecimal variance = new BigDecimal(numerator).divide(BigDecimal.valueOf((long) n * (n - 1)),
                    WORK_SCALE * 2, RoundingMode.HALF_UP);
            sd = roundedRoot(variance, year);
        }
        List<BigDecimal> sorted = new java.util.AbstractList<>() {
            @Override
            public BigDecimal get(int i) {
                return BigDecimal.valueOf(a[i], 2);
            }

            @Override
            public int size() {
                return n;
            }
        };
        return new Distribution(n, round(year, mean), round(year, quantile(sorted, new BigDecimal("0.5"))), sd,
                round(year, quantile(sorted, new BigDecimal("0.25"))), round(year, quantile(sorted, new BigDecimal("0.75"))),
                round(year, sorted.get(0)), round(year, sorted.get(n - 1)));
    }

    /**
     * round(√variance / 100), as {@code year.round(variance.sqrt(20 digits).movePointLeft(2))} gives it. The root in
     * doubles is exact to far more than the digits kept, so it decides the rounding unless it lies within a hair of
     * where the year's rounding turns; there, and for a rounding other than half up, the root is taken in decimal.
     */
    static BigDecimal roundedRoot(BigDecimal variance, YearFramework year) {
        int scale = year.scale();
        double root = Math.sqrt(variance.doubleValue());
        if (year.rounding() == RoundingMode.HALF_UP && scale >= 0 && scale <= 6 && root < 1e9) {
            double x = root * Math.pow(10, scale - 2);
            if (Math.abs(x - (Math.floor(x) + 0.5)) > 1e-6 * Math.max(1, x)) {
                return BigDecimal.valueOf((long) Math.floor(x + 0.5), scale);
            }
        }
        return round(year, variance.sqrt(new MathContext(20)).movePointLeft(2));
    }

    /** The type-7 quantile of sorted values at p in [0, 1], unrounded. */
    static BigDecimal quantile(List<BigDecimal> sorted, BigDecimal p) {
        BigDecimal h = BigDecimal.valueOf(sorted.size() - 1L).multiply(p);
        int lo = h.setScale(0, RoundingMode.FLOOR).intValueExact();
        BigDecimal frac = h.subtract(BigDecimal.valueOf(lo));
        BigDecimal xlo = sorted.get(lo);
        if (frac.signum() == 0 || lo + 1 >= sorted.size()) {
            return xlo;
        }
        return xlo.add(frac.multiply(sorted.get(lo + 1).subtract(xlo)));
    }

    private static BigDecimal round(YearFramework year, BigDecimal v) {
        return year.round(v);
    }

    /** The interquartile range q3 − q1, or null. */
    public BigDecimal interquartileRange() {
        return q1 == null ? null : q3.subtract(q1);
    }
}
