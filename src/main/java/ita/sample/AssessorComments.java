package ita.sample;

import java.math.BigDecimal;
import java.util.List;

/** The kind of note an assessor leaves on an OIT item that did not pass, naming the item. */
final class AssessorComments {

    private static final List<String> FAILED = List.of(
            "ไม่พบข้อมูล%s บนเว็บไซต์หลักของหน่วยงาน",
            "ข้อมูล%s ไม่ครบองค์ประกอบตามหลักเกณฑ์ที่กำหนด",
            "ข้อมูล%s ไม่ได้เป็นการดำเนินการในปี พ.ศ. %d",
            "ลิงก์ที่หน่วยงานตอบไม่สามารถเข้าถึงข้อมูล%s ได้",
            "ข้อมูล%s ไม่ได้แสดงการอนุมัติหรือลงนามโดยผู้บริหารสูงสุดของหน่วยงาน");

    private static final List<String> PARTLY = List.of(
            "ข้อมูล%s เผยแพร่ไม่ครบทุกเดือนของปี พ.ศ. %d",
            "ข้อมูล%s มีเพียงบางส่วน ขาดรายละเอียดบางรายการตามหลักเกณฑ์");

    private AssessorComments() {
    }

    /** A comment for an item that scored below 100, or empty for a passed item. */
    static String forItem(String title, BigDecimal score, int fiscalYear, Rng rng) {
        if (score.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return "";
        }
        List<String> from = score.signum() > 0 ? PARTLY : FAILED;
        String template = rng.pick(from);
        return template.contains("%d") ? String.format(template, title, fiscalYear) : String.format(template, title);
    }
}
