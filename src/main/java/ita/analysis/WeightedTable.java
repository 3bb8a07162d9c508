package ita.analysis;

import ita.framework.YearFramework;
import ita.model.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The weighted table of one agency-year, as seed 003 lays it out: each tool's score (reported, else the mean of its
 * indicators as the score check computed it), its weight, its weighted score, and the total of those, each rounded
 * as the year publishes figures. Writers show it; they do not compute it.
 *
 * @param total      the weighted total of the tools shown; null when a tool is unknown
 * @param difference the reported total less {@code total}; null when either is unknown
 */
public record WeightedTable(List<Row> rows, BigDecimal total, BigDecimal difference) {

    /**
     * One tool.
     *
     * @param score    the reported score, else the computed one; null when neither is known
     * @param reported true when {@code score} was reported
     * @param weight   the tool's share of the total, as a percentage (30, 40)
     * @param weighted score × weight, rounded; null when the score is unknown
     */
    public record Row(Tool tool, BigDecimal score, boolean reported, BigDecimal weight, BigDecimal weighted) {
    }

    public WeightedTable {
        rows = List.copyOf(rows);
    }

    /** The table of a year with indicators; empty rows for a total-only year. */
    public static WeightedTable of(YearAnalysis y) {
        YearFramework f = y.framework();
        if (!f.hasIndicators()) {
            return new WeightedTable(List.of(), null, null);
        }
        List<Row> rows = new ArrayList<>();
        Map<Tool, BigDecimal> shown = new EnumMap<>(Tool.class);
        for (Tool t : Tool.values()) {
            BigDecimal reported = y.year().tool(t);
            FigureCheck check = y.check().tool(t);
            BigDecimal score = reported != null ? reported : check == null ? null : check.computed();
            if (score != null) {
                shown.put(t, score);
            }
            rows.add(new Row(t, score, reported != null, f.weight(t).movePointRight(2),
                    score == null ? null : Scoring.weighted(t, score, f)));
        }
        BigDecimal total = shown.size() == Tool.values().length ? Scoring.total(shown, f) : null;
        BigDecimal reportedTotal = y.year().total();
        BigDecimal difference = total == null || reportedTotal == null ? null : f.round(reportedTotal.subtract(total));
        return new WeightedTable(rows, total, difference);
    }
}
