package ita.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BatchSettingsTest {

    @Test
    void startsFromTheCommandLinesDefaults() {
        BatchSettings s = BatchSettings.builder().build();
        assertEquals(List.of(Path.of("sample-workbooks")), s.inputs());
        assertEquals(Path.of("ita-output"), s.out());
        assertEquals(OptionalInt.empty(), s.year());
        assertEquals(OptionalInt.empty(), s.assumeYear());
        assertEquals(0, BigDecimal.valueOf(85).compareTo(s.threshold()));
        assertEquals(EnumSet.allOf(BatchSettings.OutputFormat.class), s.formats());
        assertFalse(s.overwrite() || s.annotate() || s.thaiDigits());
        assertTrue(s.threads() >= 1);
    }

    @Test
    void aCopyChangesOnlyWhatItIsTold() {
        BatchSettings s = BatchSettings.builder().inputs(Path.of("in")).out(Path.of("out")).year(2566)
                .assumeYear(2567).district(" วังมณี ").formats(BatchSettings.OutputFormat.CSV).threads(2).build();
        BatchSettings t = s.toBuilder().overwrite(true).build();
        assertTrue(t.overwrite());
        assertEquals(s.toString().replace("overwrite=false", "overwrite=true"), t.toString());
        assertEquals("วังมณี", t.district().orElseThrow(), "names are trimmed");
        assertEquals(2566, t.year().getAsInt());
        assertEquals(2567, t.assumeYear().getAsInt());
        assertEquals(EnumSet.of(BatchSettings.OutputFormat.CSV), t.formats());
    }

    @Test
    void refusesValuesNoRunCanUseNamingTheOption() {
        assertEquals("--year must be a Buddhist-era fiscal year such as 2567, got 1999",
                assertThrows(IllegalArgumentException.class, () -> BatchSettings.builder().year(1999).build())
                        .getMessage());
        assertEquals("--assume-year must be a Buddhist-era fiscal year such as 2567, got 2024",
                assertThrows(IllegalArgumentException.class, () -> BatchSettings.builder().assumeYear(2024).build())
                        .getMessage());
        assertEquals("--threads must be at least 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> BatchSettings.builder().threads(0).build())
                        .getMessage());
        assertEquals("--threshold must be between 0 and 100, got 100.5",
                assertThrows(IllegalArgumentException.class, () -> BatchSettings.builder()
                        .threshold(new BigDecimal("100.5")).build()).getMessage());
        assertThrows(IllegalArgumentException.class, () -> BatchSettings.builder().inputs(List.of()).build());
    }
}
