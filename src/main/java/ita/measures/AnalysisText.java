package ita.measures;

import ita.framework.YearFramework;
import ita.model.QuestionScore;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The analysis and reference sentences of a plan, written from the agency's own figures so that they are
 * never the generic text of the ITAS recommendations.
 */
final class AnalysisText {

    /** Below this an indicator is an urgent weakness rather than something to develop. */
    static final BigDecimal URGENT_BELOW = BigDecimal.valueOf(70);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AnalysisText() {
    }

    static String indicatorReference(int number, String name, BigDecimal score, YearFramework fw) {
        return "ตัวชี้วัดที่ " + number + " " + name + " (" + n(fw, score) + " คะแนน)";
    }

    static String questionReference(String code, String text, BigDecimal score, YearFramework fw) {
        String t = text == null ? "" : text.strip();
        return "ข้อ " + code + (t.isEmpty() ? "" : " " + t) + " (" + n(fw, score) + " คะแนน)";
    }

    static String itemReference(String code, String title, BigDecimal score, YearFramework fw) {
        String t = title == null ? "" : title.strip();
        return "ข้อ " + code + (t.isEmpty() ? "" : " " + t) + " (" + whole(fw, score) + " คะแนน)";
    }

    /**
     * @param rank   1 for the lowest of the {@code count} indicators to improve
     * @param weight the indicator's share of the total, e.g. 0.20
     */
    static String indicator(PlanRequest.WeakIndicator w, int year, YearFramework fw, BigDecimal weight, int rank,
                            int count) {
        BigDecimal passMark = fw.passMark();
        StringBuilder s = new StringBuilder("ปี ").append(year).append(" ได้ ").append(n(fw, w.score()))
                .append(" คะแนน");
        boolean below = w.score().compareTo(passMark) < 0;
        if (below) {
            s.append(" ต่ำกว่าเกณฑ์ ").append(plain(passMark)).append(" อยู่ ")
                    .append(n(fw, passMark.subtract(w.score()))).append(" คะแนน ")
                    .append(w.score().compareTo(URGENT_BELOW) < 0 ? "เป็นจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน"
                            : "เป็นประเด็นที่ต้องพัฒนาให้ถึงเกณฑ์");
        } else {
            s.append(" ผ่านเกณฑ์ ").append(plain(passMark)).append(" แล้ว แต่ยังเป็นตัวชี้วัดที่ควรพัฒนาต่อ");
        }
        if (count > 1) {
            s.append(rank == 1 ? " และต่ำที่สุดใน " + count + " ตัวชี้วัดที่ต้องปรับปรุง"
                    : " (ต่ำเป็นอันดับ " + rank + " จาก " + count + " ตัวชี้วัดที่ต้องปรับปรุง)");
        }
        if (w.previousScore() != null) {
            BigDecimal diff = w.score().subtract(w.previousScore());
            s.append(" เทียบกับปี ").append(year - 1).append(" ที่ได้ ").append(n(fw, w.previousScore()))
                    .append(" คะแนน ").append(diff.signum() < 0 ? "ลดลง " + n(fw, diff.negate()) + " คะแนน"
                            : diff.signum() > 0 ? "เพิ่มขึ้น " + n(fw, diff) + " คะแนน" : "คะแนนเท่าเดิม");
        }
        if (below && weight != null) {
            BigDecimal gain = passMark.subtract(w.score()).multiply(weight);
            s.append(" ตัวชี้วัดนี้มีน้ำหนักร้อยละ ").append(plain(weight.multiply(HUNDRED)))
                    .append(" ของคะแนนรวม หากยกระดับถึงเกณฑ์จะเพิ่มคะแนนรวมได้ประมาณ ")
                    .append(n(fw, gain)).append(" คะแนน");
        }
        return s.toString();
    }

    /**
     * @param fw             the year's framework: its pass mark, and the rounding of every figure written
     * @param indicatorScore the score of the question's indicator when the request names it, else null
     */
    static String question(QuestionScore q, int year, YearFramework fw, int indicator, BigDecimal indicatorScore) {
        BigDecimal passMark = fw.passMark();
        StringBuilder s = new StringBuilder("ปี ").append(year).append(" ข้อ ").append(q.code()).append(" ได้ ")
                .append(n(fw, q.score())).append(" คะแนน");
        if (q.score().compareTo(passMark) < 0) {
            s.append(" ต่ำกว่าเกณฑ์ ").append(plain(passMark)).append(" อยู่ ")
                    .append(n(fw, passMark.subtract(q.score()))).append(" คะแนน");
        } else {
            s.append(" ผ่านเกณฑ์ ").append(plain(passMark)).append(" แล้ว แต่ยังต่ำกว่าข้ออื่น");
        }
        if (indicator > 0) {
            s.append(indicatorScore != null
                    ? " และเป็นข้อที่ฉุดคะแนนตัวชี้วัดที่ " + indicator + " ซึ่งได้ " + n(fw, indicatorScore)
                            + " คะแนน"
                    : " (ตัวชี้วัดที่ " + indicator + ")");
        }
        return s.toString();
    }

    /**
     * @param subSummary "ตัวชี้วัดย่อย 9.2 การบริหารงาน ไม่ผ่าน 2 จาก 8 ข้อ" for the first item of a sub-indicator,
     *                   else null
     */
    static String item(PlanRequest.FailedItem i, int year, YearFramework fw, int planYear, String subSummary) {
        StringBuilder s = new StringBuilder("ปี ").append(year).append(' ');
        if (subSummary != null) {
            s.append(subSummary).append(" โดย");
        }
        s.append("ข้อ ").append(i.code()).append(" ได้ ").append(whole(fw, i.score())).append(" คะแนน ")
                .append(i.score().signum() > 0 ? "(ผ่านบางส่วน)" : "(ไม่ผ่าน)");
        String comment = i.comment().strip();
        if (comment.isEmpty()) {
            s.append(" ต้องจัดทำและเผยแพร่ให้ครบองค์ประกอบตามหลักเกณฑ์ของปี ").append(planYear);
        } else {
            s.append(" ผู้ตรวจประเมินให้ความเห็นว่า ").append(comment);
        }
        return s.toString();
    }

    static String subSummary(String code, String name, int failed, int total) {
        return "ตัวชี้วัดย่อย " + code + (name.isEmpty() ? "" : " " + name) + " ไม่ผ่าน " + failed
                + (total > 0 ? " จาก " + total : "") + " ข้อ";
    }

    /** 85 → "85", 85.50 → "85.5". */
    static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s).toPlainString();
    }

    /** Item scores are whole numbers in practice; show 0, 50, 100, and two decimals otherwise. */
    private static String whole(YearFramework fw, BigDecimal v) {
        return v.stripTrailingZeros().scale() <= 0 ? plain(v) : n(fw, v);
    }

    /** A figure as the year publishes it: its framework's scale and rounding. */
    private static String n(YearFramework fw, BigDecimal v) {
        return fw.round(v).toPlainString();
    }
}
