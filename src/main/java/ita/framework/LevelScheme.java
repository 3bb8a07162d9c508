package ita.framework;

import ita.model.Tool;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The levels of one fiscal year, best first. The first rule whose conditions hold gives the level.
 * The last rule must have a minimum total of 0 so that every total has a level.
 */
public record LevelScheme(String name, List<LevelRule> rules) {

    public LevelScheme {
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("level scheme " + name + " has no levels");
        }
        if (rules.get(rules.size() - 1).minTotal().signum() != 0) {
            throw new IllegalArgumentException("the last level of " + name + " must start at 0");
        }
    }

    /**
     * The level for a total. Tool scores are used by rules that need them; a rule that needs a tool
     * score not given is skipped, so without tool scores the best level by total alone is reported.
     */
    public String levelOf(BigDecimal total, Map<Tool, BigDecimal> tools) {
        for (LevelRule r : rules) {
            if (total.compareTo(r.minTotal()) < 0) {
                continue;
            }
            if (r.minEachTool() != null) {
                if (tools == null || tools.size() < Tool.values().length) {
                    continue;
                }
                boolean all = tools.values().stream().allMatch(v -> v != null && v.compareTo(r.minEachTool()) >= 0);
                if (!all) {
                    continue;
                }
            }
            return r.label();
        }
        return rules.get(rules.size() - 1).label();
    }

    /** The rule named by a label, compared after normalisation (so "a" and "A" and "ผ่าน " match). */
    public Optional<LevelRule> rule(String label) {
        String k = ita.text.ThaiText.key(label);
        return rules.stream().filter(r -> ita.text.ThaiText.key(r.label()).equals(k)).findFirst();
    }

    /** The rank of a label, 0 best; -1 when unknown. */
    public int rank(String label) {
        String k = ita.text.ThaiText.key(label);
        for (int i = 0; i < rules.size(); i++) {
            if (ita.text.ThaiText.key(rules.get(i).label()).equals(k)) {
                return i;
            }
        }
        return -1;
    }
}
