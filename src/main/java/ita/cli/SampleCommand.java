package ita.cli;

import ita.sample.BundledSamples;
import ita.sample.SampleFormat;
import ita.sample.SampleGenerator;
import ita.sample.SampleLayout;
import ita.sample.SampleOptions;
import ita.sample.SampleReport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sample", mixinStandardHelpOptions = true,
        description = "Generate fictional ITA results that obey the framework, for trying the tool and for "
            + "benchmarks: by default one agency-detail .xlsx per agency and year.")
final class SampleCommand implements Callable<Integer> {

    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--agencies", paramLabel = "N", description = "Number of agencies (default: ${DEFAULT-VALUE})", defaultValue = "8300")
    int agencies;

    @Option(names = "--years", paramLabel = "A-B", description = "Fiscal years, B.E. (default: ${DEFAULT-VALUE})", defaultValue = "2563-2567")
    String years;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output folder")
    Path out;

    @Option(names = "--layout", paramLabel = "LAYOUT", split = ",", description = "detail, list, long, report or all (default: detail)")
    Set<String> layouts;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", description = "xlsx, xls, html, csv, csv-874 (default: xlsx)")
    Set<String> formats;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed; the same seed gives the same files (default: ${DEFAULT-VALUE})", defaultValue = "2567")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--bundled", description = "Write the bundled sample-workbooks content (a fictional province and the three seed agencies)")
    boolean bundled;

    @Override
    public Integer call() throws IOException {
        if (bundled) {
            BundledSamples.write(out);
            spec.commandLine().getOut().println("wrote the bundled samples to " + out);
            return Main.OK;
        }
        Matcher m = YEARS.matcher(years.trim());
        if (!m.matches()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--years takes A-B such as 2563-2567, got " + years);
        }
        int first = Integer.parseInt(m.group(1));
        int last = m.group(2) == null ? first : Integer.parseInt(m.group(2));
        SampleOptions.Builder b = SampleOptions.builder().agencies(agencies).years(first, last).out(out).seed(seed);
        try {
            if (layouts != null) {
                Set<SampleLayout> set = new LinkedHashSet<>();
                for (String l : layouts) {
                    set.addAll(SampleLayout.parse(l));
                }
                b.layouts(set);
            }
            if (formats != null) {
                Set<SampleFormat> set = new LinkedHashSet<>();
                for (String f : formats) {
                    set.add(SampleFormat.parse(f));
                }
                b.formats(set);
            }
            if (threads != null) {
                b.threads(threads);
            }
            SampleReport r = new SampleGenerator().generate(b.build());
            spec.commandLine().getOut().println(r.summary());
            return Main.OK;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
