package ita.sample;

import ita.framework.FrameworkCatalog;
import ita.framework.YearFramework;
import ita.model.Agency;
import ita.model.AgencyType;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.model.SourceRef;
import ita.model.Tool;
import ita.model.YearSource;
import ita.model.AgencyNames;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The published results of three real agencies, exactly as their own documents print them, and
 * nothing more: no figure here is invented or recomputed. Where a document leaves a value out, so does
 * this class, with one stated exception (item o22 of อบต.นาทราย, see {@link #naSai2567()}).
 */
final class SeedSamples {

    private SeedSamples() {
    }

    /**
     * อบต.นาทราย, อ.พิบูลย์รักษ์, จ.อุดรธานี, fiscal year 2567: total 81.52 (ต้องปรับปรุง), the indicator
     * table, the question scores and the OIT item scores as the agency printed them. The printed indicators
     * give 77.12, not 81.52, and indicators 1, 2, 3 and 5 are 10 points below the means of their printed
     * questions: the document is inconsistent and the sample keeps it so. Item o22 is not printed; it is
     * written as 100, the only value that reproduces the printed 68.45 of indicator 9.
     */
    static AgencyYear naSai2567() {
        YearFramework f = FrameworkCatalog.standard().framework(2567);
        AgencyYear.Builder b = start("องค์การบริหารส่วนตำบลนาทราย", "พิบูลย์รักษ์", "อุดรธานี", 2567,
                "81.52", "ต้องปรับปรุง", "81.67", "83.13", "89.17", "72.71", "81.25", "84.20", "80.62", "71.41",
                "68.45", "76.67");
        Map<String, String> q = new LinkedHashMap<>();
        String[] iit = {"86.88", "88.13", "100", "90.00", "90.00", "99.38", "98.75", "98.75", "100.00", "46.88",
                "100.00", "71.25", "94.38", "90.00", "89.38"};
        String[] eit = {"86.21", "92.41", "100", "93.77", "90.16", "90.82", "87.59", "89.66", "48.28"};
        for (int i = 0; i < iit.length; i++) {
            q.put("i" + (i + 1), iit[i]);
        }
        for (int i = 0; i < eit.length; i++) {
            q.put("e" + (i + 1), eit[i]);
        }
        q.forEach((code, score) -> b.question(new QuestionScore(code, f.question(code).orElseThrow().text(),
                new BigDecimal(score))));
        String[] items = {"100", "100", "100", "0", "100", "100", "100", "0", "100", "100", "100", "0", "100", "50",
                "0", "50", "50", "100", "0", "0", "100", "100", "100", "100", "100", "100", "100", "0", "100", "100",
                "100", "100", "100", "0", "100"};
        for (int i = 0; i < items.length; i++) {
            String code = "o" + (i + 1);
            b.oitItem(new OitItemScore(code, f.oitItem(code).orElseThrow().title(),
                    new BigDecimal(items[i]).setScale(2), ""));
        }
        return b.build();
    }

    /** อบต.บาตง, อ.รือเสาะ, จ.นราธิวาส, fiscal year 2565: total 91.93 (A) and the ten indicators. */
    static AgencyYear baTong2565() {
        return start("องค์การบริหารส่วนตำบลบาตง", "รือเสาะ", "นราธิวาส", 2565, "91.93", "A", "93.48", "89.45",
                "88.43", "84.98", "96.61", "90.65", "85.45", "79.45", "96.00", "100.00").build();
    }

    /**
     * อบต.ทับคล้อ, อ.ทับคล้อ, จ.พิจิตร, fiscal year 2565: the weighted table (IIT 99.80 → 29.94,
     * EIT 78.57 → 23.57, OIT 49.60 → 19.84, total 73.35, level C) and the OIT items the assessor failed,
     * with the assessor's reasons in brief. The document names no other items, so only these are listed;
     * they reproduce indicator 9 (74.21) exactly, while for indicator 10 (25.00) one more item of 10.1 must
     * have failed that the document does not name.
     */
    static AgencyYear thapKhlo2565() {
        YearFramework f = FrameworkCatalog.standard().framework(2565);
        AgencyYear.Builder b = start("องค์การบริหารส่วนตำบลทับคล้อ", "ทับคล้อ", "พิจิตร", 2565, "73.35", "C",
                "100.00", "99.50", "100.00", "99.45", "100.00", "88.21", "66.15", "81.35", "74.21", "25.00");
        b.tool(Tool.IIT, new BigDecimal("99.80")).tool(Tool.EIT, new BigDecimal("78.57"))
                .tool(Tool.OIT, new BigDecimal("49.60"));
        Map<String, String> failed = new LinkedHashMap<>();
        failed.put("o2", "ยังไม่มีช่องทางติดต่อผู้บริหารโดยตรงที่ครบถ้วน");
        failed.put("o11", "รายงานรอบ 6 เดือนไม่แสดงความก้าวหน้าของแต่ละโครงการ");
        failed.put("o12", "รายงานประจำปียังไม่มีส่วนของข้อเสนอแนะ");
        failed.put("o20", "รายงานการใช้จ่ายงบประมาณประจำปียังขาดข้อเสนอแนะ");
        failed.put("o23", "ไม่พบสรุปผลการจัดซื้อจัดจ้างรายเดือนของเดือนมีนาคม 2565");
        failed.put("o24", "รายงานการจัดซื้อจัดจ้างประจำปียังขาดปัญหา อุปสรรค และข้อเสนอแนะ");
        failed.put("o27", "หลักเกณฑ์ยังไม่ครอบคลุมการสรรหา การบรรจุแต่งตั้ง และการพัฒนาบุคลากร");
        failed.put("o28", "รายงานการบริหารและพัฒนาทรัพยากรบุคคลประจำปียังขาดปัญหา อุปสรรค และข้อเสนอแนะ");
        failed.put("o36", "ยังไม่แสดงเหตุการณ์ความเสี่ยง ระดับความเสี่ยง และมาตรการจัดการความเสี่ยงให้ครบ");
        failed.put("o37", "การจัดการความเสี่ยงยังไม่สอดคล้องกับผลการประเมินความเสี่ยงประจำปี");
        failed.put("o38", "แสดงเพียงประกาศ ยังไม่มีกิจกรรมเสริมสร้างวัฒนธรรมองค์กรที่ทำในปี 2565");
        failed.put("o42", "มีการวิเคราะห์ผลแล้ว แต่ยังไม่กำหนดผู้รับผิดชอบ ขั้นตอนการปฏิบัติ และการกำกับติดตามและรายงานผล");
        failed.put("o43", "การดำเนินการยังไม่สอดคล้องกับมาตรการส่งเสริมคุณธรรมและความโปร่งใสของหน่วยงาน");
        failed.forEach((code, comment) -> b.oitItem(new OitItemScore(code, f.oitItem(code).orElseThrow().title(),
                new BigDecimal("0.00"), comment)));
        return b.build();
    }

    static List<AgencyYear> all() {
        return List.of(naSai2567(), baTong2565(), thapKhlo2565());
    }

    private static AgencyYear.Builder start(String name, String district, String province, int year, String total,
                                            String level, String... indicators) {
        Agency agency = AgencyNames.agency(name, AgencyType.SAO, district, province, "");
        AgencyYear.Builder b = AgencyYear.builder().agency(agency).fiscalYear(year, YearSource.TITLE)
                .source(SourceRef.file("seed")).total(new BigDecimal(total)).level(level);
        for (int i = 0; i < indicators.length; i++) {
            b.indicator(i + 1, new BigDecimal(indicators[i]));
        }
        return b;
    }
}
