package ita.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.analysis.Scoring;
import ita.framework.OitSubIndicator;
import ita.framework.QuestionDef;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.model.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Recomputes an agency-year bottom up and asserts that every reported figure is exactly what the framework gives. */
final class FrameworkCheck {

    private FrameworkCheck() {
    }

    static void assertObeys(AgencyYear r, YearFramework f) {
        String who = r.agency().name() + " " + r.fiscalYear();
        if (!f.hasIndicators()) {
            assertEquals(Scoring.level(r.total(), Map.of(), f), r.level(), who);
            assertTrue(r.questions().isEmpty() && r.oitItems().isEmpty() && !r.hasAnyIndicator(), who);
            return;
        }
        Map<String, BigDecimal> questions = r.questions().stream()
                .collect(Collectors.toMap(QuestionScore::code, QuestionScore::score));
        assertEquals(f.questions().size(), questions.size(), who + ": one score per question");
        for (int n = 1; n <= 8; n++) {
            List<BigDecimal> scores = f.questionsOf(n).stream().map(QuestionDef::code).map(questions::get).toList();
            scores.forEach(s -> assertTrue(s.scale() == 2 && s.signum() >= 0 && s.compareTo(BigDecimal.valueOf(100)) <= 0,
                    who + ": question score " + s));
            assertEquals(f.round(Scoring.mean(scores)), r.indicator(n), who + ": indicator " + n);
        }
        Map<String, BigDecimal> items = r.oitItems().stream()
                .collect(Collectors.toMap(OitItemScore::code, OitItemScore::score));
        assertEquals(f.oitItems().size(), items.size(), who + ": one score per OIT item");
        for (BigDecimal s : items.values()) {
            assertTrue(f.itemScores().stream().anyMatch(allowed -> allowed.compareTo(s) == 0), who + ": item score " + s);
        }
        for (int n = 9; n <= 10; n++) {
            List<BigDecimal> subs = new ArrayList<>();
            for (OitSubIndicator sub : f.subIndicatorsOf(n)) {
                subs.add(Scoring.mean(sub.items().stream().map(items::get).toList()));
            }
            assertEquals(f.round(Scoring.mean(subs)), r.indicator(n), who + ": indicator " + n);
        }
        Map<Tool, BigDecimal> tools = Scoring.toolScores(r.indicators(), f);
        assertEquals(tools, r.tools(), who + ": tools");
        // the tools as shown are rounded; the total follows their unrounded means, as published
        BigDecimal total = Scoring.totalFromIndicators(r.indicators(), f);
        assertEquals(total, r.total(), who + ": total");
        assertEquals(Scoring.level(total, tools, f), r.level(), who + ": level");
        for (OitItemScore o : r.oitItems()) {
            assertEquals(o.passed(), o.comment().isEmpty(), who + ": a comment on every item that did not pass, " + o.code());
        }
    }
}
