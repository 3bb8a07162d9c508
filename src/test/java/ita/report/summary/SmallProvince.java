package ita.report.summary;

import ita.analysis.AgencyAnalysis;
import ita.analysis.AgencyAnalyzer;
import ita.analysis.AgencyHistory;
import ita.analysis.AnalysisSettings;
import ita.analysis.ProvinceAnalysis;
import ita.analysis.ProvinceAnalyzer;
import ita.model.Agency;
import ita.model.AgencyType;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.SourceRef;
import ita.model.YearSource;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A small province for the summary tests: จังหวัดพิจิตร, six agencies in two districts, fiscal years 2565 and
 * 2566 (both graded AA–F). Figures by hand:
 *
 * <pre>
 * agency (district)                 2565 total level   2566 total level  change   weakest 2566
 * A1 อบต.ทับคล้อ (ทับคล้อ)             70.00 C          73.35 C          +3.35    10 (25.00)
 * A2 ทต.ทับคล้อ (ทับคล้อ)              85.50 A          88.00 A          +2.50    7 (80.00)
 * A3 อบต.เขาทราย (ทับคล้อ)             60.00 D          — (missing 2566)
 * A4 ทม.พิจิตร (เมืองพิจิตร)             92.00 A          96.50 AA         +4.50    9 (95.00)
 * A5 อบต.ป่ามะคาบ (เมืองพิจิตร)         78.00 B          88.00 A         +10.00    10 (80.00)
 * A6 อบต.ท่าหลวง (เมืองพิจิตร)          82.25 B          80.25 B          -2.00    8 (60.00)
 * </pre>
 * Ranking 2566: A4 1, A5 2, A2 2 (tie at 88.00; equal ranks ordered by name: อ… before เ…), A6 4, A1 5.
 * Levels 2566: AA 1, A 2, B 1, C 1 (5 agencies); 2565: A 2, B 2, C 1, D 1 (6). Change 2566: AA +1, A 0, B −1,
 * C 0, D −1. Passing (≥ 85): 2565 2 of 6 = 33.33 %, 2566 3 of 5 = 60.00 %, change +1 and +26.67 points.
 *
 * <p>Indicators 2565: every indicator equals the total except indicator 10, ten points lower, so indicator 1's
 * mean is (70 + 85.5 + 60 + 92 + 78 + 82.25) / 6 = 77.96 and indicator 10's 67.96; indicator 10 is every
 * agency's weakest. 2566: A1 has seed 003's indicators; A2 all 90 but 7 at 80; A4 all 97 but 9 at 95; A5 all 90
 * but 10 at 80; A6 all 85 but 8 at 60. Means 2566: indicator 1 (100 + 90 + 97 + 90 + 85) / 5 = 92.40,
 * indicator 10 (25 + 90 + 97 + 80 + 85) / 5 = 75.40 (change +7.44). Weakest 2566: indicator 10 twice (A1, A5),
 * 7, 8 and 9 once each, of 5.
 *
 * <p>OIT items 2566: A1, A5 and A6 give all 43 items; A1 fails o15, o42, o43, A5 fails o15, A6 fails o42. So o15
 * and o42 fail 2 of 3 (66.67 %), o43 1 of 3 (33.33 %).
 *
 * <p>District ทับคล้อ 2566: 73.35 and 88.00, mean 80.68 (80.675 rounded half up), SD 10.36. District เมืองพิจิตร:
 * 80.25, 88.00, 96.50: mean 88.25, median 88.00, Q1 84.13, Q3 92.25, SD 8.13.
 */
public final class SmallProvince {

    public static final String PROVINCE = "พิจิตร";
    public static final Agency A1 = agency(AgencyType.SAO, "ทับคล้อ", "ทับคล้อ");
    public static final Agency A2 = agency(AgencyType.SUBDISTRICT_MUNICIPALITY, "ทับคล้อ", "ทับคล้อ");
    public static final Agency A3 = agency(AgencyType.SAO, "เขาทราย", "ทับคล้อ");
    public static final Agency A4 = agency(AgencyType.TOWN_MUNICIPALITY, "พิจิตร", "เมืองพิจิตร");
    public static final Agency A5 = agency(AgencyType.SAO, "ป่ามะคาบ", "เมืองพิจิตร");
    public static final Agency A6 = agency(AgencyType.SAO, "ท่าหลวง", "เมืองพิจิตร");

    private SmallProvince() {
    }

    public static Agency agency(AgencyType type, String core, String district) {
        return new Agency(type.name() + "|" + core + "|" + district + "|" + PROVINCE, type.prefix() + core, core, type,
                district, PROVINCE, "");
    }

    public static List<AgencyHistory> histories() {
        return List.of(
                new AgencyHistory(A1, List.of(flat(A1, 2565, "70.00", "C"),
                        year(A1, 2566, "73.35", "C", ind("100.00", "99.50", "100.00", "99.45", "100.00", "88.21",
                                "66.15", "81.35", "74.21", "25.00"), Set.of(15, 42, 43)))),
                new AgencyHistory(A2, List.of(flat(A2, 2565, "85.50", "A"),
                        year(A2, 2566, "88.00", "A", allBut("90", 7, "80"), null))),
                new AgencyHistory(A3, List.of(flat(A3, 2565, "60.00", "D"))),
                new AgencyHistory(A4, List.of(flat(A4, 2565, "92.00", "A"),
                        year(A4, 2566, "96.50", "AA", allBut("97", 9, "95"), null))),
                new AgencyHistory(A5, List.of(flat(A5, 2565, "78.00", "B"),
                        year(A5, 2566, "88.00", "A", allBut("90", 10, "80"), Set.of(15)))),
                new AgencyHistory(A6, List.of(flat(A6, 2565, "82.25", "B"),
                        year(A6, 2566, "80.25", "B", allBut("85", 8, "60"), Set.of(42)))));
    }

    public static ProvinceAnalysis province() {
        return ProvinceAnalyzer.analyze(histories(), AnalysisSettings.defaults()).get(0);
    }

    public static List<AgencyAnalysis> analyses() {
        return AgencyAnalyzer.analyzeAll(histories(), AnalysisSettings.defaults());
    }

    /** What the summaries keep of {@link #analyses()}. */
    public static List<ita.analysis.AgencyBrief> briefs() {
        return ita.analysis.AgencyBrief.of(analyses());
    }

    /** 2565: every indicator the total, indicator 10 ten points lower. */
    private static AgencyYear flat(Agency a, int y, String total, String level) {
        BigDecimal t = new BigDecimal(total);
        List<BigDecimal> ind = new ArrayList<>(Collections.nCopies(9, t));
        ind.add(t.subtract(BigDecimal.TEN));
        return year(a, y, total, level, ind, null);
    }

    private static List<BigDecimal> allBut(String value, int number, String other) {
        List<BigDecimal> ind = new ArrayList<>(Collections.nCopies(10, new BigDecimal(value)));
        ind.set(number - 1, new BigDecimal(other));
        return ind;
    }

    private static List<BigDecimal> ind(String... s) {
        return java.util.Arrays.stream(s).map(BigDecimal::new).toList();
    }

    /** A record; with {@code failing} set, all 43 items are given and those numbers fail. */
    private static AgencyYear year(Agency a, int y, String total, String level, List<BigDecimal> indicators,
                                   Set<Integer> failing) {
        AgencyYear.Builder b = AgencyYear.builder().agency(a).fiscalYear(y, YearSource.TITLE)
                .source(SourceRef.file(a.coreName() + "-" + y + ".xlsx")).total(new BigDecimal(total)).level(level);
        for (int i = 0; i < indicators.size(); i++) {
            b.indicator(i + 1, indicators.get(i));
        }
        if (failing != null) {
            for (int n = 1; n <= 43; n++) {
                b.oitItem(new OitItemScore("o" + n, "", BigDecimal.valueOf(failing.contains(n) ? 0 : 100), ""));
            }
        }
        return b.build();
    }
}
