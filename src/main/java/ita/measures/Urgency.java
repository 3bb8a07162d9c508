package ita.measures;

/**
 * How pressing an issue is, as the analysis classed the indicators behind it (the O42 criterion's words): a
 * weakness to fix urgently, an issue to develop, or a standard to keep. The planner orders measures by it and
 * writes it as the analysis did, so that an indicator has one class on every sheet and in every document.
 */
public enum Urgency {
    URGENT("ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน"),
    DEVELOP("ประเด็นที่ต้องพัฒนาให้ดีขึ้น"),
    KEEP_UP("ประเด็นที่ควรรักษามาตรฐาน");

    private final String thaiLabel;

    Urgency(String thaiLabel) {
        this.thaiLabel = thaiLabel;
    }

    public String thaiLabel() {
        return thaiLabel;
    }
}
