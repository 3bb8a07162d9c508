package ita.analysis;

import ita.framework.FrameworkCatalog;
import ita.framework.LevelRule;
import ita.framework.OitItemDef;
import ita.framework.YearFramework;
import ita.model.Agency;
import ita.model.AgencyYear;
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
        return of(histories, List.of(grouping), settings).get(grouping);
    }

    /**
     * The groups of the given histories in each grouping given, as {@link #of(List, Grouping, AnalysisSettings)}
     * makes them, each record read once for all of them.
     */
    public static Map<Grouping, List<GroupAnalysis>> of(List<AgencyHistory> histories, List<Grouping> groupings,
                                                        AnalysisSettings settings) {
        Cohort cohort = new Cohort(histories, settings.catalog());
        return of(cohort, cohort.entries, groupings, settings);
    }

    /** The same for some of a cohort's agencies ({@code entries}), whose records it has read already. */
    static Map<Grouping, List<GroupAnalysis>> of(Cohort cohort, List<Cohort.Entry> entries, List<Grouping> groupings,
                                                 AnalysisSettings settings) {
        List<AgencyHistory> histories = new ArrayList<>(entries.size());
        entries.forEach(e -> histories.add(e.history));
        Map<String, TreeSet<Integer>> provinceYears = provinceYears(histories);
        Map<Grouping, List<GroupAnalysis>> all = new java.util.EnumMap<>(Grouping.class);
        for (Grouping grouping : groupings) {
            Map<String, List<Cohort.Entry>> groups = new LinkedHashMap<>();
            for (Cohort.Entry e : entries) {
                groups.computeIfAbsent(grouping.key(e.history.agency()), k -> new ArrayList<>()).add(e);
            }
            List<GroupAnalysis> out = new ArrayList<>();
            groups.forEach((key, members) -> out.add(group(grouping, key,
                    grouping.label(members.get(0).history.agency()), members, provinceYears, cohort, settings)));
            out.sort(ORDER);
            all.put(grouping, List.copyOf(out));
        }
        return all;
    }

    /** One group made of the given members, all of them considered peers for missing years. */
    public static GroupAnalysis group(Grouping grouping, String key, String label, List<AgencyHistory> members,
                                      AnalysisSettings settings) {
        Cohort cohort = new Cohort(members, settings.catalog());
        return group(grouping, key, label, cohort.entries, provinceYears(members), cohort, settings);
    }

    private static GroupAnalysis group(Grouping grouping, String key, String label, List<Cohort.Entry> members,
                                       Map<String, TreeSet<Integer>> provinceYears, Cohort cohort,
                                       AnalysisSettings settings) {
        List<Cohort.Entry> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing(e -> e.history, AgencyHistory.REPORT_ORDER));
        List<AgencyHistory> histories = new ArrayList<>(sorted.size());
        TreeSet<Integer> years = new TreeSet<>();
        for (Cohort.Entry e : sorted) {
            histories.add(e.history);
            for (AgencyYear r : e.history.years()) {
                years.add(r.fiscalYear());
            }
        }
        Map<Integer, YearStatistics> stats = new TreeMap<>();
        for (int y : years) {
            stats.put(y, year(y, sorted, stats.get(y - 1), cohort, settings));
        }
        List<MissingYears> missing = new ArrayList<>();
        for (AgencyHistory h : histories) {
            List<Integer> lacking = new ArrayList<>(provinceYears.getOrDefault(h.agency().province(), new TreeSet<>()));
            lacking.removeAll(h.fiscalYears());
            if (!lacking.isEmpty()) {
                missing.add(new MissingYears(h.agency(), lacking));
            }
        }
        Compliance compliance = stats.isEmpty() ? Compliance.none(0)
                : Compliance.of(years.last(), histories, stats.get(years.last()).fallers(),
                (i, record) -> sorted.get(i).year(record.fiscalYear()).measures());
        return new GroupAnalysis(grouping, key, label, histories.stream().map(AgencyHistory::agency).toList(),
                List.copyOf(stats.values()), missing, compliance);
    }

    private static Map<String, TreeSet<Integer>> provinceYears(List<AgencyHistory> histories) {
        Map<String, TreeSet<Integer>> m = new TreeMap<>();
        for (AgencyHistory h : histories) {
            m.computeIfAbsent(h.agency().province(), k -> new TreeSet<>()).addAll(h.fiscalYears());
        }
        return m;
    }

    /** A member with a record in the year: its agency, that record and the record of the year before, if any. */
    private record Member(Agency agency, Cohort.Facts year, Cohort.Facts previous) {
    }

    private static YearStatistics year(int y, List<Cohort.Entry> entries, YearStatistics previous, Cohort cohort,
                                       AnalysisSettings settings) {
        FrameworkCatalog catalog = settings.catalog();
        YearFramework f = catalog.framework(y);
        List<Member> members = new ArrayList<>();
        for (Cohort.Entry e : entries) {
            Cohort.Facts r = e.year(y);
            if (r != null) {
                members.add(new Member(e.history.agency(), r, e.year(y - 1)));
            }
        }
        List<BigDecimal> totals = new ArrayList<>(members.size());
        long[] hundredths = new long[members.size()];
        boolean exact = true;
        for (Member m : members) {
            BigDecimal t = m.year().record.total();
            if (t != null) {
                if (m.year().total == Distribution.NOT_HUNDREDTHS) {
                    exact = false;
                } else {
                    hundredths[totals.size()] = m.year().total;
                }
                totals.add(t);
            }
        }
        Distribution dist = exact ? Distribution.ofHundredths(java.util.Arrays.copyOf(hundredths, totals.size()), f)
                : Distribution.of(totals, f);
        boolean sameScheme = previous != null
                && catalog.framework(y - 1).levels().name().equals(f.levels().name());
        int unknownLevels = 0;
        Map<String, Integer> levelCounts = new LinkedHashMap<>();
        f.levels().rules().forEach(r -> levelCounts.put(r.label(), 0));
        for (Member m : members) {
            String level = m.year().level;
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
        int passed = 0;
        for (BigDecimal t : totals) {
            if (t.compareTo(f.passMark()) >= 0) {
                passed++;
            }
        }
        PassCount passing = passing(f.passMark(), passed, totals.size(), previous);
        List<Mover> movers = movers(y, members, f);
        int top = settings.movers();
        List<Mover> risers = movers.stream().filter(m -> m.change().signum() > 0)
                .sorted(Comparator.comparing(Mover::change).reversed().thenComparing(m -> m.agency().name()))
                .limit(top).toList();
        List<Mover> fallers = movers.stream().filter(m -> m.change().signum() < 0)
                .sorted(Comparator.comparing(Mover::change).thenComparing(m -> m.agency().name()))
                .limit(top).toList();
        List<RankedAgency> ranking = exact ? ranking(members) : Rankings.rank(members.stream()
                .filter(m -> m.year().record.total() != null).map(Member::agency).toList(), totals);
        List<Cohort.Facts> records = new ArrayList<>(members.size());
        members.forEach(m -> records.add(m.year()));
        return new YearStatistics(y, members.size(), dist, levels, unknownLevels, passing,
                indicatorMeans(records, f, previous), weakest(records, f), itemFailures(y, records, cohort, f),
                risers, fallers, ranking);
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

    /**
     * {@link Rankings#rank} of the members with a total, every total in whole hundredths: the same order (by total,
     * then name, then id, a stable sort of the members as given) and the same shared ranks, without comparing
     * decimals.
     */
    private static List<RankedAgency> ranking(List<Member> members) {
        List<Member> order = new ArrayList<>(members.size());
        for (Member m : members) {
            if (m.year().record.total() != null) {
                order.add(m);
            }
        }
        order.sort((a, b) -> {
            int c = Long.compare(b.year().total, a.year().total);
            if (c != 0) {
                return c;
            }
            c = a.agency().name().compareTo(b.agency().name());
            return c != 0 ? c : a.agency().id().compareTo(b.agency().id());
        });
        int n = order.size();
        RankedAgency[] out = new RankedAgency[n];
        for (int pos = 0; pos < n; pos++) {
            Member m = order.get(pos);
            int rank = pos > 0 && m.year().total == order.get(pos - 1).year().total ? out[pos - 1].rank() : pos + 1;
            out[pos] = new RankedAgency(m.agency(), m.year().record.total(), rank, n);
        }
        return List.of(out);
    }

    private static List<Mover> movers(int y, List<Member> members, YearFramework f) {
        List<Mover> out = new ArrayList<>();
        for (Member m : members) {
            if (m.previous() != null && m.previous().record.total() != null && m.year().record.total() != null) {
                BigDecimal from = m.previous().record.total();
                BigDecimal to = m.year().record.total();
                out.add(new Mover(m.agency(), y - 1, y, from, to, f.round(to.subtract(from))));
            }
        }
        return out;
    }

    private static List<IndicatorMean> indicatorMeans(List<Cohort.Facts> records, YearFramework f,
                                                      YearStatistics previous) {
        List<IndicatorMean> out = new ArrayList<>();
        if (!f.hasIndicators()) {
            return out;
        }
        // summed as whole hundredths; an indicator with a value of more decimals is left to the general mean
        long[] sums = new long[AgencyYear.INDICATORS];
        int[] counts = new int[AgencyYear.INDICATORS];
        int general = 0;
        for (Cohort.Facts r : records) {
            general |= r.general;
            for (int i = 0; i < AgencyYear.INDICATORS; i++) {
                if ((r.present & 1 << i) != 0) {
                    counts[i]++;
                    sums[i] += r.indicators[i];
                }
            }
        }
        for (int n = 1; n <= AgencyYear.INDICATORS; n++) {
            int i = n - 1;
            BigDecimal mean;
            if (counts[i] == 0) {
                mean = null;
            } else if ((general & 1 << i) != 0) {
                mean = Distribution.meanOf(records.stream().map(r -> r.record.indicator(i + 1))
                        .filter(v -> v != null).toList(), f);
            } else {
                mean = Distribution.meanOfHundredths(sums[i], counts[i], f);
            }
            BigDecimal before = previous == null ? null : previousMean(previous, n);
            BigDecimal change = mean == null || before == null ? null : mean.subtract(before);
            out.add(new IndicatorMean(n, f.indicator(n).name(), mean, counts[i], before, change));
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

    private static List<WeakestCount> weakest(List<Cohort.Facts> records, YearFramework f) {
        List<WeakestCount> out = new ArrayList<>();
        if (!f.hasIndicators()) {
            return out;
        }
        int[] counts = new int[AgencyYear.INDICATORS];
        int of = 0;
        for (Cohort.Facts r : records) {
            if (!r.allIndicators()) {
                continue;
            }
            of++;
            for (int i = 0; i < AgencyYear.INDICATORS; i++) {
                if ((r.weakest & 1 << i) != 0) {
                    counts[i]++;
                }
            }
        }
        for (int n = 1; n <= AgencyYear.INDICATORS; n++) {
            out.add(new WeakestCount(n, f.indicator(n).name(), counts[n - 1], of, share(counts[n - 1], of)));
        }
        return out;
    }

    private static List<ItemFailure> itemFailures(int y, List<Cohort.Facts> records, Cohort cohort, YearFramework f) {
        // counted by item number; an item a record holds twice counts once, as first given (the cohort keeps only
        // that one); sorted once, by failures then by code, a total order
        int[] failed = new int[cohort.codeCount()];
        int[] assessed = new int[cohort.codeCount()];
        for (Cohort.Facts r : records) {
            int[] items = r.items;
            boolean[] passed = r.passed;
            for (int k = 0; k < items.length; k++) {
                assessed[items[k]]++;
                if (!passed[k]) {
                    failed[items[k]]++;
                }
            }
        }
        // the failed items sorted by failures, then by code in its natural order (the cohort's order of item numbers)
        List<Integer> ids = new ArrayList<>();
        for (int id = 0; id < failed.length; id++) {
            if (failed[id] > 0) {
                ids.add(id);
            }
        }
        int[] natural = cohort.naturalRanks();
        ids.sort((a, b) -> failed[a] != failed[b] ? Integer.compare(failed[b], failed[a])
                : Integer.compare(natural[a], natural[b]));
        List<ItemFailure> out = new ArrayList<>(ids.size());
        Cohort.Definitions definitions = ids.isEmpty() ? null : cohort.definitions(y);
        for (int id : ids) {
            OitItemDef def = definitions.of(id);
            out.add(new ItemFailure(cohort.code(id), def == null ? "" : def.title(),
                    def == null || def.subIndicator() == null ? "" : def.subIndicator(), failed[id], assessed[id],
                    share(failed[id], assessed[id])));
        }
        return out;
    }

    /** Shares of agencies are percentages, not scores: 2 decimals, as the NACC publishes them (70.52 %). */
    static final int SHARE_DECIMALS = 2;

    /** count / of as a percentage; null when of is 0. */
    static BigDecimal share(int count, int of) {
        if (of == 0) {
            return null;
        }
        if (count >= 0 && of > 0) {
            // count × 100 / of to 2 decimals, half up, in whole numbers: ⌊(2 × count × 10⁴ + of) / (2 × of)⌋
            return BigDecimal.valueOf((2L * count * 10_000 + of) / (2L * of), SHARE_DECIMALS);
        }
        return BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(of), SHARE_DECIMALS,
                RoundingMode.HALF_UP);
    }
}
