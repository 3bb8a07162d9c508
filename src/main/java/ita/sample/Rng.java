package ita.sample;

import java.util.List;

/**
 * A small random source (SplitMix64) whose sequence is fixed by its seed on every JVM and platform,
 * so that the samples are the same bytes wherever they are generated. Gaussian draws use StrictMath.
 */
final class Rng {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private long state;

    Rng(long seed) {
        this.state = seed;
    }

    /** A seed derived from several parts (universe seed, agency number, year, purpose). */
    static long mix(long... parts) {
        long h = GOLDEN;
        for (long p : parts) {
            h = scramble(h ^ scramble(p + GOLDEN));
        }
        return h;
    }

    private static long scramble(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    long nextLong() {
        state += GOLDEN;
        return scramble(state);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) % bound);
    }

    double between(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    boolean chance(double p) {
        return nextDouble() < p;
    }

    double gaussian(double mean, double sd) {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return mean + sd * StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
    }

    <T> T pick(List<T> from) {
        return from.get(nextInt(from.size()));
    }

    <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
