package ita.macros;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ita.macros.LibreOfficeBasic.Case;
import ita.macros.LibreOfficeBasic.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Where Windows writes decimals with a comma (CStr(99.8) gives "99,8"), the worksheet functions
 * still read numbers exactly: the same cases as ItaFunctionsTest, in a German-locale LibreOffice.
 */
class ItaFunctionsCommaLocaleTest {

    private static Map<String, Result> results;

    /** Per test, so that without LibreOffice each test is counted as skipped; the evaluation runs once. */
    @BeforeEach
    void evaluateInLibreOffice() {
        LibreOfficeBasic.requireAvailable();
        if (results != null) {
            return;
        }
        List<Case> cases = new ArrayList<>(FunctionCases.all());
        // 0.5 as text shows the separator LibreOffice (and Basic's CStr) writes
        cases.add(new Case("separator", "=MID(1/2;2;1)"));
        results = LibreOfficeBasic.evaluate(MacroModules.files(), cases, "de-DE");
    }

    @Test
    void libreOfficeWritesDecimalsWithAComma() {
        assertEquals(",", results.get("separator").text());
    }

    @Test
    void answersAsTheEngineWhereTheDecimalSeparatorIsAComma() {
        assertAll(FunctionCases.GROUPS.stream().map(g -> (Executable) () -> FunctionCases.verify(g, 1, results)));
    }
}
