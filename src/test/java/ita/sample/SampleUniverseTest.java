package ita.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.framework.FrameworkCatalog;
import ita.framework.YearFramework;
import ita.model.AgencyType;
import ita.model.AgencyYear;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SampleUniverseTest {

    /** The 77 real provinces of Thailand, which the invented names must avoid. */
    static final Set<String> REAL_PROVINCES = Set.of("กรุงเทพมหานคร", "กระบี่", "กาญจนบุรี", "กาฬสินธุ์", "กำแพงเพชร",
            "ขอนแก่น", "จันทบุรี", "ฉะเชิงเทรา", "ชลบุรี", "ชัยนาท", "ชัยภูมิ", "ชุมพร", "เชียงราย", "เชียงใหม่", "ตรัง",
            "ตราด", "ตาก", "นครนายก", "นครปฐม", "นครพนม", "นครราชสีมา", "นครศรีธรรมราช", "นครสวรรค์", "นนทบุรี",
            "นราธิวาส", "น่าน", "บึงกาฬ", "บุรีรัมย์", "ปทุมธานี", "ประจวบคีรีขันธ์", "ปราจีนบุรี", "ปัตตานี",
            "พระนครศรีอยุธยา", "พะเยา", "พังงา", "พัทลุง", "พิจิตร", "พิษณุโลก", "เพชรบุรี", "เพชรบูรณ์", "แพร่", "ภูเก็ต",
            "มหาสารคาม", "มุกดาหาร", "แม่ฮ่องสอน", "ยโสธร", "ยะลา", "ร้อยเอ็ด", "ระนอง", "ระยอง", "ราชบุรี", "ลพบุรี",
            "ลำปาง", "ลำพูน", "เลย", "ศรีสะเกษ", "สกลนคร", "สงขลา", "สตูล", "สมุทรปราการ", "สมุทรสงคราม", "สมุทรสาคร",
            "สระแก้ว", "สระบุรี", "สิงห์บุรี", "สุโขทัย", "สุพรรณบุรี", "สุราษฎร์ธานี", "สุรินทร์", "หนองคาย",
            "หนองบัวลำภู", "อ่างทอง", "อำนาจเจริญ", "อุดรธานี", "อุตรดิตถ์", "อุทัยธานี", "อุบลราชธานี");

    /** Some real districts whose first syllables the invented district names also use. */
    static final Set<String> REAL_DISTRICTS = Set.of("บางบัวทอง", "ท่าวังผา", "วังทอง", "ทุ่งใหญ่", "หนองบัวแดง",
            "ป่าแดด", "ลำทะเมนชัย", "โพธิ์ทอง", "ดอนตูม", "โนนสูง", "ห้วยทับทัน", "เขาสมิง", "บางบ่อ", "วังน้อย",
            "ท่าม่วง", "หนองแค", "ดอนเจดีย์", "โนนสะอาด", "ห้วยยอด", "เขาพนม", "ลำลูกกา", "โพธาราม", "ป่าโมก",
            "ทุ่งสง", "หนองหาน", "บางใหญ่", "ท่ายาง", "วังสะพุง", "ลำปลายมาศ", "โพนทอง", "พนา", "ไพรบึง", "ศรีนคร",
            "ศิลาลาด", "รัตนบุรี", "ศรีสัชนาลัย", "เวียงป่าเป้า", "เวียงแก่น", "ธาตุพนม");

    @Test
    void sameSeedGivesTheSameAgenciesAndScores() {
        SampleUniverse a = SampleUniverse.national(300, 42);
        SampleUniverse b = SampleUniverse.national(300, 42);
        assertEquals(a.agencies(), b.agencies());
        // ask in a different order: a result depends only on the agency, the year and the seed
        for (int i = a.agencies().size() - 1; i >= 0; i -= 7) {
            for (int y = 2567; y >= 2562; y--) {
                assertEquals(a.result(a.agencies().get(i), y), b.result(b.agencies().get(i), y));
            }
        }
    }

    @Test
    void anotherSeedGivesOtherAgenciesAndScores() {
        SampleUniverse a = SampleUniverse.national(300, 42);
        SampleUniverse b = SampleUniverse.national(300, 43);
        assertNotEquals(a.agencies().get(5).agency(), b.agencies().get(5).agency());
        assertNotEquals(a.result(a.agencies().get(0), 2566).orElseThrow().total(),
                b.result(b.agencies().get(0), 2566).orElseThrow().total());
    }

    @Test
    void nationalScaleHasAbout77ProvincesEachWithOneProvincialAdministration() {
        SampleUniverse u = SampleUniverse.national(8_300, SampleOptions.DEFAULT_SEED);
        assertEquals(8_300, u.agencies().size());
        assertEquals(77, u.provinces().size());
        for (String p : u.provinces()) {
            List<SampleAgency> in = u.inProvince(p);
            assertEquals(1, in.stream().filter(a -> a.agency().type() == AgencyType.PAO).count(), p);
            assertTrue(in.stream().anyMatch(a -> a.agency().type() == AgencyType.SUBDISTRICT_MUNICIPALITY), p);
            assertTrue(in.stream().filter(a -> a.agency().type() == AgencyType.SAO).count() > in.size() / 2, p);
        }
        Map<AgencyType, Long> types = u.agencies().stream()
                .collect(Collectors.groupingBy(a -> a.agency().type(), TreeMap::new, Collectors.counting()));
        assertTrue(types.get(AgencyType.TOWN_MUNICIPALITY) + types.getOrDefault(AgencyType.CITY_MUNICIPALITY, 0L) == 77,
                types.toString());
    }

    @Test
    void everyAgencyHasItsOwnIdentityAndAnEightDigitCode() {
        SampleUniverse u = SampleUniverse.national(8_300, SampleOptions.DEFAULT_SEED);
        Set<String> ids = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (SampleAgency a : u.agencies()) {
            assertTrue(ids.add(a.agency().id()), a.agency().id());
            assertTrue(a.agency().code().matches("\\d{8}"), a.agency().code());
            assertTrue(names.add(a.agency().name() + "|" + a.agency().district() + "|" + a.agency().province()),
                    "two agencies of one name in one district: " + a.agency());
        }
    }

    @Test
    void provinceAndDistrictNamesAreInvented() {
        SampleUniverse u = SampleUniverse.national(8_300, SampleOptions.DEFAULT_SEED);
        for (String p : u.provinces()) {
            assertFalse(REAL_PROVINCES.contains(p), p);
            assertNotEquals(PlaceNames.BUNDLED_PROVINCE, p, "the bundled province stays apart from the national data");
        }
        Set<String> districts = u.agencies().stream().map(a -> a.agency().district()).collect(Collectors.toSet());
        assertTrue(districts.size() > 800, "districts: " + districts.size());
        for (String d : districts) {
            assertFalse(REAL_PROVINCES.contains(d) || REAL_DISTRICTS.contains(d), d);
        }
        assertFalse(REAL_PROVINCES.contains(PlaceNames.BUNDLED_PROVINCE));
        for (String d : BundledProvince.districts()) {
            assertFalse(REAL_PROVINCES.contains(d) || REAL_DISTRICTS.contains(d), d);
        }
    }

    @Test
    void everyAgencyYearObeysTheFrameworkExactly() {
        SampleUniverse u = SampleUniverse.national(400, 7);
        FrameworkCatalog c = FrameworkCatalog.standard();
        int checked = 0;
        for (int y = 2560; y <= 2569; y++) {
            YearFramework f = c.framework(y);
            for (SampleAgency a : u.agencies()) {
                AgencyYear r = u.result(a, y).orElseThrow();
                assertEquals(y, r.fiscalYear());
                FrameworkCheck.assertObeys(r, f);
                checked++;
            }
        }
        assertEquals(4_000, checked);
    }

    @Test
    void olderYearsCarryOnlyATotalAndALevel() {
        SampleUniverse u = SampleUniverse.national(20, 7);
        AgencyYear r = u.result(u.agencies().get(3), 2560).orElseThrow();
        assertFalse(r.hasAnyIndicator());
        assertTrue(r.tools().isEmpty());
        assertTrue(List.of("AA", "A", "B", "C", "D", "E", "F").contains(r.level()), r.level());
    }

    @Test
    void mostAgenciesImproveSomeSlipAndEveryLevelOccurs() {
        SampleUniverse u = SampleUniverse.national(2_000, SampleOptions.DEFAULT_SEED);
        int improved = 0;
        int slipped = 0;
        int localBetween60And95 = 0;
        Set<String> levels = new HashSet<>();
        for (SampleAgency a : u.agencies()) {
            BigDecimal first = u.result(a, 2563).orElseThrow().total();
            BigDecimal last = u.result(a, 2567).orElseThrow().total();
            if (last.compareTo(first) > 0) {
                improved++;
            } else {
                slipped++;
            }
            BigDecimal mid = u.result(a, 2565).orElseThrow().total();
            if (mid.compareTo(BigDecimal.valueOf(60)) >= 0 && mid.compareTo(BigDecimal.valueOf(95)) <= 0) {
                localBetween60And95++;
            }
            for (int y = 2563; y <= 2567; y++) {
                levels.add(u.result(a, y).orElseThrow().level());
            }
        }
        assertTrue(improved > 1_200, "improved " + improved);
        assertTrue(slipped > 100, "slipped " + slipped);
        assertTrue(localBetween60And95 > 1_500, "between 60 and 95 in 2565: " + localBetween60And95);
        assertTrue(levels.containsAll(Set.of("AA", "A", "B", "C", "D", "E", "F", "ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน",
                "ต้องปรับปรุง", "ต้องปรับปรุงโดยด่วน")), levels.toString());
    }

    @Test
    void asksForAtLeastOneAgency() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SampleUniverse.national(0, 1));
        assertTrue(e.getMessage().contains("at least 1"), e.getMessage());
    }
}
