package ita.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CatalogKeyTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ind:7|ind:7", "IND:07|ind:7", "q:i7@2562-2566|q:i7@2562-2566", "Q:I07 @2565|q:i7@2565",
        "q:e๑๐@๒๕๖๗|q:e10@2567", "sub:9.2@2567-2568|sub:9.2@2567-2568", "sub:10.3@2567|sub:10.3@2567",
        "item:O042@2562-2566|item:o42@2562-2566", "sub:9.5|sub:9.5"})
    void readsKeysInTheirCanonicalForm(String raw, String canonical) {
        assertEquals(canonical, CatalogKey.parse(raw).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "x:7|expected a key such as ind:7, q:i7@2562-2566, sub:9.2@2567, item:o42@2562-2566, concept:measures, issue:3@2567-2569 or unit:planning but found \"x:7\"",
        "ind:11|expected an indicator number 1–10 after \"ind:\" but found \"11\"",
        "q:o7|expected a question code such as i7 or e10 after \"q:\" but found \"o7\"",
        "sub:8.1|expected a sub-indicator such as 9.2 or 10.1 after \"sub:\" but found \"8.1\"",
        "item:i4|expected an OIT item code such as o42 after \"item:\" but found \"i4\"",
        "q:i7@2024|expected a Buddhist-era fiscal year such as 2567 after \"@\" but found 2024",
        "q:i7@2566-2562|the years 2566-2562 run backwards; write 2562-2566"})
    void explainsWhatIsWrongWithAKey(String raw, String message) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, () -> CatalogKey.parse(raw)).getMessage());
    }

    @Test
    void yearsDecideWhichFiscalYearsAKeyServes() {
        CatalogKey k = CatalogKey.parse("q:i7@2562-2566");
        assertTrue(k.covers(2562));
        assertTrue(k.covers(2566));
        assertFalse(k.covers(2567));
        assertTrue(CatalogKey.parse("ind:7").covers(2599));
        assertTrue(k.contains(CatalogKey.parse("q:i7@2565")));
        assertFalse(CatalogKey.parse("q:i7@2565").contains(k));
    }
}
