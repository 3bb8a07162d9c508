package ita.framework;

import ita.model.Tool;
import java.util.List;

/** One of the ten indicators: its number (stable 1–10 since 2562), tool, Thai name and accepted variants. */
public record IndicatorDef(int number, Tool tool, String name, List<String> variants) {
    public IndicatorDef {
        if (number < 1 || number > 10) {
            throw new IllegalArgumentException("indicator number must be 1–10, got " + number);
        }
        variants = variants == null ? List.of() : List.copyOf(variants);
    }
}
