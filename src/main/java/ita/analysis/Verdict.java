package ita.analysis;

/**
 * What an indicator calls for, in the words agencies use in their analyses (seed 003):
 * ประเด็นที่ควรรักษามาตรฐานหรือพัฒนาให้ดีขึ้น against ข้อบกพร่องที่ต้องแก้ไขโดยเร่งด่วน.
 * The rule ({@link StrengthsWeaknesses}): at or above the strength threshold → keep up; below it → develop,
 * unless below the urgent band or the weakest indicator, which is urgent.
 */
public enum Verdict {
    KEEP_UP("รักษามาตรฐาน"),
    DEVELOP("พัฒนาให้ดีขึ้น"),
    URGENT("ต้องแก้ไขโดยเร่งด่วน");

    private final String thaiLabel;

    Verdict(String thaiLabel) {
        this.thaiLabel = thaiLabel;
    }

    public String thaiLabel() {
        return thaiLabel;
    }
}
