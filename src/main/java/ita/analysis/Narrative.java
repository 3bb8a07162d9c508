package ita.analysis;

import ita.framework.IndicatorDef;
import ita.framework.OitSubIndicator;
import ita.framework.QuestionDef;
import ita.framework.YearFramework;
import ita.model.Agency;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.model.Tool;
import ita.text.ThaiText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The analysis written out as Thai sentences built from the agency's own figures: its total and level, the
 * change from its previous result, its strongest and weakest indicators, its failed OIT items and the points
 * fixing them adds. Graders give no credit to an analysis copied from ITAS's generic recommendations, so every
 * sentence names the agency's numbers; nothing here is boilerplate alone.
 *
 * <p>Every method has a variant with {@code thaiDigits}, which writes the digits of the generated text as ๐–๙.
 */
public final class Narrative {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Question texts longer than this are shortened at a space in running prose. */
    private static final int QUOTE_LENGTH = 80;

    private Narrative() {
    }

    /** The paragraphs for the agency's latest year, with Arabic digits. */
    public static List<String> summary(AgencyAnalysis analysis) {
        return summary(analysis, analysis.latest(), false);
    }

    /** The paragraphs for one year of the agency: overall result, tools, strengths, weaknesses, items, fixes. */
    public static List<String> summary(AgencyAnalysis analysis, YearAnalysis year, boolean thaiDigits) {
        List<String> out = new ArrayList<>();
        out.add(overall(analysis, year));
        if (year.framework().hasIndicators()) {
            tools(year).ifPresent(out::add);
            out.add(strengths(year));
            out.add(weaknesses(year));
            movers(year).ifPresent(out::add);
            lowestQuestions(year).ifPresent(out::add);
            out.add(items(year));
            out.add(fixes(year));
        } else {
            out.add("ปีงบประมาณ พ.ศ. " + year.fiscalYear() + " ใช้แบบประเมินเดิมซึ่งเปรียบเทียบได้เฉพาะคะแนนรวม "
                    + "จึงไม่มีการวิเคราะห์รายตัวชี้วัด");
        }
        check(year).ifPresent(out::add);
        return out.stream().map(s -> digits(s, thaiDigits)).toList();
    }

    /** One sentence about one indicator (1–10) of a year, with Arabic digits. */
    public static String indicatorSentence(YearAnalysis year, int indicator) {
        return indicatorSentence(year, indicator, false);
    }

    public static String indicatorSentence(YearAnalysis year, int indicator, boolean thaiDigits) {
        if (indicator < 1 || indicator > AgencyYear.INDICATORS) {
            throw new IllegalArgumentException("indicator must be 1–10, got " + indicator);
        }
        return digits(indicatorText(year, indicator), thaiDigits);
    }

    /** One sentence about one question (i7, e9) or OIT item (o15) of a year, with Arabic digits. */
    public static String itemSentence(YearAnalysis year, String itemCode) {
        return itemSentence(year, itemCode, false);
    }

    public static String itemSentence(YearAnalysis year, String itemCode, boolean thaiDigits) {
        String code = ThaiText.key(itemCode);
        String text = code.startsWith("o") ? oitItemText(year, code) : questionText(year, code);
        return digits(text, thaiDigits);
    }

    /** One sentence about one tool of a year, with Arabic digits. */
    public static String toolSentence(YearAnalysis year, Tool tool, boolean thaiDigits) {
        return digits(toolText(year, tool), thaiDigits);
    }

    /** The text with its digits as ๐–๙ when asked, else unchanged. */
    public static String digits(String text, boolean thaiDigits) {
        return thaiDigits ? ThaiText.toThaiDigits(text) : text;
    }

    // ---- paragraphs

    private static String overall(AgencyAnalysis analysis, YearAnalysis y) {
        Agency a = analysis.agency();
        StringBuilder sb = new StringBuilder("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ").append(y.fiscalYear())
                .append(" ของ").append(a.name());
        if (!a.district().isEmpty()) {
            sb.append(" อำเภอ").append(a.district());
        }
        if (!a.province().isEmpty()) {
            sb.append(" จังหวัด").append(a.province());
        }
        BigDecimal total = y.year().total();
        if (total != null) {
            sb.append(" ได้ ").append(n(y, total)).append(" คะแนน");
        } else if (y.check().computedTotal() != null) {
            sb.append(" ไม่มีคะแนนรวมที่รายงาน คะแนนรวมที่คำนวณจากคะแนนตัวชี้วัดคือ ")
                    .append(n(y, y.check().computedTotal())).append(" คะแนน");
        } else {
            sb.append(" ไม่มีคะแนนรวมในข้อมูลที่นำเข้า");
        }
        String level = y.level();
        if (level != null) {
            sb.append(" อยู่ในระดับ ").append(level);
            if (!y.levelReported()) {
                sb.append(" (ตามเกณฑ์ของปี เนื่องจากไม่มีระดับที่รายงาน)");
            }
        }
        Optional<YearChange> prev = y.fromPrevious();
        if (prev.isPresent()) {
            YearChange c = prev.get();
            sb.append(' ').append(changeFrom(y, c.total(), c.fromYear()));
            if (c.total().from() != null) {
                sb.append(" (ปี ").append(c.fromYear()).append(" ได้ ").append(n(y, c.total().from())).append(" คะแนน");
                if (c.fromLevel() != null) {
                    sb.append(" ระดับ ").append(c.fromLevel());
                }
                sb.append(')');
            }
            levelChange(c).ifPresent(s -> sb.append(' ').append(s));
            if (c.skipsYears()) {
                sb.append(" โดยไม่มีข้อมูลของปี ").append(yearsBetween(c.fromYear(), c.toYear()));
            }
        } else {
            sb.append(" ไม่มีผลการประเมินของปีก่อนหน้าให้เปรียบเทียบ");
        }
        BigDecimal base = y.plan().base();
        if (base != null) {
            BigDecimal pass = y.plan().passMark();
            if (base.compareTo(pass) >= 0) {
                sb.append(" ผ่านเกณฑ์ ").append(whole(y, pass)).append(" คะแนนแล้ว");
            } else {
                sb.append(" ยังต่ำกว่าเกณฑ์ผ่าน ").append(whole(y, pass)).append(" คะแนนอยู่ ")
                        .append(n(y, y.plan().pointsToPass())).append(" คะแนน");
            }
        }
        ranks(a, y).ifPresent(s -> sb.append(' ').append(s));
        if (y == analysis.latest() && analysis.trend().fiscalYears().size() >= 3) {
            analysis.trend().slopePerYear().ifPresent(slope -> {
                List<Integer> ys = analysis.trend().fiscalYears();
                sb.append(" ตลอดช่วงปี ").append(ys.get(0)).append("–").append(ys.get(ys.size() - 1))
                        .append(" คะแนนรวม");
                if (slope.signum() == 0) {
                    sb.append("ทรงตัว");
                } else {
                    sb.append(slope.signum() > 0 ? "เพิ่มขึ้น" : "ลดลง").append("เฉลี่ยปีละ ")
                            .append(n(y, slope.abs())).append(" คะแนน");
                }
            });
        }
        return sb.toString();
    }

    private static Optional<String> tools(YearAnalysis y) {
        List<String> parts = new ArrayList<>();
        Tool lowest = null;
        BigDecimal lowestScore = null;
        boolean computed = false;
        for (Tool t : Tool.values()) {
            BigDecimal v = toolScore(y, t);
            if (v == null) {
                continue;
            }
            StringBuilder p = new StringBuilder(t.name()).append(' ').append(n(y, v)).append(" คะแนน");
            if (y.year().tool(t) == null) {
                computed = true;
            }
            y.fromPrevious().map(c -> c.tools().get(t)).filter(d -> d != null && d.known())
                    .ifPresent(d -> p.append(" (").append(signed(y, d.change())).append(')'));
            parts.add(p.toString());
            if (lowestScore == null || v.compareTo(lowestScore) < 0) {
                lowest = t;
                lowestScore = v;
            }
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("แยกตามเครื่องมือ ").append(join(parts));
        if (computed) {
            sb.append(" (เครื่องมือที่ไม่มีคะแนนที่รายงานคำนวณจากค่าเฉลี่ยของตัวชี้วัด)");
        }
        if (parts.size() > 1) {
            sb.append(" เครื่องมือที่ได้คะแนนต่ำที่สุดคือ ").append(lowest.name()).append(' ')
                    .append(lowest.thaiName()).append(" ซึ่งมีน้ำหนักร้อยละ ")
                    .append(whole(y, y.framework().weight(lowest).multiply(HUNDRED))).append(" ของคะแนนรวม");
        }
        return Optional.of(sb.toString());
    }

    private static String strengths(YearAnalysis y) {
        Profile p = y.profile();
        String threshold = whole(y, p.threshold());
        if (p.strengths().isEmpty()) {
            return "ไม่มีตัวชี้วัดใดได้ถึง " + threshold + " คะแนน จึงยังไม่มีจุดแข็งที่ชัดเจน";
        }
        return "จุดแข็งที่ควรรักษามาตรฐานไว้ คือตัวชี้วัดที่ได้ตั้งแต่ " + threshold + " คะแนนขึ้นไป "
                + p.strengths().size() + " ตัวชี้วัด ได้แก่ " + join(p.strengths().stream()
                .map(i -> indicatorWithScore(y, i)).toList());
    }

    private static String weaknesses(YearAnalysis y) {
        Profile p = y.profile();
        if (p.weakest().isEmpty()) {
            return "ข้อมูลที่นำเข้าไม่มีคะแนนรายตัวชี้วัดของปีนี้ จึงระบุจุดอ่อนรายตัวชี้วัดไม่ได้";
        }
        StringBuilder sb = new StringBuilder(p.weakest().size() == 1 ? "ตัวชี้วัดที่ต่ำที่สุดคือ"
                : "ตัวชี้วัดที่ต่ำที่สุดมี " + p.weakest().size() + " ตัวชี้วัดเท่ากัน คือ");
        List<String> names = new ArrayList<>();
        for (IndicatorScore i : p.weakest()) {
            StringBuilder w = new StringBuilder(indicatorName(i.number(), i.name())).append(' ').append(n(y, i.score()))
                    .append(" คะแนน");
            indicatorDelta(y, i.number()).ifPresent(d -> w.append(" ").append(changeFrom(y, d,
                    y.fromPrevious().get().fromYear())));
            names.add(w.toString());
        }
        sb.append(join(names));
        BigDecimal gap = p.threshold().subtract(p.weakest().get(0).score());
        if (gap.signum() > 0) {
            sb.append(" ต่ำกว่าเกณฑ์ ").append(whole(y, p.threshold())).append(" คะแนนอยู่ ").append(n(y, gap))
                    .append(" คะแนน");
        }
        List<IndicatorAssessment> urgent = p.withVerdict(Verdict.URGENT);
        if (!urgent.isEmpty()) {
            sb.append(" ตัวชี้วัดที่เป็นข้อบกพร่องต้องแก้ไขโดยเร่งด่วน ได้แก่ ").append(join(urgent.stream()
                    .map(a -> indicatorWithScore(y, a.indicator())).toList()));
        }
        List<IndicatorAssessment> develop = p.withVerdict(Verdict.DEVELOP);
        if (!develop.isEmpty()) {
            sb.append(" ส่วนตัวชี้วัดที่ควรพัฒนาให้ดีขึ้น ได้แก่ ").append(join(develop.stream()
                    .map(a -> indicatorWithScore(y, a.indicator())).toList()));
        }
        if (!p.unknownIndicators().isEmpty()) {
            sb.append(" (ไม่มีคะแนนของตัวชี้วัดที่ ").append(join(p.unknownIndicators().stream()
                    .map(String::valueOf).toList())).append(')');
        }
        return sb.toString();
    }

    private static Optional<String> movers(YearAnalysis y) {
        Optional<YearChange> prev = y.fromPrevious();
        if (prev.isEmpty() || prev.get().totalsOnly()) {
            return Optional.empty();
        }
        YearChange c = prev.get();
        int up = 0;
        int down = 0;
        int same = 0;
        IndicatorScore best = null;
        IndicatorScore worst = null;
        BigDecimal bestChange = null;
        BigDecimal worstChange = null;
        for (int nbr = 1; nbr <= AgencyYear.INDICATORS; nbr++) {
            Delta d = c.indicator(nbr);
            if (!d.known()) {
                continue;
            }
            IndicatorScore s = new IndicatorScore(nbr, y.framework().indicator(nbr).tool(),
                    y.framework().indicator(nbr).name(), d.to());
            int sign = d.change().signum();
            if (sign > 0) {
                up++;
                if (bestChange == null || d.change().compareTo(bestChange) > 0) {
                    best = s;
                    bestChange = d.change();
                }
            } else if (sign < 0) {
                down++;
                if (worstChange == null || d.change().compareTo(worstChange) < 0) {
                    worst = s;
                    worstChange = d.change();
                }
            } else {
                same++;
            }
        }
        if (up + down + same == 0) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("เมื่อเทียบกับปี ").append(c.fromYear()).append(" ตัวชี้วัดที่เพิ่มขึ้นมี ")
                .append(up).append(" ตัวชี้วัด ลดลง ").append(down).append(" ตัวชี้วัด");
        if (same > 0) {
            sb.append(" และเท่าเดิม ").append(same).append(" ตัวชี้วัด");
        }
        if (best != null) {
            sb.append(" ตัวชี้วัดที่เพิ่มขึ้นมากที่สุดคือ").append(indicatorName(best.number(), best.name()))
                    .append(" เพิ่มขึ้น ").append(n(y, bestChange)).append(" คะแนน เป็น ").append(n(y, best.score()))
                    .append(" คะแนน");
        }
        if (worst != null) {
            sb.append(best != null ? " ส่วน" : " ").append("ตัวชี้วัดที่ลดลงมากที่สุดคือ")
                    .append(indicatorName(worst.number(), worst.name())).append(" ลดลง ").append(n(y, worstChange.abs()))
                    .append(" คะแนน เหลือ ").append(n(y, worst.score())).append(" คะแนน");
        }
        return Optional.of(sb.toString());
    }

    private static Optional<String> lowestQuestions(YearAnalysis y) {
        List<String> parts = new ArrayList<>();
        for (Tool t : List.of(Tool.IIT, Tool.EIT)) {
            List<QuestionScore> qs = y.profile().lowestQuestions().getOrDefault(t, List.of());
            if (qs.isEmpty()) {
                continue;
            }
            QuestionScore q = qs.get(0);
            parts.add("ของ " + t.name() + " คือข้อ " + q.code() + quote(q.text()) + " " + n(y, q.score()) + " คะแนน");
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("ข้อคำถามที่ได้คะแนนต่ำที่สุด" + String.join(" และ", parts));
    }

    private static String items(YearAnalysis y) {
        Profile p = y.profile();
        if (!p.itemsKnown()) {
            return "ข้อมูลที่นำเข้าไม่มีคะแนนรายข้อ OIT ของปีนี้ จึงวิเคราะห์ได้ถึงระดับตัวชี้วัดที่ 9 และ 10 เท่านั้น "
                    + "(ตัวชี้วัดที่ 9 " + indicatorScoreText(y, 9) + " และตัวชี้วัดที่ 10 " + indicatorScoreText(y, 10)
                    + ")";
        }
        List<OitItemScore> failed = p.failedItemList();
        long given = y.year().oitItems().stream().map(OitItemScore::code).distinct().count();
        if (failed.isEmpty()) {
            return "ข้อ OIT ผ่านทุกข้อที่มีคะแนน (" + given + " ข้อ) ควรรักษามาตรฐานการเปิดเผยข้อมูลไว้";
        }
        StringBuilder sb = new StringBuilder("ข้อ OIT ที่ไม่ผ่าน ").append(failed.size()).append(" ข้อ จาก ")
                .append(given).append(" ข้อ ได้แก่ ");
        List<String> groups = new ArrayList<>();
        for (FailedItems g : p.failedItems()) {
            String head = g.subIndicator().isEmpty() ? g.name() : "ตัวชี้วัดย่อย " + g.subIndicator() + " " + g.name();
            groups.add(head + " " + join(g.items().stream().map(o -> itemWithScore(y, o)).toList()));
        }
        sb.append(String.join("; ", groups));
        BigDecimal all = y.plan().itemFixes().stream().map(Fix::gain).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (all.signum() > 0) {
            sb.append(" หากแก้ไขให้ผ่านทุกข้อจะได้คะแนนรวมเพิ่ม ").append(n(y, all)).append(" คะแนน");
        }
        return sb.toString();
    }

    private static String fixes(YearAnalysis y) {
        FixPlan plan = y.plan();
        StringBuilder sb = new StringBuilder();
        ItemSet set = plan.smallestItemSet();
        String pass = whole(y, plan.passMark());
        switch (set.outcome()) {
            case REACHABLE -> sb.append("หากแก้ไขข้อ ").append(join(set.items().stream()
                            .map(f -> f.code() + " " + f.title()).toList()))
                    .append(" ให้ผ่าน (").append(set.items().size()).append(" ข้อ) จะได้เพิ่ม ").append(n(y, set.gain()))
                    .append(" คะแนน รวมเป็น ").append(n(y, set.reached())).append(" คะแนน ถึงเกณฑ์ผ่าน ").append(pass)
                    .append(" คะแนน ซึ่งต้องได้เพิ่มอีก ").append(n(y, plan.pointsToPass())).append(" คะแนน");
            case UNREACHABLE -> sb.append("แม้แก้ไขข้อ OIT ที่ไม่ผ่านทั้งหมด ").append(plan.itemFixes().size())
                    .append(" ข้อ จะได้เพิ่ม ").append(n(y, set.gain())).append(" คะแนน รวมเป็น ").append(n(y, set.reached()))
                    .append(" คะแนน ยังไม่ถึงเกณฑ์ ").append(pass)
                    .append(" คะแนน จึงต้องยกระดับคะแนนจากแบบวัด IIT และ EIT ควบคู่กันไป");
            case ALREADY_REACHED -> sb.append("คะแนนรวมถึงเกณฑ์ผ่าน ").append(pass).append(" คะแนนแล้ว");
            case UNKNOWN -> {
                if (plan.pointsToPass() != null && plan.pointsToPass().signum() > 0) {
                    sb.append("ต้องได้คะแนนรวมเพิ่มอีก ").append(n(y, plan.pointsToPass())).append(" คะแนนจึงถึงเกณฑ์ผ่าน ")
                            .append(pass).append(" คะแนน");
                }
            }
        }
        if (set.outcome() == ItemSet.Outcome.REACHABLE && !plan.itemFixes().isEmpty()) {
            Fix first = plan.itemFixes().get(0);
            sb.append(" ข้อที่ให้คะแนนเพิ่มมากที่สุดคือข้อ ").append(first.code()).append(" ได้เพิ่ม ")
                    .append(n(y, first.gain())).append(" คะแนน");
        }
        List<Fix> indicators = plan.indicatorFixes().stream().limit(3).toList();
        if (!indicators.isEmpty()) {
            sb.append(" ตัวชี้วัดที่ให้คะแนนรวมเพิ่มมากที่สุดหากยกระดับเป็น 100 คะแนน ได้แก่ ")
                    .append(join(indicators.stream().map(f -> indicatorName(f.indicator(), f.title()) + " (+"
                            + n(y, f.gain()) + ")").toList()));
        }
        plan.nextLevel().ifPresent(nl -> {
            sb.append(" ระดับถัดไปคือ ").append(nl.label()).append(" ต้องได้คะแนนรวมอย่างน้อย ").append(n(y, nl.minTotal()));
            if (nl.pointsNeeded().signum() > 0) {
                sb.append(" ขาดอีก ").append(n(y, nl.pointsNeeded())).append(" คะแนน");
            }
            if (nl.hasToolCondition()) {
                sb.append(" และทุกเครื่องมือต้องได้อย่างน้อย ").append(n(y, nl.minEachTool())).append(" คะแนน");
                if (!nl.toolShortfalls().isEmpty()) {
                    sb.append(" (").append(join(nl.toolShortfalls().entrySet().stream()
                            .map(e -> e.getKey().name() + " ขาดอีก " + n(y, e.getValue())).toList())).append(')');
                }
            }
        });
        return sb.toString().trim();
    }

    private static Optional<String> check(YearAnalysis y) {
        CheckResult c = y.check();
        List<String> lines = new ArrayList<>();
        c.mismatches().forEach(m -> lines.add(m.describe()));
        if (c.level().status() == CheckStatus.MISMATCH) {
            lines.add(c.level().describe());
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("ข้อสังเกตจากการตรวจสอบคะแนน: " + String.join("; ", lines)
                + " ทั้งนี้การวิเคราะห์ใช้คะแนนที่รายงานตามผลของระบบ ITAS");
    }

    // ---- single sentences

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
            return name + " ไม่มีคะแนนในข้อมูลที่นำเข้า";
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
                        .append(n(y, threshold.subtract(score))).append(" คะแนน ควรพัฒนาให้ดีขึ้น");
                case URGENT -> sb.append(" ต่ำกว่าเกณฑ์ ").append(whole(y, threshold)).append(" คะแนนอยู่ ")
                        .append(n(y, threshold.subtract(score))).append(" คะแนน เป็นข้อบกพร่องที่ต้องแก้ไขโดยเร่งด่วน");
            }
        }
        y.plan().indicatorFixes().stream().filter(fx -> fx.indicator() == number).findFirst()
                .ifPresent(fx -> sb.append(" หากยกระดับเป็น 100 คะแนนจะได้คะแนนรวมเพิ่ม ").append(n(y, fx.gain()))
                        .append(" คะแนน"));
        y.check().indicator(number).filter(c -> c.status() == CheckStatus.MISMATCH)
                .ifPresent(c -> sb.append(" (คะแนนที่รายงานไม่ตรงกับที่").append(c.basis().thaiLabel()).append(' ')
                        .append(n(y, c.computed())).append(')'));
        if (number <= 8) {
            lowestQuestionOf(y, number).ifPresent(q -> sb.append(" ข้อคำถามที่ได้คะแนนต่ำที่สุดคือข้อ ")
                    .append(q.code()).append(quote(q.text())).append(' ').append(n(y, q.score())).append(" คะแนน"));
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
        StringBuilder sb = new StringBuilder("ข้อ ").append(code);
        if (!title.isEmpty()) {
            sb.append(' ').append(title);
        }
        sub.ifPresent(s -> sb.append(" (ตัวชี้วัดย่อย ").append(s.code()).append(' ').append(s.name())
                .append(" ของตัวชี้วัดที่ ").append(s.indicator()).append(')'));
        if (given.isEmpty()) {
            if (sub.isEmpty()) {
                return sb.append(" ไม่อยู่ในรายการข้อ OIT ของปี ").append(y.fiscalYear()).toString();
            }
            return sb.append(" ไม่มีคะแนนในข้อมูลที่นำเข้า").toString();
        }
        OitItemScore o = given.get();
        if (o.passed()) {
            sb.append(" ผ่าน ได้ ").append(itemScore(y, o.score())).append(" คะแนน ควรรักษามาตรฐานการเปิดเผยข้อมูลไว้");
        } else {
            sb.append(o.score().signum() > 0 ? " ผ่านบางส่วน ได้ " : " ไม่ผ่าน ได้ ").append(itemScore(y, o.score()))
                    .append(" คะแนน");
            y.plan().itemFixes().stream().filter(fx -> fx.code().equals(code)).findFirst()
                    .ifPresent(fx -> sb.append(" หากแก้ไขให้ผ่านจะได้คะแนนรวมเพิ่ม ").append(n(y, fx.gain()))
                            .append(" คะแนน"));
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
        StringBuilder sb = new StringBuilder("ข้อ ").append(code).append(quote(text));
        def.ifPresent(d -> sb.append(" (").append(indicatorName(d.indicator(), f.indicator(d.indicator()).name()))
                .append(')'));
        if (given.isEmpty()) {
            if (def.isEmpty()) {
                return sb.append(" ไม่อยู่ในรายการข้อคำถามของปี ").append(y.fiscalYear()).toString();
            }
            return sb.append(" ไม่มีคะแนนในข้อมูลที่นำเข้า").toString();
        }
        BigDecimal score = given.get().score();
        sb.append(" ได้ ").append(n(y, score)).append(" คะแนน");
        BigDecimal threshold = y.profile().threshold();
        if (score.compareTo(threshold) < 0) {
            sb.append(" ต่ำกว่าเกณฑ์ ").append(whole(y, threshold)).append(" คะแนนอยู่ ").append(n(y, threshold.subtract(score)))
                    .append(" คะแนน");
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

    private static String toolText(YearAnalysis y, Tool t) {
        BigDecimal v = toolScore(y, t);
        if (v == null) {
            return "แบบวัด " + t.name() + " ไม่มีคะแนนในข้อมูลที่นำเข้า";
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
                    .append(" คะแนน (ร้อยละ ").append(whole(y, y.framework().weight(t).multiply(HUNDRED))).append(')');
        }
        List<IndicatorAssessment> weak = y.profile().byTool(t).stream().filter(a -> a.verdict() != Verdict.KEEP_UP)
                .toList();
        if (weak.isEmpty() && !y.profile().byTool(t).isEmpty()) {
            sb.append(" ทุกตัวชี้วัดได้ตั้งแต่ ").append(whole(y, y.profile().threshold())).append(" คะแนนขึ้นไป");
        } else if (!weak.isEmpty()) {
            sb.append(" ตัวชี้วัดที่ต่ำกว่าเกณฑ์ ได้แก่ ").append(join(weak.stream()
                    .map(a -> indicatorWithScore(y, a.indicator())).toList()));
        }
        return sb.toString();
    }

    // ---- helpers

    /** A tool's score: reported, else the mean of its indicators; null when neither is known. */
    static BigDecimal toolScore(YearAnalysis y, Tool t) {
        BigDecimal v = y.year().tool(t);
        return v != null ? v : y.check().computedTools().get(t);
    }

    private static Optional<Delta> indicatorDelta(YearAnalysis y, int number) {
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

    private static Optional<String> ranks(Agency a, YearAnalysis y) {
        List<String> parts = new ArrayList<>();
        y.provinceRank().ifPresent(r -> parts.add("อันดับที่ " + r.rank() + " จาก " + r.of() + " หน่วยงานในจังหวัด"
                + a.province()));
        y.districtRank().ifPresent(r -> parts.add("อันดับที่ " + r.rank() + " จาก " + r.of() + " หน่วยงานในอำเภอ"
                + a.district()));
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("อยู่" + String.join(" และ", parts));
    }

    private static Optional<String> levelChange(YearChange c) {
        if (c.fromLevel() == null || c.toLevel() == null) {
            return Optional.empty();
        }
        if (c.levelSteps() == null) {
            if (ThaiText.key(c.fromLevel()).equals(ThaiText.key(c.toLevel()))) {
                return Optional.empty();
            }
            return Optional.of("ระดับเปลี่ยนจาก " + c.fromLevel() + " เป็น " + c.toLevel()
                    + " ซึ่งเป็นเกณฑ์การจัดระดับคนละชุด");
        }
        int s = c.levelSteps();
        if (s == 0) {
            return Optional.of("ระดับเท่าเดิม");
        }
        return Optional.of("ระดับ" + (s > 0 ? "ดีขึ้น " : "ลดลง ") + Math.abs(s) + " ระดับ จาก " + c.fromLevel()
                + " เป็น " + c.toLevel());
    }

    /** "เพิ่มขึ้น 1.52 คะแนนจากปี 2566", "ลดลง …", "เท่ากับปี 2566"; empty when unknown. */
    private static String changeFrom(YearAnalysis y, Delta d, int fromYear) {
        if (!d.known()) {
            return "";
        }
        int s = d.change().signum();
        if (s == 0) {
            return "เท่ากับปี " + fromYear;
        }
        return (s > 0 ? "เพิ่มขึ้น " : "ลดลง ") + n(y, d.change().abs()) + " คะแนนจากปี " + fromYear;
    }

    private static String signed(YearAnalysis y, BigDecimal change) {
        int s = change.signum();
        return s == 0 ? "เท่าเดิม" : (s > 0 ? "เพิ่มขึ้น " : "ลดลง ") + n(y, change.abs());
    }

    private static String yearsBetween(int from, int to) {
        List<String> ys = new ArrayList<>();
        for (int y = from + 1; y < to; y++) {
            ys.add(String.valueOf(y));
        }
        return join(ys);
    }

    private static String indicatorName(int number, String name) {
        return "ตัวชี้วัดที่ " + number + (name == null || name.isEmpty() ? "" : " " + name);
    }

    private static String indicatorWithScore(YearAnalysis y, IndicatorScore i) {
        return indicatorName(i.number(), i.name()) + " (" + n(y, i.score()) + ")";
    }

    private static String indicatorScoreText(YearAnalysis y, int number) {
        BigDecimal v = y.check().effectiveIndicators().isEmpty() ? null
                : y.check().effectiveIndicators().get(number - 1);
        return v == null ? "ไม่มีคะแนน" : "ได้ " + n(y, v) + " คะแนน";
    }

    private static String itemWithScore(YearAnalysis y, OitItemScore o) {
        String s = o.code() + (o.title().isEmpty() ? "" : " " + o.title());
        return o.score().signum() > 0 ? s + " (" + itemScore(y, o.score()) + " คะแนน)" : s;
    }

    private static String quote(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String t = ThaiText.normalize(text);
        if (t.length() > QUOTE_LENGTH) {
            int cut = t.lastIndexOf(' ', QUOTE_LENGTH);
            t = t.substring(0, cut > QUOTE_LENGTH / 2 ? cut : QUOTE_LENGTH) + "…";
        }
        return " \"" + t + "\"";
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " และ " + parts.get(parts.size() - 1);
    }

    /** A figure in text, rounded as the year publishes it (2 decimals, HALF_UP from 2562 on). */
    static String n(YearAnalysis y, BigDecimal v) {
        return Figures.show(v, y.framework());
    }

    /** A whole number without decimals where it has none (85, 40), else 2 decimals. */
    private static String whole(YearAnalysis y, BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() <= 0 ? s.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : n(y, v);
    }

    /** OIT item scores are 100, 50 or 0: written without decimals. */
    private static String itemScore(YearAnalysis y, BigDecimal v) {
        return whole(y, v);
    }
}
