package ita.ingest;

import ita.model.Tool;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one table or sheet said about one agency, gathered cell by cell before the fiscal year is
 * known; {@link RecordFinisher} checks it against that year's framework and builds the record.
 */
final class Draft {

    /** A value and the cell it came from. */
    record Located<V>(V value, RawCell cell) {
    }

    /** A question score; {@code cell} holds the score, {@code codeCell} the code. */
    record Question(String code, String text, BigDecimal score, RawCell cell, RawCell codeCell) {
    }

    /** An OIT item score; {@code cell} holds the score (or the pass/fail status), {@code codeCell} the code. */
    record Item(String code, String title, BigDecimal score, String comment, RawCell cell, RawCell codeCell) {
    }

    final String sheet;
    Located<String> name;
    String code = "";
    String type = "";
    String district = "";
    String province = "";
    /** The year read from a year column or labelled cell, or 0. */
    int columnYear;
    /** The labelled cell the year was read from, if it was. */
    RawCell columnYearCell;
    Located<String> level;
    Located<BigDecimal> total;
    final EnumMap<Tool, Located<BigDecimal>> tools = new EnumMap<>(Tool.class);
    final Map<Integer, Located<BigDecimal>> indicators = new LinkedHashMap<>();
    final Map<String, Question> questions = new LinkedHashMap<>();
    final Map<String, Item> items = new LinkedHashMap<>();
    /** Indicators the source has a place for; a gap among them is reported. */
    final Set<Integer> expectedIndicators = new TreeSet<>();
    /** Where to point a report about a gap among the indicators. */
    RawCell indicatorPlace;

    Draft(String sheet) {
        this.sheet = sheet;
    }

    /** Questions or OIT items and nothing else: no indicator table, no total, level or tool score. */
    boolean onlyItems() {
        return expectedIndicators.isEmpty() && total == null && level == null && tools.isEmpty()
                && indicators.isEmpty() && (!questions.isEmpty() || !items.isEmpty());
    }

    boolean hasResult() {
        return total != null || level != null || !tools.isEmpty() || !indicators.isEmpty() || !questions.isEmpty()
                || !items.isEmpty();
    }

    /**
     * Keeps the value found first in the sheet (by row, then column) of two for one place; a different
     * second value is reported at its cell.
     */
    <V> Located<V> keepFirst(Located<V> before, Located<V> now, String what, FindingLog log) {
        if (before == null) {
            return now;
        }
        Located<V> first = before;
        Located<V> second = now;
        if (isBefore(now.cell(), before.cell())) {
            first = now;
            second = before;
        }
        if (!same(first.value(), second.value())) {
            log.warning("conflicting-values", log.at(sheet, second.cell()),
                    "expected one " + what + " but found " + show(first.value()) + " in cell "
                            + first.cell().address() + " and " + show(second.value()) + " here; the first is kept",
                    "Remove or correct one of the two.");
        }
        return first;
    }

    private static boolean isBefore(RawCell a, RawCell b) {
        return a != null && b != null && (a.row() < b.row() || a.row() == b.row() && a.col() < b.col());
    }

    void total(BigDecimal v, RawCell cell, FindingLog log) {
        if (v != null) {
            total = keepFirst(total, new Located<>(v, cell), "total", log);
        }
    }

    void level(String v, RawCell cell, FindingLog log) {
        if (v != null && !v.isBlank()) {
            level = keepFirst(level, new Located<>(v.strip(), cell), "level", log);
        }
    }

    void tool(Tool t, BigDecimal v, RawCell cell, FindingLog log) {
        if (v != null) {
            tools.put(t, keepFirst(tools.get(t), new Located<>(v, cell), t.name() + " score", log));
        }
    }

    void indicator(int n, BigDecimal v, RawCell cell, FindingLog log) {
        if (v != null) {
            indicators.put(n, keepFirst(indicators.get(n), new Located<>(v, cell), "score for indicator " + n, log));
        }
    }

    void question(Question q, FindingLog log) {
        Question before = questions.get(q.code());
        if (before == null) {
            questions.put(q.code(), q);
        } else {
            keepFirst(new Located<>(before.score(), before.cell()), new Located<>(q.score(), q.cell()),
                    "score for question " + q.code(), log);
        }
    }

    void item(Item i, FindingLog log) {
        Item before = items.get(i.code());
        if (before == null) {
            items.put(i.code(), i);
        } else {
            keepFirst(new Located<>(before.score(), before.cell()), new Located<>(i.score(), i.cell()),
                    "score for OIT item " + i.code(), log);
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        if (a instanceof String x && b instanceof String y) {
            return ita.text.ThaiText.key(x).equals(ita.text.ThaiText.key(y));
        }
        return a.equals(b);
    }

    private static String show(Object v) {
        return v instanceof BigDecimal d ? d.toPlainString() : "\"" + v + "\"";
    }
}
