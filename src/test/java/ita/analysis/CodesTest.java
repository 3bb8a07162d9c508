package ita.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodesTest {

    /** The order by its definition: letters before the number, then the number, then the whole code. */
    private static final Comparator<String> DEFINITION = Comparator.comparing(Codes::prefix)
            .thenComparingInt(Codes::number).thenComparing(Comparator.naturalOrder());

    @Test
    void ordersCodesAsPeopleReadThem() {
        List<String> codes = new ArrayList<>(List.of("o10", "o9", "O2", "ind7", "i10", "i2", "o1"));
        codes.sort(Codes.NATURAL);
        assertEquals(List.of("O2", "i2", "i10", "ind7", "o1", "o9", "o10"), codes);
    }

    @Test
    void comparesInPlaceAsTheDefinitionDoes() {
        List<String> codes = List.of("", "o", "o1", "o01", "o001", "o10", "o9", "o9a", "o9b", "O9", "oo1", "o1234567890",
                "o123456789", "ind10", "i", "i2", "๑๒", "o๑๒", "o12", "a-1", "a1-2", "o 3");
        for (String a : codes) {
            for (String b : codes) {
                assertEquals(Integer.signum(DEFINITION.compare(a, b)), Integer.signum(Codes.NATURAL.compare(a, b)),
                        a + " against " + b);
            }
        }
    }
}
