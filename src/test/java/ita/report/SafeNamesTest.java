package ita.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeNamesTest {

    private static final String FALLBACK = "หน่วยงาน";

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "../../etc/passwd           | ___etc_passwd",
        "..                         | หน่วยงาน",
        "อบต./นาทราย                | อบต._นาทราย",
        "อบต.\\นาทราย               | อบต._นาทราย",
        "C:\\Windows\\system32      | C__Windows_system32",
        "อบต.นาทราย.                | อบต.นาทราย",
        "'อบต.นาทราย . . '          | อบต.นาทราย",
        "'  .hidden'                | hidden",
        "อบต.๑๒๓                    | อบต.123"})
    void keepsEveryNameToOnePlainSegment(String name, String expected) {
        assertEquals(expected, SafeNames.segment(name, FALLBACK));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CON", "con", "PRN", "AUX", "NUL", "COM1", "com9", "LPT1", "COM0", "COM\u00B9", "CONIN$",
        "CON.txt", "nul.2567.xlsx", "AUX .xlsx", "CON ", "CON..."})
    void prefixesNamesWindowsReservesForDevicesWithAndWithoutExtension(String name) {
        String safe = SafeNames.segment(name, FALLBACK);
        assertTrue(safe.startsWith("_"), safe);
        assertFalse(safe.endsWith(".") || safe.endsWith(" "), safe);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CONSOLE", "COM10", "LPT", "อบต.คอน", "NULL.xlsx"})
    void leavesNamesThatOnlyLookLikeDevicesAlone(String name) {
        assertEquals(name, SafeNames.segment(name, FALLBACK));
    }

    @Test
    void replacesEveryCharacterWindowsRefuses() {
        assertEquals("a_b_c_d_e_f_g_h", SafeNames.segment("a:b*c?d\"e<f>g|h", FALLBACK));
    }

    @Test
    void replacesControlCharactersAndDropsDirectionOverrides() {
        assertEquals("a_b_c", SafeNames.segment("a\u0000b\u001Bc", FALLBACK));
        assertEquals("a_b", SafeNames.segment("a\u0085b", FALLBACK), "a C1 control");
        // U+202E would show "report‮xslx.exe" as "reportexe.xlsx"
        assertEquals("reportxslx.exe", SafeNames.segment("report\u202Exslx.exe", FALLBACK));
        assertEquals("a b", SafeNames.segment("a\nb\tc".substring(0, 3), FALLBACK), "white space folds to one space");
    }

    @Test
    void fallsBackWhenNothingUsableIsLeft() {
        assertEquals(FALLBACK, SafeNames.segment("", FALLBACK));
        assertEquals(FALLBACK, SafeNames.segment(null, FALLBACK));
        assertEquals(FALLBACK, SafeNames.segment(" . . ", FALLBACK));
        assertEquals(FALLBACK, SafeNames.segment("\u200B", FALLBACK));
        assertEquals("_", SafeNames.segment("...", ".."), "an unusable fallback still gives a name");
        assertEquals("_", SafeNames.segment("", null));
    }

    @Test
    void cutsVeryLongThaiNamesToAtMost180BytesBetweenWholeCharacters() {
        String name = "องค์การบริหารส่วนตำบลหนองน้ำใสพัฒนาชุมชนเข้มแข็ง".repeat(5);
        String safe = SafeNames.segment(name, FALLBACK);
        int bytes = safe.getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= 180 && bytes > 170, bytes + " bytes");
        assertTrue(name.startsWith(safe));
        // the cut never leaves a vowel or tone mark without the consonant after it
        char next = name.charAt(safe.length());
        assertFalse(Character.getType(next) == Character.NON_SPACING_MARK, "cut before a mark: " + next);
    }

    @Test
    void dropsASpaceOrDotLeftAtTheEndByTheCut() {
        String name = "ก".repeat(59) + " ข"; // the 180-byte cut falls just after the space
        assertEquals("ก".repeat(59), SafeNames.segment(name, FALLBACK));
    }

    @Test
    void foldsNamesThatAreOneFileOnWindowsOrMacOs() {
        assertEquals(SafeNames.fold("อบต.A.xlsx"), SafeNames.fold("อบต.a.XLSX"), "case");
        assertEquals(SafeNames.fold("Caf\u00E9"), SafeNames.fold("Cafe\u0301"), "composed and decomposed");
        assertEquals(SafeNames.fold("นาคำ"), SafeNames.fold("นาค\u0E4D\u0E32"), "sara am in one or two characters");
        assertEquals(SafeNames.fold("ＡＢ"), SafeNames.fold("ab"), "full-width letters");
        assertFalse(SafeNames.fold("นาคำ").equals(SafeNames.fold("นาดำ")));
    }

    @Test
    void keepsTheExtensionWhenALongNameIsCut() {
        String name = SafeNames.fileName("องค์การบริหารส่วนตำบล".repeat(5) + "-แบบรายงาน", "x", ".xlsx");
        assertTrue(name.endsWith(".xlsx"), name);
        assertTrue(name.getBytes(StandardCharsets.UTF_8).length <= 185, name);
    }
}
