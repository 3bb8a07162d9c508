package ita.analysis;

import ita.model.Tool;
import java.math.BigDecimal;
import java.util.Objects;

/** One indicator's score in one agency-year, with its tool and Thai name. */
public record IndicatorScore(int number, Tool tool, String name, BigDecimal score) {
    public IndicatorScore {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(score, "score");
        name = name == null ? "" : name;
    }

    /** The indicator numbers of a list, in its order. */
    public static java.util.List<Integer> numbers(java.util.List<IndicatorScore> scores) {
        return scores.stream().map(IndicatorScore::number).toList();
    }
}
