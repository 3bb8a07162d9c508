package ita.bench;

import ita.report.WorkbookDump;
import ita.report.document.DocumentDump;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Checks that a run wrote what a reference run wrote: the same files by name (and so the same count of each
 * kind), and the same content in a sample of them: canonical dumps for workbooks and documents (their bytes
 * carry times and ids), bytes for the rest. Run reports are left out: they name the run's own times.
 * Prints "same: …", or each difference and then "different: …"; exits 0 either way, 1 only when it cannot check.
 *
 * <p>Arguments: {@code REFERENCE_DIR OUTPUT_DIR [EVERY_NTH]}.
 */
public final class OutputCheck {

    private OutputCheck() {
    }

    public static void main(String[] args) throws IOException {
        Path reference = Path.of(args[0]);
        Path output = Path.of(args[1]);
        int every = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        List<String> problems = compare(reference, output, every);
        if (!problems.isEmpty()) {
            problems.stream().limit(20).forEach(System.out::println);
            System.out.println("different: " + problems.size() + " problems");
        }
    }

    static List<String> compare(Path reference, Path output, int every) throws IOException {
        List<String> ref = files(reference);
        List<String> out = files(output);
        List<String> problems = new ArrayList<>();
        Map<String, Integer> refKinds = kinds(ref);
        Map<String, Integer> outKinds = kinds(out);
        if (!refKinds.equals(outKinds)) {
            problems.add("counts differ: reference " + refKinds + ", output " + outKinds);
        }
        java.util.Set<String> refSet = new java.util.HashSet<>(ref);
        java.util.Set<String> outSet = new java.util.HashSet<>(out);
        List<String> missing = ref.stream().filter(f -> !outSet.contains(f)).toList();
        List<String> extra = out.stream().filter(f -> !refSet.contains(f)).toList();
        missing.forEach(f -> problems.add("missing: " + f));
        extra.forEach(f -> problems.add("not in the reference: " + f));
        int compared = 0;
        for (int i = 0; i < ref.size(); i++) {
            String f = ref.get(i);
            boolean always = !f.contains("/") || f.startsWith("summary.");
            if (!outSet.contains(f) || f.startsWith("run-report") || !always && i % every != 0) {
                continue;
            }
            compared++;
            if (!content(reference.resolve(f)).equals(content(output.resolve(f)))) {
                problems.add("content differs: " + f);
            }
        }
        if (problems.isEmpty()) {
            System.out.println("same: " + out.size() + " files " + outKinds + ", " + compared + " compared by content");
        }
        return problems;
    }

    private static String content(Path p) throws IOException {
        String name = p.getFileName().toString();
        if (name.endsWith(".xlsx")) {
            return WorkbookDump.of(p);
        }
        if (name.endsWith(".docx")) {
            return DocumentDump.of(Files.readAllBytes(p));
        }
        return new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                    .toList();
        }
    }

    private static Map<String, Integer> kinds(List<String> files) {
        Map<String, Integer> m = new TreeMap<>();
        for (String f : files) {
            int dot = f.lastIndexOf('.');
            m.merge(dot < 0 ? "" : f.substring(dot + 1), 1, Integer::sum);
        }
        return m;
    }
}
