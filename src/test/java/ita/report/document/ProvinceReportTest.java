package ita.report.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.framework.FrameworkCatalog;
import ita.report.summary.SmallProvince;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * The province report of {@link SmallProvince} (พิจิตร, six agencies, 2565–2566), read back from its .docx against
 * the figures worked out by hand in that class: the executive summary, the lists of who to follow up (the measures
 * items are O42/O43 in 2566, found through their concepts), Thai digits throughout, and the OOXML schema.
 */
class ProvinceReportTest {

    private static byte[] report(boolean thaiDigits) throws IOException {
        return new ProvinceReport(new DocumentOptions(thaiDigits), FrameworkCatalog.standard(),
                LocalDate.of(2026, 11, 21)).toBytes(SmallProvince.province(), SmallProvince.briefs());
    }

    /** Every paragraph and every table row of the body, in order; a row as its cells joined by " | ". */
    private static List<String> lines(byte[] docx) throws IOException {
        List<String> out = new ArrayList<>();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            for (IBodyElement e : d.getBodyElements()) {
                if (e instanceof XWPFParagraph p && !p.getText().isBlank()) {
                    out.add(p.getText().replace('\u00A0', ' '));
                } else if (e instanceof XWPFTable t) {
                    t.getRows().forEach(r -> out.add(String.join(" | ", r.getTableCells().stream()
                            .map(c -> c.getText().strip()).toList())));
                }
            }
        }
        return out;
    }

    private static List<String> after(List<String> lines, String heading, int count) {
        int at = lines.indexOf(heading);
        assertTrue(at >= 0, "no " + heading + " in " + lines);
        return lines.subList(at + 1, at + 1 + count);
    }

    @Test
    void theExecutiveSummaryOfTheSmallProvince() throws IOException {
        List<String> lines = lines(report(false));
        assertEquals("ข้อมูล ณ วันที่ 21 พฤศจิกายน 2569", lines.get(3));
        // 2566: 5 agencies, (73.35 + 88 + 96.5 + 88 + 80.25) / 5 = 85.22; 2565: 467.75 / 6 = 77.96; 3 of 5 at 85+
        assertEquals(List.of("ปีงบประมาณ พ.ศ. 2566 หน่วยงานในจังหวัดพิจิตรได้รับการประเมิน ITA 5 แห่ง คะแนนเฉลี่ย 85.22"
                        + " คะแนน เพิ่มขึ้นจากปีก่อน 7.26 คะแนน ได้ 85 คะแนนขึ้นไป 3 แห่ง (ร้อยละ 60.00)"
                        + " ยังไม่บรรลุเป้าหมายตามยุทธศาสตร์ชาติ (ร้อยละ 80) โดยต่ำกว่าเป้าหมาย 20.00 จุด ดังตารางที่ 1",
                "ตารางที่ 1 ผลการประเมินโดยสรุป ปี 2565 – 2566",
                "รายการ | ปี 2565 | ปี 2566 | ผลต่าง | ทั้งประเทศปี 2566",
                "หน่วยงานที่ประเมิน (แห่ง) | 6 | 5 | -1 | 8,323",
                "คะแนนเฉลี่ย | 77.96 | 85.22 | +7.26 | 90.19",
                "ได้ 85 คะแนนขึ้นไป (แห่ง) | 2 | 3 | +1 | 6,737",
                "ได้ 85 คะแนนขึ้นไป (ร้อยละ) | 33.33 | 60.00 | +26.67 | 80.94",
                "เทียบเป้าหมายร้อยละ 80 | -46.67 | -20.00 |  | +0.94",
                "ประเด็นที่ควรพิจารณา",
                // เมืองพิจิตร (96.5 + 88 + 80.25) / 3 = 88.25, ทับคล้อ (73.35 + 88) / 2 = 80.675
                "คะแนนเฉลี่ยรายอำเภอ | สูงสุด เมืองพิจิตร 88.25 / ต่ำสุด ทับคล้อ 80.68",
                // เทศบาล: ทม.พิจิตร and ทต.ทับคล้อ (96.5 + 88) / 2; อบต. (73.35 + 88 + 80.25) / 3
                "คะแนนเฉลี่ยรายประเภท | สูงสุด เทศบาล 92.25 / ต่ำสุด อบต. 80.53",
                // of the three that give their items: ทับคล้อ fails O42 and O43, ท่าหลวง O42
                "ข้อมาตรการ / รายงานผล | O42 ไม่ผ่าน 2, O43 ไม่ผ่าน 1 จาก 3 แห่ง",
                "ไม่มีผลปี 2566 | 1 แห่ง (หัวข้อที่ 7)",
                "คะแนนลดลงมากที่สุด | อบต.ท่าหลวง จาก 82.25 เป็น 80.25 (-2.00)",
                "ตัวชี้วัดที่ต่ำสุดบ่อยที่สุด | ตัวชี้วัดที่ 10 การป้องกันการทุจริต (2 จาก 5 แห่ง)"),
                after(lines, "บทสรุปสำหรับผู้บริหาร", 15));
    }

    @Test
    void whoToFollowUp() throws IOException {
        List<String> lines = lines(report(false));
        assertEquals(List.of("หน่วยงาน | อำเภอ | คะแนน | ข้อ O42 | ข้อ O43",
                "อบต.ทับคล้อ | ทับคล้อ | 73.35 | ไม่ผ่าน | ไม่ผ่าน",
                "อบต.ท่าหลวง | เมืองพิจิตร | 80.25 | ไม่ผ่าน | ผ่าน"),
                after(lines, "ตารางที่ 9 หน่วยงานที่ข้อมาตรการหรือข้อรายงานผลไม่ผ่าน ปีงบประมาณ พ.ศ. 2566", 3));
        assertEquals(List.of("หน่วยงาน | อำเภอ | ปีล่าสุดที่มีผล | คะแนน | ระดับ", "อบต.เขาทราย | ทับคล้อ | 2565 | 60.00 | D"),
                after(lines, "ตารางที่ 10 หน่วยงานที่ไม่มีผลการประเมินปี 2566", 2));
        assertEquals(List.of("หน่วยงาน | อำเภอ | ปี 2565 | ปี 2566 | ผลต่าง",
                "อบต.ท่าหลวง | เมืองพิจิตร | 82.25 | 80.25 | -2.00", "(end)"),
                after(add(lines, "(end)"), "ตารางที่ 11 หน่วยงานที่คะแนนรวมลดลงมากที่สุด ปี 2565 – 2566", 3));
        assertEquals(List.of("หน่วยงาน | อำเภอ | คะแนน | ขาดอีก | ตัวชี้วัดที่ได้คะแนนต่ำสุด",
                "อบต.ทับคล้อ | ทับคล้อ | 73.35 | 11.65 | 10 การป้องกันการทุจริต (25.00)",
                "อบต.ท่าหลวง | เมืองพิจิตร | 80.25 | 4.75 | 8 การปรับปรุงระบบการทำงาน (60.00)"),
                after(lines, "ตารางที่ 7 หน่วยงานที่ได้คะแนนต่ำกว่า 85 คะแนน ปีงบประมาณ พ.ศ. 2566", 3));
    }

    private static List<String> add(List<String> lines, String last) {
        List<String> out = new ArrayList<>(lines);
        out.add(last);
        return out;
    }

    @Test
    void withThaiDigitsNoArabicDigitIsLeft() throws IOException {
        List<String> lines = lines(report(true));
        List<String> arabic = lines.stream().filter(l -> l.matches("(?s).*[0-9].*")).toList();
        assertEquals(List.of(), arabic);
        assertTrue(lines.contains("คะแนนเฉลี่ย | ๗๗.๙๖ | ๘๕.๒๒ | +๗.๒๖ | ๙๐.๑๙"), lines.toString());
    }

    @Test
    void everyPartIsValidOoxml() throws Exception {
        for (boolean thaiDigits : new boolean[] {false, true}) {
            Set<String> validated = new TreeSet<>();
            assertEquals(List.of(), DocumentSchemaTest.errors(report(thaiDigits), validated));
            assertTrue(validated.containsAll(Set.of("/word/document.xml", "/word/headerN.xml", "/word/charts/chartN.xml")),
                    validated.toString());
        }
    }
}
