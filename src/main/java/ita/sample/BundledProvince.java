package ita.sample;

import ita.model.Agency;
import ita.model.AgencyNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invented province of the bundled samples, จังหวัดนครสุวรรณ: its อบจ., one เทศบาลเมือง, six
 * เทศบาลตำบล and 38 อบต. in seven districts. Most trajectories are drawn from the fixed seed; a few are
 * set by hand so that the five years show every level, a steady climber, a faller and an agency that
 * neglected its web site. อบต.นาคำ and อบต.นาดำ, in the same district, differ by one letter and are two
 * agencies. Three agencies miss one year.
 */
final class BundledProvince {

    static final String PROVINCE = PlaceNames.BUNDLED_PROVINCE;
    static final long SEED = 2563;
    static final int FIRST_YEAR = 2563;
    static final int LAST_YEAR = 2567;

    private static final Map<String, List<String>> DISTRICTS = orderedDistricts();

    /** Hand-set trajectories: near perfect, climbing from a neglected web site, slipping. */
    private static final Map<String, Trajectory> SET = Map.of(
            "อบจ.นครสุวรรณ", new Trajectory(95.5, 0.6, 2.5, 1.5, 2.0, 0.8),
            "อบต.ป่าแดง", new Trajectory(62, 5.5, 14, 8, -45, 2),
            "อบต.หนองกุง", new Trajectory(90, -4.5, 5, 2, -2, 1.5),
            "อบต.โคกสูง", new Trajectory(58, 1, 10, 4, -30, 2.5),
            "ทม.นครสุวรรณ", new Trajectory(88, 2, 5, 3, 1, 1.5));

    private static final Map<String, Set<Integer>> GAPS = Map.of(
            "อบต.ป่าหวาย", Set.of(2565),
            "อบต.บางไผ่", Set.of(2565),
            "อบต.โนนงาม", Set.of(2564));

    private BundledProvince() {
    }

    private static Map<String, List<String>> orderedDistricts() {
        Map<String, List<String>> m = new java.util.LinkedHashMap<>();
        m.put("เมือง" + PROVINCE, List.of("อบจ.นครสุวรรณ", "ทม.นครสุวรรณ", "ทต.บ้านใหม่", "อบต.หนองบัวทอง",
                "อบต.ดอนแก้ว", "อบต.นาคำ", "อบต.นาดำ", "อบต.โคกสำราญ", "อบต.ท่าช้าง", "อบต.บางไผ่"));
        m.put("ธารทอง", List.of("ทต.ธารทอง", "อบต.ห้วยทราย", "อบต.หนองแวง", "อบต.ป่าหวาย", "อบต.โนนงาม",
                "อบต.คลองน้ำใส"));
        m.put("ดอนศิลา", List.of("ทต.ดอนศิลา", "อบต.ดอนศิลา", "อบต.โคกกระเบื้อง", "อบต.นาหว้า", "อบต.หนองหิน",
                "อบต.บ่อทอง"));
        m.put("วังมณี", List.of("ทต.วังมณี", "อบต.วังใหญ่", "อบต.ท่าตะเคียน", "อบต.หนองสะแก", "อบต.เนินมะปราง",
                "อบต.สระบัว"));
        m.put("ทุ่งจำปา", List.of("ทต.ทุ่งจำปา", "อบต.ทุ่งโพธิ์", "อบต.โนนสำราญ", "อบต.บ้านกลาง", "อบต.นาโพธิ์",
                "อบต.หนองตาล"));
        m.put("ห้วยเงินงาม", List.of("ทต.ห้วยเงินงาม", "อบต.ห้วยไร่", "อบต.ดอนมะขาม", "อบต.โคกกลาง",
                "อบต.หนองยาง", "อบต.ป่าแดง"));
        m.put("โนนดาวเรือง", List.of("อบต.โนนดาวเรือง", "อบต.หนองกุง", "อบต.บ้านเหล่า", "อบต.โคกสูง",
                "อบต.นาเจริญ", "อบต.ดงมะไฟ"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The districts in order, the capital district first. */
    static List<String> districts() {
        return List.copyOf(DISTRICTS.keySet());
    }

    /** The province's agencies, district by district; no codes, as the province's own files carry none. */
    static SampleUniverse universe() {
        Rng rng = new Rng(Rng.mix(SEED, 7));
        List<SampleAgency> out = new ArrayList<>();
        DISTRICTS.forEach((district, names) -> {
            for (String shortName : names) {
                AgencyNames.Parsed p = AgencyNames.parse(shortName);
                Agency agency = AgencyNames.agency(p.fullName(), p.type(), district, PROVINCE, "");
                Trajectory drawn = SampleUniverse.drawTrajectory(p.type(), rng);
                Trajectory t = SET.getOrDefault(shortName, drawn);
                out.add(new SampleAgency(out.size(), agency, t, GAPS.getOrDefault(shortName, Set.of())));
            }
        });
        return SampleUniverse.of(out, SEED);
    }
}
