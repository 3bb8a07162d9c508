package ita.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A figure in two years and its change.
 *
 * @param change to − from, 2 decimals; null when either is unknown
 */
public record Delta(BigDecimal from, BigDecimal to, BigDecimal change) {

    static final Delta UNKNOWN = new Delta(null, null, null);

    public static Delta of(BigDecimal from, BigDecimal to) {
        BigDecimal c = from == null || to == null ? null : to.subtract(from).setScale(2, RoundingMode.HALF_UP);
        return new Delta(from, to, c);
    }

    public boolean known() {
        return change != null;
    }
}
