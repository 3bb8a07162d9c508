package ita.analysis;

import static ita.analysis.NumberText.join;
import static ita.analysis.NumberText.n;
import static ita.analysis.NumberText.quote;
import static ita.analysis.NumberText.whole;

import ita.framework.IndicatorDef;
import ita.framework.OitSubIndicator;
import ita.framework.QuestionDef;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.model.Tool;
import ita.text.ThaiText;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One sentence about one thing of an agency-year, from the agency's own figures: a tool, an indicator, a question
 * or an OIT item, with its score, its change from the previous result, its class (keep up, develop, urgent) and
 * what fixing it adds. Codes are written as the year writes them. Each method has a variant with
 * {@code thaiDigits}, which writes the digits as ๐–๙.
 */
public final class ItemText {

    private ItemText() {
    }

    /** One sentence about one indicator (1–10) of a year, with Arabic digits. */
    public static String indicatorSentence(YearAnalysis year, int indicator) {
        return indicatorSentence(year, indicator, false);
    }

    public static String indicatorSentence(YearAnalysis year, int indicator, boolean thaiDigits) {
        if (indicator < 1 || indicator > AgencyYear.INDICATORS) {
            throw new IllegalArgumentException("indicator must be 1–10, got " + indicator);
        }
        return NumberText.digits(indicatorText(year, indicator), thaiDigits);
    }

    /** One sentence about one question (i7, e9) or OIT item (o15) of a year, with Arabic digits. */
    public static String itemSentence(YearAnalysis year, String itemCode) {
        return itemSentence(year, itemCode, false);
    }

    public static String itemSentence(YearAnalysis year, String itemCode, boolean thaiDigits) {
        String code = ThaiText.key(itemCode);
        String text = code.startsWith("o") ? oitItemText(year, code) : questionText(year, code);
        return NumberText.digits(text, thaiDigits);
    }

    /** One sentence about one tool of a year. */
    public static String toolSentence(YearAnalysis year, Tool tool, boolean thaiDigits) {
        return NumberText.digits(toolText(year, tool), thaiDigits);
    }

    private static String indicatorText(YearAnalysis y, int number) {
        YearFramework f = y.framework();
        if (!f.hasIndicators()) {
            return "ปีงบประมาณ พ.ศ. " + y.fiscalYear() + " มีเฉพาะคะแนนรวม ไม่มีคะแนนรายตัวชี้วัด";
        }
        IndicatorDef def = f.indicator(number);
        String name = indicatorName(number, def.name()) + " (" + def.tool().name() + ")";
        BigDecimal reported = y.year().indicator(number);
        BigDecimal score = reported != null ? reported : y.check().effectiveIndicators().get(number - 1);
        if (score == null) {
            return name + " ไม่มีคะแนน";
        }
        StringBuilder sb = new StringBuilder(name).append(" ได้ ").append(n(y, score)).append(" คะแนน");
        if (reported == null) {
            sb.append(" (คำนวณจากคะแนนรายข้อ)");
        }
        indicatorDelta(y, number).ifPresent(d -> sb.append(' ').append(changeFrom(y, d,
                y.fromPrevious().get().fromYear())));
        Optional<IndicatorAssessment> a = y.profile().assessments().stream()
                .filter(x -> x.indicator().number() == number).findFirst();
        BigDecimal threshold = y.profile().threshold();
        if (a.isPresent()) {
            if (a.get().weakest()) {
                sb.append(" ต่ำที่สุดในปีนี้");
            }
            switch (a.get().verdict()) {
                case KEEP_UP -> sb.append(" ได้ตั้งแต่ ").append(whole(y, threshold))
                        .append(" คะแนนขึ้นไป เป็นจุดแข็งที่ควรรักษามาตรฐานไว้");
                case DEVELOP -> sb.append(" ต่ำกว่าเกณฑ์ ").append(whole(y, threshold)).append(" คะแนนอยู่ ")
                        .append(n(y, threshold.subtract(score))).append(" คะแนน เป็นประเด็นที่ต้องพัฒนาให้ดีขึ้น");
                case URGENT -> sb.append(" ต่ำกว่าเกณฑ์ ").append(whole(y, threshold)).append(" คะแนนอยู่ ")
                        .append(n(y, threshold.subtract(score)))
                        .append(" คะแนน เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน");
            }
        }
        y.plan().indicatorFixes().stream().filter(fx -> fx.indicator() == number).findFirst()
                .flatMap(fx -> NumberText.gain(y, fx.gain()))
                .ifPresent(g -> sb.append(" หากยกระดับเป็น 100 คะแนนจะได้คะแนนรวมเพิ่ม ").append(g).append(" คะแนน"));
        if (number <= 8) {
            lowestQuestionOf(y, number).ifPresent(q -> sb.append(" ข้อคำถามที่ได้คะแนนต่ำที่สุดคือข้อ ")
                    .append(f.displayCode(q.code())).append(quote(q.text())).append(' ')
                    .append(n(y, q.score())).append(" คะแนน"));
        } else if (y.profile().itemsKnown()) {
            List<OitItemScore> failed = y.profile().failedItems().stream().filter(g -> g.indicator() == number)
                    .flatMap(g -> g.items().stream()).toList();
            if (failed.isEmpty()) {
                sb.append(" ข้อ OIT ของตัวชี้วัดนี้ผ่านทุกข้อที่มีคะแนน");
            } else {
                sb.append(" ข้อ OIT ที่ไม่ผ่าน ").append(failed.size()).append(" ข้อ ได้แก่ ")
                        .append(join(failed.stream().map(o -> itemWithScore(y, o)).toList()));
            }
        }
        return sb.toString();
    }

    private static String oitItemText(YearAnalysis y, String code) {
        YearFramework f = y.framework();
        Optional<OitItemScore> given = y.year().oitItems().stream().filter(o -> o.code().equals(code)).findFirst();
        Optional<OitSubIndicator> sub = f.subIndicatorOfItem(code);
        String title = given.map(OitItemScore::title).filter(t -> !t.isEmpty())
                .or(() -> f.oitItem(code).map(d -> d.title())).orElse("");
        StringBuilder sb = new StringBuilder("ข้อ ").append(f.displayCode(code));
        if (!title.isEmpty()) {
            sb.append(' ').append(title);
        }
        sub.ifPresent(s -> sb.append(" (ตัวชี้วัดย่อย ").append(s.code()).append(' ').append(s.name())
                .append(" ของตัวชี้วัดที่ ").append(s.indicator()).append(')'));
        if (given.isEmpty()) {
            if (sub.isEmpty()) {
                return sb.append(" ไม่อยู่ในรายการข้อ OIT ของปี ").append(y.fiscalYear()).toString();
            }
            return sb.append(" ไม่มีคะแนน").toString();
        }
        OitItemScore o = given.get();
        if (o.passed()) {
            sb.append(" ผ่าน ได้ ").append(whole(y, o.score())).append(" คะแนน ควรรักษามาตรฐานการเปิดเผยข้อมูลไว้");
        } else {
            sb.append(o.score().signum() > 0 ? " ผ่านบางส่วน ได้ " : " ไม่ผ่าน ได้ ").append(whole(y, o.score()))
                    .append(" คะแนน");
            y.plan().itemFixes().stream().filter(fx -> fx.code().equals(code)).findFirst()
                    .flatMap(fx -> NumberText.gain(y, fx.gain()))
                    .ifPresent(g -> sb.append(" หากแก้ไขให้ผ่านจะได้คะแนนรวมเพิ่ม ").append(g).append(" คะแนน"));
            ItemSet set = y.plan().smallestItemSet();
            if (set.outcome() == ItemSet.Outcome.REACHABLE && set.codes().contains(code)) {
                sb.append(" และเป็น 1 ใน ").append(set.items().size()).append(" ข้อที่เมื่อแก้ไขแล้วทำให้ถึงเกณฑ์ผ่าน ")
                        .append(whole(y, y.plan().passMark())).append(" คะแนน");
            }
        }
        if (!o.comment().isBlank()) {
            sb.append(" ผู้ตรวจประเมินให้ความเห็นว่า \"").append(o.comment().strip()).append('"');
        }
        return sb.toString();
    }

    private static String questionText(YearAnalysis y, String code) {
        YearFramework f = y.framework();
        Optional<QuestionScore> given = y.year().questions().stream().filter(q -> q.code().equals(code)).findFirst();
        Optional<QuestionDef> def = f.question(code);
        String text = given.map(QuestionScore::text).filter(t -> !t.isEmpty())
                .or(() -> def.map(QuestionDef::text)).orElse("");
        StringBuilder sb = new StringBuilder("ข้อ ").append(f.displayCode(code)).append(quote(text));
        def.ifPresent(d -> sb.append(" (").append(indicatorName(d.indicator(), f.indicator(d.indicator()).name()))
                .append(')'));
        if (given.isEmpty()) {
            if (def.isEmpty()) {
                return sb.append(" ไม่อยู่ในรายการข้อคำถามของปี ").append(y.fiscalYear()).toString();
            }
            return sb.append(" ไม่มีคะแนน").toString();
        }
        BigDecimal score = given.get().score();
        sb.append(" ได้ ").append(n(y, score)).append(" คะแนน");
        BigDecimal threshold = y.profile().threshold();
        if (score.compareTo(threshold) < 0) {
            sb.append(" ต่ำกว่าเกณฑ์ ").append(whole(y, threshold)).append(" คะแนนอยู่ ")
                    .append(n(y, threshold.subtract(score))).append(" คะแนน");
        } else {
            sb.append(" ตั้งแต่ ").append(whole(y, threshold)).append(" คะแนนขึ้นไป");
        }
        Tool tool = code.startsWith("i") ? Tool.IIT : Tool.EIT;
        List<QuestionScore> lowest = y.profile().lowestQuestions().getOrDefault(tool, List.of());
        if (!lowest.isEmpty() && lowest.get(0).score().compareTo(score) == 0) {
            sb.append(" ต่ำที่สุดของแบบวัด ").append(tool.name());
        }
        if (def.isPresent()) {
            BigDecimal ind = y.year().indicator(def.get().indicator());
            if (ind != null && score.compareTo(ind) < 0) {
                sb.append(" และต่ำกว่าคะแนนของตัวชี้วัด (").append(n(y, ind)).append(')');
            }
        }
        return sb.toString();
    }

    /** A tool's score and weight, and how many of its indicators are below the threshold (the rows list them). */
    private static String toolText(YearAnalysis y, Tool t) {
        BigDecimal v = toolScore(y, t);
        if (v == null) {
            return "แบบวัด " + t.name() + " ไม่มีคะแนน";
        }
        StringBuilder sb = new StringBuilder("แบบวัด ").append(t.name()).append(' ').append(t.thaiName())
                .append(" ได้ ").append(n(y, v)).append(" คะแนน");
        if (y.year().tool(t) == null) {
            sb.append(" (คำนวณจากค่าเฉลี่ยของตัวชี้วัด)");
        }
        y.fromPrevious().ifPresent(c -> {
            Delta d = c.tools().get(t);
            if (d != null && d.known()) {
                sb.append(' ').append(changeFrom(y, d, c.fromYear()));
            }
        });
        if (y.framework().weight(t) != null) {
            sb.append(" คิดเป็นคะแนนถ่วงน้ำหนัก ").append(n(y, Scoring.weighted(t, v, y.framework())))
                    .append(" คะแนน (ร้อยละ ").append(whole(y, y.framework().weight(t).movePointRight(2))).append(')');
        }
        List<IndicatorAssessment> all = y.profile().byTool(t);
        long weak = all.stream().filter(a -> a.verdict() != Verdict.KEEP_UP).count();
        if (!all.isEmpty() && weak == 0) {
            sb.append(" ทุกตัวชี้วัดได้ตั้งแต่ ").append(whole(y, y.profile().threshold())).append(" คะแนนขึ้นไป");
        } else if (weak > 0) {
            sb.append(" มีตัวชี้วัดที่ต่ำกว่าเกณฑ์ ").append(weak).append(" จาก ").append(all.size()).append(" ตัวชี้วัด");
        }
        return sb.toString();
    }

    // ---- shared with the summary

    /** A tool's score: reported, else the mean of its indicators; null when neither is known. */
    static BigDecimal toolScore(YearAnalysis y, Tool t) {
        BigDecimal v = y.year().tool(t);
        return v != null ? v : y.check().computedTools().get(t);
    }

    static Optional<Delta> indicatorDelta(YearAnalysis y, int number) {
        return y.fromPrevious().filter(c -> !c.totalsOnly()).map(c -> c.indicator(number)).filter(Delta::known);
    }

    private static Optional<QuestionScore> lowestQuestionOf(YearAnalysis y, int indicator) {
        YearFramework f = y.framework();
        return y.year().questions().stream()
                .filter(q -> f.question(q.code()).map(d -> d.indicator() == indicator).orElse(false))
                .map(q -> q.text().isEmpty() ? new QuestionScore(q.code(), f.question(q.code()).get().text(),
                        q.score()) : q)
                .min(Comparator.comparing(QuestionScore::score).thenComparing(QuestionScore::code, Codes.NATURAL));
    }

    /** "เพิ่มขึ้น 1.52 คะแนนจากปี 2566", "ลดลง …", "เท่ากับปี 2566"; empty when unknown. */
    static String changeFrom(YearAnalysis y, Delta d, int fromYear) {
        if (!d.known()) {
            return "";
        }
        int s = Figures.round(d.change(), y.framework()).signum();
        if (s == 0) {
            return "เท่ากับปี " + fromYear;
        }
        return (s > 0 ? "เพิ่มขึ้น " : "ลดลง ") + n(y, d.change().abs()) + " คะแนนจากปี " + fromYear;
    }

    static String indicatorName(int number, String name) {
        return "ตัวชี้วัดที่ " + number + (name == null || name.isEmpty() ? "" : " " + name);
    }

    static String indicatorWithScore(YearAnalysis y, IndicatorScore i) {
        return indicatorName(i.number(), i.name()) + " (" + n(y, i.score()) + ")";
    }

    private static String itemWithScore(YearAnalysis y, OitItemScore o) {
        String s = y.framework().displayCode(o.code()) + (o.title().isEmpty() ? "" : " " + o.title());
        return o.score().signum() > 0 ? s + " (" + whole(y, o.score()) + " คะแนน)" : s;
    }
}
