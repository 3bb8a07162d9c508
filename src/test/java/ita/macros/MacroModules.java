package ita.macros;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The VBA modules as exported text files in the project's {@code macros} folder. */
final class MacroModules {

    static final String GENERATED_BEGIN = "' BEGIN GENERATED FROM ita/framework";
    static final String GENERATED_END = "' END GENERATED";

    private MacroModules() {
    }

    /** The {@code macros} folder; tests run in the project folder. */
    static Path folder() {
        Path p = Path.of("macros").toAbsolutePath();
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("no macros folder at " + p + "; run the tests from the project folder");
        }
        return p;
    }

    /** Every module file, sorted by name. */
    static List<Path> files() {
        try (Stream<Path> s = Files.list(folder())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".bas")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path file(String module) {
        return folder().resolve(module + ".bas");
    }

    static String moduleName(Path file) {
        String n = file.getFileName().toString();
        return n.substring(0, n.lastIndexOf('.'));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The generated lines of a module, markers included, with line ends as in the file. */
    static String generatedBlock(String source) {
        int b = source.indexOf(GENERATED_BEGIN);
        int e = source.indexOf(GENERATED_END);
        if (b < 0 || e < b) {
            throw new IllegalStateException("no generated block (" + GENERATED_BEGIN + " ... " + GENERATED_END + ")");
        }
        return source.substring(b, e + GENERATED_END.length());
    }
}
