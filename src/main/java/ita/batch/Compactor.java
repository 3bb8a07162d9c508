package ita.batch;

import ita.model.Agency;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shares the values that repeat across thousands of records (question texts, item titles, names of
 * districts and provinces, common scores such as 100.00), so that a national run keeps its records within
 * a small heap: the texts of 24 questions and 35 items would otherwise be copied into every record.
 */
final class Compactor {

    private final ConcurrentHashMap<String, String> texts = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<BigDecimal, BigDecimal> numbers = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Agency, Agency> agencies = new ConcurrentHashMap<>();
    // an item passed or failed without a comment repeats across records as it is: some forty objects per record
    private final ConcurrentHashMap<OitItemScore, OitItemScore> sharedItems = new ConcurrentHashMap<>();

    AgencyYear compact(AgencyYear r) {
        List<QuestionScore> questions = new ArrayList<>(r.questions().size());
        for (QuestionScore q : r.questions()) {
            questions.add(new QuestionScore(text(q.code()), text(q.text()), number(q.score())));
        }
        List<OitItemScore> items = new ArrayList<>(r.oitItems().size());
        for (OitItemScore o : r.oitItems()) {
            OitItemScore item = new OitItemScore(text(o.code()), text(o.title()), number(o.score()), text(o.comment()));
            items.add(item.comment().isEmpty() ? shared(sharedItems, item) : item);
        }
        List<BigDecimal> indicators = new ArrayList<>(AgencyYear.INDICATORS);
        for (BigDecimal v : r.indicators()) {
            indicators.add(number(v));
        }
        java.util.Map<ita.model.Tool, BigDecimal> tools = new java.util.EnumMap<>(ita.model.Tool.class);
        r.tools().forEach((t, v) -> tools.put(t, number(v)));
        java.util.Map<String, String> cells = new java.util.HashMap<>(r.cells().size() * 2);
        r.cells().forEach((k, v) -> cells.put(text(k), text(v)));
        return new AgencyYear(agency(r.agency()), r.fiscalYear(), r.yearSource(), number(r.total()), text(r.level()),
                tools, indicators, questions, items, r.source(), cells);
    }

    private Agency agency(Agency a) {
        Agency shared = new Agency(text(a.id()), text(a.name()), text(a.coreName()), a.type(), text(a.district()),
                text(a.province()), text(a.code()));
        return shared(agencies, shared);
    }

    private String text(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        return shared(texts, s);
    }

    private BigDecimal number(BigDecimal v) {
        return v == null ? null : shared(numbers, v);
    }

    /**
     * The value already kept, or this one: a look-up first, since nearly every value is there already and
     * computeIfAbsent may lock its bin even then, which the reading threads would wait on.
     */
    private static <T> T shared(ConcurrentHashMap<T, T> kept, T value) {
        T known = kept.get(value);
        if (known != null) {
            return known;
        }
        known = kept.putIfAbsent(value, value);
        return known != null ? known : value;
    }
}
