package ita.batch;

import ita.analysis.AgencyAnalyzer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the summaries of a data set without the agencies' own outputs: reads and analyses every agency as
 * {@code ita analyze} does, writes no agency workbook or document, then the province, district and overall summary
 * workbooks, summary.csv and summary.json, and the run report; prints each phase's seconds of wall time, of the
 * process's CPU time, and of the CPU time of its Java threads (the rest is the JIT compiler's and the garbage
 * collector's), sampled every 20 ms. Run it from the test classpath:
 * {@code ita.batch.SummaryBench OUT THREADS INPUT...}.
 */
public final class SummaryBench {

    private SummaryBench() {
    }

    public static void main(String[] args) {
        Path out = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        List<Path> inputs = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            inputs.add(Path.of(args[i]));
        }
        RunSetup setup = RunSetup.check(BatchSettings.builder().inputs(inputs).out(out).overwrite(true)
                .threads(threads).formats(BatchSettings.OutputFormat.XLSX, BatchSettings.OutputFormat.CSV,
                        BatchSettings.OutputFormat.JSON).build());
        List<long[]> cpu = java.util.Collections.synchronizedList(new ArrayList<>());
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long java = 0;
                for (long id : mx.getAllThreadIds()) {
                    java += Math.max(0, mx.getThreadCpuTime(id));
                }
                cpu.add(new long[] {System.nanoTime(), os.getProcessCpuTime(), java});
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long t0 = System.nanoTime();
        RunResult r = new AnalyzeJob(setup, Progress.NONE, AgencyAnalyzer::analyze,
                new AgencyOutputs(setup, List.of())).run();
        sampler.interrupt();
        System.out.printf("agencies %d, outputs %d, heap max %d MB%n", r.agencies(), r.outputs().size(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("  %-28s %9s %9s %9s%n", "phase", "wall", "cpu", "java cpu");
        long at = t0;
        for (var e : r.phases().entrySet()) {
            long end = at + e.getValue().toNanos();
            // Java threads' time summed over those alive at each sample: a thread that ends takes its time along
            System.out.printf("  %-28s %7.2f s %7.2f s %7.2f s%n", e.getKey(), seconds(e.getValue()),
                    (cpuAt(cpu, end, 1) - cpuAt(cpu, at, 1)) / 1e9, (cpuAt(cpu, end, 2) - cpuAt(cpu, at, 2)) / 1e9);
            at = end;
        }
        System.out.printf("  %-28s %7.2f s%n", "total", seconds(r.time()));
    }

    /** The process's CPU time at a moment, from the last sample before it. */
    private static long cpuAt(List<long[]> samples, long nanos, int which) {
        long last = 0;
        synchronized (samples) {
            for (long[] s : samples) {
                if (s[0] > nanos) {
                    break;
                }
                last = s[which];
            }
        }
        return last;
    }

    private static double seconds(Duration d) {
        return d.toNanos() / 1e9;
    }
}
