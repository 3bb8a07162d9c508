package ita.ingest;

import ita.model.Agency;
import ita.model.AgencyType;
import ita.model.AgencyYear;
import ita.model.Finding;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.model.SourceRef;
import ita.model.Tool;
import ita.text.ThaiText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Brings together what all files said about each agency, after every file is read. Two sources for one
 * agency and fiscal year are combined when they complement each other or agree within 0.005; where they
 * disagree the first source (in the order given) is kept and the disagreement reported, never averaged.
 * Agencies that only look alike are reported as possible matches and kept apart.
 */
public final class AgencyRegistry {

    static final BigDecimal AGREE = new BigDecimal("0.005");

    private AgencyRegistry() {
    }

    /**
     * @param byAgency each agency id with its records, one per fiscal year, oldest first
     * @param findings disagreements between sources and possible matches
     */
    public record Merged(Map<String, List<AgencyYear>> byAgency, List<Finding> findings) {
        public Merged {
            Map<String, List<AgencyYear>> m = new TreeMap<>();
            byAgency.forEach((k, v) -> m.put(k, List.copyOf(v)));
            byAgency = java.util.Collections.unmodifiableMap(m);
            findings = List.copyOf(findings);
        }
    }

    /**
     * Merges records of many files. Records without a code take the identity of an agency with a code
     * when exactly one such agency has the same type, name, district and province. In a combined record
     * the cells name the first source's cells only: a value filled from a later file has no cell entry.
     */
    public static Merged merge(List<AgencyYear> all) {
        List<Finding> findings = new ArrayList<>();
        List<AgencyYear> withIds = adoptCodes(all);
        Map<String, Map<Integer, AgencyYear>> groups = new LinkedHashMap<>();
        for (AgencyYear y : withIds) {
            Map<Integer, AgencyYear> years = groups.computeIfAbsent(y.agency().id(), k -> new TreeMap<>());
            AgencyYear before = years.get(y.fiscalYear());
            years.put(y.fiscalYear(), before == null ? y : combine(before, y, findings));
        }
        Map<String, List<AgencyYear>> byAgency = new TreeMap<>();
        groups.forEach((id, years) -> byAgency.put(id, years.values().stream()
                .sorted(Comparator.comparingInt(AgencyYear::fiscalYear)).toList()));
        // possible matches are named in the order the sources were given
        List<AgencyYear> firsts = groups.values().stream().map(years -> years.values().iterator().next()).toList();
        findings.addAll(possibleMatches(firsts));
        findings.addAll(districtSpellings(firsts, groups));
        return new Merged(byAgency, findings);
    }

    private static String naturalKey(Agency a) {
        return a.type().name() + "|" + ThaiText.key(a.coreName()) + "|" + ThaiText.key(a.district()) + "|"
                + ThaiText.key(a.province());
    }

    private static List<AgencyYear> adoptCodes(List<AgencyYear> all) {
        Map<String, Set<String>> codesByKey = new HashMap<>();
        Map<String, Agency> agencyById = new HashMap<>();
        for (AgencyYear y : all) {
            if (!y.agency().code().isEmpty()) {
                codesByKey.computeIfAbsent(naturalKey(y.agency()), k -> new HashSet<>()).add(y.agency().id());
                agencyById.putIfAbsent(y.agency().id(), y.agency());
            }
        }
        List<AgencyYear> out = new ArrayList<>(all.size());
        for (AgencyYear y : all) {
            Set<String> ids = y.agency().code().isEmpty() ? codesByKey.get(naturalKey(y.agency())) : null;
            out.add(ids != null && ids.size() == 1 ? y.withAgency(agencyById.get(ids.iterator().next())) : y);
        }
        return out;
    }

    // ---- combining two sources of one agency-year ----------------------------------------------

    /**
     * One record of two sources of one agency-year: what the first gives, completed by the second, disagreements
     * reported. Cells of the second are kept where the first has none, when both come from one file.
     */
    static AgencyYear combine(AgencyYear a, AgencyYear b, List<Finding> findings) {
        Conflicts c = new Conflicts(a, b, findings);
        AgencyYear.Builder m = AgencyYear.builder().agency(a.agency()).fiscalYear(a.fiscalYear(), a.yearSource())
                .source(a.source());
        if (a.source().file().equals(b.source().file())) {
            b.cells().forEach(m::cell);
        }
        a.cells().forEach(m::cell);
        BigDecimal total = c.number("total", "total", a.total(), b.total());
        m.total(total);
        m.level(c.level(a.level(), b.level()));
        EnumMap<Tool, BigDecimal> tools = new EnumMap<>(Tool.class);
        for (Tool t : Tool.values()) {
            BigDecimal v = c.number(t.name().toLowerCase(Locale.ROOT), t.name() + " score", a.tool(t), b.tool(t));
            if (v != null) {
                tools.put(t, v);
            }
        }
        tools.forEach(m::tool);
        for (int n = 1; n <= AgencyYear.INDICATORS; n++) {
            m.indicator(n, c.number("ind" + n, "indicator " + n, a.indicator(n), b.indicator(n)));
        }
        Map<String, QuestionScore> questions = new LinkedHashMap<>();
        a.questions().forEach(q -> questions.put(q.code(), q));
        for (QuestionScore q : b.questions()) {
            QuestionScore before = questions.get(q.code());
            if (before == null) {
                questions.put(q.code(), q);
            } else {
                c.number("q:" + q.code(), "question " + q.code(), before.score(), q.score());
            }
        }
        questions.values().forEach(m::question);
        Map<String, OitItemScore> items = new LinkedHashMap<>();
        a.oitItems().forEach(o -> items.put(o.code(), o));
        for (OitItemScore o : b.oitItems()) {
            OitItemScore before = items.get(o.code());
            if (before == null) {
                items.put(o.code(), o);
            } else {
                c.number("o:" + o.code(), "OIT item " + o.code(), before.score(), o.score());
            }
        }
        items.values().forEach(m::oitItem);
        return m.build();
    }

    /** Compares the values of two sources and reports where they disagree. */
    private record Conflicts(AgencyYear a, AgencyYear b, List<Finding> findings) {

        BigDecimal number(String key, String what, BigDecimal x, BigDecimal y) {
            if (x == null) {
                return y;
            }
            if (y != null && x.subtract(y).abs().compareTo(AGREE) > 0) {
                report(key, what, x.toPlainString(), y.toPlainString());
            }
            return x;
        }

        String level(String x, String y) {
            if (x == null) {
                return y;
            }
            if (y != null && !ThaiText.key(x).equals(ThaiText.key(y))) {
                report("level", "level", "\"" + x + "\"", "\"" + y + "\"");
            }
            return x;
        }

        private void report(String key, String what, String first, String second) {
            SourceRef from = where(a, key);
            SourceRef other = where(b, key);
            findings.add(Finding.warning("conflicting-values", other,
                    "conflicting " + what + " for " + a.agency().name() + " in fiscal year " + a.fiscalYear() + ": "
                            + first + " in " + from.describe() + " but " + second + " in " + other.describe()
                            + "; the first is kept",
                    "Correct the file that is wrong."));
        }

        private static SourceRef where(AgencyYear y, String key) {
            String cell = y.cells().get(key);
            if (cell == null) {
                return y.source();
            }
            int bang = cell.lastIndexOf('!');
            return bang < 0 ? new SourceRef(y.source().file(), cell, null)
                    : new SourceRef(y.source().file(), cell.substring(0, bang), cell.substring(bang + 1));
        }
    }

    // ---- agencies that may be one -------------------------------------------------------------

    private static List<Finding> possibleMatches(List<AgencyYear> firsts) {
        List<Finding> out = new ArrayList<>();
        Map<String, List<AgencyYear>> byPlace = new LinkedHashMap<>();
        Map<String, List<AgencyYear>> byName = new LinkedHashMap<>();
        for (AgencyYear y : firsts) {
            Agency a = y.agency();
            if (!a.district().isEmpty() || !a.province().isEmpty()) {
                byPlace.computeIfAbsent(ThaiText.key(a.province()) + "|" + ThaiText.key(a.district()),
                        k -> new ArrayList<>()).add(y);
            }
            byName.computeIfAbsent(ThaiText.key(a.coreName()), k -> new ArrayList<>()).add(y);
        }
        Set<String> reported = new HashSet<>();
        for (List<AgencyYear> group : byPlace.values()) {
            forPairs(group, (x, y) -> {
                String cx = ThaiText.key(x.agency().coreName());
                String cy = ThaiText.key(y.agency().coreName());
                // an อบต. may become a เทศบาลตำบล between years; an อบจ. and the town named after its province are two agencies
                boolean typeOnly = cx.equals(cy) && x.agency().type() != y.agency().type()
                        && x.agency().type() != AgencyType.PAO && y.agency().type() != AgencyType.PAO;
                boolean oneLetter = x.agency().type() == y.agency().type() && ThaiText.lookAlike(cx, cy);
                if (typeOnly || oneLetter) {
                    report(x, y, out, reported);
                }
            });
        }
        for (List<AgencyYear> group : byName.values()) {
            forPairs(group, (x, y) -> {
                Agency a = x.agency();
                Agency b = y.agency();
                boolean sameDistrict = ThaiText.key(a.district()).equals(ThaiText.key(b.district()))
                        && !a.district().isEmpty();
                boolean sameProvince = ThaiText.key(a.province()).equals(ThaiText.key(b.province()))
                        && !a.province().isEmpty();
                boolean oneLacksProvince = a.province().isEmpty() != b.province().isEmpty();
                boolean oneLacksDistrict = a.district().isEmpty() != b.district().isEmpty();
                if (a.type() == b.type() && (sameDistrict && oneLacksProvince || sameProvince && oneLacksDistrict)) {
                    report(x, y, out, reported);
                }
            });
        }
        return out;
    }

    /**
     * One agency under two spellings of its district (พิบูลย์รักษ์ / พิบูลรักษ์): same type, name and province, districts
     * that differ by a letter or a mark. They are kept apart, as the names alone cannot say which spelling is right, and
     * reported as a warning naming both sources, with the fiscal years both give.
     */
    private static List<Finding> districtSpellings(List<AgencyYear> firsts,
                                                   Map<String, Map<Integer, AgencyYear>> groups) {
        List<Finding> out = new ArrayList<>();
        Map<String, List<AgencyYear>> byNameAndProvince = new LinkedHashMap<>();
        for (AgencyYear y : firsts) {
            Agency a = y.agency();
            if (!a.district().isEmpty() && !a.province().isEmpty()) {
                byNameAndProvince.computeIfAbsent(a.type() + "|" + ThaiText.key(a.coreName()) + "|"
                        + ThaiText.key(a.province()), k -> new ArrayList<>()).add(y);
            }
        }
        for (List<AgencyYear> group : byNameAndProvince.values()) {
            forPairs(group, (x, y) -> {
                if (!ThaiText.lookAlike(ThaiText.key(x.agency().district()), ThaiText.key(y.agency().district()))) {
                    return;
                }
                java.util.TreeSet<Integer> both = new java.util.TreeSet<>(groups.get(x.agency().id()).keySet());
                both.retainAll(groups.get(y.agency().id()).keySet());
                String years = both.isEmpty() ? "" : "; both give fiscal year" + (both.size() > 1 ? "s " : " ")
                        + both.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
                out.add(Finding.warning("district-spelling", y.source(), "expected one district for "
                        + x.agency().name() + " in " + x.agency().province() + " but found '" + x.agency().district()
                        + "' in " + x.source().describe() + " and '" + y.agency().district() + "' in "
                        + y.source().describe() + years + "; they are kept apart as two agencies",
                        "Correct the district in the file that is wrong, or give both the same รหัสหน่วยงาน."));
            });
        }
        return out;
    }

    private static void forPairs(List<AgencyYear> group, java.util.function.BiConsumer<AgencyYear, AgencyYear> f) {
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                AgencyYear x = group.get(i);
                AgencyYear y = group.get(j);
                boolean bothCoded = !x.agency().code().isEmpty() && !y.agency().code().isEmpty();
                if (!bothCoded) {
                    f.accept(x, y);
                }
            }
        }
    }

    private static void report(AgencyYear x, AgencyYear y, List<Finding> out, Set<String> reported) {
        if (!reported.add(x.agency().id() + "\n" + y.agency().id())) {
            return;
        }
        out.add(Finding.info("possible-same-agency", SourceRef.file(x.source().file()),
                "possible same agency: '" + x.agency().name() + "' (" + x.source().file() + ") and '"
                        + y.agency().name() + "' (" + y.source().file() + "); they are kept apart. If they are one"
                        + " agency, give both the same รหัสหน่วยงาน."));
    }
}
