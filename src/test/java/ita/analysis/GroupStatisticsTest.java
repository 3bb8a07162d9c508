package ita.analysis;

import static ita.analysis.Seeds.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.Agency;
import ita.model.AgencyType;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small province by hand. Agencies A, B, C, D of อุดรธานี:
 * A 2566 80.00 → 2567 86.00; B 90.00 → 88.00; C 70.00 in 2566 only; D 60.00 in 2567 only.
 */
class GroupStatisticsTest {

    static final Agency A = RankingsTest.A;
    static final Agency B = RankingsTest.B;
    static final Agency C = RankingsTest.C;
    static final Agency D = RankingsTest.D;

    static List<BigDecimal> all(String value, int n, String other) {
        List<BigDecimal> l = new ArrayList<>(Collections.nCopies(10, d(value)));
        l.set(n - 1, d(other));
        return l;
    }

    static AgencyYear item(AgencyYear y, String... codesAndScores) {
        AgencyYear.Builder b = Seeds.year(y.agency(), y.fiscalYear(), y.total().toPlainString(), y.level(),
                y.indicators());
        for (int i = 0; i < codesAndScores.length; i += 2) {
            b.oitItem(new OitItemScore(codesAndScores[i], "", d(codesAndScores[i + 1]), ""));
        }
        return b.build();
    }

    static List<AgencyHistory> province() {
        List<BigDecimal> b2566 = all("90", 9, "70");
        b2566.set(9, d("70"));
        AgencyYear a66 = Seeds.year(A, 2566, "80.00", null, all("80", 10, "60")).build();
        AgencyYear a67 = item(Seeds.year(A, 2567, "86.00", null, all("90", 8, "70")).build(),
                "o34", "0", "o35", "0", "o1", "100");
        AgencyYear b66 = Seeds.year(B, 2566, "90.00", null, b2566).build();
        AgencyYear b67 = item(Seeds.year(B, 2567, "88.00", null, all("90", 8, "80")).build(), "o34", "0", "o35", "100");
        return List.of(AgencyHistory.of(List.of(a66, a67)), AgencyHistory.of(List.of(b66, b67)),
                AgencyHistory.of(List.of(Seeds.year(C, 2566, "70.00", null, List.of()).build())),
                AgencyHistory.of(List.of(Seeds.year(D, 2567, "60.00", null, List.of()).build())));
    }

    @Test
    void totalsOfTheProvinceByHand() {
        GroupAnalysis g = GroupStatistics.of(province(), Grouping.PROVINCE).get(0);
        assertEquals("อุดรธานี", g.label());
        YearStatistics y = g.year(2567).orElseThrow();
        // 86, 88, 60: mean 78; deviations 8, 10, −18 → (64 + 100 + 324) / 2 = 244, sd 15.6205 → 15.62
        // type 7 on 60, 86, 88: Q1 h = 0.5 → 60 + 0.5 × 26 = 73; median 86; Q3 h = 1.5 → 86 + 0.5 × 2 = 87
        assertEquals(3, y.agencies());
        assertEquals(d("78.00"), y.totals().mean());
        assertEquals(d("86.00"), y.totals().median());
        assertEquals(d("15.62"), y.totals().standardDeviation());
        assertEquals(d("73.00"), y.totals().q1());
        assertEquals(d("87.00"), y.totals().q3());
    }

    @Test
    void passingAndLevelsWithTheChangeFromLastYear() {
        GroupAnalysis g = GroupStatistics.of(province(), Grouping.PROVINCE).get(0);
        PassCount p = g.year(2567).orElseThrow().passing();
        assertEquals(2, p.count());
        assertEquals(3, p.of());
        assertEquals(d("66.67"), p.share());
        assertEquals(1, p.previousCount());
        assertEquals(d("33.33"), p.previousShare());
        assertEquals(1, p.change());
        assertEquals(d("33.34"), p.shareChange());
        YearStatistics y66 = g.year(2566).orElseThrow();
        assertEquals(List.of("AA", "A", "B", "C", "D", "E", "F"), y66.levels().stream().map(LevelCount::label).toList());
        assertEquals(List.of(0, 1, 1, 1, 0, 0, 0), y66.levels().stream().map(LevelCount::count).toList());
        assertEquals(d("33.33"), y66.level("B").orElseThrow().share());
        LevelCount pass67 = g.year(2567).orElseThrow().level("ผ่าน").orElseThrow();
        assertEquals(2, pass67.count());
        assertNull(pass67.previousCount(), "2566 used the AA–F scheme");
        assertEquals(1, g.year(2567).orElseThrow().level("ต้องปรับปรุงโดยด่วน").orElseThrow().count());
    }

    @Test
    void indicatorMeansWeakestAndItemFailures() {
        YearStatistics y = GroupStatistics.of(province(), Grouping.PROVINCE).get(0).year(2567).orElseThrow();
        IndicatorMean ind8 = y.indicatorMean(8).orElseThrow();
        assertEquals(d("75.00"), ind8.mean());
        assertEquals(2, ind8.count());
        assertEquals(d("85.00"), ind8.previousMean());
        assertEquals(d("-10.00"), ind8.change());
        assertEquals(2, y.weakest().get(7).count());
        assertEquals(d("100.00"), y.weakest().get(7).share());
        assertEquals(List.of("o34", "o35"), y.itemFailures().stream().map(ItemFailure::code).toList());
        assertEquals(2, y.itemFailures().get(0).failed());
        assertEquals(d("50.00"), y.itemFailures().get(1).share());
        assertEquals("10.3", y.itemFailures().get(0).subIndicator());
        YearStatistics y66 = GroupStatistics.of(province(), Grouping.PROVINCE).get(0).year(2566).orElseThrow();
        // A's weakest is 10; B ties 9 and 10, counted for both
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 1, 2), y66.weakest().stream().map(WeakestCount::count).toList());
        assertEquals(2, y66.weakest().get(0).of());
    }

    @Test
    void moversRankingAndMissingYears() {
        GroupAnalysis g = GroupStatistics.of(province(), Grouping.PROVINCE).get(0);
        YearStatistics y = g.year(2567).orElseThrow();
        assertEquals(List.of(A), y.risers().stream().map(Mover::agency).toList());
        assertEquals(d("6.00"), y.risers().get(0).change());
        assertEquals(List.of(B), y.fallers().stream().map(Mover::agency).toList());
        assertEquals(List.of(B, A, D), y.ranking().stream().map(RankedAgency::agency).toList());
        assertEquals(List.of(C, D), g.missingYears().stream().map(MissingYears::agency).toList());
        assertEquals(List.of(2567), g.missingYears().get(0).fiscalYears());
        assertEquals(List.of(2566), g.missingYears().get(1).fiscalYears());
    }

    @Test
    void groupsByDistrictTypeAndAll() {
        Agency town = new Agency("TOWN", "เทศบาลตำบลหนองแสง", "หนองแสง", AgencyType.SUBDISTRICT_MUNICIPALITY, "เมือง",
                "อุดรธานี", "");
        List<AgencyHistory> h = new ArrayList<>(province());
        h.add(AgencyHistory.of(List.of(Seeds.year(town, 2567, "91.00", null, List.of()).build())));
        List<GroupAnalysis> districts = GroupStatistics.of(h, Grouping.DISTRICT);
        assertEquals(List.of("อ.กุมภวาปี จ.อุดรธานี", "อ.เมือง จ.อุดรธานี"),
                districts.stream().map(GroupAnalysis::label).toList());
        assertEquals(3, districts.get(1).agencies().size());
        List<GroupAnalysis> types = GroupStatistics.of(h, Grouping.AGENCY_TYPE);
        assertEquals(List.of("ทต.", "อบต."), types.stream().map(GroupAnalysis::label).toList());
        // the town has only 2567, which its province's other agencies also lack 2566 of: it is missing 2566
        assertEquals(List.of(2566), types.get(0).missingYears().get(0).fiscalYears());
        GroupAnalysis all = GroupStatistics.of(h, Grouping.ALL).get(0);
        assertEquals("ทั้งหมด", all.label());
        assertEquals(4, all.year(2567).orElseThrow().agencies());
        assertEquals(2567, all.latest().fiscalYear());
    }

    @Test
    void provinceAnalyzerSplitsProvincesAndTheirParts() {
        List<AgencyHistory> h = new ArrayList<>(province());
        h.add(RankingsTest.history(RankingsTest.E, 2567, "99.00"));
        List<ProvinceAnalysis> p = ProvinceAnalyzer.analyze(h, AnalysisSettings.defaults());
        assertEquals(List.of("พิจิตร", "อุดรธานี"), p.stream().map(ProvinceAnalysis::province).toList());
        ProvinceAnalysis udon = p.get(1);
        assertEquals(4, udon.overall().agencies().size());
        assertEquals(2, udon.byDistrict().size());
        assertEquals(1, udon.byTypeGroup().size());
        assertTrue(p.get(0).overall().missingYears().isEmpty());
    }

    @Test
    void sharesInWholeNumbersAreTheDecimalDivision() {
        for (int of = 1; of <= 400; of++) {
            for (int count = 0; count <= of; count++) {
                BigDecimal exact = BigDecimal.valueOf(count).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(of), 2, java.math.RoundingMode.HALF_UP);
                assertEquals(exact, GroupStatistics.share(count, of), count + " of " + of);
            }
        }
        assertNull(GroupStatistics.share(0, 0));
    }

    @Test
    void itemsFailedAsOftenFollowTheirCodesAndARecordCountsAnItemOnceAsFirstGiven() {
        AgencyYear a = item(Seeds.year(A, 2567, "80.00", null, all("80", 1, "70")).build(),
                "o10", "0", "o2", "0", "o1", "100", "o1", "0", "x5", "0");
        AgencyYear b = item(Seeds.year(B, 2567, "70.00", null, all("80", 1, "70")).build(),
                "o2", "0", "o10", "50", "o1", "0", "x5", "100");
        YearStatistics y = GroupStatistics.of(List.of(AgencyHistory.of(List.of(a)), AgencyHistory.of(List.of(b))),
                Grouping.PROVINCE).get(0).latest();
        // o2 and o10 failed twice (o2 before o10, as people read codes); o1 once (A's second o1 is not counted),
        // x5 once; items of one count by code
        assertEquals(List.of("o2", "o10", "o1", "x5"), y.itemFailures().stream().map(ItemFailure::code).toList());
        ItemFailure o1 = y.itemFailures().get(2);
        assertEquals(1, o1.failed());
        assertEquals(2, o1.assessed());
        assertEquals(d("50.00"), o1.share());
        assertTrue(y.itemFailures().get(0).title().length() > 0, "o2 is a 2567 item with its title");
        assertEquals("", y.itemFailures().get(3).title(), "x5 is no item of 2567");
    }

    @Test
    void totalsEqualInValueShareARankWhateverTheirDecimalsAndMoreDecimalsRankToo() {
        AgencyYear a = Seeds.year(A, 2567, "85.0", null, List.of()).build();
        AgencyYear b = Seeds.year(B, 2567, "85.00", null, List.of()).build();
        AgencyYear c = Seeds.year(C, 2567, "90.00", null, List.of()).build();
        List<AgencyHistory> h = List.of(AgencyHistory.of(List.of(a)), AgencyHistory.of(List.of(b)),
                AgencyHistory.of(List.of(c)));
        List<RankedAgency> r = GroupStatistics.of(h, Grouping.PROVINCE).get(0).latest().ranking();
        assertEquals(List.of(C, A, B), r.stream().map(RankedAgency::agency).toList());
        assertEquals(List.of(1, 2, 2), r.stream().map(RankedAgency::rank).toList());
        assertEquals(d("85.0"), r.get(1).total(), "the total as reported");
        // a total of three decimals takes the general path, with the same result as the ranking of a province
        AgencyYear d3 = Seeds.year(D, 2567, "85.005", null, List.of()).build();
        List<AgencyHistory> more = new ArrayList<>(h);
        more.add(AgencyHistory.of(List.of(d3)));
        List<RankedAgency> general = GroupStatistics.of(more, Grouping.PROVINCE).get(0).latest().ranking();
        assertEquals(Rankings.rank(List.of(A, B, C, D), List.of(d("85.0"), d("85.00"), d("90.00"), d("85.005"))),
                general);
        assertEquals(List.of(C, D, A, B), general.stream().map(RankedAgency::agency).toList());
    }

    @Test
    void aProvinceReadOnceGivesItsDistrictsAsAnalysedAloneOnAnyThread() throws Exception {
        List<AgencyHistory> h = province();
        ProvinceAnalyzer.Province p = ProvinceAnalyzer.province(h, AnalysisSettings.defaults());
        assertEquals(ProvinceAnalyzer.analyze(h, AnalysisSettings.defaults()).get(0), p.analysis());
        List<DistrictAnalysis> alone = ProvinceAnalyzer.districts(h, AnalysisSettings.defaults());
        assertEquals(2, alone.size());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<DistrictAnalysis>> shared = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                for (GroupAnalysis d : p.analysis().byDistrict()) {
                    shared.add(pool.submit(() -> p.district(d)));
                }
            }
            for (int i = 0; i < shared.size(); i++) {
                assertEquals(alone.get(i % 2), shared.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
