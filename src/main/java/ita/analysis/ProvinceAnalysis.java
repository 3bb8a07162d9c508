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

    /** The executive summary's figures of the province's newest year, its districts and its type groups ranked. */
    public Headline headline(ita.framework.FrameworkCatalog catalog) {
        return Headline.of(overall, byDistrict, byTypeGroup, catalog.framework(overall.latest().fiscalYear()));
    }
}
