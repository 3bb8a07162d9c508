package ita.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs LibreOffice headless on our output, as a user's spreadsheet application would open it. A private
 * profile makes Calc recalculate every formula on load (OOXMLRecalcMode 0), so the values LibreOffice
 * computes can be compared with ours. Tests skip when LibreOffice is missing, except on CI where it
 * must be there.
 */
public final class LibreOfficeHarness {

    private static final String PROFILE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            </oor:items>
            """;

    private final Path profile;

    private LibreOfficeHarness(Path profile) {
        this.profile = profile;
    }

    /** A harness with a fresh profile, or the test is skipped (failed on CI) when soffice is missing. */
    public static LibreOfficeHarness start(Path temp) throws IOException {
        boolean present = Files.isExecutable(Path.of("/usr/bin/soffice")) || onPath("soffice");
        if (!present && System.getenv("CI") != null) {
            throw new AssertionError("LibreOffice (soffice) is required on CI; .ci/run installs libreoffice-calc");
        }
        Assumptions.assumeTrue(present, "LibreOffice (soffice) is not installed");
        Path profile = temp.resolve("lo-profile");
        Files.createDirectories(profile.resolve("user"));
        Files.writeString(profile.resolve("user/registrymodifications.xcu"), PROFILE, StandardCharsets.UTF_8);
        return new LibreOfficeHarness(profile);
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, exe))) {
                return true;
            }
        }
        return false;
    }

    /** Opens the file, recalculates and saves it as xlsx in {@code outDir}; returns the converted file. */
    public Path recalculatedXlsx(Path input, Path outDir) throws IOException, InterruptedException {
        return convert(input, outDir, "xlsx:Calc MS Excel 2007 XML", "xlsx");
    }

    /** Converts the file to PDF in {@code outDir}; returns the PDF. */
    public Path pdf(Path input, Path outDir) throws IOException, InterruptedException {
        return convert(input, outDir, "pdf", "pdf");
    }

    private Path convert(Path input, Path outDir, String filter, String ext) throws IOException, InterruptedException {
        Files.createDirectories(outDir);
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--nolockcheck", "--convert-to", filter, "--outdir",
                outDir.toString(), input.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish converting " + input);
        }
        String name = input.getFileName().toString();
        Path result = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + ext);
        if (p.exitValue() != 0 || !Files.exists(result)) {
            throw new AssertionError("LibreOffice could not convert " + input + " (exit " + p.exitValue() + "): " + out);
        }
        return result;
    }
}
