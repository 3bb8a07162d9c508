package ita.analysis;

import java.util.List;

/**
 * What a province summary shows: the province as a whole (with its ranking per year), and its districts,
 * agency types and type groups (อบจ., เทศบาล, อบต.) each as a group of their own.
 */
public record ProvinceAnalysis(String province, GroupAnalysis overall, List<GroupAnalysis> byDistrict,
                               List<GroupAnalysis> byType, List<GroupAnalysis> byTypeGroup) {
    public ProvinceAnalysis {
        byDistrict = List.copyOf(byDistrict);
        byType = List.copyOf(byType);
        byTypeGroup = List.copyOf(byTypeGroup);
    }
}
