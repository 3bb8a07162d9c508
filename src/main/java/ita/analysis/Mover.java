package ita.analysis;

import ita.model.Agency;
import java.math.BigDecimal;

/** An agency whose reported total rose or fell between two consecutive fiscal years. */
public record Mover(Agency agency, int fromYear, int toYear, BigDecimal fromTotal, BigDecimal toTotal,
                    BigDecimal change) {
}
