package ita.report;

import ita.analysis.AgencyAnalysis;
import ita.analysis.IndicatorScore;
import ita.analysis.Rank;
import ita.analysis.Figures;
import ita.analysis.YearAnalysis;
import ita.framework.YearFramework;
import ita.analysis.YearChange;
import ita.model.Agency;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One row of the analysts' export: one agency in one fiscal year. Null means unknown; a list is null when
 * what it lists is unknown (no indicators, no OIT items) and empty when there is nothing to list.
 *
 * @param agencyType  the Thai abbreviation (อบต., ทต., …), empty for other agencies
 * @param totalCheck  {@code ok}, {@code mismatch} or {@code not_checkable}
 * @param level       the reported level, or the computed one when none was reported
 * @param indicators  indicators 1–10 as reported, null where unknown
 * @param strengths   indicator numbers at or above the threshold, highest first
 * @param pointsTo85  points of total still needed for the pass mark, from the reported total
 */
public record SummaryRow(String agencyId, String agencyName, String agencyType, String district, String province,
                         int fiscalYear, BigDecimal totalReported, BigDecimal totalComputed, String totalCheck,
                         String level, BigDecimal iit, BigDecimal eit, BigDecimal oit, List<BigDecimal> indicators,
                         Integer previousYear, BigDecimal totalChange, List<Integer> weakestIndicators,
                         List<Integer> belowThreshold, List<Integer> strengths, List<String> failedOitItems,
                         BigDecimal pointsTo85, Integer rankInProvince, Integer agenciesInProvince) {

    public SummaryRow {
        List<BigDecimal> ten = new ArrayList<>(Collections.nCopies(AgencyYear.INDICATORS, (BigDecimal) null));
        for (int i = 0; i < Math.min(indicators.size(), AgencyYear.INDICATORS); i++) {
            ten.set(i, indicators.get(i));
        }
        indicators = Collections.unmodifiableList(ten);
        weakestIndicators = copy(weakestIndicators);
        belowThreshold = copy(belowThreshold);
        strengths = copy(strengths);
        failedOitItems = copy(failedOitItems);
    }

    /** Every year of every analysis, in the order given, years oldest first. */
    public static List<SummaryRow> of(List<AgencyAnalysis> analyses) {
        List<SummaryRow> rows = new ArrayList<>();
        for (AgencyAnalysis a : analyses) {
            for (YearAnalysis y : a.years()) {
                rows.add(of(a.agency(), y));
            }
        }
        return List.copyOf(rows);
    }

    /**
     * The row of one year. The id is the history's; name and type are the year's own (an อบต. may have become
     * a เทศบาล), with district and province taken from the history when the year lacks them.
     */
    public static SummaryRow of(Agency agency, YearAnalysis y) {
        AgencyYear r = y.year();
        Agency own = r.agency();
        var profile = y.profile();
        boolean indicatorsKnown = !profile.assessments().isEmpty();
        List<Integer> weakest = indicatorsKnown ? IndicatorScore.numbers(profile.weakest()) : null;
        List<Integer> below = indicatorsKnown ? IndicatorScore.numbers(profile.belowThreshold()) : null;
        List<Integer> strengths = indicatorsKnown ? IndicatorScore.numbers(profile.strengths()) : null;
        List<String> failed = profile.itemsKnown()
                ? profile.failedItemList().stream().map(OitItemScore::code).toList() : null;
        YearChange change = y.fromPrevious().orElse(null);
        Rank rank = y.provinceRank().orElse(null);
        YearFramework f = y.framework();
        return new SummaryRow(agency.id(), own.name(), own.type().abbreviation(),
                own.district().isEmpty() ? agency.district() : own.district(),
                own.province().isEmpty() ? agency.province() : own.province(), r.fiscalYear(),
                Figures.round(r.total(), f), Figures.round(y.check().computedTotal(), f), y.check().overall().code(),
                y.level(), Figures.round(r.tool(Tool.IIT), f), Figures.round(r.tool(Tool.EIT), f),
                Figures.round(r.tool(Tool.OIT), f), r.indicators().stream().map(v -> Figures.round(v, f)).toList(),
                change == null ? null : change.fromYear(), change == null ? null : change.total().change(), weakest,
                below, strengths, failed, Figures.round(y.plan().pointsToPass(), f), rank == null ? null : rank.rank(),
                rank == null ? null : rank.of());
    }

    public BigDecimal indicator(int number) {
        return indicators.get(number - 1);
    }

    private static <T> List<T> copy(List<T> l) {
        return l == null ? null : List.copyOf(l);
    }
}
