package ita.analysis;

import ita.model.Agency;
import ita.model.AgencyYear;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Ranks of agencies by reported total within their province and district, per fiscal year, as in the ITAS
 * province report. Ties share a rank and the next rank skips (1, 2, 2, 4). Agencies without a reported total,
 * or without a province (district), are not ranked there.
 */
public final class Rankings {

    private static final Rankings NONE = new Rankings(Map.of(), Map.of(), Map.of(), Map.of());

    private final Map<String, List<RankedAgency>> provinceTables;
    private final Map<String, List<RankedAgency>> districtTables;
    private final Map<String, Rank> provinceRanks;
    private final Map<String, Rank> districtRanks;

    private Rankings(Map<String, List<RankedAgency>> provinceTables, Map<String, List<RankedAgency>> districtTables,
                     Map<String, Rank> provinceRanks, Map<String, Rank> districtRanks) {
        this.provinceTables = provinceTables;
        this.districtTables = districtTables;
        this.provinceRanks = provinceRanks;
        this.districtRanks = districtRanks;
    }

    /** No ranking context: every lookup is empty. */
    public static Rankings none() {
        return NONE;
    }

    public static Rankings of(List<AgencyHistory> histories) {
        Map<String, List<Entry>> byProvince = new HashMap<>();
        Map<String, List<Entry>> byDistrict = new HashMap<>();
        for (AgencyHistory h : histories) {
            Agency a = h.agency();
            for (AgencyYear y : h.years()) {
                if (y.total() == null) {
                    continue;
                }
                Entry e = new Entry(a, y.total());
                if (!a.province().isEmpty()) {
                    byProvince.computeIfAbsent(provinceKey(a.province(), y.fiscalYear()), k -> new ArrayList<>()).add(e);
                    if (!a.district().isEmpty()) {
                        byDistrict.computeIfAbsent(districtKey(a.province(), a.district(), y.fiscalYear()),
                                k -> new ArrayList<>()).add(e);
                    }
                }
            }
        }
        Map<String, List<RankedAgency>> pt = new HashMap<>();
        Map<String, List<RankedAgency>> dt = new HashMap<>();
        Map<String, Rank> pr = new HashMap<>();
        Map<String, Rank> dr = new HashMap<>();
        byProvince.forEach((k, v) -> index(k, v, pt, pr));
        byDistrict.forEach((k, v) -> index(k, v, dt, dr));
        return new Rankings(Map.copyOf(pt), Map.copyOf(dt), Map.copyOf(pr), Map.copyOf(dr));
    }

    private record Entry(Agency agency, BigDecimal total) {
    }

    private static void index(String key, List<Entry> entries, Map<String, List<RankedAgency>> tables,
                              Map<String, Rank> ranks) {
        List<RankedAgency> table = rank(entries.stream().map(Entry::agency).toList(),
                entries.stream().map(Entry::total).toList());
        tables.put(key, table);
        int year = Integer.parseInt(key.substring(0, key.indexOf('|')));
        table.forEach(r -> ranks.put(year + "|" + r.agency().id(), r.place()));
    }

    /**
     * Competition ranking of agencies by total, highest first: equal totals (compared by value, so 85.0 equals
     * 85.00) share a rank and the next rank skips. Rows of equal rank are ordered by name, then id.
     *
     * @param agencies the agencies, in the same order as {@code totals}
     */
    public static List<RankedAgency> rank(List<Agency> agencies, List<BigDecimal> totals) {
        if (agencies.size() != totals.size()) {
            throw new IllegalArgumentException("agencies and totals differ in length");
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < agencies.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> totals.get(i)).reversed()
                .thenComparing(i -> agencies.get(i).name())
                .thenComparing(i -> agencies.get(i).id()));
        List<RankedAgency> out = new ArrayList<>();
        int n = order.size();
        for (int pos = 0; pos < n; pos++) {
            int i = order.get(pos);
            int rank = pos + 1;
            if (pos > 0 && totals.get(i).compareTo(out.get(pos - 1).total()) == 0) {
                rank = out.get(pos - 1).rank();
            }
            out.add(new RankedAgency(agencies.get(i), totals.get(i), rank, n));
        }
        return List.copyOf(out);
    }

    public Optional<Rank> inProvince(String agencyId, int fiscalYear) {
        return Optional.ofNullable(provinceRanks.get(fiscalYear + "|" + agencyId));
    }

    public Optional<Rank> inDistrict(String agencyId, int fiscalYear) {
        return Optional.ofNullable(districtRanks.get(fiscalYear + "|" + agencyId));
    }

    /** The ranking table of a province in a fiscal year, best first; empty when unknown. */
    public List<RankedAgency> province(String province, int fiscalYear) {
        return provinceTables.getOrDefault(provinceKey(province, fiscalYear), List.of());
    }

    public List<RankedAgency> district(String province, String district, int fiscalYear) {
        return districtTables.getOrDefault(districtKey(province, district, fiscalYear), List.of());
    }

    private static String provinceKey(String province, int year) {
        return year + "|" + province;
    }

    private static String districtKey(String province, String district, int year) {
        return year + "|" + province + "|" + district;
    }
}
