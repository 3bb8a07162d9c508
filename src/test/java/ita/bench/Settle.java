package ita.bench;

import java.util.Locale;

/**
 * Touches the given megabytes of memory and exits: run before each contender of the benchmark, so that none of them
 * pays for memory the machine backs only when first touched ({@code Benchmark.settle}).
 */
public final class Settle {

    private Settle() {
    }

    public static void main(String[] args) {
        int mb = Integer.parseInt(args[0]);
        long t0 = System.nanoTime();
        byte[][] blocks = new byte[Math.max(1, mb / 4)][];
        long sum = 0;
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = new byte[4 << 20];
            sum += blocks[i][i % blocks[i].length];
        }
        System.out.printf(Locale.ROOT, "touched %d MB in %.0f ms%s%n", blocks.length * 4,
                (System.nanoTime() - t0) / 1e6, sum == 0 ? "" : "?");
    }
}
