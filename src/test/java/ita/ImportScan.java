package ita;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which packages the sources under a folder use, read from the text of the files: imports and fully qualified
 * names alike, comments and string literals left out. Every use is checked against the rules of the package that
 * makes it; what breaks one is returned as a line naming the file, the package used and the rule.
 */
final class ImportScan {

    /** What the code of one package may use: other ita packages (a trailing ".*" takes their subpackages too). */
    record Rule(String from, List<String> may) {
        Rule(String from, String... may) {
            this(from, List.of(may));
        }

        boolean allows(String used) {
            for (String m : may) {
                if (m.endsWith(".*") ? used.startsWith(m.substring(0, m.length() - 1)) || used.equals(
                        m.substring(0, m.length() - 2)) : used.equals(m)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A library that only some packages may use. */
    record Library(String prefix, List<String> usedBy) {
        Library(String prefix, String... usedBy) {
            this(prefix, List.of(usedBy));
        }
    }

    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    /** ita.report.xlsx.Xml, ita.model.*: the package is the part before the first capital or star. */
    private static final Pattern ITA = Pattern.compile("(?<![\\w.])(ita(?:\\.[a-z][a-z0-9]*)+)\\.(?:[A-Z]|\\*)");

    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final List<Rule> fallbacks = new ArrayList<>();
    private final List<Library> libraries;

    /**
     * @param rules     one per package; a rule whose {@code from} ends in ".*" covers the subpackages that have none
     *                  of their own
     * @param libraries libraries that only some packages may use
     */
    ImportScan(List<Rule> rules, List<Library> libraries) {
        for (Rule r : rules) {
            if (r.from().endsWith(".*")) {
                fallbacks.add(r);
            } else {
                this.rules.put(r.from(), r);
            }
        }
        this.libraries = List.copyOf(libraries);
    }

    /** Every use that breaks a rule, and every package without a rule, one line each; empty when all is well. */
    List<String> violations(Path sourceRoot) {
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sourceRoot)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                check(sourceRoot, f, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private void check(Path root, Path file, List<String> out) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Matcher pm = PACKAGE.matcher(source);
        if (!pm.find()) {
            return;
        }
        String pkg = pm.group(1);
        String where = root.relativize(file).toString().replace('\\', '/');
        Rule rule = ruleFor(pkg);
        if (rule == null) {
            out.add(where + ": package " + pkg + " has no rule; say in ImportScan's rules what it may use");
            return;
        }
        String code = codeOnly(source);
        Set<String> used = new TreeSet<>();
        Matcher m = ITA.matcher(code);
        while (m.find()) {
            used.add(m.group(1));
        }
        for (String u : used) {
            if (!u.equals(pkg) && !rule.allows(u)) {
                out.add(where + ": " + pkg + " uses " + u + ", but " + rule.from() + " may use only "
                        + (rule.may().isEmpty() ? "the JDK" : String.join(", ", rule.may())));
            }
        }
        for (Library lib : libraries) {
            boolean allowed = lib.usedBy().stream().anyMatch(p -> pkg.equals(p) || pkg.startsWith(p + "."));
            if (!allowed && Pattern.compile("(?<![\\w.])" + Pattern.quote(lib.prefix()) + "\\.").matcher(code).find()) {
                out.add(where + ": " + pkg + " uses " + lib.prefix() + ", which only " + String.join(", ", lib.usedBy())
                        + " may use");
            }
        }
    }

    private Rule ruleFor(String pkg) {
        Rule r = rules.get(pkg);
        if (r != null) {
            return r;
        }
        for (Rule f : fallbacks) {
            if (pkg.startsWith(f.from().substring(0, f.from().length() - 1))) {
                return f;
            }
        }
        return null;
    }

    /** The source without comments and without the contents of string and character literals. */
    static String codeOnly(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (s.startsWith("//", i)) {
                int end = s.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (s.startsWith("\"\"\"", i)) {
                int end = s.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (s.charAt(i) == '"' || s.charAt(i) == '\'') {
                char q = s.charAt(i);
                int j = i + 1;
                while (j < n && s.charAt(j) != q) {
                    j += s.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                out.append(q).append(q);
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }
}
