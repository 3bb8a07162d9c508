package ita.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Analyzes every province of the histories read, for the province summary workbook. */
public final class ProvinceAnalyzer {

    private static final List<Grouping> PROVINCE_GROUPINGS = List.of(Grouping.PROVINCE, Grouping.DISTRICT,
            Grouping.AGENCY_TYPE, Grouping.TYPE_GROUP);
    private static final List<Grouping> TYPES = List.of(Grouping.AGENCY_TYPE, Grouping.TYPE_GROUP);

    private ProvinceAnalyzer() {
    }

    /** One analysis per province (agencies without a province form one group of their own), by province name. */
    public static List<ProvinceAnalysis> analyze(List<AgencyHistory> histories, AnalysisSettings settings) {
        Map<String, List<AgencyHistory>> byProvince = new LinkedHashMap<>();
        for (AgencyHistory h : histories) {
            byProvince.computeIfAbsent(h.agency().province(), k -> new ArrayList<>()).add(h);
        }
        List<ProvinceAnalysis> out = new ArrayList<>();
        for (List<AgencyHistory> members : byProvince.values()) {
            out.add(new Province(members, settings).analysis());
        }
        out.sort(java.util.Comparator.comparing(ProvinceAnalysis::province));
        return List.copyOf(out);
    }

    /**
     * One province analysed, its records read once for the province and for each of its districts, which are
     * analysed when asked for, on any thread.
     */
    public static final class Province {
        private final ProvinceAnalysis analysis;
        private final Cohort cohort;
        private final AnalysisSettings settings;

        private Province(List<AgencyHistory> histories, AnalysisSettings settings) {
            this.cohort = new Cohort(histories, settings.catalog());
            this.settings = settings;
            Map<Grouping, List<GroupAnalysis>> groups = GroupStatistics.of(cohort, cohort.entries, PROVINCE_GROUPINGS,
                    settings);
            this.analysis = new ProvinceAnalysis(histories.get(0).agency().province(),
                    groups.get(Grouping.PROVINCE).get(0), groups.get(Grouping.DISTRICT),
                    groups.get(Grouping.AGENCY_TYPE), groups.get(Grouping.TYPE_GROUP));
        }

        public ProvinceAnalysis analysis() {
            return analysis;
        }

        /** One of its districts ({@link ProvinceAnalysis#byDistrict}) with its agency types and type groups. */
        public DistrictAnalysis district(GroupAnalysis district) {
            List<Cohort.Entry> members = new ArrayList<>();
            for (Cohort.Entry e : cohort.entries) {
                if (Grouping.DISTRICT.key(e.history.agency()).equals(district.key())) {
                    members.add(e);
                }
            }
            Map<Grouping, List<GroupAnalysis>> types = GroupStatistics.of(cohort, members, TYPES, settings);
            return new DistrictAnalysis(members.get(0).history.agency().province(), district,
                    types.get(Grouping.AGENCY_TYPE), types.get(Grouping.TYPE_GROUP));
        }
    }

    /** The histories of one province (all of the same province), analysed as {@link Province}. */
    public static Province province(List<AgencyHistory> histories, AnalysisSettings settings) {
        return new Province(histories, settings);
    }

    /**
     * One analysis per district of one province's histories, by district name; a district's missing years are
     * those other agencies of the province have.
     */
    public static List<DistrictAnalysis> districts(List<AgencyHistory> province, AnalysisSettings settings) {
        Map<String, List<AgencyHistory>> byDistrict = new LinkedHashMap<>();
        for (AgencyHistory h : province) {
            byDistrict.computeIfAbsent(Grouping.DISTRICT.key(h.agency()), k -> new ArrayList<>()).add(h);
        }
        return districts(GroupStatistics.of(province, Grouping.DISTRICT, settings), byDistrict, settings);
    }

    /**
     * The same, for a province already analysed: its districts' statistics are taken from it rather than computed
     * again.
     *
     * @param histories the province's histories, those {@code province} was analysed from
     */
    public static List<DistrictAnalysis> districts(ProvinceAnalysis province, List<AgencyHistory> histories,
                                                   AnalysisSettings settings) {
        Map<String, List<AgencyHistory>> byDistrict = new LinkedHashMap<>();
        for (AgencyHistory h : histories) {
            byDistrict.computeIfAbsent(Grouping.DISTRICT.key(h.agency()), k -> new ArrayList<>()).add(h);
        }
        return districts(province.byDistrict(), byDistrict, settings);
    }

    private static List<DistrictAnalysis> districts(List<GroupAnalysis> groups,
                                                    Map<String, List<AgencyHistory>> byDistrict,
                                                    AnalysisSettings settings) {
        List<DistrictAnalysis> out = new ArrayList<>();
        for (GroupAnalysis district : groups) {
            out.add(district(district, byDistrict.get(district.key()), settings));
        }
        return List.copyOf(out);
    }

    /** One district of a province already analysed, with its agency types and type groups. */
    private static DistrictAnalysis district(GroupAnalysis district, List<AgencyHistory> members,
                                            AnalysisSettings settings) {
        Map<Grouping, List<GroupAnalysis>> types = GroupStatistics.of(members, TYPES, settings);
        return new DistrictAnalysis(members.get(0).agency().province(), district, types.get(Grouping.AGENCY_TYPE),
                types.get(Grouping.TYPE_GROUP));
    }
}
