package ita.ingest;

import ita.framework.FrameworkCatalog;
import ita.framework.LevelRule;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.model.RawCell;
import ita.model.SourceRef;
import ita.model.Tool;
import ita.model.YearSource;
import ita.model.AgencyNames;
import ita.text.ThaiText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a {@link Draft} into an {@link AgencyYear} once its fiscal year is known, checking levels,
 * question and OIT item codes and gaps among the indicators against that year's framework.
 */
final class RecordFinisher {

    private final ReadContext ctx;
    private final FindingLog log;

    RecordFinisher(ReadContext ctx, FindingLog log) {
        this.ctx = ctx;
        this.log = log;
    }

    AgencyYear finish(Draft d, int year, YearSource yearSource) {
        FrameworkCatalog.Resolution res = ctx.catalog().forYear(year);
        res.note().ifPresent(n -> log.info("framework-note", SourceRef.file(log.file()), n));
        YearFramework fw = res.framework();
        AgencyYear.Builder b = AgencyYear.builder()
                .agency(AgencyNames.agency(d.name.value(), AgencyNames.typeOf(d.type), d.district, d.province, d.code))
                .fiscalYear(year, yearSource)
                .source(log.at(d.sheet, d.name.cell()));
        if (d.total != null) {
            b.total(d.total.value()).cell("total", ref(d, d.total.cell()));
        }
        if (d.level != null) {
            b.level(level(d, fw)).cell("level", ref(d, d.level.cell()));
        }
        boolean scored = !d.tools.isEmpty() || !d.indicators.isEmpty() || !d.questions.isEmpty() || !d.items.isEmpty();
        if (!fw.hasIndicators()) {
            if (scored) {
                log.warning("total-only-year", new SourceRef(log.file(), d.sheet, null),
                        "expected only a total for fiscal year " + year
                                + " (old ITA) but found indicator, tool, question or OIT item scores; they are ignored",
                        "");
            }
            return b.build();
        }
        d.tools.forEach((t, v) -> b.tool(t, v.value()).cell(t.name().toLowerCase(Locale.ROOT), ref(d, v.cell())));
        d.indicators.forEach((n, v) -> b.indicator(n, v.value()).cell("ind" + n, ref(d, v.cell())));
        for (Draft.Question q : d.questions.values()) {
            if (fw.question(q.code()).isEmpty()) {
                log.warning("unknown-question", log.at(d.sheet, q.codeCell()),
                        "expected a question code of " + year + " (" + ranges(fw.questions().stream()
                                .map(x -> x.displayCode()).toList()) + ") but found \"" + fw.displayCode(q.code()) + "\"",
                        "Check the code; question numbers differ between years.");
            }
            b.question(new QuestionScore(q.code(), q.text(), q.score())).cell("q:" + q.code(), ref(d, q.cell()));
        }
        for (Draft.Item i : d.items.values()) {
            if (fw.oitItem(i.code()).isEmpty()) {
                log.warning("unknown-oit-item", log.at(d.sheet, i.codeCell()),
                        "expected an OIT item code of " + year + " (" + ranges(fw.oitItems().stream()
                                .map(x -> x.displayCode()).toList()) + ") but found \"" + fw.displayCode(i.code()) + "\"",
                        "Check the code; OIT items differ between years.");
            }
            b.oitItem(new OitItemScore(i.code(), i.title(), i.score(), i.comment())).cell("o:" + i.code(),
                    ref(d, i.cell()));
        }
        reportGaps(d, fw);
        return b.build();
    }

    private String level(Draft d, YearFramework fw) {
        String written = ThaiText.normalize(d.level.value());
        String bare = written.replaceFirst("^(ระดับ|level)\\s*", "");
        // any scheme the year accepts: 2566 results were printed with AA–F and with the labels of 2567
        for (var scheme : fw.levelSchemes()) {
            var rule = scheme.rule(written).or(() -> scheme.rule(bare));
            if (rule.isPresent()) {
                return rule.get().label();
            }
        }
        log.warning("unknown-level", log.at(d.sheet, d.level.cell()),
                "expected a level of " + fw.fiscalYear() + " (" + String.join(", ", fw.levelSchemes().stream()
                        .flatMap(x -> x.rules().stream()).map(LevelRule::label).toList()) + ") but found \""
                        + written + "\"",
                "Check the level; it is kept as written.");
        return written;
    }

    private void reportGaps(Draft d, YearFramework fw) {
        if (d.indicators.isEmpty()) {
            return;
        }
        List<String> missing = new ArrayList<>();
        for (int n : d.expectedIndicators) {
            if (!d.indicators.containsKey(n)) {
                missing.add(n + " (" + fw.indicator(n).name() + ")");
            }
        }
        if (!missing.isEmpty()) {
            log.warning("missing-indicator", log.at(d.sheet, d.indicatorPlace),
                    "expected scores for all 10 indicators but found none for indicator"
                            + (missing.size() > 1 ? "s " : " ") + joinAnd(missing),
                    "Fill in the missing scores.");
        }
    }

    private static String ref(Draft d, RawCell c) {
        return c == null ? d.sheet : d.sheet + "!" + c.address();
    }

    static String joinAnd(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** "i1–i15, e1–e9" for a list of codes. */
    static String ranges(List<String> codes) {
        Map<Character, int[]> byLetter = new LinkedHashMap<>();
        for (String c : codes) {
            int n = Integer.parseInt(c.substring(1));
            int[] r = byLetter.computeIfAbsent(c.charAt(0), k -> new int[] {n, n});
            r[0] = Math.min(r[0], n);
            r[1] = Math.max(r[1], n);
        }
        List<String> out = new ArrayList<>();
        byLetter.forEach((l, r) -> out.add(l + "" + r[0] + "–" + l + r[1]));
        return out.isEmpty() ? "none defined" : String.join(", ", out);
    }

    /** The tool each indicator belongs to, from the newest framework (stable since 2562). */
    static Map<Integer, Tool> indicatorTools(FrameworkCatalog catalog) {
        Map<Integer, Tool> m = new TreeMap<>();
        catalog.framework(catalog.newestYear()).indicators().forEach(i -> m.put(i.number(), i.tool()));
        return m;
    }
}
