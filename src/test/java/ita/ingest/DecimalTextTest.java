package ita.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalTextTest {

    @ParameterizedTest
    @CsvSource({
        "81.670000000000002, 81.67",
        "100, 100",
        "2.50, 2.5",
        "5., 5",
        "0.0, 0",
        "-0, 0",
        "-12.340, -12.34",
        "1E-3, 0.001",
        "7.0000000000000007E-2, 0.07",
        "1E+20, 100000000000000000000",
        "123456789012345, 123456789012345",
        "0.30000000000000004, 0.3",
        "181.67000000000002, 181.67",
        "99.999999999999999, 100",
        "-0.99999999999999999, -1",
        "12345678901234567, 12345678901234600",
        "0.000123456789012345678, 0.000123456789012346",
        "007.50, 7.5",
        ".5, 0.5",
        "-0.0000000000000000001, -0.0000000000000000001"})
    void shortensStoredXlsxNumbersToTheDigitsExcelShows(String stored, String expected) {
        assertEquals(expected, DecimalText.ofXml(stored));
    }

    @ParameterizedTest
    @CsvSource({"81.67, 81.67", "100, 100", "-3.5, -3.5", "0.000123, 0.000123", "1e21, 1000000000000000000000"})
    void writesDoublesAsPlainShortDecimals(double value, String expected) {
        assertEquals(expected, DecimalText.of(value));
    }

    @ParameterizedTest
    @CsvSource({"0.1, 0.2, 0.3", "81.67, 100, 181.67"})
    void hidesBinaryRoundingNoiseAsExcelDoes(double a, double b, String expected) {
        assertEquals(expected, DecimalText.of(a + b));
    }

    @ParameterizedTest
    @CsvSource({"1E-300, 1E-300", "2.5E-16, 2.5E-16", "-1E-20, -1E-20", "1e-999999999, 0"})
    void keepsTheExponentOfANumberTooSmallToWritePlainly(String stored, String expected) {
        assertEquals(expected, DecimalText.ofXml(stored));
    }

    @Test
    void givesNullForTextThatIsNoNumber() {
        assertNull(DecimalText.ofXml("abc"));
    }
}
