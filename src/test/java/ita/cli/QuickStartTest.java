package ita.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuickStartTest {

    @Test
    void theOptimisingCompilersJavaKeepsEveryOtherOptionAndTheArguments() {
        List<String> cmd = QuickStart.command(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dita.quickstart=true", "-Dita.quickstart.limit=5", "-Xmx1g", "-Dfile.encoding=UTF-8"),
                new String[] {"analyze", "ข้อมูล", "--out", "ผล"});
        assertTrue(cmd.get(0).endsWith("java") || cmd.get(0).endsWith("java.exe"), cmd.get(0));
        assertEquals(List.of("-XX:+UseSerialGC", "-XX:-TieredCompilation", "-Xmx1g", "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), "ita.cli.Main", "analyze", "ข้อมูล", "--out", "ผล"),
                cmd.subList(1, cmd.size()));
    }

    @Test
    void filesAreCountedInFoldersAndAloneUpToTheLimit(@TempDir Path tmp) throws Exception {
        Path a = Files.createDirectories(tmp.resolve("ก/ข"));
        for (int i = 0; i < 7; i++) {
            Files.writeString(a.resolve(i + ".xlsx"), "x");
        }
        Path single = Files.writeString(tmp.resolve("หนึ่ง.csv"), "x");
        List<Path> inputs = List.of(tmp.resolve("ก"), single, tmp.resolve("ไม่มี"));
        assertEquals(8, QuickStart.countUpTo(inputs, 100));
        assertEquals(5, QuickStart.countUpTo(inputs, 5));
        assertEquals(1, QuickStart.countUpTo(List.of(single), 5));
    }

    @Test
    void aRunInProcessIsNeverHandedOver() {
        System.setProperty(QuickStart.PROPERTY, "true");
        try {
            assertTrue(QuickStart.handOver(List.of(Path.of("sample-workbooks")), false,
                    new java.io.PrintWriter(new java.io.StringWriter())).isEmpty());
        } finally {
            System.clearProperty(QuickStart.PROPERTY);
        }
    }
}
