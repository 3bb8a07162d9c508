package ita.framework;

import java.math.BigDecimal;

/**
 * A level is reached when the total is at least {@code minTotal} and, when {@code minEachTool} is set,
 * every tool score is at least that.
 */
public record LevelRule(String label, BigDecimal minTotal, BigDecimal minEachTool) {
}
