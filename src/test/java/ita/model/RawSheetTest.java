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

    @Test
    void cellsGivenInAnyOrderComeBackInColumnOrderAndTheLastRowIsTheHighest() {
        RawSheet s = new RawSheet("ผล");
        java.util.List<Integer> cols = new java.util.ArrayList<>();
        for (int c = 0; c < 40; c++) {
            cols.add((c * 17) % 40);
        }
        for (int c : cols) {
            s.put(5, c, "c" + c);
        }
        s.put(1_048_575, 2, "ล่าง").put(3, 0, "บน");
        assertEquals(40, s.row(5).size());
        for (int c = 0; c < 40; c++) {
            assertEquals("c" + c, s.row(5).get(c).text());
            assertEquals("c" + c, s.text(5, c));
        }
        assertEquals("", s.text(5, 40));
        assertEquals(null, s.cell(4, 0));
        assertEquals(1_048_575, s.lastRow());
        assertEquals(List.of(3, 5, 1_048_575), s.rowIndexes());
        assertEquals(42, s.cellCount());
        assertEquals(-1, new RawSheet("ว่าง").lastRow());
    }
}
