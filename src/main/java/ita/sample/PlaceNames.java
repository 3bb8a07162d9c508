package ita.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Invented place names. Provinces and districts are compounds chosen so as not to be real Thai
 * provinces or districts (the bundled province นครสุวรรณ is kept out of the national list so the two
 * datasets never share a province); sub-district names follow the common Thai pattern of a landform and
 * a plant or colour, so they read naturally and may well exist somewhere, which does no harm inside an
 * invented province.
 */
final class PlaceNames {

    /** The province of the bundled sample workbooks. */
    static final String BUNDLED_PROVINCE = "นครสุวรรณ";

    private static final List<String> PROVINCE_HEADS = List.of("นคร", "ศรี", "เวียง", "ธารา", "พนา", "มณี",
            "สุริยา", "จันทรา", "วารี", "กาญจนา", "ไพรวัลย์", "ภูผา");
    private static final List<String> PROVINCE_TAILS = List.of("สุวรรณ", "ทองคำ", "คีรี", "นที", "วนาลี",
            "รัตนา", "ธานี");

    private static final List<String> DISTRICT_HEADS = List.of("ดอน", "โนน", "ท่า", "บาง", "วัง", "ทุ่ง",
            "หนอง", "ห้วย", "เขา", "ลำ", "โพธิ์", "ป่า", "นา", "โคก", "คลอง", "บ่อ", "เนิน", "ดง", "ภู", "เวียง");
    private static final List<String> DISTRICT_TAILS = List.of("แก้วมณี", "ศิลาทอง", "เงินงาม", "ดาวเรือง",
            "จำปาทอง", "มะลิวัลย์", "พิกุลทอง", "สร้อยสน", "ไผ่เงิน", "บัวบาน", "ตะวันแดง", "เพชรงาม", "ทองพนา",
            "มณีวงศ์", "ธารทิพย์", "เรืองศรี", "จันทร์เพ็ญ", "ดาวประกาย", "ศรีมณี", "แสงทอง", "ไพรงาม", "พฤกษา",
            "ราชพฤกษ์", "อินทนิล", "กาหลง", "ลีลาวดี", "ทองอุไร", "บุหงา", "รวงข้าว", "เมฆา", "สายรุ้ง", "ดวงแก้ว",
            "ผาทอง", "ประกายเพชร", "ชัยมงคล", "นิลวงศ์", "สุขสันต์", "เกษมสุข", "ร่มเย็น", "ศรีสง่า", "ชมพูนุท",
            "กังสดาล", "เทียนทอง", "ฟ้าคราม", "มุกดาวรรณ");

    private static final List<String> PLACE_HEADS = List.of("หนอง", "บาง", "นา", "ดอน", "โคก", "ห้วย", "ท่า",
            "วัง", "ทุ่ง", "โนน", "สระ", "บ่อ", "ป่า", "คลอง", "หาด", "เนิน", "ไร่", "บ้าน");
    private static final List<String> PLACE_TAILS = List.of("บัว", "แก้ว", "ทอง", "งาม", "ใหญ่", "ยาง", "สะแก",
            "มะขาม", "ไผ่", "กุ่ม", "แดง", "หิน", "ทราย", "จาน", "ตะเคียน", "ประดู่", "มะม่วง", "สำโรง", "เค็ม",
            "หว้า", "ขี้เหล็ก", "โพธิ์", "ช้าง", "เสือ", "กระทุ่ม", "ตาล", "ยอ", "ไทร", "มะเกลือ", "ชะอม");

    private PlaceNames() {
    }

    /** Every invented province name of the national universe, in a fixed order. */
    static List<String> provinces() {
        List<String> all = new ArrayList<>();
        for (String tail : PROVINCE_TAILS) {
            for (String head : PROVINCE_HEADS) {
                String name = head + tail;
                if (!name.equals(BUNDLED_PROVINCE)) {
                    all.add(name);
                }
            }
        }
        return all;
    }

    /** Every invented district name (besides the capital districts), shuffled. */
    static List<String> districtPool(Rng rng) {
        List<String> pool = compounds(DISTRICT_HEADS, DISTRICT_TAILS);
        rng.shuffle(pool);
        return pool;
    }

    /**
     * {@code count} distinct district names for one province, the first being its capital district, the
     * others taken from {@code pool} (shared by all provinces, so names repeat only once it runs out).
     */
    static List<String> districts(String province, int count, List<String> pool, int[] next) {
        List<String> out = new ArrayList<>();
        out.add("เมือง" + province);
        for (int tries = 0; out.size() < count && tries < pool.size(); tries++) {
            String name = pool.get(next[0]++ % pool.size());
            if (!out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    /** A shuffled pool of sub-district names; callers take distinct names from it. */
    static List<String> places(Rng rng) {
        List<String> pool = compounds(PLACE_HEADS, PLACE_TAILS);
        rng.shuffle(pool);
        return pool;
    }

    private static List<String> compounds(List<String> heads, List<String> tails) {
        List<String> out = new ArrayList<>(heads.size() * tails.size());
        for (String h : heads) {
            for (String t : tails) {
                if (!h.equals(t)) {
                    out.add(h + t);
                }
            }
        }
        return out;
    }
}
