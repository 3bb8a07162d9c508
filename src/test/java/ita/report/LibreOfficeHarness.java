package ita.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs LibreOffice ({@code soffice --headless}) on workbooks we wrote: converts them to a recalculated
 * .xlsx, to CSV (one sheet, values as shown) or to PDF, so tests can check that a real spreadsheet program
 * opens our output, computes the same values and prints it.
 *
 * <p>LibreOffice runs with a private profile made for this test run, whose settings make it recalculate every
 * formula on load (OOXMLRecalcMode and ODFRecalcMode = 0, "always"); without them it would trust the cached
 * values we wrote. One conversion runs at a time, since a profile cannot be shared by two processes.
 *
 * <p>{@link #require()} skips the calling test when soffice is not installed, unless the environment
 * variable CI is set: then a missing soffice fails the test.
 *
 * <p>Writing workbooks for these checks: use XSSF where formulas matter (SXSSF stores 0 as the value of
 * every formula), and give each series of a POI bar chart an explicit fill, or LibreOffice draws none.
 */
public final class LibreOfficeHarness {

    private static final long TIMEOUT_SECONDS = 180;
    private static final String RECALC_ALWAYS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
            xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
            </oor:items>
            """;
    private static LibreOfficeHarness instance;

    private final Path soffice;
    private final Path profile;

    private LibreOfficeHarness(Path soffice, Path profile) {
        this.soffice = soffice;
        this.profile = profile;
    }

    /** The harness, or a skipped test when LibreOffice is missing (a failed one when CI is set). */
    public static synchronized LibreOfficeHarness require() {
        if (instance != null) {
            return instance;
        }
        Optional<Path> found = findSoffice();
        if (found.isEmpty()) {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank()) {
                fail("LibreOffice (soffice) is not installed, and CI is set: install libreoffice-calc");
            }
            Assumptions.assumeTrue(false, "LibreOffice (soffice) is not installed; skipping");
        }
        try {
            Path profile = Files.createTempDirectory("ita-lo-profile-");
            Files.createDirectories(profile.resolve("user"));
            Files.writeString(profile.resolve("user/registrymodifications.xcu"), RECALC_ALWAYS, StandardCharsets.UTF_8);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(profile)));
            instance = new LibreOfficeHarness(found.get(), profile);
            return instance;
        } catch (IOException e) {
            throw new IllegalStateException("cannot make a LibreOffice profile", e);
        }
    }

    /**
     * soffice where {@code ita analyze --pdf} looks for it: the environment variable SOFFICE, the PATH, or the
     * install places of Windows and macOS. Not the Linux places: a PATH without soffice hides it there.
     */
    public static Optional<Path> findSoffice() {
        return ita.report.document.PdfExport.findSoffice();
    }

    /** The workbook opened, recalculated and saved again as .xlsx by LibreOffice. */
    public Path toXlsx(Path workbook, Path outDir) throws IOException {
        return convert(workbook, "xlsx:Calc MS Excel 2007 XML", "xlsx", outDir);
    }

    /**
     * The workbook saved as a flat ODS file. LibreOffice keeps the row heights a workbook gives, but marks the rows
     * without one as "optimal height": opening that file again lays their text out and sizes them to it.
     */
    public Path toFlatOds(Path workbook, Path outDir) throws IOException {
        return convert(workbook, "fods", "fods", outDir);
    }

    /** The workbook printed to PDF. */
    public Path toPdf(Path workbook, Path outDir) throws IOException {
        return convert(workbook, "pdf:calc_pdf_Export", "pdf", outDir);
    }

    /**
     * One sheet (1 = the first) as UTF-8 CSV of the values as shown, after recalculation.
     */
    public Path toCsv(Path workbook, int sheetNumber, Path outDir) throws IOException {
        // separator, quote, UTF-8, first line, cell formats, language, quoted as text, detect numbers,
        // save as shown, formulas, remove spaces, sheet
        String options = "44,34,76,1,,0,false,true,true,false,false," + sheetNumber;
        return convert(workbook, "csv:Text - txt - csv (StarCalc):" + options, "csv", outDir);
    }

    private synchronized Path convert(Path input, String filter, String ext, Path outDir) throws IOException {
        Path out = Files.createTempDirectory(Files.createDirectories(outDir), "lo-" + ext + "-");
        List<String> cmd = List.of(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--invisible", "--nologo", "--norestore", "--nolockcheck", "--convert-to", filter, "--outdir",
                out.toString(), input.toAbsolutePath().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        Path log = out.resolve("soffice.log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        try {
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("soffice did not finish within " + TIMEOUT_SECONDS + " s converting "
                        + input.getFileName());
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while converting " + input.getFileName(), e);
        }
        try (Stream<Path> files = Files.list(out)) {
            Optional<Path> result = files.filter(f -> f.getFileName().toString().endsWith("." + ext)).findFirst();
            if (p.exitValue() != 0 || result.isEmpty()) {
                throw new IOException("soffice could not convert " + input.getFileName() + " to " + ext + " (exit "
                        + p.exitValue() + "): " + new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip());
            }
            return result.get();
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }
}
