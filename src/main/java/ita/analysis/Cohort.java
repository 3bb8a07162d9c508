package ita.analysis;

import ita.framework.FrameworkCatalog;
import ita.framework.OitItemDef;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of a set of agencies, each read once for the statistics of every group they are counted in: a
 * province's agencies are counted in the province, their district, their type and their type group, and reading each
 * record's level, indicators and OIT items once for all of them is most of what those statistics cost. OIT item
 * codes become small numbers, so that counting failures is counting in an array. Built by one thread; once built,
 * groups of it may be counted on several threads at once (what it looks up later it keeps in concurrent maps, or in
 * slots any thread fills alike).
 */
final class Cohort {

    /** One agency: its history, and each of its records read. */
    static final class Entry {
        final AgencyHistory history;
        private final int firstYear;
        private final Facts[] years;

        private Entry(AgencyHistory history, Cohort cohort) {
            this.history = history;
            List<AgencyYear> records = history.years();
            this.firstYear = records.get(0).fiscalYear();
            this.years = new Facts[records.get(records.size() - 1).fiscalYear() - firstYear + 1];
            for (AgencyYear r : records) {
                years[r.fiscalYear() - firstYear] = new Facts(r, cohort);
            }
        }

        /** The record of a fiscal year, or null. */
        Facts year(int fiscalYear) {
            int i = fiscalYear - firstYear;
            return i < 0 || i >= years.length ? null : years[i];
        }
    }

    /** What the statistics read of one record, in the terms of its fiscal year's framework. */
    static final class Facts {
        final AgencyYear record;
        /** {@link GroupStatistics#level}: null when neither reported nor computable. */
        final String level;
        /** The total in hundredths; {@link Distribution#NOT_HUNDREDTHS} when unknown or of more decimals. */
        final long total;
        /** Indicators 1–10 (index 0–9) in hundredths where {@link #present} and not {@link #general}. */
        final long[] indicators = new long[AgencyYear.INDICATORS];
        /** Bit n − 1 for each indicator n known, and for each known with more than 2 decimals. */
        final int present;
        final int general;
        /** Bit n − 1 for each indicator n equal to the lowest, when all ten are known; else 0. */
        final int weakest;
        /** The record's OIT items by number, each once as first given, and whether each passed. */
        final int[] items;
        final boolean[] passed;
        private final Cohort cohort;
        private List<Compliance.ItemResult> measures;

        private Facts(AgencyYear r, Cohort cohort) {
            this.record = r;
            this.cohort = cohort;
            YearFramework f = cohort.catalog.framework(r.fiscalYear());
            this.level = GroupStatistics.level(r, f);
            this.total = r.total() == null ? Distribution.NOT_HUNDREDTHS : Distribution.hundredths(r.total());
            List<BigDecimal> values = r.indicators();
            int known = 0;
            int wide = 0;
            for (int i = 0; i < AgencyYear.INDICATORS; i++) {
                BigDecimal v = values.get(i);
                if (v == null) {
                    continue;
                }
                known |= 1 << i;
                long h = Distribution.hundredths(v);
                if (h == Distribution.NOT_HUNDREDTHS) {
                    wide |= 1 << i;
                } else {
                    indicators[i] = h;
                }
            }
            this.present = known;
            this.general = wide;
            this.weakest = known != ALL_INDICATORS ? 0 : wide == 0 ? lowest(indicators) : lowest(values);
            List<OitItemScore> own = r.oitItems();
            int[] ids = new int[own.size()];
            boolean[] ok = new boolean[own.size()];
            int n = 0;
            int stamp = ++cohort.records;
            for (OitItemScore o : own) {
                int id = cohort.id(o.code());
                if (cohort.seen[id] == stamp) {
                    continue;
                }
                cohort.seen[id] = stamp;
                ids[n] = id;
                ok[n++] = o.passed();
            }
            this.items = n == ids.length ? ids : Arrays.copyOf(ids, n);
            this.passed = n == ok.length ? ok : Arrays.copyOf(ok, n);
        }

        boolean allIndicators() {
            return present == ALL_INDICATORS;
        }

        /** The measures and measures-report items of the record's year with the record's scores, as compliance has them. */
        List<Compliance.ItemResult> measures() {
            if (measures == null) {
                measures = Compliance.items(record, cohort.measuresItems(record.fiscalYear()));
            }
            return measures;
        }

        /** The same as {@link #lowest(List)} on whole hundredths. */
        private static int lowest(long[] values) {
            long min = values[0];
            for (long v : values) {
                min = Math.min(min, v);
            }
            int bits = 0;
            for (int i = 0; i < values.length; i++) {
                if (values[i] == min) {
                    bits |= 1 << i;
                }
            }
            return bits;
        }

        private static int lowest(List<BigDecimal> values) {
            BigDecimal min = values.get(0);
            for (BigDecimal v : values) {
                if (v.compareTo(min) < 0) {
                    min = v;
                }
            }
            int bits = 0;
            for (int i = 0; i < AgencyYear.INDICATORS; i++) {
                if (values.get(i).compareTo(min) == 0) {
                    bits |= 1 << i;
                }
            }
            return bits;
        }
    }

    private static final int ALL_INDICATORS = (1 << AgencyYear.INDICATORS) - 1;

    final FrameworkCatalog catalog;
    final List<Entry> entries;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> codes = new ArrayList<>();
    private int[] seen = new int[64];
    private final int[] naturalRanks;
    private int records;
    private final Map<Integer, Definitions> definitions = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Integer, List<OitItemDef>> measuresItems = new java.util.concurrent.ConcurrentHashMap<>();

    Cohort(List<AgencyHistory> histories, FrameworkCatalog catalog) {
        this.catalog = catalog;
        List<Entry> all = new ArrayList<>(histories.size());
        for (AgencyHistory h : histories) {
            all.add(new Entry(h, this));
        }
        this.entries = all;
        this.naturalRanks = ranks(codes);
    }

    private int id(String code) {
        Integer id = ids.get(code);
        if (id == null) {
            id = codes.size();
            ids.put(code, id);
            codes.add(code);
            if (id >= seen.length) {
                seen = Arrays.copyOf(seen, seen.length * 2);
            }
        }
        return id;
    }

    /** How many item codes the records hold; item numbers are below it. */
    int codeCount() {
        return codes.size();
    }

    String code(int id) {
        return codes.get(id);
    }

    /** Each code's place among the cohort's codes in {@link Codes#NATURAL} order, by item number. */
    int[] naturalRanks() {
        return naturalRanks;
    }

    private static int[] ranks(List<String> codes) {
        Integer[] order = new Integer[codes.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Codes.NATURAL.compare(codes.get(a), codes.get(b)));
        int[] ranks = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            ranks[order[i]] = i;
        }
        return ranks;
    }

    /**
     * The framework's definitions of the items in a fiscal year, by item number, looked up when first asked for
     * (a group's failed items are a few of the codes its records hold).
     */
    Definitions definitions(int fiscalYear) {
        return definitions.computeIfAbsent(fiscalYear, y -> new Definitions(catalog.framework(y), codes));
    }

    /** The definitions of one year's items, by item number. */
    static final class Definitions {
        private static final OitItemDef NONE = new OitItemDef("-", null, null, null, null, null);
        private final YearFramework framework;
        private final List<String> codes;
        private final OitItemDef[] found;

        private Definitions(YearFramework framework, List<String> codes) {
            this.framework = framework;
            this.codes = codes;
            this.found = new OitItemDef[codes.size()];
        }

        /** The definition of an item, or null when the year has no such item. */
        OitItemDef of(int id) {
            OitItemDef d = found[id];
            if (d == null) {
                d = framework.oitItem(codes.get(id)).orElse(NONE);
                found[id] = d;
            }
            return d == NONE ? null : d;
        }
    }

    private List<OitItemDef> measuresItems(int fiscalYear) {
        return measuresItems.computeIfAbsent(fiscalYear, y -> {
            YearFramework f = catalog.framework(y);
            List<OitItemDef> defs = new ArrayList<>();
            for (String concept : Compliance.CONCEPTS) {
                defs.addAll(f.itemsOf(concept));
            }
            return List.copyOf(defs);
        });
    }
}
