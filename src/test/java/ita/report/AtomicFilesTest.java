package ita.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written under a temporary name and renamed when whole, through a buffer each thread reuses. */
class AtomicFilesTest {

    @TempDir
    Path dir;

    /** Bytes one at a time, in pieces smaller and larger than the buffer, across its edge. */
    private static byte[] write(java.io.OutputStream out, int seed) throws IOException {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        for (int i = 0; i < 300; i++) {
            int size = (i * 7919 + seed) % 150_000;
            byte[] piece = ("ทับคล้อ " + i + " ").repeat(size / 20 + 1).getBytes(StandardCharsets.UTF_8);
            if (i % 3 == 0) {
                out.write(piece[0]);
                expected.write(piece[0]);
            } else {
                out.write(piece, 1, piece.length - 1);
                expected.write(piece, 1, piece.length - 1);
            }
        }
        return expected.toByteArray();
    }

    @Test
    void whatIsWrittenArrivesWholeWhateverThePiecesAndTheBufferReusedByTheNextFile() throws IOException {
        for (int file = 0; file < 3; file++) {
            Path target = dir.resolve("ผล-" + file + ".bin");
            byte[][] expected = new byte[1][];
            int seed = file;
            AtomicFiles.write(target, out -> expected[0] = write(out, seed));
            assertArrayEquals(expected[0], Files.readAllBytes(target), "file " + file);
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(3, left.count(), "no temporary file is left");
        }
    }

    @Test
    void aFileWrittenWhileAnotherIsOpenOnTheSameThreadLeavesBothWhole() throws IOException {
        Path outer = dir.resolve("outer.txt");
        Path inner = dir.resolve("inner.txt");
        AtomicFiles.write(outer, out -> {
            out.write("ก่อน".getBytes(StandardCharsets.UTF_8));
            AtomicFiles.write(inner, in -> in.write("ข้างใน".getBytes(StandardCharsets.UTF_8)));
            out.write("หลัง".getBytes(StandardCharsets.UTF_8));
        });
        assertEquals("ก่อนหลัง", Files.readString(outer));
        assertEquals("ข้างใน", Files.readString(inner));
    }

    @Test
    void aFailedWriteLeavesNoFileAndTheNextWriteIsWhole() throws IOException {
        Path failed = dir.resolve("failed.txt");
        assertThrows(IOException.class, () -> AtomicFiles.write(failed, out -> {
            out.write("ครึ่งหนึ่ง".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertFalse(Files.exists(failed));
        Path next = dir.resolve("next.txt");
        AtomicFiles.write(next, out -> out.write("ครบ".getBytes(StandardCharsets.UTF_8)));
        assertEquals("ครบ", Files.readString(next));
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.allMatch(p -> p.getFileName().toString().equals("next.txt")));
        }
    }

    @Test
    void aFolderRemovedAfterAFileWasWrittenInItIsMadeAgain() throws IOException {
        Path folder = dir.resolve("จังหวัด").resolve("อำเภอ");
        AtomicFiles.write(folder.resolve("ก.txt"), out -> out.write('1'));
        Files.delete(folder.resolve("ก.txt"));
        Files.delete(folder);
        AtomicFiles.write(folder.resolve("ข.txt"), out -> out.write('2'));
        assertEquals("2", Files.readString(folder.resolve("ข.txt")));
    }
}
