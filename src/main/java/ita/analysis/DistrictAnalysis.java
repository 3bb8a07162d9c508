package ita.analysis;

import java.util.List;

/**
 * What a district summary shows: the district as a whole (its ranking per year, its missing years judged against
 * the whole province) and its agency types and type groups.
 */
public record DistrictAnalysis(String province, GroupAnalysis overall, List<GroupAnalysis> byType,
                               List<GroupAnalysis> byTypeGroup) {
    public DistrictAnalysis {
        byType = List.copyOf(byType);
        byTypeGroup = List.copyOf(byTypeGroup);
    }

    /** The district's own name: ทับคล้อ. */
    public String district() {
        return overall.name();
    }

    /** The executive summary's figures of the district's newest year, its type groups ranked. */
    public Headline headline(ita.framework.FrameworkCatalog catalog) {
        return Headline.of(overall, List.of(), byTypeGroup, catalog.framework(overall.latest().fiscalYear()));
    }
}
