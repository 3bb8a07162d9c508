package ita.analysis;

import static ita.analysis.Seeds.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.model.Agency;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingsTest {

    static final Agency A = Seeds.agency("ก", "เมือง", "อุดรธานี");
    static final Agency B = Seeds.agency("ข", "เมือง", "อุดรธานี");
    static final Agency C = Seeds.agency("ค", "กุมภวาปี", "อุดรธานี");
    static final Agency D = Seeds.agency("ง", "กุมภวาปี", "อุดรธานี");
    static final Agency E = Seeds.agency("จ", "เมือง", "พิจิตร");

    static AgencyHistory history(Agency a, int year, String total) {
        return new AgencyHistory(a, List.of(Seeds.year(a, year, total, null, List.of()).build()));
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        List<RankedAgency> r = Rankings.rank(List.of(A, B, C, D), Seeds.scores("80.00", "90", "90.00", "70.5"));
        assertEquals(List.of(1, 1, 3, 4), r.stream().map(RankedAgency::rank).toList());
        List<RankedAgency> r2 = Rankings.rank(List.of(A, B, C, D), Seeds.scores("95", "90", "90", "80"));
        assertEquals(List.of(1, 2, 2, 4), r2.stream().map(RankedAgency::rank).toList());
        assertEquals(List.of(A, B, C, D), r2.stream().map(RankedAgency::agency).toList());
        assertEquals(4, r2.get(3).of());
    }

    @Test
    void ranksInProvinceAndDistrictPerYear() {
        Rankings r = Rankings.of(List.of(history(A, 2567, "95.00"), history(B, 2567, "90.00"),
                history(C, 2567, "90.00"), history(D, 2567, "80.00"), history(E, 2567, "99.00")));
        assertEquals(new Rank(2, 4), r.inProvince(B.id(), 2567).orElseThrow());
        assertEquals(new Rank(2, 4), r.inProvince(C.id(), 2567).orElseThrow());
        assertEquals(new Rank(4, 4), r.inProvince(D.id(), 2567).orElseThrow());
        assertEquals(new Rank(1, 1), r.inProvince(E.id(), 2567).orElseThrow());
        assertEquals(new Rank(2, 2), r.inDistrict(B.id(), 2567).orElseThrow());
        assertEquals(new Rank(1, 2), r.inDistrict(C.id(), 2567).orElseThrow());
        assertTrue(r.inProvince(A.id(), 2566).isEmpty());
        assertEquals(4, r.province("อุดรธานี", 2567).size());
        assertEquals(List.of(C, D), r.district("อุดรธานี", "กุมภวาปี", 2567).stream().map(RankedAgency::agency).toList());
        assertTrue(Rankings.none().inProvince(A.id(), 2567).isEmpty());
    }

    @Test
    void agenciesWithoutATotalAreNotRanked() {
        Rankings r = Rankings.of(List.of(history(A, 2567, "95.00"), history(B, 2567, null)));
        assertTrue(r.inProvince(B.id(), 2567).isEmpty());
        assertEquals(new Rank(1, 1), r.inProvince(A.id(), 2567).orElseThrow());
        assertEquals(d("95.00"), r.province("อุดรธานี", 2567).get(0).total());
    }
}
