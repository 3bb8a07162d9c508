package ita.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the shipped definitions say about 2568 and 2569, concepts across years, codes as written, 2566's levels. */
class ConceptsAndCodesTest {

    private final FrameworkCatalog catalog = FrameworkCatalog.standard();

    private List<String> shown(List<OitItemDef> items) {
        return items.stream().map(OitItemDef::displayCode).toList();
    }

    @Test
    void theMeasuresItemOfEachYearIsFoundByItsConcept() {
        assertEquals(List.of("O42"), shown(catalog.framework(2563).itemsOf("measures")));
        assertEquals(List.of("O42"), shown(catalog.framework(2566).itemsOf("measures")));
        assertEquals(List.of("o34"), shown(catalog.framework(2567).itemsOf("measures")));
        assertEquals(List.of("O27"), shown(catalog.framework(2568).itemsOf("measures")));
        assertEquals(List.of("O25"), shown(catalog.framework(2569).itemsOf("measures")));
        assertEquals(List.of("O43"), shown(catalog.framework(2565).itemsOf("measures-report")));
        assertEquals(List.of("o35"), shown(catalog.framework(2567).itemsOf("measures-report")));
        assertEquals(List.of("O26"), shown(catalog.framework(2569).itemsOf("measures-report")));
        assertEquals("measures", catalog.framework(2569).conceptOf("o25").orElseThrow());
        // O25 meant human resources in 2563: codes belong to one year only
        assertEquals("hr-policy", catalog.framework(2563).conceptOf("o25").orElseThrow());
    }

    @Test
    void counterpartsLineUpItemsAcrossTheYearsCodes() {
        assertEquals(List.of("O25"), shown(catalog.counterparts("o34", 2567, 2569)));
        assertEquals(List.of("O26"), shown(catalog.counterparts("o35", 2567, 2569)));
        assertEquals(List.of("o34"), shown(catalog.counterparts("o42", 2565, 2567)));
        assertEquals(List.of("o26", "o27"), shown(catalog.counterparts("o20", 2569, 2567)), "No Gift: one item in 2569, two in 2567");
        assertEquals(List.of(), catalog.counterparts("o6", 2567, 2569), "Q&A has no item of its own in 2569");
    }

    @Test
    void everyItemOfEveryYearNamesAKnownConcept() {
        for (int y : catalog.definedYears()) {
            for (OitItemDef o : catalog.framework(y).oitItems()) {
                assertTrue(o.hasConcept(), o.displayCode() + " of " + y);
                assertTrue(catalog.concept(o.concept()).isPresent(), o.concept());
            }
        }
        assertEquals("มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", catalog.concept("measures").orElseThrow().name());
    }

    @Test
    void codesAreWrittenAsEachYearWritesThem() {
        assertEquals("O42", catalog.framework(2565).displayCode("o42"));
        assertEquals("I23", catalog.framework(2565).displayCode("i23"));
        assertEquals("o34", catalog.framework(2567).displayCode("o34"));
        assertEquals("i1", catalog.framework(2567).displayCode("i1"));
        assertEquals("O25", catalog.framework(2569).displayCode("o25"));
        // a code the year does not define takes the year's letter case
        assertEquals("O99", catalog.framework(2569).displayCode("o99"));
        assertEquals("o99", catalog.framework(2567).displayCode("o99"));
    }

    @Test
    void the2569ListPairsPlansOfTheYearWithReportsOnTheYearBefore() {
        YearFramework f = catalog.framework(2569);
        assertEquals(26, f.oitItems().size());
        assertEquals("O1", f.oitItems().get(0).displayCode());
        assertEquals("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", f.oitItem("o25").orElseThrow().title());
        assertEquals("10.3", f.oitItem("o25").orElseThrow().subIndicator());
        assertTrue(f.oitItem("o25").orElseThrow().isForCurrentYear());
        assertTrue(f.oitItem("o26").orElseThrow().isReportOnPreviousYear());
        for (String plan : List.of("o11", "o13", "o19", "o21", "o23")) {
            assertTrue(f.oitItem(plan).orElseThrow().isForCurrentYear(), plan);
        }
        for (String report : List.of("o12", "o14", "o18", "o22", "o24")) {
            assertTrue(f.oitItem(report).orElseThrow().isReportOnPreviousYear(), report);
        }
        assertEquals(ItemTiming.UNSTATED, f.oitItem("o1").orElseThrow().timing());
        assertTrue(f.notes().stream().anyMatch(n -> n.contains("Sub-indicator membership is not published")));
    }

    @Test
    void the2568ListHasTheProbableMeasuresItemsAndSaysSo() {
        YearFramework f = catalog.framework(2568);
        assertEquals(28, f.oitItems().size());
        assertEquals("10.3", f.oitItem("o27").orElseThrow().subIndicator());
        assertTrue(f.notes().stream().anyMatch(n -> n.contains("O27") && n.contains("[uncertain]")));
        // ผ่านดี needs every tool at 85 (confirmed for 2568)
        Map<ita.model.Tool, BigDecimal> oitLow = Map.of(ita.model.Tool.IIT, new BigDecimal("92"), ita.model.Tool.EIT,
                new BigDecimal("90"), ita.model.Tool.OIT, new BigDecimal("84.99"));
        assertEquals("ผ่าน", f.levels().levelOf(new BigDecimal("89.00"), oitLow));
    }

    @Test
    void year2566AcceptsBothLabelSchemes() {
        YearFramework f = catalog.framework(2566);
        assertEquals("AA–F", f.levels().name());
        assertEquals("AA–F", f.schemeOf("A").orElseThrow().name());
        assertEquals(catalog.framework(2567).levels().name(), f.schemeOf("ผ่าน").orElseThrow().name());
        assertTrue(f.schemeOf("excellent").isEmpty());
        assertEquals(1, catalog.framework(2565).levelSchemes().size(), "2565 printed AA–F only");
    }

    @Test
    void nationalFiguresArePerYearData() {
        NationalFigures n = catalog.framework(2568).national().orElseThrow();
        assertEquals(8317, n.agencies());
        assertEquals(new BigDecimal("93.82"), n.mean());
        assertEquals(7832, n.atOrAbovePassMark());
        assertEquals(new BigDecimal("94.17"), n.share());
        assertFalse(n.derived());
        assertTrue(catalog.framework(2567).national().orElseThrow().derived());
        assertEquals(null, catalog.framework(2564).national().orElseThrow().agencies(), "2564: only the mean");
        assertTrue(catalog.framework(2569).national().isEmpty(), "not published yet");
    }
}
