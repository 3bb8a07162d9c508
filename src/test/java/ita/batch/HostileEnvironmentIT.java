package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile cases that live in the machine rather than in a file (src/test/resources/hostile/README.md, "The
 * machine"): the locale, folders another user owns or that cannot be read or written, and the memory Java is given.
 * Each runs the jar in a process of its own, as a user would; permissions are tried as an ordinary user, so when the
 * tests run as root the jar is started as nobody.
 */
class HostileEnvironmentIT {

    static final Path HOSTILE = Path.of("src/test/resources/hostile");

    record Result(int code, String out, String err) {
    }

    /** Runs the jar (or the ita script, when {@code script}) with the given environment, Java options and args. */
    static Result run(boolean asUser, boolean script, Map<String, String> env, List<String> javaOptions,
                      String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asUser && "root".equals(System.getProperty("user.name"))) {
            Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")), "setpriv, to run as nobody");
            cmd.addAll(List.of("/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        if (script) {
            cmd.add(Path.of("ita").toAbsolutePath().toString());
        } else {
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(javaOptions);
            cmd.addAll(List.of("-jar", DocumentsFromJarIT.JAR.toAbsolutePath().toString()));
        }
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        Path err = Files.createTempFile("ita-err", ".txt");
        pb.redirectError(err.toFile());
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(600, TimeUnit.SECONDS), "the run finished");
        String e = Files.readString(err, StandardCharsets.UTF_8);
        Files.delete(err);
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), e);
    }

    /** A folder anyone may enter (JUnit makes its temporary folders for their owner only). */
    static Path open(Path dir, String mode) throws IOException {
        Files.createDirectories(dir);
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(mode));
        return dir;
    }

    // ---- the locale ---------------------------------------------------------------------------------------

    @Test
    void underLangCTheJarStopsWithOneLineAndTheScriptRunsInUtf8(@TempDir Path tmp) throws Exception {
        Map<String, String> c = Map.of("LC_ALL", "C", "LANG", "C");
        Path out = tmp.resolve("out");
        Result jar = run(false, false, c, List.of(), "analyze", AnalyzeIT.SAMPLES.resolve("seeds").toString(),
                "--out", out.toString());
        assertEquals(2, jar.code(), jar.out() + jar.err());
        assertEquals("ita: the system names files in ANSI_X3.4-1968, which has no Thai letters, so no Thai folder or"
                + " file could be read or written. Run under a UTF-8 locale: LC_ALL=C.UTF-8 java -jar"
                + " ita-analyzer.jar ..., or use the ita script, which does so.\n", jar.err());
        assertFalse(Files.exists(out), "nothing written");

        Result script = run(false, true, c, List.of(), "analyze", AnalyzeIT.SAMPLES.resolve("seeds").toString(),
                "--out", out.toString(), "--quiet", "--format", "xlsx,csv");
        assertEquals(0, script.code(), script.out() + script.err());
        assertTrue(script.out().startsWith("files: 2 read, 1 read with findings, 0 rejected\nagencies: 3,"),
                script.out());
        assertTrue(Files.isRegularFile(out.resolve("พิจิตร/ทับคล้อ/องค์การบริหารส่วนตำบลทับคล้อ-2565.xlsx")),
                "Thai folders and files are written");
        assertTrue(Files.readString(out.resolve("summary.csv")).contains(",องค์การบริหารส่วนตำบลทับคล้อ,"));
    }

    // ---- folders of other users, and folders that cannot be read or written --------------------------------

    @Test
    void aPoiFolderLeftByAnotherUserDoesNotStopTheSummaries(@TempDir Path tmp) throws Exception {
        Path base = open(tmp, "rwxr-xr-x");
        Path systemTmp = open(base.resolve("tmp"), "rwxrwxrwx");
        open(systemTmp.resolve("poifiles"), "rwx------"); // another user's, as POI would share it
        Path out = open(base.resolve("w"), "rwxrwxrwx").resolve("out");

        Result r = run(true, false, Map.of(), List.of("-Djava.io.tmpdir=" + systemTmp), "analyze",
                AnalyzeIT.SAMPLES.resolve("seeds").toString(), "--out", out.toString(), "--quiet", "--format",
                "xlsx");

        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(Files.isRegularFile(out.resolve("สรุปภาพรวม.xlsx")) && Files.isRegularFile(out.resolve(
                "พิจิตร/สรุปจังหวัดพิจิตร.xlsx")) && Files.isRegularFile(out.resolve("run-report.xlsx")), "the workbooks"
                + " streamed through temporary files are written");
        try (var s = Files.list(systemTmp)) {
            assertEquals(List.of("poifiles"), s.map(p -> p.getFileName().toString()).toList(),
                    "the run's own temporary folder is gone");
        }
    }

    @Test
    void aFolderThatCannotBeReadIsNamedAndTheOthersAreRead(@TempDir Path tmp) throws Exception {
        Path base = open(tmp, "rwxr-xr-x");
        Path in = open(base.resolve("in"), "rwxr-xr-x");
        Files.copy(HOSTILE.resolve("district-spelling-a.csv"), open(in.resolve("ok"), "rwxr-xr-x").resolve("a.csv"));
        Path locked = Files.createDirectories(in.resolve("locked"));
        Files.copy(HOSTILE.resolve("district-spelling-b.csv"), locked.resolve("b.csv"));
        open(locked, "---------");
        Path out = open(base.resolve("w"), "rwxrwxrwx").resolve("out");

        Result r = run(true, false, Map.of(), List.of(), "analyze", in.toString(), "--out", out.toString(), "--quiet",
                "--format", "csv");
        open(locked, "rwx------"); // for JUnit to remove it

        assertEquals(3, r.code(), r.out() + r.err());
        assertEquals("rejected: error: locked: expected a folder that can be read but permission was denied; the files"
                + " in it are not read and the others are. Give yourself permission to read it (or copy the files to a"
                + " folder you can read), then run again.\n", r.err());
        assertTrue(r.out().startsWith("files: 1 read, 0 read with findings, 1 rejected\nagencies: 1,"), r.out());
        assertTrue(Files.readString(out.resolve("run-report.csv")).contains("\nlocked,rejected,"));
    }

    @Test
    void anOutputFolderThatCannotBeWrittenIsAUsageLine(@TempDir Path tmp) throws Exception {
        Path base = open(tmp, "rwxr-xr-x");
        Path readOnly = open(base.resolve("read-only"), "r-xr-xr-x");
        for (Path out : List.of(readOnly, readOnly.resolve("new"))) {
            Result r = run(true, false, Map.of(), List.of(), "analyze", HOSTILE.resolve("district-spelling-a.csv")
                    .toString(), "--out", out.toString());
            assertEquals(2, r.code(), r.out() + r.err());
            assertEquals("ita: --out " + out + ": expected a folder that can be written but permission was denied."
                    + " Give --out a folder you can write to.\n", r.err());
        }
        try (var s = Files.list(readOnly)) {
            assertEquals(0, s.count(), "nothing written");
        }
    }

    // ---- memory ---------------------------------------------------------------------------------------

    /**
     * 199,999 agencies (the most rows a sheet may hold, with its header) in 1 GB: read, then refused with one line
     * before anything is analysed, rather than Java's OutOfMemoryError. Reading them keeps about half the heap free.
     */
    @Test
    void aListOf200000RowsIn1GbIsRefusedWithOneLineBeforeMemoryRunsOut(@TempDir Path tmp) throws Exception {
        Path list = tmp.resolve("list.csv");
        String[] provinces = {"อุดรธานี", "ขอนแก่น", "ชัยภูมิ", "เลย", "พิจิตร"};
        StringBuilder csv = new StringBuilder("หน่วยงาน,อำเภอ,จังหวัด,ปีงบประมาณ,คะแนนรวม\n");
        for (int i = 0; i < 199_999; i++) {
            csv.append("อบต.ทดสอบ").append(i).append(",อำเภอ").append(i % 900).append(',').append(provinces[i % 5])
                    .append(",2567,").append(String.format(Locale.ROOT, "%.2f", 40 + (i * 37 % 6000) / 100.0))
                    .append('\n');
        }
        Files.writeString(list, csv);
        Path out = tmp.resolve("out");

        Result r = run(false, false, Map.of(), List.of("-Xmx1g"), "analyze", list.toString(), "--out", out.toString(),
                "--quiet", "--format", "csv");

        assertEquals(2, r.code(), r.out() + r.err());
        assertEquals("ita: expected a run that fits in the memory Java was given (1.0 GB) but 199,999 agencies with"
                + " 199,999 agency-years need about 2.1 GB; nothing was written. Run with more memory"
                + " (ITA_JAVA_OPTS=-Xmx3g ./ita analyze …, or java -Xmx3g -jar ita-analyzer.jar …), or give fewer"
                + " files at a time.\n", r.err());
        assertEquals("", r.out());
        try (var s = Files.walk(out)) {
            assertEquals(0, s.filter(Files::isRegularFile).count(), "nothing written");
        }
    }
}
