package ita.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CellRefsTest {

    @Test
    void columnLettersGoPastZToExcelsLastColumn() {
        assertEquals("A", CellRefs.column(0));
        assertEquals("Z", CellRefs.column(25));
        assertEquals("AA", CellRefs.column(26));
        assertEquals("AZ", CellRefs.column(51));
        assertEquals("BA", CellRefs.column(52));
        assertEquals("ZZ", CellRefs.column(701));
        assertEquals("AAA", CellRefs.column(702));
        assertEquals("XFD", CellRefs.column(16383));
    }

    @Test
    void addressesAreOneBasedRowsAfterTheLetters() {
        assertEquals("A1", CellRefs.address(0, 0));
        assertEquals("C7", CellRefs.address(6, 2));
        assertEquals("AB100", CellRefs.address(99, 27));
        assertEquals("x!C7", CellRefs.appendAddress(new StringBuilder("x!"), 6, 2).toString());
    }

    @Test
    void everyColumnReadsBackAsItself() {
        for (int col = 0; col <= 16383; col++) {
            String ref = CellRefs.address(41, col);
            assertEquals(col, CellRefs.column(ref, 0, ref.length()), ref);
            assertEquals(41, CellRefs.row(ref, 0, ref.length()), ref);
        }
    }

    @Test
    void readsRangesAbsoluteReferencesAndRefusesWhatIsNotOne() {
        assertEquals(new CellRange(0, 0, 1, 3), CellRefs.range("A1:D2"));
        assertEquals(new CellRange(0, 0, 1, 3), CellRefs.range("D2:A1"));
        assertEquals(new CellRange(11, 27, 11, 27), CellRefs.range("$AB$12"));
        assertNull(CellRefs.range("12"));
        assertNull(CellRefs.range("ABCD1"), "more than three letters is past XFD");
        assertNull(CellRefs.range("A1B2"));
    }
}
