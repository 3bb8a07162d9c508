package ita.analysis;

import static ita.analysis.Seeds.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AnalysisSettingsTest {

    @Test
    void defaultsAreThePassMarkAndTheUrgentBandOfSeventy() {
        AnalysisSettings s = AnalysisSettings.defaults();
        assertEquals(d("85"), s.strengthThreshold());
        assertEquals(d("70"), s.urgentBelow());
        assertEquals(3, s.lowestQuestions());
    }

    @Test
    void lowerThresholdPullsTheUrgentBandDownWithIt() {
        AnalysisSettings s = AnalysisSettings.defaults().withStrengthThreshold(d("60"));
        assertEquals(d("60"), s.urgentBelow());
        assertEquals(d("70"), AnalysisSettings.defaults().withStrengthThreshold(d("80")).urgentBelow());
    }

    @Test
    void refusesAnUrgentBandAboveTheThresholdOrAThresholdOutsideTheScale() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AnalysisSettings.defaults().withUrgentBelow(d("90")));
        assertEquals("the urgent band must be 0 up to the strength threshold 85, got 90", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> AnalysisSettings.defaults().withStrengthThreshold(d("101")));
    }

    @Test
    void verdictAndStatusWordsUsedInOutput() {
        assertEquals("รักษามาตรฐาน", Verdict.KEEP_UP.thaiLabel());
        assertEquals("พัฒนาให้ดีขึ้น", Verdict.DEVELOP.thaiLabel());
        assertEquals("ต้องแก้ไขโดยเร่งด่วน", Verdict.URGENT.thaiLabel());
        assertEquals("not_checkable", CheckStatus.NOT_CHECKABLE.code());
    }
}
