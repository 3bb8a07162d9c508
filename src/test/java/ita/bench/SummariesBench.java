package ita.bench;

import ita.batch.SummaryPhase;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the summaries phase of {@code ita analyze} alone: reads and analyses the inputs once, then writes the
 * province, district and overall summaries, the province reports, summary.csv and summary.json as the job does,
 * several times in one JVM, and prints each run's wall time, the process's CPU time and the collector's time, then
 * the first and the best. Run it from the test classpath (see bench/run.sh):
 * {@code ita.bench.SummariesBench --out DIR --threads T --repeat N INPUT...}.
 */
public final class SummariesBench {

    private SummariesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of("bench/summaries-out");
        int threads = 2;
        int repeat = 5;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("usage: SummariesBench --out DIR --threads T --repeat N INPUT...");
        }
        long t0 = System.nanoTime();
        try (SummaryPhase phase = SummaryPhase.prepare(inputs, out, threads)) {
            System.out.printf("prepared %d agencies, %d rows in %.1f s, heap max %d MB%n", phase.agencies(),
                    phase.rows(), (System.nanoTime() - t0) / 1e9, Runtime.getRuntime().maxMemory() >> 20);
            double[] best = {Double.MAX_VALUE, 0, 0};
            double[] first = null;
            for (int run = 1; run <= repeat; run++) {
                long cpu = cpu();
                long gc = gc();
                long allocated = allocated();
                long start = System.nanoTime();
                int files = phase.write().size();
                double[] m = {(System.nanoTime() - start) / 1e9, (cpu() - cpu) / 1e9, (gc() - gc) / 1e3};
                System.out.printf("run %d: %d files, wall %.2f s, cpu %.2f s, gc %.2f s, allocated %d MB%n", run, files,
                        m[0], m[1], m[2], (allocated() - allocated) >> 20);
                if (first == null) {
                    first = m;
                }
                if (m[0] < best[0]) {
                    best = m;
                }
            }
            System.out.printf("summaries: first wall %.2f s cpu %.2f s; best wall %.2f s cpu %.2f s (gc %.2f s)%n",
                    first[0], first[1], best[0], best[1], best[2]);
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Bytes allocated so far by the threads alive: the pool's threads live across the runs. */
    private static long allocated() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long b : mx.getThreadAllocatedBytes(mx.getAllThreadIds())) {
            sum += Math.max(0, b);
        }
        return sum;
    }

    private static long gc() {
        long ms = 0;
        for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, b.getCollectionTime());
        }
        return ms;
    }
}
