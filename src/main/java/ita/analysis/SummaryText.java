package ita.analysis;

import static ita.analysis.ItemText.changeFrom;
import static ita.analysis.ItemText.indicatorDelta;
import static ita.analysis.ItemText.indicatorName;
import static ita.analysis.ItemText.toolScore;
import static ita.analysis.NumberText.join;
import static ita.analysis.NumberText.n;
import static ita.analysis.NumberText.quote;
import static ita.analysis.NumberText.whole;

import ita.model.Agency;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.model.Tool;
import ita.text.ThaiText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The analysis written out as paragraphs an agency publishes, built from its own figures: its total and level and
 * the change from its previous result, its tools, its weakest indicator, the indicators that moved most, its
 * lowest questions, its failed OIT items and what fixing them adds. Graders give no credit to an analysis copied
 * from ITAS's generic recommendations, so every paragraph names the agency's numbers.
 *
 * <p>What the paragraphs leave out, on purpose: the lists of strengths, issues to develop and urgent weaknesses,
 * which the sheets and documents show once in their own tables; the score check, ranks among the agencies read
 * and notes about the input, which are the staff's (the workbook's staff sheet and the run report).
 */
public final class SummaryText {

    private SummaryText() {
    }

    /** The paragraphs for the agency's latest year, with Arabic digits. */
    public static List<String> paragraphs(AgencyAnalysis analysis) {
        return paragraphs(analysis, analysis.latest(), false);
    }

    /** The paragraphs for one year of the agency. */
    public static List<String> paragraphs(AgencyAnalysis analysis, YearAnalysis year, boolean thaiDigits) {
        List<String> out = new ArrayList<>();
        out.add(overall(analysis, year));
        if (year.framework().hasIndicators()) {
            tools(year).ifPresent(out::add);
            weakest(year).ifPresent(out::add);
            movers(year).ifPresent(out::add);
            lowestQuestions(year).ifPresent(out::add);
            items(year).ifPresent(out::add);
            fixes(year).ifPresent(out::add);
        } else {
            out.add("ปีงบประมาณ พ.ศ. " + year.fiscalYear() + " ใช้แบบประเมินเดิมซึ่งเปรียบเทียบได้เฉพาะคะแนนรวม "
                    + "จึงไม่มีการวิเคราะห์รายตัวชี้วัด");
        }
        return out.stream().map(s -> NumberText.digits(s, thaiDigits)).toList();
    }

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
            sb.append(" ได้ ").append(n(y, y.check().computedTotal())).append(" คะแนน (คำนวณจากคะแนนรายตัวชี้วัด)");
        }
        String level = y.level();
        if (level != null) {
            sb.append(" อยู่ในระดับ ").append(level);
            if (!y.levelReported()) {
                sb.append(" (ตามเกณฑ์ของปี)");
            }
        }
        y.fromPrevious().ifPresent(c -> {
            String change = changeFrom(y, c.total(), c.fromYear());
            if (!change.isEmpty()) {
                sb.append(' ').append(change);
            }
            if (c.total().from() != null) {
                sb.append(" (ปี ").append(c.fromYear()).append(" ได้ ").append(n(y, c.total().from())).append(" คะแนน");
                if (c.fromLevel() != null) {
                    sb.append(" ระดับ ").append(c.fromLevel());
                }
                sb.append(')');
            }
            levelChange(c).ifPresent(s -> sb.append(' ').append(s));
        });
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
        if (y == analysis.latest() && analysis.trend().fiscalYears().size() >= 3) {
            analysis.trend().slopePerYear().ifPresent(slope -> {
                List<Integer> ys = analysis.trend().fiscalYears();
                sb.append(" ตลอดช่วงปี ").append(ys.get(0)).append("–").append(ys.get(ys.size() - 1))
                        .append(" คะแนนรวม");
                if (Figures.round(slope, y.framework()).signum() == 0) {
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
        for (Tool t : Tool.values()) {
            BigDecimal v = toolScore(y, t);
            if (v == null) {
                continue;
            }
            StringBuilder p = new StringBuilder(t.name()).append(' ').append(n(y, v)).append(" คะแนน");
            y.fromPrevious().map(c -> c.tools().get(t)).filter(d -> d != null && d.known())
                    .ifPresent(d -> p.append(" (").append(NumberText.signed(y, d.change())).append(')'));
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
        if (parts.size() > 1) {
            sb.append(" เครื่องมือที่ได้คะแนนต่ำที่สุดคือ ").append(lowest.name()).append(' ')
                    .append(lowest.thaiName()).append(" ซึ่งมีน้ำหนักร้อยละ ")
                    .append(whole(y, y.framework().weight(lowest).movePointRight(2))).append(" ของคะแนนรวม");
        }
        return Optional.of(sb.toString());
    }

    /** The lowest indicator and how far it is below the threshold; the classes are listed elsewhere, once. */
    private static Optional<String> weakest(YearAnalysis y) {
        Profile p = y.profile();
        if (p.weakest().isEmpty()) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder();
        if (p.weakest().size() == 1) {
            IndicatorScore i = p.weakest().get(0);
            sb.append("ตัวชี้วัดที่ได้คะแนนต่ำที่สุดคือ").append(indicatorName(i.number(), i.name())).append(' ')
                    .append(n(y, i.score())).append(" คะแนน");
            indicatorDelta(y, i.number()).ifPresent(d -> sb.append(' ').append(changeFrom(y, d,
                    y.fromPrevious().get().fromYear())));
        } else {
            // the tied indicators are listed with their class in the tables; named here they would be listed twice
            sb.append("ตัวชี้วัดที่ได้คะแนนต่ำที่สุดมี ").append(p.weakest().size()).append(" ตัวชี้วัด ได้เท่ากันที่ ")
                    .append(n(y, p.weakest().get(0).score())).append(" คะแนน");
        }
        BigDecimal gap = p.threshold().subtract(p.weakest().get(0).score());
        if (Figures.round(gap, y.framework()).signum() > 0) {
            sb.append(" ต่ำกว่าเกณฑ์ ").append(whole(y, p.threshold())).append(" คะแนนอยู่ ").append(n(y, gap))
                    .append(" คะแนน");
        } else {
            sb.append(" ซึ่งยังได้ตั้งแต่ ").append(whole(y, p.threshold())).append(" คะแนนขึ้นไป");
        }
        long below = p.belowThreshold().size();
        if (below > 0) {
            sb.append(" โดยมีตัวชี้วัดที่ต่ำกว่าเกณฑ์รวม ").append(below).append(" จาก ")
                    .append(p.assessments().size()).append(" ตัวชี้วัด");
        }
        return Optional.of(sb.toString());
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
        int best = 0;
        int worst = 0;
        BigDecimal bestChange = null;
        BigDecimal worstChange = null;
        for (int nbr = 1; nbr <= AgencyYear.INDICATORS; nbr++) {
            Delta d = c.indicator(nbr);
            if (!d.known()) {
                continue;
            }
            int sign = Figures.round(d.change(), y.framework()).signum();
            if (sign > 0) {
                up++;
                if (bestChange == null || d.change().compareTo(bestChange) > 0) {
                    best = nbr;
                    bestChange = d.change();
                }
            } else if (sign < 0) {
                down++;
                if (worstChange == null || d.change().compareTo(worstChange) < 0) {
                    worst = nbr;
                    worstChange = d.change();
                }
            } else {
                same++;
            }
        }
        if (up + down + same == 0) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder("เมื่อเทียบกับปี ").append(c.fromYear()).append(" ตัวชี้วัดที่คะแนนเพิ่มขึ้นมี ")
                .append(up).append(" ตัวชี้วัด ลดลง ").append(down).append(" ตัวชี้วัด");
        if (same > 0) {
            sb.append(" และเท่าเดิม ").append(same).append(" ตัวชี้วัด");
        }
        if (bestChange != null) {
            sb.append(" ตัวชี้วัดที่เพิ่มขึ้นมากที่สุดคือ").append(named(y, best)).append(" เพิ่มขึ้น ")
                    .append(n(y, bestChange)).append(" คะแนน เป็น ").append(n(y, c.indicator(best).to()))
                    .append(" คะแนน");
        }
        if (worstChange != null) {
            sb.append(bestChange != null ? " ส่วน" : " ").append("ตัวชี้วัดที่ลดลงมากที่สุดคือ").append(named(y, worst))
                    .append(" ลดลง ").append(n(y, worstChange.abs())).append(" คะแนน เหลือ ")
                    .append(n(y, c.indicator(worst).to())).append(" คะแนน");
        }
        return Optional.of(sb.toString());
    }

    private static String named(YearAnalysis y, int number) {
        return indicatorName(number, y.framework().indicator(number).name());
    }

    private static Optional<String> lowestQuestions(YearAnalysis y) {
        List<String> parts = new ArrayList<>();
        for (Tool t : List.of(Tool.IIT, Tool.EIT)) {
            List<QuestionScore> qs = y.profile().lowestQuestions().getOrDefault(t, List.of());
            if (qs.isEmpty()) {
                continue;
            }
            QuestionScore q = qs.get(0);
            parts.add("ของ " + t.name() + " คือข้อ " + y.framework().displayCode(q.code()) + quote(q.text()) + " "
                    + n(y, q.score()) + " คะแนน");
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("ข้อคำถามที่ได้คะแนนต่ำที่สุด" + String.join(" และ", parts));
    }

    /**
     * How many OIT items failed, by indicator, and what passing them all adds; "จาก" the year's number of items only
     * when every item has a score, so that the counts agree with the item sheet.
     */
    private static Optional<String> items(YearAnalysis y) {
        Profile p = y.profile();
        if (!p.itemsKnown()) {
            return Optional.empty();
        }
        List<OitItemScore> failed = p.failedItemList();
        long given = y.year().oitItems().stream().map(OitItemScore::code).distinct().count();
        int all = y.framework().oitItems().size();
        if (failed.isEmpty()) {
            return Optional.of("ข้อ OIT ผ่านทุกข้อที่มีคะแนน ควรรักษามาตรฐานการเปิดเผยข้อมูลไว้");
        }
        StringBuilder sb = new StringBuilder("ข้อ OIT ที่ไม่ผ่าน ").append(failed.size());
        if (given == all && all > 0) {
            sb.append(" จาก ").append(all);
        }
        sb.append(" ข้อ");
        Map<Integer, Integer> byIndicator = new LinkedHashMap<>();
        for (FailedItems g : p.failedItems()) {
            if (g.indicator() > 0) {
                byIndicator.merge(g.indicator(), g.items().size(), Integer::sum);
            }
        }
        if (byIndicator.size() > 1) {
            List<String> parts = new ArrayList<>();
            byIndicator.forEach((i, c) -> parts.add("ตัวชี้วัดที่ " + i + " จำนวน " + c + " ข้อ"));
            sb.append(" (").append(join(parts)).append(')');
        }
        BigDecimal total = y.plan().itemFixes().stream().map(Fix::gain).reduce(BigDecimal.ZERO, BigDecimal::add);
        NumberText.gain(y, total).ifPresent(g -> sb.append(" หากแก้ไขให้ผ่านทุกข้อจะได้คะแนนรวมเพิ่ม ").append(g)
                .append(" คะแนน"));
        repeatedFailures(y).ifPresent(sb::append);
        return Optional.of(sb.toString());
    }

    /**
     * " ข้อที่ไม่ผ่านต่อเนื่องจากปี 2567 ได้แก่ O25 (ปี 2567 คือข้อ o34)": items of the same concept that failed in the
     * previous record too, whatever their codes were then.
     */
    private static Optional<String> repeatedFailures(YearAnalysis y) {
        if (y.fromPrevious().isEmpty()) {
            return Optional.empty();
        }
        YearChange c = y.fromPrevious().get();
        List<String> parts = new ArrayList<>();
        for (ItemChange i : c.items()) {
            if (!i.failedInBoth()) {
                continue;
            }
            String now = ItemChange.codes(i.to().stream().filter(ItemChange.Side::failed).toList());
            String then = ItemChange.codes(i.from());
            parts.add(now.equals(then) ? now : now + " (ปี " + c.fromYear() + " คือข้อ " + then + ")");
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(" ข้อที่ไม่ผ่านต่อเนื่องจากปี " + c.fromYear() + " ได้แก่ " + join(parts));
    }

    private static Optional<String> fixes(YearAnalysis y) {
        FixPlan plan = y.plan();
        StringBuilder sb = new StringBuilder();
        ItemSet set = plan.smallestItemSet();
        String pass = whole(y, plan.passMark());
        switch (set.outcome()) {
            case REACHABLE -> sb.append("หากแก้ไขข้อ ").append(join(set.items().stream()
                            .map(f -> y.framework().displayCode(f.code()) + " " + f.title()).toList()))
                    .append(" ให้ผ่าน (").append(set.items().size()).append(" ข้อ) จะได้คะแนนรวมเพิ่ม ")
                    .append(n(y, set.gain())).append(" คะแนน เป็น ").append(n(y, set.reached()))
                    .append(" คะแนน ซึ่งถึงเกณฑ์ผ่าน ").append(pass).append(" คะแนน");
            case UNREACHABLE -> sb.append("แม้แก้ไขข้อ OIT ที่ไม่ผ่านทั้งหมด ").append(plan.itemFixes().size())
                    .append(" ข้อ คะแนนรวมจะเป็น ").append(n(y, set.reached())).append(" คะแนน ยังไม่ถึงเกณฑ์ ")
                    .append(pass).append(" คะแนน จึงต้องยกระดับคะแนนจากแบบวัด IIT และ EIT ควบคู่กันไป");
            case ALREADY_REACHED, UNKNOWN -> {
                // the overall paragraph already says how far the total is from the pass mark
            }
        }
        if (set.outcome() == ItemSet.Outcome.REACHABLE && !plan.itemFixes().isEmpty()) {
            Fix first = plan.itemFixes().get(0);
            NumberText.gain(y, first.gain()).ifPresent(g -> sb.append(" ข้อที่ให้คะแนนเพิ่มมากที่สุดคือข้อ ")
                    .append(y.framework().displayCode(first.code())).append(" ได้เพิ่ม ").append(g).append(" คะแนน"));
        }
        // the one that adds most: the whole order is in the sheet's table, and a list here would repeat the classes
        plan.indicatorFixes().stream().findFirst().ifPresent(f -> NumberText.gain(y, f.gain()).ifPresent(g ->
                sb.append(" ตัวชี้วัดที่ให้คะแนนรวมเพิ่มมากที่สุดหากยกระดับเป็น 100 คะแนนคือ")
                        .append(indicatorName(f.indicator(), f.title())).append(" เพิ่มได้ ").append(g).append(" คะแนน")));
        plan.nextLevel().ifPresent(nl -> {
            sb.append(" ระดับถัดไปคือ ").append(nl.label()).append(" ต้องได้คะแนนรวมอย่างน้อย ").append(n(y, nl.minTotal()))
                    .append(" คะแนน");
            NumberText.gain(y, nl.pointsNeeded()).ifPresent(g -> sb.append(" ขาดอีก ").append(g).append(" คะแนน"));
            if (nl.hasToolCondition()) {
                sb.append(" และทุกเครื่องมือต้องได้อย่างน้อย ").append(n(y, nl.minEachTool())).append(" คะแนน");
                if (!nl.toolShortfalls().isEmpty()) {
                    sb.append(" (").append(join(nl.toolShortfalls().entrySet().stream()
                            .map(e -> e.getKey().name() + " ขาดอีก " + n(y, e.getValue())).toList())).append(')');
                }
            }
        });
        String text = sb.toString().trim();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
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
}
