package ita.sample;

import ita.framework.FrameworkCatalog;
import ita.model.Agency;
import ita.model.AgencyType;
import ita.model.AgencyYear;
import ita.model.AgencyNames;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A deterministic set of synthetic agencies and their results: the same seed gives the same agencies,
 * names, codes and scores, whichever order or thread asks for them. At national scale (about 8,300
 * agencies) it spreads them over about 77 invented provinces of about 108 agencies each: one อบจ., a
 * เทศบาลเมือง (or เทศบาลนคร in a large province), a third of the rest เทศบาลตำบล and the others อบต.
 */
public final class SampleUniverse {

    /** Agencies per province in the national universe: 8,300 over 77 provinces. */
    static final double AGENCIES_PER_PROVINCE = 108;
    private static final double AGENCIES_PER_DISTRICT = 9.5;
    private static final int MAX_PROVINCES = 77;
    /** Districts per province at most, so that a very large universe keeps about ten agencies per district at least. */
    private static final int MAX_DISTRICTS = 40;

    private final long seed;
    private final List<SampleAgency> agencies;
    private final Map<String, List<SampleAgency>> byProvince;
    private final ScoreModel scores;

    private SampleUniverse(long seed, List<SampleAgency> agencies, FrameworkCatalog catalog) {
        this.seed = seed;
        this.agencies = List.copyOf(agencies);
        Map<String, List<SampleAgency>> m = new LinkedHashMap<>();
        for (SampleAgency a : agencies) {
            m.computeIfAbsent(a.agency().province(), k -> new ArrayList<>()).add(a);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        this.byProvince = Collections.unmodifiableMap(m);
        this.scores = new ScoreModel(catalog, seed);
    }

    /** A universe of exactly {@code count} agencies in invented provinces. */
    public static SampleUniverse national(int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("the number of agencies must be at least 1, got " + count);
        }
        Rng rng = new Rng(Rng.mix(seed, 1));
        List<String> names = new ArrayList<>(PlaceNames.provinces());
        rng.shuffle(names);
        int provinces = (int) Math.max(1, Math.min(MAX_PROVINCES, Math.round(count / AGENCIES_PER_PROVINCE)));
        int[] sizes = provinceSizes(count, provinces, rng);
        List<String> districtPool = PlaceNames.districtPool(rng);
        int[] nextDistrict = {0};
        List<SampleAgency> out = new ArrayList<>(count);
        for (int p = 0; p < provinces; p++) {
            addProvince(out, names.get(p), p + 1, sizes[p], districtPool, nextDistrict, new Rng(Rng.mix(seed, 2, p)));
        }
        return new SampleUniverse(seed, out, FrameworkCatalog.standard());
    }

    /** A universe of agencies given one by one (the bundled province). */
    public static SampleUniverse of(List<SampleAgency> agencies, long seed) {
        return new SampleUniverse(seed, agencies, FrameworkCatalog.standard());
    }

    public long seed() {
        return seed;
    }

    public List<SampleAgency> agencies() {
        return agencies;
    }

    /** Province names in the order their agencies appear. */
    public List<String> provinces() {
        return List.copyOf(byProvince.keySet());
    }

    public List<SampleAgency> inProvince(String province) {
        return byProvince.getOrDefault(province, List.of());
    }

    /** The result of one agency in one fiscal year; empty when it was not assessed that year. */
    public Optional<AgencyYear> result(SampleAgency agency, int fiscalYear) {
        return agency.assessedIn(fiscalYear) ? Optional.of(scores.year(agency, fiscalYear)) : Optional.empty();
    }

    /** The results of a province's assessed agencies in one fiscal year, in universe order. */
    public List<AgencyYear> results(String province, int fiscalYear) {
        List<AgencyYear> out = new ArrayList<>();
        for (SampleAgency a : inProvince(province)) {
            result(a, fiscalYear).ifPresent(out::add);
        }
        return out;
    }

    private static int[] provinceSizes(int count, int provinces, Rng rng) {
        double[] w = new double[provinces];
        double sum = 0;
        for (int i = 0; i < provinces; i++) {
            w[i] = rng.between(0.6, 1.5);
            sum += w[i];
        }
        int[] sizes = new int[provinces];
        int given = 0;
        for (int i = 0; i < provinces; i++) {
            sizes[i] = Math.max(1, (int) Math.floor(count * w[i] / sum));
            given += sizes[i];
        }
        // hand out or take back the rounding remainder one agency at a time
        for (int i = 0; given != count; i = (i + 1) % provinces) {
            if (given < count) {
                sizes[i]++;
                given++;
            } else if (sizes[i] > 1) {
                sizes[i]--;
                given--;
            }
        }
        return sizes;
    }

    private static void addProvince(List<SampleAgency> out, String province, int provinceNo, int size,
                                    List<String> districtPool, int[] nextDistrict, Rng rng) {
        int districtCount = (int) Math.max(1, Math.min(MAX_DISTRICTS, Math.round(size / AGENCIES_PER_DISTRICT)));
        List<String> districts = PlaceNames.districts(province, districtCount, districtPool, nextDistrict);
        List<List<String>> pools = new ArrayList<>();
        List<Set<String>> used = new ArrayList<>();
        int[] seq = new int[districts.size()];
        for (int d = 0; d < districts.size(); d++) {
            pools.add(PlaceNames.places(rng));
            used.add(new HashSet<>());
        }
        for (int i = 0; i < size; i++) {
            AgencyType type;
            int d;
            String core;
            if (i == 0) {
                type = AgencyType.PAO;
                d = 0;
                core = province;
            } else if (i == 1) {
                type = size >= 80 && rng.chance(0.4) ? AgencyType.CITY_MUNICIPALITY : AgencyType.TOWN_MUNICIPALITY;
                d = 0;
                core = province;
            } else {
                type = rng.chance(0.3) ? AgencyType.SUBDISTRICT_MUNICIPALITY : AgencyType.SAO;
                d = (i - 2) % districts.size();
                core = nextPlace(pools.get(d), used.get(d), i);
            }
            seq[d]++;
            String code = String.format("%d%02d%02d%03d", typeDigit(type), provinceNo % 100, (d + 1) % 100, seq[d]);
            Agency agency = AgencyNames.agency(type.prefix() + core, type, districts.get(d), province, code);
            out.add(new SampleAgency(out.size(), agency, drawTrajectory(type, rng), Set.of()));
        }
    }

    private static String nextPlace(List<String> pool, Set<String> used, int i) {
        for (String name : pool) {
            if (used.add(name)) {
                return name;
            }
        }
        // a district with more agencies than invented names: number the rest
        String name = pool.get(i % pool.size()) + " " + i;
        used.add(name);
        return name;
    }

    private static int typeDigit(AgencyType type) {
        return switch (type) {
            case PAO -> 2;
            case CITY_MUNICIPALITY -> 3;
            case TOWN_MUNICIPALITY -> 4;
            case SUBDISTRICT_MUNICIPALITY -> 5;
            case SAO -> 6;
            case OTHER -> 9;
        };
    }

    /**
     * A plausible trajectory for an agency of a type: larger local governments start higher, most
     * agencies improve a couple of points a year, about one in five slips, a few neglect their web site
     * (very low OIT) and a few are near perfect.
     */
    static Trajectory drawTrajectory(AgencyType type, Rng rng) {
        double base = switch (type) {
            case PAO -> rng.gaussian(86, 5);
            case CITY_MUNICIPALITY, TOWN_MUNICIPALITY -> rng.gaussian(83, 6);
            case SUBDISTRICT_MUNICIPALITY -> rng.gaussian(78, 8);
            case SAO, OTHER -> rng.gaussian(75, 9);
        };
        double trend = rng.gaussian(2.0, 2.5);
        double iit = rng.between(3, 11);
        double eit = rng.between(0, 6);
        double oit = rng.between(-14, 6);
        double noise = rng.between(1.5, 4);
        double kind = rng.nextDouble();
        if (kind < 0.04) {
            oit = rng.between(-60, -35);
            trend = rng.gaussian(4, 2);
        } else if (kind < 0.07) {
            base = rng.between(93, 97.5);
            iit = rng.between(2, 4);
            eit = rng.between(1, 3);
            oit = rng.between(1, 4);
            trend = rng.between(0, 0.8);
            noise = 1;
        }
        return new Trajectory(ScoreModel.clamp(base, 20, 99), trend, iit, eit, oit, noise);
    }
}
