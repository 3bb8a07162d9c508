package ita.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScoresTest {

    @ParameterizedTest
    @CsvSource({"81.67, 81.67", "'๘๑,๖๗', 81.67", "81.67%, 81.67", "100 คะแนน, 100",
        "0.30000000000000004, 0.30000000000000004", "81.5000000000000000000000000, 81.5"})
    void readsScoresAsPeopleAndProgramsWriteThem(String raw, String expected) {
        Scores.Number n = assertInstanceOf(Scores.Number.class, Scores.parse(raw));
        assertEquals(0, new BigDecimal(expected).compareTo(n.value()), raw);
        assertEquals(new BigDecimal(expected).stripTrailingZeros().scale() <= Scores.MAX_DECIMALS,
                n.value().scale() <= Scores.MAX_DECIMALS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "1E-300", "8.167E1", "1e2", "81.67e0",
        "0.000000000000000000000001", "81.123456789012345678901"})
    void refusesExponentsAndScalesNoScoreHas(String raw) {
        assertEquals(new Scores.NotANumber(raw), Scores.parse(raw));
    }
}
