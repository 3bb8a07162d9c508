package ita.cli;

import ita.framework.FrameworkCatalog;
import ita.framework.FrameworkException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ita} command. Only this package prints or exits. */
@Command(name = "ita", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Reads the ITA results of Thai government agencies (ITAS exports: xlsx, xls, HTML-as-xls, CSV), "
            + "analyses them and writes analysis workbooks with measure plans, province summaries and CSV/JSON.",
        subcommands = {AnalyzeCommand.class, ValidateCommand.class, ProgressCommand.class, SampleCommand.class,
            CatalogCommand.class,
            FrameworkCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every file was read",
            "3:some files were rejected or some agencies could not be written (the rest were still written)",
            "2:usage error",
            "1:internal error (rerun with --debug)"})
public final class Main implements Runnable {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USAGE = 2;
    public static final int FILES_REJECTED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // inherited, so that it is written after the command: ita analyze --framework-dir DIR
    @CommandLine.Option(names = "--framework-dir", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Your own ITA definitions: a folder of year files (2570.json, …) that add or replace "
                + "fiscal years; see 'ita framework export'")
    Path frameworkDir;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: analyze, validate, progress, sample, catalog or framework");
    }

    public static void main(String[] args) {
        java.util.Optional<String> encoding = SystemEncoding.fileNameProblem();
        if (encoding.isPresent()) {
            System.err.println(encoding.get());
            System.exit(USAGE);
        }
        QuickStart.arguments(args);
        System.exit(run(args, new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** Runs the command in-process with the given streams and returns its exit code (used by tests and main). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // the run's own estimate was short; one line rather than Java's trace
            err.println(OUT_OF_MEMORY.get());
            err.flush();
            return INTERNAL_ERROR;
        }
    }

    private static final java.util.function.Supplier<String> OUT_OF_MEMORY = () -> "ita: the run ran out of memory"
            + " (Java was given " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB); what was written so far is"
            + " complete, the rest is missing. Run again with more memory (ITA_JAVA_OPTS=-Xmx4g ./ita analyze ..., or"
            + " java -Xmx4g -jar ita-analyzer.jar ...), or give fewer files at a time.";

    private static boolean outOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ita.batch.UsageException) {
                commandLine.getErr().println("ita: " + ex.getMessage());
                return USAGE;
            }
            boolean debug = parseResult.originalArgs().contains("--debug");
            if (outOfMemory(ex) && !debug) {
                commandLine.getErr().println(OUT_OF_MEMORY.get());
                return INTERNAL_ERROR;
            }
            if (debug) {
                ex.printStackTrace(commandLine.getErr());
            }
            commandLine.getErr().println("ita: internal error: " + ex + (debug ? "" : " (rerun with --debug for details)"));
            return INTERNAL_ERROR;
        });
        cl.setExecutionStrategy(Main::withFramework);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("ita: " + ex.getMessage());
            c.getErr().println("Usage: " + c.getCommandSpec().qualifiedName() + " --help");
            return USAGE;
        });
        return cl;
    }

    /**
     * Runs the command with the definitions of --framework-dir when given: read and checked once, before any
     * work, so that a mistake in them stops the run with one line naming the file and the field.
     */
    private static int withFramework(CommandLine.ParseResult parseResult) {
        Path dir = ((Main) parseResult.commandSpec().userObject()).frameworkDir;
        if (dir == null) {
            return new CommandLine.RunLast().execute(parseResult);
        }
        FrameworkCatalog catalog;
        try {
            catalog = FrameworkCatalog.withFolder(dir);
        } catch (FrameworkException e) {
            parseResult.commandSpec().commandLine().getErr().println("ita: " + e.getMessage());
            return USAGE;
        }
        try (FrameworkCatalog.Scope scope = FrameworkCatalog.use(catalog)) {
            return new CommandLine.RunLast().execute(parseResult);
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"ita-analyzer " + (v == null ? "development build" : v),
                "Java " + System.getProperty("java.version")};
        }
    }
}
