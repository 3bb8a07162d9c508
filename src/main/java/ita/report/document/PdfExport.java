package ita.report.document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes documents as PDF through LibreOffice, each beside its .docx. LibreOffice starts in a few seconds and
 * then converts a document in a fraction of one, so many documents go to one {@code soffice} run; with several
 * threads, the documents are shared among that many runs side by side, each with a profile of its own (two
 * runs cannot share one).
 */
public final class PdfExport {

    /** Seconds a run may take before it, and the conversion, is given up: start-up plus a generous share a file. */
    private static final long BASE_TIMEOUT_SECONDS = 120;
    private static final long SECONDS_PER_FILE = 10;
    /** Files in one run: also keeps the command line well within Windows' 32,767 characters. */
    private static final int MAX_FILES_PER_RUN = 150;
    private static final int MAX_COMMAND_CHARS = 24_000;
    private static final Pattern BASE_FONT = Pattern.compile("/BaseFont\\s*/(?:[A-Z]{6}\\+)?([^\\s/\\[\\]<>()]+)");

    /** What a conversion wrote, and the fonts its first PDF uses. */
    public record Result(List<Path> pdfs, Set<String> fonts) {
        public Result {
            pdfs = List.copyOf(pdfs);
            fonts = Set.copyOf(fonts);
        }

        /**
         * A closing line when the PDF is not in TH Sarabun New: LibreOffice replaced it with an installed Thai font
         * (on Linux, usually Laksaman from fonts-thai-tlwg, which has Sarabun's shapes and widths).
         */
        public Optional<String> fontNote() {
            if (fonts.isEmpty() || fonts.stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains("sarabun"))) {
                return Optional.empty();
            }
            boolean laksaman = fonts.stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains("laksaman"));
            return Optional.of("pdf: TH Sarabun New is not installed, so LibreOffice used "
                    + String.join(", ", new TreeSet<>(fonts))
                    + (laksaman ? " (the Sarabun-compatible font of fonts-thai-tlwg)" : "")
                    + "; install TH Sarabun New to get the official typeface in the PDF");
        }
    }

    private PdfExport() {
    }

    /**
     * soffice as the environment variable SOFFICE names it (then nothing else is tried: an explicit choice that
     * is wrong should say so), else from the PATH, else the install places of Windows and macOS, whose installers
     * do not put it on the PATH. Not the Linux places: there a PATH without soffice hides it.
     */
    public static Optional<Path> findSoffice() {
        String env = System.getenv("SOFFICE");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env.strip());
            return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
        }
        List<Path> candidates = new ArrayList<>();
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                if (!dir.isBlank()) {
                    candidates.add(Path.of(dir, "soffice"));
                    candidates.add(Path.of(dir, "soffice.exe"));
                }
            }
        }
        candidates.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
        candidates.add(Path.of("C:\\Program Files\\LibreOffice\\program\\soffice.exe"));
        return candidates.stream().filter(Files::isRegularFile).filter(Files::isExecutable).findFirst();
    }

    /**
     * Converts every document to PDF beside it, in at most {@code runs} LibreOffice runs at a time.
     *
     * @throws IOException naming the documents LibreOffice could not convert
     */
    public static Result convert(Path soffice, List<Path> documents, int runs) throws IOException {
        if (documents.isEmpty()) {
            return new Result(List.of(), Set.of());
        }
        List<List<Path>> batches = batches(documents, Math.max(1, runs));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(runs, batches.size()), r -> {
            Thread t = new Thread(r, "ita-pdf");
            t.setDaemon(true);
            return t;
        });
        List<Path> pdfs = new ArrayList<>();
        try {
            List<Future<List<Path>>> futures = new ArrayList<>();
            for (List<Path> b : batches) {
                futures.add(pool.submit(() -> run(soffice, b)));
            }
            for (Future<List<Path>> f : futures) {
                pdfs.addAll(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while converting documents to PDF", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(pdfs, fonts(pdfs.get(0)));
    }

    /**
     * Documents shared out to {@code runs} runs, each holding no two files of the same name (they are written to
     * one folder first) and no more than a run may take.
     */
    static List<List<Path>> batches(List<Path> documents, int runs) {
        int perRun = Math.min(MAX_FILES_PER_RUN, (documents.size() + runs - 1) / runs);
        List<List<Path>> out = new ArrayList<>();
        List<Set<String>> names = new ArrayList<>();
        List<Integer> chars = new ArrayList<>();
        for (Path p : documents) {
            String name = p.getFileName().toString();
            int len = p.toAbsolutePath().toString().length() + 3;
            int i = 0;
            while (i < out.size() && (out.get(i).size() >= perRun || names.get(i).contains(name)
                    || chars.get(i) + len > MAX_COMMAND_CHARS)) {
                i++;
            }
            if (i == out.size()) {
                out.add(new ArrayList<>());
                names.add(new HashSet<>());
                chars.add(0);
            }
            out.get(i).add(p);
            names.get(i).add(name);
            chars.set(i, chars.get(i) + len);
        }
        return out;
    }

    private static List<Path> run(Path soffice, List<Path> documents) throws IOException {
        Path work = Files.createTempDirectory("ita-pdf-");
        try {
            Path profile = Files.createDirectories(work.resolve("profile"));
            Path outDir = Files.createDirectories(work.resolve("out"));
            List<String> cmd = new ArrayList<>(List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                    "--headless", "--invisible", "--nologo", "--norestore", "--nolockcheck", "--convert-to",
                    "pdf:writer_pdf_Export", "--outdir", outDir.toString()));
            documents.forEach(p -> cmd.add(p.toAbsolutePath().toString()));
            Path log = work.resolve("soffice.log");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long timeout = BASE_TIMEOUT_SECONDS + SECONDS_PER_FILE * documents.size();
            try {
                if (!p.waitFor(timeout, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IOException("LibreOffice did not finish converting " + documents.size()
                            + " documents to PDF within " + timeout + " s");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while converting documents to PDF", e);
            }
            List<Path> written = new ArrayList<>();
            List<String> failed = new ArrayList<>();
            for (Path doc : documents) {
                String name = doc.getFileName().toString();
                String pdfName = name.substring(0, name.lastIndexOf('.')) + ".pdf";
                Path made = outDir.resolve(pdfName);
                if (Files.isRegularFile(made) && Files.size(made) > 0) {
                    written.add(move(made, doc.resolveSibling(pdfName)));
                } else {
                    failed.add(name);
                }
            }
            if (!failed.isEmpty()) {
                throw new IOException("LibreOffice could not convert " + failed.size() + " document(s) to PDF ("
                        + String.join(", ", failed.subList(0, Math.min(3, failed.size())))
                        + (failed.size() > 3 ? ", …" : "") + "), exit " + p.exitValue() + ": "
                        + new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip());
            }
            return written;
        } finally {
            deleteTree(work);
        }
    }

    private static Path move(Path from, Path to) throws IOException {
        try {
            return Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // a temporary folder on another disk: copy, then the temporary folder goes
            return Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The fonts a PDF embeds or names, without the subset tag (ABCDEF+Laksaman → Laksaman). */
    static Set<String> fonts(Path pdf) throws IOException {
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Set<String> out = new TreeSet<>();
        Matcher m = BASE_FONT.matcher(text);
        while (m.find()) {
            // the family: Laksaman-Bold and Laksaman are one font to the reader
            out.add(m.group(1).replace("#20", " ").replaceFirst("[-,](Bold|Italic|BoldItalic|Oblique|BoldOblique)$", ""));
        }
        return out;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
