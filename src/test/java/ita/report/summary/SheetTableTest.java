package ita.report.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SheetTableTest {

    @Test
    void onlyTheCharactersXmlCannotHoldAreTakenOut() {
        StringBuilder every = new StringBuilder();
        StringBuilder kept = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            every.append(c);
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                kept.append(c);
            }
        }
        every.append("ก\uFFFEข\uFFFF");
        kept.append("กข");
        assertEquals(kept.toString(), SheetTable.clean(every.toString()));
        String plain = "อบต.ทับคล้อ\tบรรทัด\nสอง";
        assertSame(plain, SheetTable.clean(plain), "text without them is written as it is");
        assertEquals("", SheetTable.clean(null));
    }
}
