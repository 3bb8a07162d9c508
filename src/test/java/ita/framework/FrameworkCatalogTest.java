package ita.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.Tool;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrameworkCatalogTest {

    private final FrameworkCatalog catalog = FrameworkCatalog.standard();

    @Test
    void definesEveryYearFrom2562To2569() {
        assertEquals(java.util.List.of(2562, 2563, 2564, 2565, 2566, 2567, 2568, 2569), catalog.definedYears());
        for (int y : catalog.definedYears()) {
            YearFramework f = catalog.framework(y);
            assertEquals(10, f.indicators().size(), "indicators of " + y);
            assertEquals(new BigDecimal("1.00"), f.toolWeights().values().stream().reduce(BigDecimal.ZERO,
                    BigDecimal::add).setScale(2), "weights of " + y);
            assertFalse(f.oitItems().isEmpty(), "OIT items of " + y);
            for (int n = 1; n <= 8; n++) {
                assertFalse(f.questionsOf(n).isEmpty(), "questions of indicator " + n + " in " + y);
            }
        }
    }

    @Test
    void questionCountsFollowTheQuestionnaireOfEachYear() {
        assertEquals(30 + 15, catalog.framework(2565).questions().size());
        assertEquals(15 + 9, catalog.framework(2567).questions().size());
        assertEquals(43, catalog.framework(2565).oitItems().size());
        assertEquals(35, catalog.framework(2567).oitItems().size());
        assertEquals("10.3", catalog.framework(2567).oitItem("o34").orElseThrow().subIndicator());
        assertEquals("10.2", catalog.framework(2565).oitItem("o42").orElseThrow().subIndicator());
        assertEquals(7, catalog.framework(2567).issues().size());
    }

    @Test
    void oldYearsAreTotalOnly() {
        FrameworkCatalog.Resolution r = catalog.forYear(2560);
        assertEquals(Generation.TOTAL_ONLY, r.framework().generation());
        assertEquals(2560, r.framework().fiscalYear());
        assertTrue(r.note().orElseThrow().contains("only its total"));
    }

    @Test
    void aYearNewerThanTheNewestUsesTheNewestWithANote() {
        FrameworkCatalog.Resolution r = catalog.forYear(2570);
        assertEquals(2569, r.framework().fiscalYear());
        assertEquals("fiscal year 2570 has no definition yet; using the rules of 2569 (add 2570.json with "
                + "--framework-dir)", r.note().orElseThrow());
        assertTrue(catalog.forYear(2569).note().isEmpty());
        assertTrue(catalog.forYear(2567).note().isEmpty());
    }

    @Test
    void levelsAaToFUpTo2566() {
        LevelScheme l = catalog.framework(2565).levels();
        assertEquals("AA", l.levelOf(new BigDecimal("95.00"), Map.of()));
        assertEquals("A", l.levelOf(new BigDecimal("91.93"), Map.of()));
        assertEquals("B", l.levelOf(new BigDecimal("84.99"), Map.of()));
        assertEquals("C", l.levelOf(new BigDecimal("73.35"), Map.of()));
        assertEquals("E", l.levelOf(new BigDecimal("50.00"), Map.of()));
        assertEquals("F", l.levelOf(new BigDecimal("49.99"), Map.of()));
    }

    @Test
    void labelsFrom2567UseToolConditions() {
        LevelScheme l = catalog.framework(2567).levels();
        Map<Tool, BigDecimal> strong = Map.of(Tool.IIT, new BigDecimal("96"), Tool.EIT, new BigDecimal("95"),
                Tool.OIT, new BigDecimal("99"));
        Map<Tool, BigDecimal> weakOit = Map.of(Tool.IIT, new BigDecimal("96"), Tool.EIT, new BigDecimal("95"),
                Tool.OIT, new BigDecimal("84.99"));
        assertEquals("ผ่านดีเยี่ยม", l.levelOf(new BigDecimal("96.50"), strong));
        assertEquals("ผ่าน", l.levelOf(new BigDecimal("91.00"), weakOit));
        assertEquals("ผ่าน", l.levelOf(new BigDecimal("91.00"), Map.of()));
        assertEquals("ต้องปรับปรุง", l.levelOf(new BigDecimal("81.52"), Map.of()));
        assertEquals("ต้องปรับปรุงโดยด่วน", l.levelOf(new BigDecimal("69.99"), Map.of()));
    }

    @Test
    void indicatorWeightsAreSixTenAndTwentyPercent() {
        YearFramework f = catalog.framework(2565);
        assertEquals(0, new BigDecimal("0.06").compareTo(f.indicatorWeight(1)));
        assertEquals(0, new BigDecimal("0.10").compareTo(f.indicatorWeight(7)));
        assertEquals(0, new BigDecimal("0.20").compareTo(f.indicatorWeight(10)));
    }
}
