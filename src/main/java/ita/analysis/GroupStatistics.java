package ita.analysis;

import ita.framework.FrameworkCatalog;
import ita.framework.LevelRule;
import ita.framework.YearFramework;
import ita.model.Agency;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Statistics across agencies: per group and fiscal year, the distribution of totals, levels and passing with
 * the change from the previous year, indicator means against last year, how often each indicator is the
 * weakest, how often each OIT item fails, the largest risers and fallers, the ranking, and the agencies
 * missing a year their province's other agencies have.
 */
public final class GroupStatistics {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The order of groups: by label, then by key. */
    public static final Comparator<GroupAnalysis> ORDER = Comparator.comparing(GroupAnalysis::label)
            .thenComparing(GroupAnalysis::key);

    private GroupStatistics() {
    }

    /** Every group of the given histories, ordered by label, with the default settings. */
    public static List<GroupAnalysis> of(List<AgencyHistory> histories, Grouping grouping) {
        return of(histories, grouping, AnalysisSettings.defaults());
    }

    /**
     * Every group of the given histories, ordered by label. Missing years are judged against all the
     * histories given from the same province, not only the group's.
     */
    public static List<GroupAnalysis> of(List<AgencyHistory> histories, Grouping grouping, AnalysisSettings settings) {
        Map<String, List<AgencyHistory>> groups = new LinkedHashMap<>();
        for (AgencyHistory h : histories) {
            groups.computeIfAbsent(grouping.key(h.agency()), k -> new ArrayList<>()).add(h);
        }
        Map<String, TreeSet<Integer>> provinceYears = provinceYears(histories);
        List<GroupAnalysis> out = new ArrayList<>();
        groups.forEach((key, members) -> out.add(group(grouping, key, grouping.label(members.get(0).agency()),
                members, provinceYears, settings)));
        out.sort(ORDER);
        return List.copyOf(out);
    }

    /** One group made of the given members, all of them considered peers for missing years. */
    public static GroupAnalysis group(Grouping grouping, String key, String label, List<AgencyHistory> members,
                                      AnalysisSettings settings) {
        return group(grouping, key, label, members, provinceYears(members), settings);
    }

    private static GroupAnalysis group(Grouping grouping, String key, String label, List<AgencyHistory> members,
                                       Map<String, TreeSet<Integer>> provinceYears, AnalysisSettings settings) {
        List<AgencyHistory> sorted = members.stream().sorted(AgencyHistory.REPORT_ORDER).toList();
        TreeSet<Integer> years = new TreeSet<>();
        sorted.forEach(h -> years.addAll(h.fiscalYears()));
        Map<Integer, YearStatistics> stats = new TreeMap<>();
        for (int y : years) {
            stats.put(y, year(y, sorted, stats.get(y - 1), settings));
        }
        List<MissingYears> missing = new ArrayList<>();
        for (AgencyHistory h : sorted) {
            List<Integer> lacking = new ArrayList<>(provinceYears.getOrDefault(h.agency().province(), new TreeSet<>()));
            lacking.removeAll(h.fiscalYears());
            if (!lacking.isEmpty()) {
                missing.add(new MissingYears(h.agency(), lacking));
            }
        }
        Compliance compliance = stats.isEmpty() ? Compliance.none(0)
                : Compliance.of(years.last(), sorted, stats.get(years.last()).fallers(), settings.catalog());
        return new GroupAnalysis(grouping, key, label, sorted.stream().map(AgencyHistory::agency).toList(),
                List.copyOf(stats.values()), missing, compliance);
    }

    private static Map<String, TreeSet<Integer>> provinceYears(List<AgencyHistory> histories) {
        Map<String, TreeSet<Integer>> m = new TreeMap<>();
        for (AgencyHistory h : histories) {
            m.computeIfAbsent(h.agency().province(), k -> new TreeSet<>()).addAll(h.fiscalYears());
        }
        return m;
    }

    private record Member(Agency agency, AgencyYear year, Optional<AgencyYear> previous) {
    }

    private static YearStatistics year(int y, List<AgencyHistory> histories, YearStatistics previous,
                                       AnalysisSettings settings) {
        FrameworkCatalog catalog = settings.catalog();
        YearFramework f = catalog.framework(y);
        List<Member> members = new ArrayList<>();
        for (AgencyHistory h : histories) {
            h.year(y).ifPresent(r -> members.add(new Member(h.agency(), r, h.year(y - 1))));
        }
        List<BigDecimal> totals = members.stream().map(m -> m.year().total()).filter(t -> t != null).toList();
        Distribution dist = Distribution.of(totals, f);
        boolean sameScheme = previous != null
                && catalog.framework(y - 1).levels().name().equals(f.levels().name());
        int unknownLevels = 0;
        Map<String, Integer> levelCounts = new LinkedHashMap<>();
        f.levels().rules().forEach(r -> levelCounts.put(r.label(), 0));
        for (Member m : members) {
            String level = level(m.year(), f);
            if (level == null) {
                unknownLevels++;
            } else {
                levelCounts.merge(level, 1, Integer::sum);
            }
        }
        int classified = members.size() - unknownLevels;
        List<LevelCount> levels = new ArrayList<>();
        levelCounts.forEach((label, count) -> {
            Integer before = sameScheme ? previous.level(label).map(LevelCount::count).orElse(0) : null;
            levels.add(new LevelCount(label, count, share(count, classified), before,
                    before == null ? null : count - before));
        });
        int passed = (int) totals.stream().filter(t -> t.compareTo(f.passMark()) >= 0).count();
        PassCount passing = passing(f.passMark(), passed, totals.size(), previous);
        List<Mover> movers = movers(y, members, f);
        int top = settings.movers();
        List<Mover> risers = movers.stream().filter(m -> m.change().signum() > 0)
                .sorted(Comparator.comparing(Mover::change).reversed().thenComparing(m -> m.agency().name()))
                .limit(top).toList();
        List<Mover> fallers = movers.stream().filter(m -> m.change().signum() < 0)
                .sorted(Comparator.comparing(Mover::change).thenComparing(m -> m.agency().name()))
                .limit(top).toList();
        List<Member> ranked = members.stream().filter(m -> m.year().total() != null).toList();
        List<RankedAgency> ranking = Rankings.rank(ranked.stream().map(Member::agency).toList(),
                ranked.stream().map(m -> m.year().total()).toList());
        List<AgencyYear> records = members.stream().map(Member::year).toList();
        return new YearStatistics(y, members.size(), dist, levels, unknownLevels, passing,
                indicatorMeans(records, f, previous), weakest(records, f), itemFailures(records, f), risers, fallers,
                ranking);
    }

    /** The level of a record in the year's scheme: the reported label when the scheme knows it, else by total. */
    static String level(AgencyYear y, YearFramework f) {
        if (y.level() != null) {
            Optional<LevelRule> r = f.levels().rule(y.level());
            if (r.isPresent()) {
                return r.get().label();
            }
        }
        return y.total() == null ? null : Scoring.level(y.total(), y.tools(), f);
    }

    private static PassCount passing(BigDecimal passMark, int passed, int of, YearStatistics previous) {
        BigDecimal share = share(passed, of);
        PassCount before = previous == null || previous.passing().of() == 0 ? null : previous.passing();
        Integer prevCount = before == null ? null : before.count();
        BigDecimal prevShare = before == null ? null : before.share();
        Integer change = prevCount == null ? null : passed - prevCount;
        BigDecimal shareChange = prevShare == null || share == null ? null : share.subtract(prevShare);
        return new PassCount(passMark, passed, of, share, prevCount, prevShare, change, shareChange);
    }

    private static List<Mover> movers(int y, List<Member> members, YearFramework f) {
        List<Mover> out = new ArrayList<>();
        for (Member m : members) {
            if (m.previous().isPresent() && m.previous().get().total() != null && m.year().total() != null) {
                BigDecimal from = m.previous().get().total();
                BigDecimal to = m.year().total();
                out.add(new Mover(m.agency(), y - 1, y, from, to, f.round(to.subtract(from))));
            }
        }
        return out;
    }

    private static List<IndicatorMean> indicatorMeans(List<AgencyYear> records, YearFramework f,
                                                      YearStatistics previous) {
        List<IndicatorMean> out = new ArrayList<>();
        if (!f.hasIndicators()) {
            return out;
        }
        // the ten indicators summed in one pass over the records, as whole hundredths; an indicator with a value
        // of more decimals is left to the general mean
        long[] sums = new long[AgencyYear.INDICATORS + 1];
        int[] counts = new int[AgencyYear.INDICATORS + 1];
        boolean[] general = new boolean[AgencyYear.INDICATORS + 1];
        for (AgencyYear r : records) {
            List<BigDecimal> values = r.indicators();
            for (int n = 1; n <= AgencyYear.INDICATORS; n++) {
                BigDecimal v = values.get(n - 1);
                if (v == null) {
                    continue;
                }
                counts[n]++;
                long h = Distribution.hundredths(v);
                if (h == Distribution.NOT_HUNDREDTHS) {
                    general[n] = true;
                } else {
                    sums[n] += h;
                }
            }
        }
        for (int n = 1; n <= AgencyYear.INDICATORS; n++) {
            int k = n;
            BigDecimal mean;
            if (counts[n] == 0) {
                mean = null;
            } else if (general[n]) {
                mean = Distribution.meanOf(records.stream().map(r -> r.indicator(k)).filter(v -> v != null)
                        .toList(), f);
            } else {
                mean = Distribution.meanOfHundredths(sums[n], counts[n], f);
            }
            BigDecimal before = previous == null ? null : previousMean(previous, n);
            BigDecimal change = mean == null || before == null ? null : mean.subtract(before);
            out.add(new IndicatorMean(n, f.indicator(n).name(), mean, counts[n], before, change));
        }
        return out;
    }

    private static BigDecimal previousMean(YearStatistics previous, int number) {
        for (IndicatorMean m : previous.indicatorMeans()) {
            if (m.number() == number) {
                return m.mean();
            }
        }
        return null;
    }

    private static List<WeakestCount> weakest(List<AgencyYear> records, YearFramework f) {
        List<WeakestCount> out = new ArrayList<>();
        if (!f.hasIndicators()) {
            return out;
        }
        int[] counts = new int[AgencyYear.INDICATORS + 1];
        int of = 0;
        for (AgencyYear r : records) {
            if (!r.hasAllIndicators()) {
                continue;
            }
            of++;
            BigDecimal min = r.indicators().stream().min(Comparator.naturalOrder()).orElseThrow();
            for (int n = 1; n <= AgencyYear.INDICATORS; n++) {
                if (r.indicator(n).compareTo(min) == 0) {
                    counts[n]++;
                }
            }
        }
        for (int n = 1; n <= AgencyYear.INDICATORS; n++) {
            out.add(new WeakestCount(n, f.indicator(n).name(), counts[n], of, share(counts[n], of)));
        }
        return out;
    }

    private static List<ItemFailure> itemFailures(List<AgencyYear> records, YearFramework f) {
        // counted in a hash map and sorted once: comparing codes naturally parses them, too slow per record; an item
        // a record holds twice counts once, as first given: each count remembers the last record that added to it
        Map<String, int[]> counts = new java.util.HashMap<>(128);
        int record = 0;
        for (AgencyYear r : records) {
            record++;
            for (OitItemScore o : r.oitItems()) {
                int[] c = counts.computeIfAbsent(o.code(), k -> new int[3]);
                if (c[2] == record) {
                    continue;
                }
                c[2] = record;
                c[1]++;
                if (!o.passed()) {
                    c[0]++;
                }
            }
        }
        // only the items that failed, sorted once: by failures, then by code (a total order, so the order of the
        // hash map does not show)
        List<ItemFailure> out = new ArrayList<>();
        counts.forEach((code, c) -> {
            if (c[0] > 0) {
                var def = f.oitItem(code);
                out.add(new ItemFailure(code, def.map(d -> d.title()).orElse(""),
                        def.map(d -> d.subIndicator()).orElse(""), c[0], c[1], share(c[0], c[1])));
            }
        });
        out.sort(Comparator.comparingInt(ItemFailure::failed).reversed()
                .thenComparing(ItemFailure::code, Codes.NATURAL));
        return out;
    }

    /** Shares of agencies are percentages, not scores: 2 decimals, as the NACC publishes them (70.52 %). */
    static final int SHARE_DECIMALS = 2;

    /** count / of as a percentage; null when of is 0. */
    static BigDecimal share(int count, int of) {
        return of == 0 ? null : BigDecimal.valueOf(count).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(of), SHARE_DECIMALS, RoundingMode.HALF_UP);
    }
}
