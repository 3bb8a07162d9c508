package ita.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark behind BENCHMARKS.md. Generates a dataset with {@code ita sample}, then runs each
 * contender in its own JVM, one after the other on the same files, measuring wall time, CPU time and
 * peak resident memory with /usr/bin/time: (a) the floor, JDK unzip + SAX; (b) POI's XSSFWorkbook;
 * (c) our reader; (d) the whole {@code ita analyze}. Run it with {@code bench/run.sh}.
 *
 * <p>Arguments: {@code --agencies N --years A-B --threads T --work DIR --report FILE --label TEXT}.
 */
public final class Benchmark {

    record Measure(String name, int files, double wall, double cpu, long rssKb, String command, String output,
                   String load) {
        double filesPerSecond() {
            return files / wall;
        }
    }

    private final Path jar;
    private final String classpath;
    private final int threads;

    private Benchmark(Path jar, String classpath, int threads) {
        this.jar = jar;
        this.classpath = classpath;
        this.threads = threads;
    }

    public static void main(String[] args) throws Exception {
        int agencies = 8300;
        String years = "2563-2567";
        int threads = 2;
        Path work = Path.of("bench/data");
        Path report = Path.of("BENCHMARKS.md");
        String label = "national";
        Path referenceJar = null;
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--agencies" -> agencies = Integer.parseInt(args[i + 1]);
                case "--years" -> years = args[i + 1];
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                case "--work" -> work = Path.of(args[i + 1]);
                case "--report" -> report = Path.of(args[i + 1]);
                case "--label" -> label = args[i + 1];
                case "--reference-jar" -> referenceJar = args[i + 1].isEmpty() ? null : Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path jar = Path.of("target/ita-analyzer.jar");
        Benchmark b = new Benchmark(jar, "target/test-classes" + java.io.File.pathSeparator + jar, threads);
        b.run(agencies, years, work.resolve(label), report, label, referenceJar);
    }

    /** The collector the {@code ita} launcher runs the program with: the whole runs are measured as users run them. */
    static final String LAUNCHER_GC = "-XX:+UseSerialGC";
    /** And its compiler: the quick one, handing a large run over to a Java with the full one (QuickStart). */
    static final List<String> LAUNCHER = List.of(LAUNCHER_GC, "-XX:TieredStopAtLevel=1", "-Dita.quickstart=true");

    private static List<String> launcher(String xmx, Path jar, String... args) {
        List<String> cmd = new ArrayList<>(List.of("java", xmx));
        cmd.addAll(LAUNCHER);
        cmd.addAll(List.of("-jar", jar.toString()));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private void run(int agencies, String years, Path work, Path report, String label, Path referenceJar)
            throws Exception {
        Path detail = work.resolve("detail");
        Path lists = work.resolve("lists");
        Path out = work.resolve("out");
        List<Measure> gen = new ArrayList<>();
        String tag = agencies + " " + years;
        Path marker = work.resolve("dataset.txt");
        if (!Files.exists(marker) || !Files.readString(marker).equals(tag)) {
            deleteTree(work);
            Files.createDirectories(work);
            gen.add(time("generate detail", List.of("java", "-jar", jar.toString(), "sample", "--agencies",
                    "" + agencies, "--years", years, "--out", detail.toString()), -1));
            gen.add(time("generate lists", List.of("java", "-jar", jar.toString(), "sample", "--agencies",
                    "" + agencies, "--years", years, "--layout", "list", "--out", lists.toString()), -1));
            Files.writeString(marker, tag);
        }
        int files = countXlsx(detail);
        List<Measure> ms = new ArrayList<>();
        String xmx = "-Xmx1g";
        for (String mode : List.of("floor", "poi", "cells", "reader")) {
            ms.add(time(mode, List.of("java", xmx, "-cp", classpath, "ita.bench.ReadBench", mode, detail.toString(),
                    "" + threads), files));
        }
        deleteTree(out);
        ms.add(time("analyze", launcher(xmx, jar, "analyze", detail.toString(),
                lists.toString(), "--out", out.toString(), "--overwrite", "--quiet", "--debug", "--threads", "" + threads), files));
        String same = "";
        Measure referenceRun = null;
        if (referenceJar != null) {
            // the same run by an earlier build: its outputs must be the same files with the same content
            Path reference = work.resolve("reference");
            deleteTree(reference);
            referenceRun = time("reference", launcher(xmx, referenceJar, "analyze", detail.toString(),
                    lists.toString(), "--out", reference.toString(), "--overwrite", "--quiet", "--debug", "--threads",
                    "" + threads), files);
            // the dumps read charts with POI's complete schemas, a test dependency: bench/run.sh lists them
            Path testClasspath = Path.of("target/bench-classpath.txt");
            String checkClasspath = Files.exists(testClasspath) ? "target/test-classes" + java.io.File.pathSeparator
                    + "target/classes" + java.io.File.pathSeparator + Files.readString(testClasspath).strip() : classpath;
            Measure check = time("check", List.of("java", xmx, "-cp", checkClasspath, "ita.bench.OutputCheck",
                    reference.toString(), out.toString(), "25"), 0);
            same = check.output().lines().filter(l -> l.startsWith("same:") || l.startsWith("different:")).findFirst()
                    .orElse("not checked");
        }
        deleteTree(out);
        ms.add(time("analyze-no-docx", launcher(xmx, jar, "analyze", detail.toString(),
                lists.toString(), "--out", out.toString(), "--overwrite", "--quiet", "--debug", "--threads", "" + threads,
                "--format", "xlsx,csv,json"), files));
        if (referenceRun != null) {
            ms.add(referenceRun);
        }
        int sample = Math.min(agencies, 1000);
        Measure writing = time("write", List.of("java", xmx, "-cp", classpath, "ita.report.workbook.WorkbookWriteSpeed",
                "" + sample, "3"), 0);
        // documents take three times a workbook's time each: fewer agencies give a steady figure as well
        Measure documents = time("documents", List.of("java", xmx, "-cp", classpath, "ita.report.document.DocumentWriteSpeed",
                "" + Math.min(sample, 300), "3"), 0);
        double startup = startup();
        write(report, label, agencies, years, files, gen, ms, startup, writing, documents, same);
    }

    private Measure time(String name, List<String> command, int files) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        boolean gnuTime = Files.isExecutable(Path.of("/usr/bin/time"));
        if (gnuTime) {
            cmd.addAll(List.of("/usr/bin/time", "-f", "BENCH %e %U %S %M"));
        }
        cmd.addAll(command);
        if (files >= 0 && !name.equals("version")) {
            settle();
        }
        System.err.println("bench: " + String.join(" ", command));
        String before = loadAverage();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int rc = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (rc != 0 && rc != 3) {
            throw new IllegalStateException(name + " failed with exit code " + rc + ":\n" + output);
        }
        double cpu = 0;
        long rss = 0;
        Matcher m = Pattern.compile("BENCH ([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9]+)").matcher(output);
        if (m.find()) {
            wall = Double.parseDouble(m.group(1));
            cpu = Double.parseDouble(m.group(2)) + Double.parseDouble(m.group(3));
            rss = Long.parseLong(m.group(4));
        }
        Matcher f = Pattern.compile("files=(\\d+)").matcher(output);
        int n = f.find() ? Integer.parseInt(f.group(1)) : files;
        System.err.printf(Locale.ROOT, "bench: %s: %d files, %.2f s wall, %.2f s cpu, %d MB peak%n", name, n, wall, cpu,
                rss / 1024);
        String load = before.isEmpty() ? "" : before + " → " + loadAverage();
        return new Measure(name, n, wall, cpu, rss, String.join(" ", command), output, load);
    }

    /**
     * Memory touched and let go before each contender. A virtual machine may back its memory lazily: here, memory
     * touched for the first time since it was freed cost up to 6.6 ms per MB (3 GB in 19.8 s, then 6.8 s, then 2.0 s
     * when touched again at once), which moved a whole run by several seconds depending on what the contender before
     * it had freed. Touching {@link #SETTLE_MB} first makes every contender start alike.
     */
    private void settle() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        // eden (four fifths of the young generation) holds every block, so nothing is copied
        int heap = SETTLE_MB * 3 / 2;
        Process p = new ProcessBuilder("java", "-XX:+UseSerialGC", "-Xms" + heap + "m", "-Xmx" + heap + "m",
                "-Xmn" + (SETTLE_MB * 5 / 4 + 50) + "m", "-cp", classpath, "ita.bench.Settle", "" + SETTLE_MB)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.waitFor();
        System.err.printf(Locale.ROOT, "bench: settle: %s (%.1f s)%n", out, (System.nanoTime() - t0) / 1e9);
    }

    /** Memory touched before each contender: more than a whole run takes, its outputs' file pages included. */
    static final int SETTLE_MB = 3000;

    /** The one-minute load average of the machine, which other work may share. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    private double startup() throws IOException, InterruptedException {
        List<Double> runs = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            runs.add(time("version", List.of("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                    jar.toString(), "--version"), 0).wall());
        }
        runs.sort(Double::compare);
        return runs.get(2);
    }

    private static int countXlsx(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            return (int) s.filter(p -> p.toString().endsWith(".xlsx")).count();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private void write(Path report, String label, int agencies, String years, int files, List<Measure> gen,
                       List<Measure> ms, double startup, Measure writing, Measure documents, String same)
            throws IOException {
        Measure floor = ms.get(0);
        Measure poi = ms.get(1);
        Measure cells = ms.get(2);
        Measure ours = ms.get(3);
        Measure analyze = ms.get(4);
        Measure withoutDocuments = ms.get(5);
        StringBuilder sb = new StringBuilder();
        sb.append("<!-- section:").append(label).append(" -->\n");
        sb.append("### ").append(label).append(": ").append(agencies).append(" agencies × fiscal years ")
                .append(years).append(" (").append(files).append(" agency-detail .xlsx)\n\n");
        sb.append("Measured ").append(LocalDate.now()).append(" with ").append(threads).append(" threads, each contender in its own JVM (`-Xmx1g`; the whole runs with `" + String.join(" ", LAUNCHER) + "`, as the `ita` launcher runs them), one after the other on the same files; before each, "
                + SETTLE_MB + " MB of memory touched and let go (`ita.bench.Settle`: this virtual machine backs memory "
                + "lazily, and a contender paid for the memory the one before it had freed).\n\n");
        sb.append("| contender | files | wall s | CPU s | files/s | peak RSS MB | load average |\n"
                + "|---|---:|---:|---:|---:|---:|---|\n");
        for (Measure m : ms) {
            sb.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.0f | %d | %s |%n", describe(m.name()),
                    m.files(), m.wall(), m.cpu(), m.filesPerSecond(), m.rssKb() / 1024, m.load()));
        }
        sb.append(String.format(Locale.ROOT, "%nRatios: (c)/(a) our format reader vs the floor = **%.2f**, with layout "
                        + "recognition into records = **%.2f** (target ≥ 0.50); (c)/(b) vs POI = **%.1f×** and **%.1f×**; "
                        + "(d) whole analyze = **%.2f ms per agency** (%.1f s for %d agencies).%n",
                cells.filesPerSecond() / floor.filesPerSecond(), ours.filesPerSecond() / floor.filesPerSecond(),
                cells.filesPerSecond() / poi.filesPerSecond(), ours.filesPerSecond() / poi.filesPerSecond(),
                analyze.wall() * 1000 / agencies, analyze.wall(), agencies));
        List<String> phases = analyze.output().lines().filter(l -> l.matches("  [^:]+: [0-9.]+ s")).map(String::trim)
                .toList();
        if (!phases.isEmpty()) {
            sb.append("\nPhases of (d): ").append(String.join("; ", phases)).append(".\n");
        }
        for (Measure m : ms) {
            List<String> before = m.name().equals("reference") ? m.output().lines()
                    .filter(l -> l.matches("  [^:]+: [0-9.]+ s")).map(String::trim).toList() : List.of();
            if (!before.isEmpty()) {
                sb.append("Phases of (f): ").append(String.join("; ", before)).append(".\n");
            }
        }
        double read = phase(phases, "read");
        double summaries = phase(phases, "summaries");
        boolean national = agencies >= 1000;
        sb.append(String.format(Locale.ROOT, "%nTargets: whole run %.1f s (%s); reading in the run %.1f s = **%.2f×** the "
                        + "floor (≤ 2×); summaries %.1f s (≤ 3 s); peak RSS %d MB (≤ 1,229 MB).%n", analyze.wall(),
                national ? "≤ 60 s" : "≤ 5 s for a province", read, read / floor.wall(), summaries,
                analyze.rssKb() / 1024));
        if (!same.isEmpty()) {
            sb.append("\nOutputs of (d) against the same run by the build before the change (files by name and kind, a "
                    + "sample compared by canonical dump): ").append(same).append("\n");
        }
        Matcher best = Pattern.compile("best: ([0-9.]+) workbooks per second").matcher(writing.output());
        Matcher docs = Pattern.compile("best: ([0-9.]+) documents per second on one thread \\(([0-9.]+) agencies\\)")
                .matcher(documents.output());
        if (best.find() && docs.find()) {
            double wb = Double.parseDouble(best.group(1));
            double dps = Double.parseDouble(docs.group(1));
            double aps = Double.parseDouble(docs.group(2));
            sb.append(String.format(Locale.ROOT, "%nWriting, per core (one thread, best of 3 rounds of %d generated "
                    + "agencies for workbooks, of at most 300 for documents, side by side):%n%n| output of one agency | per second | ms each |%n|---|---:|---:|%n"
                    + "| analysis workbook (8 sheets, charts, measures, progress forms; target ≥ 150) | %.1f workbooks | "
                    + "%.2f |%n| documents (analysis and measures, 6- and 12-month reports, .docx) | %.1f documents = "
                    + "%.1f agencies | %.2f per document |%n%nCommands: `%s`, `%s`.%n", Math.min(agencies, 1000), wb,
                    1000 / wb, dps, aps, 1000 / dps, writing.command(), documents.command()));
        }
        double docCost = analyze.cpu() - withoutDocuments.cpu();
        sb.append(String.format(Locale.ROOT, "%nIn the batch: (d) writes %d documents beside the workbooks; without them "
                + "(`--format xlsx,csv,json`) the run takes %.1f s wall, %.1f s CPU, so the documents cost %.1f s CPU: "
                + "**%.1f documents per second per core** within the run.%n", agencies * 3, withoutDocuments.wall(),
                withoutDocuments.cpu(), docCost, docCost > 0 ? agencies * 3 / docCost : 0));
        sb.append(String.format(Locale.ROOT, "%nStart-up of `ita --version` (median of 5): %.2f s (target < 0.5 s).%n",
                startup));
        if (!gen.isEmpty()) {
            sb.append("\nDataset generation: ");
            for (Measure g : gen) {
                sb.append(String.format(Locale.ROOT, "%s %.1f s; ", g.name(), g.wall()));
            }
            sb.append("\n");
        }
        sb.append("\nCommands:\n\n```\n");
        for (Measure m : ms) {
            sb.append(m.command()).append('\n');
        }
        sb.append("```\n<!-- end:").append(label).append(" -->\n");
        String section = sb.toString();
        String doc = Files.exists(report) ? Files.readString(report) : header();
        String start = "<!-- section:" + label + " -->";
        String end = "<!-- end:" + label + " -->\n";
        int a = doc.indexOf(start);
        if (a >= 0) {
            int e = doc.indexOf(end, a);
            doc = doc.substring(0, a) + section + doc.substring(e + end.length());
        } else {
            doc = doc + "\n" + section;
        }
        Files.writeString(report, doc);
    }

    private static double phase(List<String> phases, String name) {
        for (String p : phases) {
            if (p.startsWith(name + ": ")) {
                return Double.parseDouble(p.substring(name.length() + 2, p.length() - 2));
            }
        }
        return Double.NaN;
    }

    private static String describe(String mode) {
        return switch (mode) {
            case "floor" -> "(a) floor: JDK unzip + SAX";
            case "poi" -> "(b) POI XSSFWorkbook";
            case "cells" -> "(c) our format reader (cells)";
            case "reader" -> "(c') our reader + layout recognition (records)";
            case "analyze" -> "(d) whole `ita analyze` (detail + lists → workbooks and documents)";
            case "analyze-no-docx" -> "(e) `ita analyze --format xlsx,csv,json` (no documents)";
            case "reference" -> "(f) the same as (d) by the build before (`REFERENCE_JAR`), its outputs compared";
            default -> mode;
        };
    }

    private static String header() throws IOException {
        String cpu = "unknown CPU";
        Path info = Path.of("/proc/cpuinfo");
        if (Files.exists(info)) {
            cpu = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse(cpu);
        }
        long memKb = 0;
        Path mem = Path.of("/proc/meminfo");
        if (Files.exists(mem)) {
            memKb = Files.readAllLines(mem).stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).orElse(0L);
        }
        return "# Benchmarks\n\nProduced by `bench/run.sh` (see README). Machine: " + Runtime.getRuntime().availableProcessors()
                + " cores (" + cpu + "), " + (memKb / 1024 / 1024) + " GB memory, Java " + System.getProperty("java.version")
                + ".\n";
    }
}
