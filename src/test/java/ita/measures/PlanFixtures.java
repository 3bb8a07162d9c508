package ita.measures;

import ita.model.QuestionScore;
import java.math.BigDecimal;
import java.util.List;

/**
 * Plan requests used by the planner and writer tests. {@link #tabKhlo2565()} is the agency of seed document
 * 003 (result 2565: total 73.35, indicators below 85: 10 = 25.00, 7 = 66.15, 9 = 74.21, 8 = 81.35) with the
 * thirteen OIT items its assessor failed. The assessor comments are short paraphrases; the two EIT question
 * scores are illustrative (the seed names e6 and e10 as weak without giving their scores).
 */
public final class PlanFixtures {

    private PlanFixtures() {
    }

    public static PlanRequest tabKhlo2565() {
        return new PlanRequest("องค์การบริหารส่วนตำบลทับคล้อ", "อ.ทับคล้อ", "จ.พิจิตร", 2565,
                List.of(weak(10, "การป้องกันการทุจริต", "25.00"), weak(7, "ประสิทธิภาพการสื่อสาร", "66.15"),
                        weak(9, "การเปิดเผยข้อมูล", "74.21"), weak(8, "การปรับปรุงระบบการทำงาน", "81.35")),
                List.of(item("o2", "ข้อมูลผู้บริหาร", "ช่องทางติดต่อผู้บริหารโดยตรงยังไม่ครบ"),
                        item("o11", "รายงานการกำกับติดตามการดำเนินงานประจำปี รอบ 6 เดือน",
                                "ไม่แสดงความก้าวหน้าของแต่ละโครงการ"),
                        item("o12", "รายงานผลการดำเนินงานประจำปี", "ขาดข้อเสนอแนะ"),
                        item("o20", "รายงานผลการใช้จ่ายงบประมาณประจำปี", "ขาดข้อเสนอแนะ"),
                        item("o23", "สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน", "ขาดข้อมูลเดือนมีนาคม 2565"),
                        item("o24", "รายงานผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุประจำปี", "ขาดปัญหา อุปสรรค และข้อเสนอแนะ"),
                        item("o27", "หลักเกณฑ์การบริหารและพัฒนาทรัพยากรบุคคล", "ขาดหลักเกณฑ์การสรรหา การบรรจุ และการพัฒนา"),
                        item("o28", "รายงานผลการบริหารและพัฒนาทรัพยากรบุคคลประจำปี", "ขาดปัญหา อุปสรรค และข้อเสนอแนะ"),
                        item("o36", "การประเมินความเสี่ยงการทุจริตประจำปี", "ไม่แสดงเหตุการณ์และระดับความเสี่ยง"),
                        item("o37", "การดำเนินการเพื่อจัดการความเสี่ยงการทุจริต", "ไม่สอดคล้องกับผลการประเมินความเสี่ยง"),
                        item("o38", "การเสริมสร้างวัฒนธรรมองค์กร", "มีเพียงประกาศ ไม่มีกิจกรรมที่ทำในปี"),
                        item("o42", "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                                "ไม่ระบุผู้รับผิดชอบ ขั้นตอน และการติดตามผล"),
                        item("o43", "การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", "")),
                List.of(new QuestionScore("e10", "", new BigDecimal("58.33")),
                        new QuestionScore("e6", "", new BigDecimal("61.90"))));
    }

    static PlanRequest.WeakIndicator weak(int n, String name, String score) {
        return new PlanRequest.WeakIndicator(n, name, new BigDecimal(score));
    }

    static PlanRequest.FailedItem item(String code, String title, String comment) {
        return new PlanRequest.FailedItem(code, title, "", BigDecimal.ZERO, comment);
    }
}
