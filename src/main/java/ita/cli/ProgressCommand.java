package ita.cli;

import ita.batch.ProgressJob;
import ita.model.Finding;
import ita.model.Severity;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Collect the 6- and 12-month progress forms agencies gave back (the sheets รายงานผล 6 เดือน and "
            + "รายงานผล 12 เดือน of their workbooks, or the same columns in any workbook) into a status workbook per "
            + "province: per agency the measures planned, done, in progress, not started and late, the forms not "
            + "given back and the evidence, and a sheet per district. Give the workbooks ita analyze wrote too, so "
            + "that an agency that gave nothing back is listed.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was read",
            "3:some files hold a form that cannot be read (the rest were still collected)",
            "2:usage error",
            "1:internal error (rerun with --debug)"})
final class ProgressCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders of forms (read recursively)")
    List<Path> paths;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE})",
            defaultValue = "ita-progress")
    Path out;

    @Option(names = "--overwrite", description = "Replace outputs in --out instead of writing a new run folder inside it")
    boolean overwrite;

    @Option(names = "--round", paramLabel = "MONTHS", description = "The round being collected, 6 or 12: its form "
            + "(and for 12 the 6-month one) is due of every agency; default: the rounds of which any filled form came back")
    Integer round;

    @Option(names = "--thai-digits", description = "Write the numbers of titles and notes in Thai digits")
    boolean thaiDigits;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--quiet", description = "Print only the closing summary and the forms that cannot be read")
    boolean quiet;

    @Option(names = "--debug", description = "Show stack traces of internal errors")
    boolean debug;

    @Override
    public Integer call() {
        if (threads != null && threads < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
        }
        if (round != null && round != 6 && round != 12) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--round takes 6 or 12, got " + round);
        }
        int n = threads == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
        ProgressJob.Result r = ProgressJob.run(paths, out, overwrite, thaiDigits, n,
                round == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(round));
        PrintWriter err = spec.commandLine().getErr();
        r.rejected().forEach(f -> err.println(f.toLine()));
        if (!quiet) {
            r.renamed().forEach(f -> err.println(f.toLine()));
            r.problems().stream().filter(f -> f.severity() != Severity.INFO).map(Finding::toLine).forEach(err::println);
        }
        err.flush();
        PrintWriter o = spec.commandLine().getOut();
        long returned = r.agencies().stream().filter(a -> a.reported().isPresent()).count();
        long missing = r.agencies().stream().filter(a -> !a.missing().isEmpty()).count();
        o.printf("files: %d read, %d forms, %d rejected%n", r.files(), r.forms(), r.rejected().size());
        o.printf("agencies: %d, forms given back by %d, missing from %d; fiscal years: %s%n", r.agencies().size(),
                returned, missing, r.years().isEmpty() ? "none"
                        : r.years().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        o.printf("problems: %d (listed in each workbook's sheet ปัญหาที่พบ)%n", r.problems().size());
        o.printf("outputs: %d files in %s%n", r.outputs().size(), r.outDir());
        o.printf("time: %.1f s%n", r.time().toMillis() / 1000.0);
        o.flush();
        return r.complete() ? Main.OK : Main.FILES_REJECTED;
    }
}
