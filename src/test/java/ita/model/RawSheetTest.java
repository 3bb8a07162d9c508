package ita.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RawSheetTest {

    @Test
    void aRowAskedForBeforeACellIsAddedShowsTheCellAfterwards() {
        RawSheet s = new RawSheet("ผล").put(2, 3, "81.67");
        assertEquals(List.of(2), s.rowIndexes());
        assertEquals(List.of("81.67"), s.row(2).stream().map(RawCell::text).toList());
        s.put(2, 1, "i1").put(0, 0, "หน่วยงาน");
        assertEquals(List.of("i1", "81.67"), s.row(2).stream().map(RawCell::text).toList(), "columns in order");
        assertEquals(List.of(0, 2), s.rowIndexes());
        s.put(2, 1, "i2");
        assertEquals("i2", s.row(2).get(0).text(), "a cell written again replaces the one handed out");
        assertEquals(3, s.cellCount());
    }
}
