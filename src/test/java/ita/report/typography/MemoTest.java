package ita.report.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MemoTest {

    @Test
    void whatComesBackAgencyAfterAgencyStaysAndWhatCameOnceGoes() {
        Memo<String, Integer> memo = new Memo<>(100);
        memo.put("หัวข้อ", 1);
        for (int agency = 0; agency < 1_000; agency++) {
            memo.put("ชื่อหน่วยงาน " + agency, agency);
            assertEquals(1, memo.get("หัวข้อ"), "asked for by every agency, kept: " + agency);
            assertTrue(memo.size() <= 200, "at most two generations: " + memo.size());
        }
        assertNull(memo.get("ชื่อหน่วยงาน 3"), "seen once, long ago: dropped");
        assertEquals(999, memo.get("ชื่อหน่วยงาน 999"));
    }

    @Test
    void aReusedProbeIsNeverKeptAsAKey() {
        Memo<List<String>, String> memo = new Memo<>(2);
        memo.put(List.of("ก"), "first");
        memo.put(List.of("x"), "filler");
        memo.put(List.of("y"), "filler");
        // "ก" is now in the older generation: finding it moves it, under a key of its own
        List<String> probe = new ArrayList<>(List.of("ก"));
        AtomicReference<List<String>> kept = new AtomicReference<>();
        assertEquals("first", memo.get(probe, p -> {
            kept.set(List.copyOf(p));
            return kept.get();
        }));
        assertNotSame(probe, kept.get());
        probe.set(0, "ข");
        assertNull(memo.get(probe));
        assertSame("first", memo.get(List.of("ก")));
    }
}
