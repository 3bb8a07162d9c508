package ita.report.workbook;

import ita.analysis.AgencyAnalysis;
import ita.analysis.AgencyAnalyzer;
import ita.analysis.AgencyHistory;
import ita.analysis.AnalysisSettings;
import ita.analysis.Rankings;
import ita.model.Agency;
import ita.model.AgencyType;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.model.SourceRef;
import ita.model.Tool;
import ita.model.YearSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Agencies of the seed documents as analyses, for the workbook tests. Figures of 2565 (seed 003) and 2567
 * (seed 000) are the seeds' own; anything else is marked as invented.
 */
final class AgencyFixtures {

    static final Agency THAP_KHLO = agency("ทับคล้อ", "ทับคล้อ", "พิจิตร");
    static final Agency NA_SAI = agency("นาทราย", "พิบูลย์รักษ์", "อุดรธานี");

    /** Seed 000, 2567: OIT items o1–o35 (o22 is missing from the seed and completed as 100, giving its 68.45). */
    static final int[] SEED_000_ITEMS = {100, 100, 100, 0, 100, 100, 100, 0, 100, 100, 100, 0, 100, 50, 0, 50, 50,
            100, 0, 0, 100, 100, 100, 100, 100, 100, 100, 0, 100, 100, 100, 100, 100, 0, 100};

    /** Seed 000, 2567: the question scores its tables print (i13–i15 are not in the seed). */
    static final String[][] SEED_000_QUESTIONS = {{"i1", "86.88"}, {"i2", "88.13"}, {"i3", "100"}, {"i4", "90.00"},
        {"i5", "90.00"}, {"i6", "99.38"}, {"i7", "98.75"}, {"i8", "98.75"}, {"i9", "100.00"}, {"i10", "46.88"},
        {"i11", "100.00"}, {"i12", "71.25"}, {"e1", "86.21"}, {"e2", "92.41"}, {"e3", "100"}, {"e4", "93.77"},
        {"e5", "90.16"}, {"e6", "90.82"}, {"e7", "87.59"}, {"e8", "89.66"}, {"e9", "48.28"}};

    private AgencyFixtures() {
    }

    static Agency agency(String core, String district, String province) {
        return new Agency(AgencyType.SAO.name() + "|" + core + "|" + district + "|" + province,
                AgencyType.SAO.prefix() + core, core, AgencyType.SAO, district, province, "");
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static AgencyYear.Builder year(Agency a, int fiscalYear, String total, String level, String... indicators) {
        AgencyYear.Builder b = AgencyYear.builder().agency(a).fiscalYear(fiscalYear, YearSource.TITLE)
                .source(SourceRef.file(a.coreName() + "-" + fiscalYear + ".xlsx")).level(level);
        if (total != null) {
            b.total(d(total));
        }
        for (int i = 0; i < indicators.length; i++) {
            b.indicator(i + 1, d(indicators[i]));
        }
        return b;
    }

    /** Seed 003: 2565, 73.35 C, ten indicators and the tool scores of its weighted table. */
    static AgencyYear seed003() {
        return year(THAP_KHLO, 2565, "73.35", "C", "100.00", "99.50", "100.00", "99.45", "100.00", "88.21", "66.15",
                "81.35", "74.21", "25.00")
                .tool(Tool.IIT, d("99.80")).tool(Tool.EIT, d("78.57")).tool(Tool.OIT, d("49.60")).build();
    }

    /**
     * INVENTED FOR THE TESTS, not from any document: a 2564 result for seed 003's agency, so that the workbook
     * has two years to compare. Its figures are consistent (tools are the indicator means, the total their
     * 30/30/40 sum, 76.07 is level B).
     */
    static AgencyYear invented2564ForSeed003() {
        return year(THAP_KHLO, 2564, "76.07", "B", "98.50", "97.20", "99.10", "95.00", "98.00", "85.00", "63.00",
                "80.00", "80.00", "40.00")
                .tool(Tool.IIT, d("97.56")).tool(Tool.EIT, d("76.00")).tool(Tool.OIT, d("60.00")).build();
    }

    /** Seed 000: 2567, 81.52 ต้องปรับปรุง, ten indicators, its question scores and items o1–o35, no tool scores. */
    static AgencyYear seed000() {
        AgencyYear.Builder b = year(NA_SAI, 2567, "81.52", "ต้องปรับปรุง", "81.67", "83.13", "89.17", "72.71",
                "81.25", "84.20", "80.62", "71.41", "68.45", "76.67");
        for (String[] q : SEED_000_QUESTIONS) {
            b.question(new QuestionScore(q[0], "", d(q[1])));
        }
        for (int i = 0; i < SEED_000_ITEMS.length; i++) {
            b.oitItem(new OitItemScore("o" + (i + 1), "", BigDecimal.valueOf(SEED_000_ITEMS[i]), ""));
        }
        return b.build();
    }

    /**
     * Seed 003's agency with 2565 and the invented 2564, ranked among four INVENTED neighbours of จังหวัดพิจิตร
     * (two of them in อำเภอทับคล้อ): 3rd of 5 in the province, 2nd of 3 in the district.
     */
    static AgencyAnalysis thapKhlo() {
        List<AgencyHistory> all = new ArrayList<>();
        AgencyHistory own = AgencyHistory.of(List.of(invented2564ForSeed003(), seed003()));
        all.add(own);
        all.add(neighbour("ก", "ทับคล้อ", "95.10"));
        all.add(neighbour("ข", "ตะพานหิน", "88.00"));
        all.add(neighbour("ค", "ทับคล้อ", "70.00"));
        all.add(neighbour("ง", "ตะพานหิน", "60.00"));
        return AgencyAnalyzer.analyzeAll(all, AnalysisSettings.defaults()).stream()
                .filter(a -> a.agency().equals(THAP_KHLO)).findFirst().orElseThrow();
    }

    private static AgencyHistory neighbour(String core, String district, String total) {
        return AgencyHistory.of(List.of(year(agency(core, district, "พิจิตร"), 2565, total, null).build()));
    }

    static AgencyAnalysis naSai() {
        return analyze(seed000());
    }

    static AgencyAnalysis analyze(AgencyYear... years) {
        return AgencyAnalyzer.analyze(AgencyHistory.of(List.of(years)), AnalysisSettings.defaults(), Rankings.none());
    }
}
