package ita.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Times the generator: {@code java ... ita.sample.SampleSpeed [agencies] [years] [threads]} writes agency-detail
 * .xlsx files into a temporary folder (default 1,000 agencies × 2 years = 2,000 files) and prints files per
 * second. Not a test: timings are not asserted.
 */
public final class SampleSpeed {

    private SampleSpeed() {
    }

    public static void main(String[] args) throws IOException {
        int agencies = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int years = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path out = Files.createTempDirectory("ita-sample-speed");
        try {
            // one small warm-up run so that the timing is of compiled code
            new SampleGenerator().generate(SampleOptions.builder().agencies(200).years(2567, 2567)
                    .out(out.resolve("warm-up")).threads(threads).build());
            SampleOptions o = SampleOptions.builder().agencies(agencies).years(2568 - years, 2567)
                    .out(out.resolve("run")).threads(threads).build();
            long start = System.nanoTime();
            SampleReport r = new SampleGenerator().generate(o);
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("%s%n%d files in %.2f s on %d threads: %.0f files/s%n", r.summary(), r.files(), seconds,
                    threads, r.files() / seconds);
        } finally {
            try (Stream<Path> s = Files.walk(out)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
