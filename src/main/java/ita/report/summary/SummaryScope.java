package ita.report.summary;

import ita.analysis.AgencyBrief;
import ita.analysis.AgencyHistory;
import ita.analysis.AnalysisSettings;
import ita.analysis.DistrictAnalysis;
import ita.analysis.GroupAnalysis;
import ita.analysis.GroupStatistics;
import ita.analysis.Grouping;
import ita.analysis.ProvinceAnalysis;
import ita.analysis.ProvinceAnalyzer;
import ita.model.Agency;
import ita.report.ThaiFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one summary workbook covers: a province, a district, or everything read.
 *
 * @param kind        which of the three
 * @param name        the Thai name shown in titles: จังหวัดพิจิตร, อำเภอทับคล้อ จังหวัดพิจิตร, or ทุกหน่วยงานที่อ่าน
 * @param overall     the statistics of all agencies covered (with the ranking per year)
 * @param byProvince  one group per province, only for the summary of everything
 * @param byDistrict  one group per district (none for a district)
 * @param byType      one group per agency type (อบจ., ทน., ทม., ทต., อบต.)
 * @param byTypeGroup one group per type group (อบจ., เทศบาล, อบต.)
 * @param agencies    what the summaries show of the agencies covered, for their levels, changes and weakest indicators;
 *                    agencies without one are still ranked and counted
 * @param provinces   each province analysed on its own, only for the summary of everything
 */
public record SummaryScope(Kind kind, String name, GroupAnalysis overall, List<GroupAnalysis> byProvince,
                           List<GroupAnalysis> byDistrict, List<GroupAnalysis> byType, List<GroupAnalysis> byTypeGroup,
                           List<AgencyBrief> agencies, List<ProvinceAnalysis> provinces) {

    /** What a summary is about. */
    public enum Kind { PROVINCE, DISTRICT, EVERYTHING }

    public SummaryScope {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(overall, "overall");
        if (overall.years().isEmpty()) {
            throw new IllegalArgumentException("a summary needs at least one fiscal year");
        }
        byProvince = List.copyOf(byProvince);
        byDistrict = List.copyOf(byDistrict);
        byType = List.copyOf(byType);
        byTypeGroup = List.copyOf(byTypeGroup);
        agencies = List.copyOf(agencies);
        provinces = List.copyOf(provinces);
    }

    /** One province, with those of the given analyses that belong to it. */
    public static SummaryScope of(ProvinceAnalysis province, List<AgencyBrief> analyses) {
        GroupAnalysis overall = province.overall();
        return new SummaryScope(Kind.PROVINCE, ThaiFormat.province(province.province()), overall, List.of(),
                province.byDistrict(), province.byType(), province.byTypeGroup(), members(overall, analyses), List.of());
    }

    /** One district, with those of the given analyses that belong to it. */
    public static SummaryScope of(DistrictAnalysis district, List<AgencyBrief> analyses) {
        GroupAnalysis overall = district.overall();
        String province = district.province().isEmpty() ? "" : " " + ThaiFormat.province(district.province());
        return new SummaryScope(Kind.DISTRICT, "อำเภอ" + district.district() + province, overall, List.of(),
                List.of(), district.byType(), district.byTypeGroup(), members(overall, analyses), List.of());
    }

    /** Everything read, all provinces together. */
    public static SummaryScope everything(List<AgencyHistory> histories, List<AgencyBrief> analyses,
                                          AnalysisSettings settings) {
        return everything(histories, analyses, settings, ProvinceAnalyzer.analyze(histories, settings));
    }

    /**
     * Everything read, with every province already analysed from the same histories: the provinces' and the
     * districts' statistics are theirs, not computed again.
     */
    public static SummaryScope everything(List<AgencyHistory> histories, List<AgencyBrief> analyses,
                                          AnalysisSettings settings, List<ProvinceAnalysis> provinces) {
        return everything(analyses, provinces, GroupStatistics.of(histories, EVERYTHING_GROUPINGS, settings));
    }

    /** How everything read is grouped besides by province and district: as a whole, by type and by type group. */
    public static final List<Grouping> EVERYTHING_GROUPINGS = List.of(Grouping.ALL, Grouping.AGENCY_TYPE,
            Grouping.TYPE_GROUP);

    /**
     * Everything read, from its parts computed apart (they take long on a whole country, and may be computed at the
     * same time): every province analysed, and every agency read grouped in the {@link #EVERYTHING_GROUPINGS}.
     */
    public static SummaryScope everything(List<AgencyBrief> analyses, List<ProvinceAnalysis> provinces,
                                          java.util.Map<Grouping, List<GroupAnalysis>> groups) {
        GroupAnalysis all = groups.get(Grouping.ALL).get(0);
        List<GroupAnalysis> byProvince = new ArrayList<>();
        List<GroupAnalysis> byDistrict = new ArrayList<>();
        for (ProvinceAnalysis p : provinces) {
            byProvince.add(p.overall());
            byDistrict.addAll(p.byDistrict());
        }
        byProvince.sort(GroupStatistics.ORDER);
        byDistrict.sort(GroupStatistics.ORDER);
        List<ProvinceAnalysis> sorted = new ArrayList<>(provinces);
        sorted.sort(Comparator.comparing(ProvinceAnalysis::province));
        return new SummaryScope(Kind.EVERYTHING, "ทุกหน่วยงานที่อ่าน", all, byProvince, byDistrict,
                groups.get(Grouping.AGENCY_TYPE), groups.get(Grouping.TYPE_GROUP), members(all, analyses), sorted);
    }

    private static List<AgencyBrief> members(GroupAnalysis group, List<AgencyBrief> analyses) {
        Set<String> ids = group.agencies().stream().map(Agency::id).collect(Collectors.toSet());
        return analyses.stream().filter(a -> ids.contains(a.agency().id())).toList();
    }

    /** True when the scope spans several provinces, so tables show the province too. */
    public boolean manyProvinces() {
        return kind == Kind.EVERYTHING;
    }

    /** The newest fiscal year covered, the one ranked. */
    public int latestYear() {
        return overall.latest().fiscalYear();
    }
}
