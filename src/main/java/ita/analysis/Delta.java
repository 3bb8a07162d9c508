package ita.analysis;

import ita.framework.YearFramework;
import java.math.BigDecimal;

/**
 * A figure in two years and its change.
 *
 * @param change to − from, rounded as the later year publishes figures; null when either is unknown
 */
public record Delta(BigDecimal from, BigDecimal to, BigDecimal change) {

    static final Delta UNKNOWN = new Delta(null, null, null);

    /** @param later the framework of the later year, whose rounding the change takes */
    public static Delta of(BigDecimal from, BigDecimal to, YearFramework later) {
        BigDecimal c = from == null || to == null ? null : later.round(to.subtract(from));
        return new Delta(from, to, c);
    }

    public boolean known() {
        return change != null;
    }
}
