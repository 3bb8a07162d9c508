package ita.sample;

import ita.analysis.Scoring;
import ita.framework.FrameworkCatalog;
import ita.framework.OitSubIndicator;
import ita.framework.QuestionDef;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.model.SourceRef;
import ita.model.Tool;
import ita.model.YearSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws one agency's result for one fiscal year from its trajectory, bottom up as ITAS computes it:
 * question scores, then indicators as their means; OIT item scores, then sub-indicators and indicators
 * 9 and 10 as means; then tools, total and level with {@link Scoring}. So every figure obeys the framework.
 */
final class ScoreModel {

    static final SourceRef SOURCE = SourceRef.file("ita sample");
    private static final BigDecimal HUNDRED = new BigDecimal("100.00");
    private static final BigDecimal FIFTY = new BigDecimal("50.00");
    private static final BigDecimal ZERO = new BigDecimal("0.00");

    private final FrameworkCatalog catalog;
    private final long seed;

    ScoreModel(FrameworkCatalog catalog, long seed) {
        this.catalog = catalog;
        this.seed = seed;
    }

    AgencyYear year(SampleAgency a, int fiscalYear) {
        YearFramework f = catalog.framework(fiscalYear);
        Trajectory t = a.trajectory();
        Rng rng = new Rng(Rng.mix(seed, a.number(), fiscalYear));
        double level = clamp(t.levelIn(fiscalYear) + rng.gaussian(0, t.noise()), 5, 99.8);
        AgencyYear.Builder b = AgencyYear.builder().agency(a.agency()).fiscalYear(fiscalYear, YearSource.USER)
                .source(SOURCE);
        if (!f.hasIndicators()) {
            BigDecimal total = f.round(BigDecimal.valueOf(level));
            return b.total(total).level(Scoring.level(total, Map.of(), f)).build();
        }
        double iit = clamp(level + t.iitBias() + rng.gaussian(0, 1.5), 0, 100);
        double eit = clamp(level + t.eitBias() + rng.gaussian(0, 2), 0, 100);
        double oit = clamp(level + t.oitBias() + rng.gaussian(0, 4), 0, 100);
        List<BigDecimal> indicators = new ArrayList<>();
        for (int n = 1; n <= 8; n++) {
            double target = clamp((n <= 5 ? iit : eit) + rng.gaussian(0, 3.5), 0, 100);
            List<BigDecimal> scores = new ArrayList<>();
            for (QuestionDef q : f.questionsOf(n)) {
                BigDecimal s = questionScore(q, target, rng);
                scores.add(s);
                b.question(new QuestionScore(q.code(), q.text(), s));
            }
            indicators.add(f.round(Scoring.mean(scores)));
        }
        boolean partial = f.itemScores().stream().anyMatch(s -> s.compareTo(FIFTY) == 0);
        for (int n = 9; n <= 10; n++) {
            double pass = clamp((oit + rng.gaussian(0, 5)) / 100.0, 0.01, 0.995);
            List<BigDecimal> subMeans = new ArrayList<>();
            for (OitSubIndicator sub : f.subIndicatorsOf(n)) {
                List<BigDecimal> scores = new ArrayList<>();
                for (String code : sub.items()) {
                    BigDecimal s = rng.chance(pass) ? HUNDRED : (partial && rng.chance(0.3) ? FIFTY : ZERO);
                    String title = f.oitItem(code).orElseThrow().title();
                    scores.add(s);
                    b.oitItem(new OitItemScore(code, title, s, AssessorComments.forItem(title, s, fiscalYear, rng)));
                }
                subMeans.add(Scoring.mean(scores));
            }
            indicators.add(f.round(Scoring.mean(subMeans)));
        }
        for (int n = 1; n <= 10; n++) {
            b.indicator(n, indicators.get(n - 1));
        }
        Map<Tool, BigDecimal> tools = Scoring.toolScores(indicators, f);
        tools.forEach(b::tool);
        // published as ITAS does: tools shown rounded, the total from their unrounded means
        BigDecimal total = Scoring.totalFromIndicators(indicators, f);
        return b.total(total).level(Scoring.level(total, tools, f)).build();
    }

    /**
     * A question's score: near the indicator's level; a yes/no question (its text ends in หรือไม่) is
     * usually a clean 100 and otherwise falls well short.
     */
    private static BigDecimal questionScore(QuestionDef q, double target, Rng rng) {
        if (q.text().strip().endsWith("หรือไม่")) {
            double yes = clamp((target - 40) / 55, 0.05, 0.97);
            if (rng.chance(yes)) {
                return HUNDRED;
            }
            return twoDecimals(clamp(target - rng.between(5, 45), 0, 99.99));
        }
        return twoDecimals(clamp(target + rng.gaussian(0, 5), 0, 100));
    }

    static BigDecimal twoDecimals(double v) {
        return BigDecimal.valueOf(Math.round(v * 100), 2);
    }

    static double clamp(double v, double low, double high) {
        return Math.max(low, Math.min(high, v));
    }
}
