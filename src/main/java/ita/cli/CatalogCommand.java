package ita.cli;

import ita.measures.MeasureCatalog;
import ita.measures.MeasureCatalogException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = "The measure catalog: what the measures plan proposes for each weakness.",
        subcommands = {CatalogCommand.Export.class, CatalogCommand.Check.class})
final class CatalogCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: export or check");
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the default measure catalog as CSV (UTF-8, opens in Excel) to edit and use with "
                + "'ita analyze --catalog FILE'.")
    static final class Export implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", defaultValue = "measure-catalog.csv", description = "Where to write (default: ${DEFAULT-VALUE})")
        Path file;

        @Override
        public Integer call() throws IOException {
            MeasureCatalog c = MeasureCatalog.loadDefault();
            c.export(file);
            spec.commandLine().getOut().printf("wrote %d measures to %s%n", c.size(), file);
            return Main.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Check a measure catalog you edited.")
    static final class Check implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "The catalog CSV")
        Path file;

        @Override
        public Integer call() {
            try {
                MeasureCatalog c = MeasureCatalog.load(file);
                long measures = c.entries().stream().filter(e -> e.key().kind().isMeasure()).count();
                long units = c.entries().stream().filter(e -> e.key().kind() == ita.measures.CatalogKey.Kind.UNIT)
                        .count();
                spec.commandLine().getOut().printf("%s: %d measures, %d steps for questions and items, %d units%n",
                        file, measures, c.size() - measures - units, units);
                return Main.OK;
            } catch (MeasureCatalogException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return Main.USAGE;
            } catch (java.io.IOException e) {
                spec.commandLine().getErr().println("error: " + file + ": cannot be read: " + e.getMessage());
                return Main.USAGE;
            }
        }
    }
}
