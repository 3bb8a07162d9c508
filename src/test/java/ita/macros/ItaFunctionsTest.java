package ita.macros;

import ita.macros.LibreOfficeBasic.Result;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The worksheet functions of ItaFunctions.bas, run in LibreOffice Calc, give the answers of the
 * Java engine for the same inputs (see FunctionCases).
 */
class ItaFunctionsTest {

    private static Map<String, Result> results;

    /** Per test, so that without LibreOffice each test is counted as skipped; the evaluation runs once. */
    @BeforeEach
    void evaluateInLibreOffice() {
        LibreOfficeBasic.requireAvailable();
        if (results != null) {
            return;
        }
        results = LibreOfficeBasic.evaluate(FunctionCases.all());
    }

    @Test
    void totalIsTheWeightedSumRoundedHalfUpAsTheEngineRoundsIt() {
        FunctionCases.verify("total", 40, results);
    }

    @Test
    void toolScoreIsTheMeanRoundedAsTheEngineRoundsIt() {
        FunctionCases.verify("tool", 25, results);
    }

    @Test
    void levelFollowsTheFrameworkRulesAtEveryBoundary() {
        FunctionCases.verify("level", 200, results);
    }

    @Test
    void pointsToTargetAreNeverNegative() {
        FunctionCases.verify("points", 8, results);
    }

    @Test
    void digitsConvertAsThaiText() {
        FunctionCases.verify("digits", 10, results);
    }

    @Test
    void fiscalYearStartsOnTheFirstOfOctober() {
        FunctionCases.verify("fiscal", 20, results);
    }

    @Test
    void badArgumentsGiveErrorValues() {
        FunctionCases.verify("error", 25, results);
    }
}
