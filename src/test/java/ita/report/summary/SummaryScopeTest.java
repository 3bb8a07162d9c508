package ita.report.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ita.analysis.AgencyAnalyzer;
import ita.analysis.AgencyBrief;
import ita.analysis.AgencyHistory;
import ita.analysis.AnalysisSettings;
import ita.analysis.ProvinceAnalysis;
import ita.analysis.ProvinceAnalyzer;
import ita.model.Agency;
import ita.model.AgencyType;
import ita.model.AgencyYear;
import ita.model.SourceRef;
import ita.model.YearSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryScopeTest {

    private static final AnalysisSettings SETTINGS = AnalysisSettings.defaults();

    /** พิจิตร's six agencies, one of อุดรธานี and one without a province, labelled ไม่ระบุจังหวัด. */
    private static List<AgencyHistory> threeProvinces() {
        List<AgencyHistory> all = new ArrayList<>(SmallProvince.histories());
        all.add(one(new Agency("SAO|นาทราย|พิบูลย์รักษ์|อุดรธานี", "องค์การบริหารส่วนตำบลนาทราย", "นาทราย",
                AgencyType.SAO, "พิบูลย์รักษ์", "อุดรธานี", ""), "90.00"));
        all.add(one(new Agency("SAO|ก||", "องค์การบริหารส่วนตำบลก", "ก", AgencyType.SAO, "", "", ""), "70.00"));
        return all;
    }

    private static AgencyHistory one(Agency a, String total) {
        return new AgencyHistory(a, List.of(AgencyYear.builder().agency(a).fiscalYear(2566, YearSource.TITLE)
                .source(SourceRef.file(a.id() + ".xlsx")).total(new BigDecimal(total)).level("A").build()));
    }

    @Test
    void everythingFromProvincesAlreadyAnalysedIsEverythingAnalysedAgain() {
        List<AgencyHistory> all = threeProvinces();
        List<AgencyBrief> briefs = AgencyBrief.of(AgencyAnalyzer.analyzeAll(all, SETTINGS));
        List<ProvinceAnalysis> provinces = new ArrayList<>();
        // analysed one by one and given in another order, as a run analyses them on its threads
        for (String p : List.of("อุดรธานี", "", "พิจิตร")) {
            provinces.add(ProvinceAnalyzer.analyze(all.stream().filter(h -> h.agency().province().equals(p)).toList(),
                    SETTINGS).get(0));
        }
        SummaryScope again = SummaryScope.everything(all, briefs, SETTINGS);
        SummaryScope reused = SummaryScope.everything(all, briefs, SETTINGS, provinces);
        assertEquals(List.of("พิจิตร", "อุดรธานี", "ไม่ระบุจังหวัด"),
                reused.byProvince().stream().map(g -> g.label()).toList());
        assertEquals(again, reused);
    }

    @Test
    void districtsOfAProvinceAlreadyAnalysedAreTheDistrictsAnalysedAgain() {
        List<AgencyHistory> phichit = SmallProvince.histories();
        ProvinceAnalysis p = ProvinceAnalyzer.analyze(phichit, SETTINGS).get(0);
        assertEquals(2, p.byDistrict().size());
        assertEquals(ProvinceAnalyzer.districts(phichit, SETTINGS), ProvinceAnalyzer.districts(p, phichit, SETTINGS));
    }
}
