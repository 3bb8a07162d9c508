package ita.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options {@code analyze} and {@code validate} share, and their checks: both commands refuse the same values
 * with the same line, before anything is read.
 */
final class ReadOptions {

    static final int MIN_YEAR = ita.batch.BatchSettings.MIN_YEAR;
    static final int MAX_YEAR = ita.batch.BatchSettings.MAX_YEAR;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--mapping", paramLabel = "FILE",
            description = "Column mapping CSV (header,field) for layouts the reader does not know")
    Path mapping;

    @Option(names = "--assume-year", paramLabel = "YEAR",
            description = "Fiscal year (B.E.) of files that name none in a column, title, sheet, file or folder")
    Integer assumeYear;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--debug", description = "Show stack traces of internal errors")
    boolean debug;

    /** Checks the paths and the shared options; a usage error (exit 2) on the first that is wrong. */
    void check(List<Path> paths) {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                throw usage("no such file or folder: " + p + SystemEncoding.lostLettersHint(p.toString()));
            }
        }
        requireFile("--mapping", mapping);
        checkYear("--assume-year", assumeYear);
        if (threads != null && threads < 1) {
            throw usage("--threads must be at least 1, got " + threads);
        }
    }

    int threads() {
        return threads == null ? Math.max(1, Runtime.getRuntime().availableProcessors()) : threads;
    }

    OptionalInt assumeYear() {
        return assumeYear == null ? OptionalInt.empty() : OptionalInt.of(assumeYear);
    }

    void requireFile(String option, Path file) {
        if (file != null && !Files.isRegularFile(file)) {
            throw usage(option + ": no such file: " + file);
        }
    }

    void checkYear(String option, Integer year) {
        if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
            throw usage(option + " must be a Buddhist-era fiscal year such as 2567, got " + year);
        }
    }

    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(mixee.commandLine(), message);
    }
}
