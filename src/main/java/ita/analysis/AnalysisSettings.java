package ita.analysis;

import ita.framework.FrameworkCatalog;
import ita.framework.YearFramework;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The choices an analysis depends on, with the defaults the seeds use.
 *
 * @param catalog           the framework definitions by fiscal year
 * @param strengthThreshold an indicator at or above it is a strength and is "kept up" (default 85)
 * @param urgentBelow       an indicator below it needs urgent fixing (default 70)
 * @param lowestQuestions   how many of the lowest IIT and EIT questions to list (ties at the cut are kept; default 3)
 * @param movers            how many agencies to list among those that rose or fell the most (default 5)
 */
public record AnalysisSettings(FrameworkCatalog catalog, BigDecimal strengthThreshold, BigDecimal urgentBelow,
                               int lowestQuestions, int movers) {

    public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(85);
    public static final BigDecimal DEFAULT_URGENT_BELOW = BigDecimal.valueOf(70);

    public AnalysisSettings {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(strengthThreshold, "strengthThreshold");
        Objects.requireNonNull(urgentBelow, "urgentBelow");
        if (strengthThreshold.signum() < 0 || strengthThreshold.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("the strength threshold must be 0–100, got "
                    + strengthThreshold.toPlainString());
        }
        if (urgentBelow.signum() < 0 || urgentBelow.compareTo(strengthThreshold) > 0) {
            throw new IllegalArgumentException("the urgent band must be 0 up to the strength threshold "
                    + strengthThreshold.toPlainString() + ", got " + urgentBelow.toPlainString());
        }
        if (lowestQuestions < 1 || movers < 1) {
            throw new IllegalArgumentException("lowestQuestions and movers must be at least 1");
        }
    }

    /** The standard catalog, threshold 85, urgent below 70, 3 lowest questions, 5 movers. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(FrameworkCatalog.standard(), DEFAULT_THRESHOLD, DEFAULT_URGENT_BELOW, 3, 5);
    }

    public AnalysisSettings withStrengthThreshold(BigDecimal threshold) {
        BigDecimal urgent = urgentBelow.compareTo(threshold) > 0 ? threshold : urgentBelow;
        return new AnalysisSettings(catalog, threshold, urgent, lowestQuestions, movers);
    }

    public AnalysisSettings withUrgentBelow(BigDecimal below) {
        return new AnalysisSettings(catalog, strengthThreshold, below, lowestQuestions, movers);
    }

    public YearFramework framework(int fiscalYear) {
        return catalog.framework(fiscalYear);
    }
}
