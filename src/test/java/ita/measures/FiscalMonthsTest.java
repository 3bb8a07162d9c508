package ita.measures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiscalMonthsTest {

    @ParameterizedTest
    @CsvSource({"ต.ค., 0", "ตค, 0", "ต.ค, 0", "ตุลาคม, 0", "10, 0", "๑๐, 0", "พ.ย., 1", "ธ.ค., 2", "1, 3",
        "ม.ค., 3", "มี.ค., 5", "มีนาคม, 5", "เม.ย., 6", "09, 11", "ก.ย., 11", "กันยายน, 11"})
    void readsMonthsWrittenInManyWays(String raw, int index) {
        assertEquals(index, FiscalMonths.parse(raw).getAsInt());
    }

    @ParameterizedTest
    @CsvSource({"13", "0", "ตค.ย.", "oct", "100", "''"})
    void refusesWhatIsNotAMonth(String raw) {
        assertTrue(FiscalMonths.parse(raw).isEmpty());
    }

    @Test
    void fiscalMonthsFallInTwoCalendarYears() {
        assertEquals(YearMonth.of(2022, 10), FiscalMonths.yearMonth(2566, 0));
        assertEquals(YearMonth.of(2022, 12), FiscalMonths.yearMonth(2566, 2));
        assertEquals(YearMonth.of(2023, 1), FiscalMonths.yearMonth(2566, 3));
        assertEquals(YearMonth.of(2023, 9), FiscalMonths.yearMonth(2566, 11));
        assertEquals(2565, FiscalMonths.buddhistYear(2566, 2));
        assertEquals(2566, FiscalMonths.buddhistYear(2566, 3));
    }

    @Test
    void periodsNameBothEndsWithTheirBuddhistYear() {
        assertEquals("ต.ค. 2565 – ก.ย. 2566", FiscalMonths.period(2566, 0, 11));
        assertEquals("ต.ค. 2565 – ธ.ค. 2565", FiscalMonths.period(2566, 0, 2));
        assertEquals("เม.ย. 2566", FiscalMonths.period(2566, 6, 6));
    }
}
