package ita.cli;

import ita.batch.FileOutcome;
import ita.batch.ValidateJob;
import ita.model.Finding;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check input files without analysing them: per file the format and layout recognised, the "
            + "fiscal years and agencies found, and every problem with its file, sheet and cell.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was read", "3:some files were rejected", "2:usage error", "1:internal error"})
final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ReadOptions read;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (read recursively)")
    List<Path> paths;

    @Override
    public Integer call() {
        read.check(paths);
        java.util.Optional<Integer> handedOver = QuickStart.handOver(paths, read.debug, spec.commandLine().getErr());
        if (handedOver.isPresent()) {
            return handedOver.get();
        }
        ValidateJob.Result r = ValidateJob.run(paths, Optional.ofNullable(read.mapping), read.assumeYear(),
                read.threads(), ita.batch.Progress.NONE);
        PrintWriter out = spec.commandLine().getOut();
        for (FileOutcome f : r.files()) {
            if (f.status() == FileOutcome.Status.REJECTED) {
                out.println(f.file().displayName() + ": rejected: " + f.reason());
                continue;
            }
            long agencies = f.records();
            out.printf("%s: %s, %s, %s, fiscal years %s, %d agency-years%n", f.file().displayName(), f.status().label(),
                    f.format(), String.join(" + ", f.layouts()),
                    f.years().stream().map(String::valueOf).collect(Collectors.joining(", ")), agencies);
            for (Finding x : f.findings()) {
                if (x.severity() != ita.model.Severity.INFO) {
                    out.println("  " + x.toLine());
                }
            }
        }
        for (Finding x : r.acrossFiles()) {
            out.println(x.toLine());
        }
        long ok = r.files().size() - r.rejected();
        out.printf("%d files: %d read, %d rejected; %d agencies%n", r.files().size(), ok, r.rejected(), r.agencies());
        out.flush();
        return r.rejected() > 0 ? Main.FILES_REJECTED : Main.OK;
    }
}
