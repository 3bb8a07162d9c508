package ita.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The launchers start Java with its quick compiler only ({@code -XX:TieredStopAtLevel=1}), because a province's
 * run is over before the optimising compiler pays back: on 300 agencies × 5 years it took more CPU compiling than
 * the run itself (BENCHMARKS.md). A large run needs the optimising compiler, so one that finds more input files
 * than {@link #LIMIT} hands itself over to a new Java with the optimising compiler, the same options and the same
 * arguments, and returns its exit code. Nothing has been read or written when that happens.
 *
 * <p>That Java compiles with the optimising compiler alone ({@code -XX:-TieredCompilation}): in a run of thousands
 * of agencies nearly every method is called thousands of times, and the tiered JVM first compiles each with
 * profiling code that runs slower and then compiles it again. Measured on the national set, in four pairs of runs
 * one after the other, the run without tiers took 2.5 to 3 s less (BENCHMARKS.md).
 */
final class QuickStart {

    /** Set by the launchers with the quick compiler. */
    static final String PROPERTY = "ita.quickstart";
    /** Input files from which a run is handed over; the property {@code ita.quickstart.limit} overrides it. */
    static final int LIMIT = 20_000;
    private static final String QUICK_FLAG = "-XX:TieredStopAtLevel=1";
    private static final String OPTIMISING_ONLY = "-XX:-TieredCompilation";

    /** The arguments {@code main} was given; null when the command runs in-process (tests). */
    private static volatile String[] mainArgs;

    private QuickStart() {
    }

    static void arguments(String[] args) {
        mainArgs = args.clone();
    }

    /**
     * The exit code of the run handed over to a JVM with the full compiler, or empty when this JVM does the run: it
     * was not started quick, or the inputs are fewer than the limit.
     */
    static Optional<Integer> handOver(List<Path> inputs, boolean debug, java.io.PrintWriter err) {
        String[] args = mainArgs;
        if (args == null || !Boolean.getBoolean(PROPERTY)) {
            return Optional.empty();
        }
        int limit = Integer.getInteger(PROPERTY + ".limit", LIMIT);
        if (countUpTo(inputs, limit) < limit) {
            return Optional.empty();
        }
        List<String> command = command(args);
        if (debug) {
            err.println("ita: " + limit + " files or more: the run continues in a Java with the optimising compiler");
            err.flush();
        }
        ProcessBuilder pb = new ProcessBuilder(command).inheritIO();
        Process child;
        try {
            child = pb.start();
        } catch (IOException e) {
            // no second Java to be had: this one does the run, only slower
            return Optional.empty();
        }
        Thread stop = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stop);
        while (true) {
            try {
                int code = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stop);
                return Optional.of(code);
            } catch (InterruptedException e) {
                child.destroy();
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * This JVM's command line with the optimising compiler alone in place of the quick one, then the main class and
     * the arguments.
     */
    static List<String> command(String[] args) {
        return command(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments(), args);
    }

    static List<String> command(List<String> jvmOptions, String[] args) {
        List<String> command = new ArrayList<>();
        String exe = System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java";
        command.add(Path.of(System.getProperty("java.home"), "bin", exe).toString());
        for (String a : jvmOptions) {
            if (a.equals(QUICK_FLAG)) {
                command.add(OPTIMISING_ONLY);
            } else if (!a.startsWith("-D" + PROPERTY)) {
                command.add(a);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** Regular files under the inputs, counted up to {@code limit}; what cannot be listed counts as nothing. */
    static int countUpTo(List<Path> inputs, int limit) {
        int n = 0;
        for (Path p : inputs) {
            if (Files.isRegularFile(p)) {
                n++;
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    n += (int) s.filter(Files::isRegularFile).limit(Math.max(0, limit - n)).count();
                } catch (IOException | UncheckedIOException e) {
                    // the run itself lists the folder and reports what it cannot read
                }
            }
            if (n >= limit) {
                break;
            }
        }
        return n;
    }
}
