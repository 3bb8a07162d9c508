package ita.cli;

import ita.framework.FrameworkCatalog;
import ita.framework.FrameworkException;
import ita.framework.YearFramework;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "framework", mixinStandardHelpOptions = true,
        description = "The ITA definitions of each fiscal year (OIT items, weights, levels) as data: export them, "
            + "add next year's file and use the folder with --framework-dir.",
        subcommands = {FrameworkCommand.Export.class, FrameworkCommand.Check.class})
final class FrameworkCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: export or check");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the built-in year files and concepts.json into DIR, the starting point for "
                + "adding a year: copy the newest year's file to the new year's, edit it, and run with "
                + "--framework-dir DIR.")
    static final class Export implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "An empty or new folder")
        Path dir;

        @Override
        public Integer call() {
            try {
                List<Path> files = FrameworkCatalog.export(dir);
                int newest = FrameworkCatalog.bundled().newestYear();
                spec.commandLine().getOut().printf("wrote %d files to %s (concepts.json and one file per fiscal year "
                        + "up to %d.json)%n", files.size(), dir, newest);
                spec.commandLine().getOut().printf("To add fiscal year %d: copy %d.json to %d.json, set \"fiscalYear\""
                        + " and change what the NACC changed, then check it with: ita framework check %s%n",
                        newest + 1, newest, newest + 1, dir);
                return Main.OK;
            } catch (FrameworkException e) {
                spec.commandLine().getErr().println("ita: " + e.getMessage());
                return Main.USAGE;
            } catch (IOException e) {
                spec.commandLine().getErr().println("ita: " + dir + ": cannot be written: " + e.getMessage());
                return Main.USAGE;
            }
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Check a folder of year files as --framework-dir would read it, and list what it adds "
                + "or replaces.")
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DIR", description = "The folder of year files")
        Path dir;

        @Override
        public Integer call() {
            FrameworkCatalog c;
            try {
                c = FrameworkCatalog.withFolder(dir);
            } catch (FrameworkException e) {
                spec.commandLine().getErr().println("ita: " + e.getMessage());
                return Main.USAGE;
            }
            FrameworkCatalog built = FrameworkCatalog.bundled();
            for (int y : c.definedYears()) {
                if (c.source(y).equals("built in")) {
                    continue;
                }
                YearFramework f = c.framework(y);
                boolean shipped = built.definedYears().contains(y);
                if (shipped && f.equals(built.framework(y))) {
                    spec.commandLine().getOut().printf("%s: same as built in%n", c.source(y));
                    continue;
                }
                spec.commandLine().getOut().printf("%s: %s fiscal year %d: %d questions, %d OIT items (%s–%s), "
                        + "%d sub-indicators, levels %s%n", c.source(y), shipped ? "replaces" : "adds", y,
                        f.questions().size(), f.oitItems().size(), first(f), last(f), f.subIndicators().size(),
                        f.levels().name());
            }
            return Main.OK;
        }

        private static String first(YearFramework f) {
            return f.oitItems().isEmpty() ? "-" : f.oitItems().get(0).displayCode();
        }

        private static String last(YearFramework f) {
            return f.oitItems().isEmpty() ? "-" : f.oitItems().get(f.oitItems().size() - 1).displayCode();
        }
    }
}
