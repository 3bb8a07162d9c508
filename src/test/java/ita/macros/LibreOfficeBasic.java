package ita.macros;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import ita.report.LibreOfficeHarness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the VBA modules in LibreOffice Calc: starts a headless soffice with a profile of its own in
 * a temporary folder, listening on a pipe; lets {@code macros/basic_cells.py} (system python3 with
 * uno) store the modules in a new document with macros enabled, write each case's formula in a
 * cell, recalculate and read the results back; then ends soffice. One call per test class.
 */
final class LibreOfficeBasic {

    static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final long RUN_SECONDS = 120;
    private static final Pattern ERROR_TEXT = Pattern.compile("Error (\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private LibreOfficeBasic() {
    }

    /** One formula in a row of its own; its inputs go into columns C, D, ... and {row} names that row. */
    record Case(String id, String formula, List<Object> inputs) {
        Case(String id, String formula) {
            this(id, formula, List.of());
        }
    }

    /** What a formula cell shows: kind is number, text, error or empty. */
    record Result(String id, String kind, String text, double number, int error) {

        /** An error value: a Calc error, or the "Error 2015" text LibreOffice shows for CVErr. */
        boolean isError() {
            return kind.equals("error") || ERROR_TEXT.matcher(text).matches();
        }

        /** The Excel error number when LibreOffice shows it (CVErr), as 2015 for #VALUE!. */
        Optional<Integer> errorNumber() {
            Matcher m = ERROR_TEXT.matcher(text);
            return m.matches() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        }

        @Override
        public String toString() {
            return kind + " " + (kind.equals("number") ? String.valueOf(number) : "\"" + text + "\"")
                    + (error != 0 ? " (Calc error " + error + ")" : "");
        }
    }

    /**
     * Skips the calling tests when LibreOffice or python3-uno is missing, unless the environment
     * variable CI is set: there the tests must run, so they fail instead.
     */
    static void requireAvailable() {
        Optional<String> missing = checked();
        if (missing.isEmpty()) {
            return;
        }
        String message = missing.get() + "; install them with: apt-get install -y libreoffice-calc python3-uno";
        String ci = System.getenv("CI");
        if (ci != null && !ci.isBlank()) {
            Assertions.fail(message + " (CI is set, so the macro tests may not be skipped)");
        }
        Assumptions.abort(message);
    }

    private static Optional<String> missing;

    /** What is missing, found out once per test run: the check starts python3. */
    private static synchronized Optional<String> checked() {
        if (missing == null) {
            missing = missing();
        }
        return missing;
    }

    private static Optional<String> missing() {
        if (LibreOfficeHarness.findSoffice().isEmpty()) {
            return Optional.of("soffice (LibreOffice) not found on the PATH or in SOFFICE");
        }
        if (!Files.isExecutable(PYTHON)) {
            return Optional.of(PYTHON + " not found");
        }
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import uno").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.of(PYTHON + " -c 'import uno' did not finish");
            }
            return p.exitValue() == 0 ? Optional.empty() : Optional.of(PYTHON + " cannot import uno");
        } catch (IOException e) {
            return Optional.of(PYTHON + " cannot be run: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
    }

    /** Evaluates the cases with all modules of the macros folder loaded; results by case id. */
    static Map<String, Result> evaluate(List<Case> cases) {
        return evaluate(MacroModules.files(), cases);
    }

    static Map<String, Result> evaluate(List<Path> modules, List<Case> cases) {
        return evaluate(modules, cases, null);
    }

    /** As {@link #evaluate(List, List)}, with LibreOffice set to a locale such as "de-DE" (null: the system's). */
    static Map<String, Result> evaluate(List<Path> modules, List<Case> cases, String locale) {
        try {
            return evaluateOnce(modules, cases, locale);
        } catch (Crashed e) {
            // the office or its Python bridge killed by a signal (seen on a loaded machine) says nothing about
            // the macros: one more try, in a new profile
            System.err.println("LibreOffice crashed, once more: " + e.getMessage());
            try {
                return evaluateOnce(modules, cases, locale);
            } catch (Crashed again) {
                return Assertions.fail("the LibreOffice driver failed twice: " + again.getMessage());
            }
        }
    }

    /** The driver ended by a signal (exit above 128), not by a failure it reported. */
    private static final class Crashed extends Exception {
        Crashed(String message) {
            super(message);
        }
    }

    private static Map<String, Result> evaluateOnce(List<Path> modules, List<Case> cases, String locale)
            throws Crashed {
        Path work = null;
        Process office = null;
        try {
            work = Files.createTempDirectory("ita-macros-lo");
            if (locale != null) {
                setLocale(work.resolve("profile"), locale);
            }
            String pipe = "ita-macros-" + ProcessHandle.current().pid() + "-" + System.nanoTime();
            office = new ProcessBuilder(LibreOfficeHarness.findSoffice().orElseThrow().toString(), "--headless", "--invisible",
                    "--nologo", "--nodefault", "--norestore", "--nolockcheck", "--nofirststartwizard",
                    "-env:UserInstallation=" + work.resolve("profile").toUri(),
                    "--accept=pipe,name=" + pipe + ";urp;StarOffice.ComponentContext")
                    .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
            Path request = work.resolve("request.json");
            Path response = work.resolve("response.json");
            Files.writeString(request, JSON.writeValueAsString(request(modules, cases)), StandardCharsets.UTF_8);
            Path log = work.resolve("driver.log");
            Process driver = new ProcessBuilder(PYTHON.toString(), script().toString(), pipe, request.toString(),
                    response.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!driver.waitFor(RUN_SECONDS, TimeUnit.SECONDS)) {
                driver.destroyForcibly();
                Assertions.fail("LibreOffice did not evaluate the macros within " + RUN_SECONDS + " s; "
                        + Files.readString(log));
            }
            if (driver.exitValue() > 128) {
                throw new Crashed("exit " + driver.exitValue() + ": " + Files.readString(log));
            }
            if (driver.exitValue() != 0 || !Files.exists(response)) {
                Assertions.fail("the LibreOffice driver failed (exit " + driver.exitValue() + "): " + Files.readString(log));
            }
            return results(JSON.readTree(response.toFile()), cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            stop(office);
            delete(work);
        }
    }

    /** The locale LibreOffice formats numbers in, also in Basic's CStr, set in the new profile. */
    private static void setLocale(Path profile, String locale) throws IOException {
        Path user = Files.createDirectories(profile.resolve("user"));
        Files.writeString(user.resolve("registrymodifications.xcu"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
                xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
                <item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">\
                <value>%s</value></prop></item>
                </oor:items>
                """.formatted(locale), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> request(List<Path> modules, List<Case> cases) {
        List<Map<String, Object>> mods = new ArrayList<>();
        for (Path m : modules) {
            mods.add(Map.of("name", MacroModules.moduleName(m), "path", m.toAbsolutePath().toString()));
        }
        List<Map<String, Object>> cs = new ArrayList<>();
        for (Case c : cases) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("formula", c.formula());
            m.put("inputs", c.inputs());
            cs.add(m);
        }
        return Map.of("modules", mods, "cases", cs, "connectTimeoutSeconds", 60);
    }

    private static Map<String, Result> results(JsonNode response, List<Case> cases) {
        if (!response.path("compiled").asBoolean()) {
            Assertions.fail("the modules do not compile in LibreOffice Basic; failing alone: "
                    + response.path("failedModules"));
        }
        Map<String, Result> out = new LinkedHashMap<>();
        for (JsonNode r : response.path("results")) {
            out.put(r.path("id").asText(), new Result(r.path("id").asText(), r.path("kind").asText(),
                    r.path("text").asText(), r.path("number").asDouble(), r.path("error").asInt()));
        }
        Assertions.assertEquals(cases.size(), out.size(), "one result per case");
        return out;
    }

    private static Path script() {
        try {
            return Path.of(LibreOfficeBasic.class.getResource("/macros/basic_cells.py").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends soffice and everything it started; the driver has asked it to terminate already. */
    private static void stop(Process office) {
        if (office == null) {
            return;
        }
        // taken first: once the launcher has ended, its children no longer show as descendants
        List<ProcessHandle> family = office.descendants().toList();
        try {
            if (!office.waitFor(10, TimeUnit.SECONDS)) {
                family.forEach(ProcessHandle::destroy);
                office.destroy();
                office.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            family.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            office.destroyForcibly();
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }

    /** A text literal for a formula. */
    static String text(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** Formula arguments joined with the ';' the API grammar uses. */
    static String args(String... a) {
        return String.join(";", Arrays.asList(a));
    }
}
