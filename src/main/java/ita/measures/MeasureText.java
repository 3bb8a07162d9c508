package ita.measures;

import ita.framework.OitItemDef;
import ita.framework.YearFramework;
import ita.model.QuestionScore;
import ita.text.ThaiDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a plan written from the agency's own figures, so that they are never the generic text of the
 * ITAS recommendations: the reference and analysis of each basis, and the target of each measure.
 */
final class MeasureText {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MeasureText() {
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
     * @param rank   1 for the lowest of the {@code count} indicators below the threshold
     * @param weight the indicator's share of the total, e.g. 0.20, or null when unknown
     */
    static String indicator(PlanRequest.WeakIndicator w, int year, YearFramework fw, BigDecimal weight, int rank,
                            int count, BigDecimal threshold) {
        StringBuilder s = new StringBuilder("ปี ").append(year).append(" ได้ ").append(n(fw, w.score()))
                .append(" คะแนน");
        boolean below = w.score().compareTo(threshold) < 0;
        if (below) {
            s.append(" ต่ำกว่าเกณฑ์ ").append(plain(threshold)).append(" คะแนนอยู่ ")
                    .append(n(fw, threshold.subtract(w.score()))).append(" คะแนน");
            if (count > 1 && rank == 1) {
                s.append(" และต่ำที่สุดใน " + count + " ตัวชี้วัดที่ต่ำกว่าเกณฑ์");
            }
            s.append(w.urgency() == Urgency.URGENT ? " จึงเป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน"
                    : " จึงเป็นประเด็นที่ต้องพัฒนาให้ดีขึ้น");
        } else {
            s.append(" ผ่านเกณฑ์ ").append(plain(threshold)).append(" คะแนนแล้ว จึงควรรักษามาตรฐานไว้");
        }
        if (w.previousScore() != null) {
            BigDecimal diff = fw.round(w.score()).subtract(fw.round(w.previousScore()));
            s.append(" เทียบกับปี ").append(w.previousYear() > 0 ? w.previousYear() : year - 1).append(" ที่ได้ ")
                    .append(n(fw, w.previousScore())).append(" คะแนน ")
                    .append(diff.signum() < 0 ? "ลดลง " + n(fw, diff.negate()) + " คะแนน"
                            : diff.signum() > 0 ? "เพิ่มขึ้น " + n(fw, diff) + " คะแนน" : "คะแนนเท่าเดิม");
        }
        if (below && weight != null) {
            BigDecimal gain = fw.round(threshold.subtract(w.score()).multiply(weight));
            if (gain.signum() > 0) {
                s.append(" ตัวชี้วัดนี้มีน้ำหนักร้อยละ ").append(plain(weight.multiply(HUNDRED)))
                        .append(" ของคะแนนรวม หากยกระดับถึงเกณฑ์ คะแนนรวมจะเพิ่มขึ้นประมาณ ").append(n(fw, gain))
                        .append(" คะแนน");
            }
        }
        return s.toString();
    }

    /**
     * @param indicatorScore the score of the question's indicator when it is below the threshold, else null
     */
    static String question(QuestionScore q, int year, YearFramework fw, int indicator, BigDecimal indicatorScore,
                           BigDecimal threshold) {
        StringBuilder s = new StringBuilder("ปี ").append(year).append(" ข้อ ").append(fw.displayCode(q.code()))
                .append(" ได้ ").append(n(fw, q.score())).append(" คะแนน ต่ำกว่าเกณฑ์ ").append(plain(threshold))
                .append(" คะแนนอยู่ ").append(n(fw, threshold.subtract(q.score()))).append(" คะแนน");
        if (indicator > 0) {
            s.append(indicatorScore != null
                    ? " และเป็นข้อที่ฉุดคะแนนตัวชี้วัดที่ " + indicator + " ซึ่งได้ " + n(fw, indicatorScore) + " คะแนน"
                    : " แม้ตัวชี้วัดที่ " + indicator + " จะผ่านเกณฑ์แล้ว");
        }
        return s.toString();
    }

    /** The item as the result's year writes it (O25), with its counterpart in the previous result. */
    static String item(PlanRequest.FailedItem i, int year, YearFramework fw, int planYear) {
        StringBuilder s = new StringBuilder("ปี ").append(year).append(" ข้อ ").append(fw.displayCode(i.code()))
                .append(" ได้ ").append(whole(fw, i.score())).append(" คะแนน ")
                .append(i.score().signum() > 0 ? "(ผ่านบางส่วน)" : "(ไม่ผ่าน)");
        PlanRequest.Previous p = i.previous();
        if (p != null) {
            s.append(" ซึ่งปี ").append(p.fiscalYear()).append(" ข้อเดียวกัน (ข้อ ").append(p.code()).append(") ได้ ")
                    .append(whole(fw, p.score())).append(" คะแนน")
                    .append(p.score().compareTo(HUNDRED) < 0 ? " จึงไม่ผ่านต่อเนื่อง" : "");
        }
        String comment = i.comment().strip();
        if (comment.isEmpty()) {
            s.append(" ต้องจัดทำและเผยแพร่ให้ครบองค์ประกอบตามหลักเกณฑ์");
        } else {
            s.append(" ผู้ตรวจประเมินให้ความเห็นว่า ").append(comment);
        }
        if (fw.oitItem(i.code()).map(OitItemDef::isReportOnPreviousYear).orElse(false)) {
            s.append(" ข้อนี้เป็นรายงานผลของปีก่อน การประเมินปี ").append(planYear)
                    .append(" จึงต้องรายงานผลการดำเนินงานของปี ").append(planYear - 1);
        }
        return s.toString();
    }

    /**
     * What the measure moves from what to what by when: its indicators and questions to the threshold in the next
     * assessment, its items to passing by the month their last step ends, or, for a standard kept, the indicator
     * at no less than its score.
     */
    static String target(List<PlanRequest.WeakIndicator> indicators, List<QuestionScore> questions,
                         List<PlanRequest.FailedItem> items, List<PlannedStep> steps,
                         List<MeasurePlanner.StepDraft> own, YearFramework fw, BigDecimal threshold, int year,
                         int planYear) {
        List<String> raise = new ArrayList<>();
        List<String> keep = new ArrayList<>();
        for (PlanRequest.WeakIndicator w : indicators) {
            if (w.urgency() == Urgency.KEEP_UP) {
                keep.add("ตัวชี้วัดที่ " + w.number() + " ให้ได้ไม่น้อยกว่า " + n(fw, w.score()) + " คะแนน");
            } else {
                raise.add("ตัวชี้วัดที่ " + w.number() + " จาก " + n(fw, w.score()) + " คะแนน");
            }
        }
        for (QuestionScore q : questions) {
            raise.add("ข้อ " + fw.displayCode(q.code()) + " จาก " + n(fw, q.score()) + " คะแนน");
        }
        List<String> parts = new ArrayList<>();
        String assessment = "ในการประเมินปีงบประมาณ พ.ศ. " + planYear;
        if (!raise.isEmpty()) {
            parts.add("ยกระดับ" + join(raise) + " เป็นไม่น้อยกว่า " + plain(threshold) + " คะแนน " + assessment);
        }
        if (!keep.isEmpty()) {
            parts.add("รักษา" + join(keep) + " " + assessment);
        }
        if (!items.isEmpty()) {
            int last = own.stream().filter(d -> d.codes().stream().anyMatch(c -> c.startsWith("o")))
                    .mapToInt(MeasurePlanner.StepDraft::end).max()
                    .orElse(steps.stream().mapToInt(PlannedStep::endMonth).max().orElse(11));
            List<String> failed = items.stream().filter(i -> i.score().signum() == 0)
                    .map(i -> fw.displayCode(i.code())).toList();
            List<String> partly = items.stream().filter(i -> i.score().signum() > 0)
                    .map(i -> fw.displayCode(i.code())).toList();
            List<String> which = new ArrayList<>();
            if (!failed.isEmpty()) {
                which.add("ข้อ " + join(failed) + " ซึ่ง" + (failed.size() == 1 ? "" : "ทั้งหมด") + "ไม่ผ่าน");
            }
            if (!partly.isEmpty()) {
                which.add("ข้อ " + join(partly) + " ซึ่งผ่านบางส่วน");
            }
            parts.add((parts.isEmpty() ? "ให้" : "โดยให้") + String.join(" และ", which) + "ในปี " + year + " ผ่านเกณฑ์"
                    + (items.size() == 1 ? "" : "ครบทุกข้อ") + "ภายในเดือน" + longMonth(planYear, last));
        }
        return String.join(" ", parts);
    }

    /** "ธันวาคม 2567" for a fiscal month of a fiscal year. */
    static String longMonth(int fiscalYear, int month) {
        return ThaiDates.MONTHS_LONG[FiscalMonths.yearMonth(fiscalYear, month).getMonthValue() - 1] + " "
                + FiscalMonths.buddhistYear(fiscalYear, month);
    }

    /** "a", "a และ b", "a, b และ c". */
    static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " และ " + parts.get(parts.size() - 1);
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
