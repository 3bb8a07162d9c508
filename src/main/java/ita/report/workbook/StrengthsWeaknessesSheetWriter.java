package ita.report.workbook;

import ita.analysis.AgencyAnalysis;
import ita.analysis.Delta;
import ita.analysis.Fix;
import ita.analysis.Figures;
import ita.analysis.FixPlan;
import ita.analysis.IndicatorAssessment;
import ita.analysis.ItemSet;
import ita.analysis.ItemText;
import ita.analysis.SummaryText;
import ita.analysis.Profile;
import ita.analysis.Verdict;
import ita.analysis.YearAnalysis;
import ita.analysis.YearChange;
import ita.framework.YearFramework;
import ita.model.OitItemScore;
import ita.model.Tool;
import ita.report.workbook.AnalysisStyles.Fill;
import ita.report.workbook.AnalysisStyles.Kind;
import ita.report.xlsx.Workbook;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The sheet จุดแข็งจุดอ่อน: strengths and urgent weaknesses, each indicator by tool with its verdict (keep up,
 * develop, urgent) and a sentence from {@link ItemText}, what to fix first with the points each OIT item and
 * indicator adds, the points still needed for 85 and the next level, the items to fix first to reach 85, and the
 * analysis in paragraphs ({@link SummaryText}), which do not list the classes again.
 */
final class StrengthsWeaknessesSheetWriter {

    static final String NAME = "จุดแข็งจุดอ่อน";
    private static final int LAST = 5;

    private StrengthsWeaknessesSheetWriter() {
    }

    static void write(Workbook wb, AgencyAnalysis analysis, YearAnalysis y, WorkbookOptions options) {
        SheetBuilder s = new SheetBuilder(wb, NAME, options.thaiDigits(), 14, 36, 11, 13, 18, 64);
        s.genAcross(0, 0, LAST, "จุดแข็ง จุดอ่อน และสิ่งที่ควรแก้ไขก่อน", Kind.TITLE);
        s.genAcross(1, 0, LAST, analysis.agency().name() + " ปีงบประมาณ พ.ศ. " + y.fiscalYear(), Kind.SUBTITLE);
        int r = 3;
        if (y.framework().hasIndicators() && !y.profile().assessments().isEmpty()) {
            r = summary(s, r, y);
            r = byTool(s, r + 1, y);
        } else {
            s.genAcross(r, 0, LAST, "ไม่มีคะแนนรายตัวชี้วัดของปีงบประมาณ พ.ศ. " + y.fiscalYear()
                    + " จึงวิเคราะห์จุดแข็งจุดอ่อนรายตัวชี้วัดไม่ได้", Kind.NOTE);
            r++;
        }
        r = fixes(s, r + 1, y);
        r = paragraphs(s, r + 1, analysis, y, options.thaiDigits());
        s.print(true, 0, 1);
        s.freeze(2, 0);
        s.finish();
    }

    private static int summary(SheetBuilder s, int r, YearAnalysis y) {
        Profile p = y.profile();
        s.genAcross(r++, 0, LAST, "1. จุดแข็งและจุดอ่อน", Kind.SECTION);
        String threshold = p.threshold().stripTrailingZeros().toPlainString();
        r = line(s, r, "จุดแข็ง (ตั้งแต่ " + threshold + " คะแนน) ควรรักษามาตรฐาน", Fill.GOOD,
                names(y, p.withVerdict(Verdict.KEEP_UP)));
        r = line(s, r, "ข้อบกพร่องที่ต้องแก้ไขโดยเร่งด่วน", Fill.BAD, names(y, p.withVerdict(Verdict.URGENT)));
        r = line(s, r, "ประเด็นที่ควรพัฒนาให้ดีขึ้น", Fill.WARN, names(y, p.withVerdict(Verdict.DEVELOP)));
        if (!p.unknownIndicators().isEmpty()) {
            r = line(s, r, "ไม่มีคะแนน", Fill.NONE, p.unknownIndicators().stream().map(n -> "ตัวชี้วัดที่ " + n)
                    .collect(Collectors.joining(", ")));
        }
        return r;
    }

    private static int line(SheetBuilder s, int r, String label, Fill fill, String text) {
        s.genAcross(r, 0, 1, label, Kind.LABEL, fill);
        s.genAcross(r, 2, LAST, text.isEmpty() ? "ไม่มี" : text, Kind.TEXT);
        return r + 1;
    }

    private static String names(YearAnalysis y, List<IndicatorAssessment> list) {
        return list.stream().map(a -> "ตัวชี้วัดที่ " + a.indicator().number() + " " + a.indicator().name() + " ("
                + Figures.show(a.indicator().score(), y.framework()) + ")").collect(Collectors.joining(", "));
    }

    private static int byTool(SheetBuilder s, int r, YearAnalysis y) {
        s.genAcross(r++, 0, LAST, "2. ผลรายตัวชี้วัดแยกตามแบบวัด", Kind.SECTION);
        Optional<YearChange> prev = y.fromPrevious();
        String[] headers = {"แบบวัด", "ตัวชี้วัด", "คะแนน",
            prev.map(c -> "เปลี่ยนแปลงจากปี " + c.fromYear()).orElse("เปลี่ยนแปลง"), "ผลการพิจารณา", "การวิเคราะห์"};
        for (int c = 0; c < headers.length; c++) {
            s.gen(r, c, headers[c], Kind.HEADER);
        }
        r++;
        Map<Integer, IndicatorAssessment> byNumber = y.profile().assessments().stream()
                .collect(Collectors.toMap(a -> a.indicator().number(), Function.identity()));
        for (Tool t : Tool.values()) {
            s.gen(r, 0, t.name(), Kind.GROUP);
            s.gen(r, 1, t.thaiName(), Kind.GROUP);
            BigDecimal score = y.year().tool(t) != null ? y.year().tool(t) : y.check().computedTools().get(t);
            s.number(r, 2, score, y.year().tool(t) != null ? Kind.NUMBER : Kind.COMPUTED_NUMBER, Fill.GROUP);
            Delta d = prev.map(c -> c.tools().get(t)).orElse(null);
            s.number(r, 3, d == null ? null : d.change(), Kind.CHANGE, Fill.GROUP);
            s.gen(r, 4, "", Kind.GROUP);
            s.gen(r, 5, ItemText.toolSentence(y, t, false), Kind.TEXT, Fill.GROUP);
            r++;
            for (var def : y.framework().indicatorsOf(t)) {
                int n = def.number();
                s.gen(r, 0, "", Kind.TEXT);
                s.gen(r, 1, "ตัวชี้วัดที่ " + n + " " + def.name(), Kind.TEXT);
                IndicatorAssessment a = byNumber.get(n);
                s.number(r, 2, a == null ? null : a.indicator().score(), Kind.NUMBER);
                BigDecimal change = prev.filter(c -> !c.totalsOnly()).map(c -> c.indicator(n).change()).orElse(null);
                s.number(r, 3, change, Kind.CHANGE, OverviewSheetWriter.changeFill(change));
                if (a == null) {
                    s.gen(r, 4, "ไม่มีคะแนน", Kind.TEXT_CENTER);
                } else {
                    s.gen(r, 4, a.verdict().thaiLabel(), Kind.TEXT_CENTER, fill(a.verdict()));
                }
                s.gen(r, 5, ItemText.indicatorSentence(y, n), Kind.TEXT);
                r++;
            }
        }
        return r;
    }

    static Fill fill(Verdict v) {
        return switch (v) {
            case KEEP_UP -> Fill.GOOD;
            case DEVELOP -> Fill.WARN;
            case URGENT -> Fill.BAD;
        };
    }

    private static int fixes(SheetBuilder s, int r, YearAnalysis y) {
        FixPlan plan = y.plan();
        String pass = plan.passMark().stripTrailingZeros().toPlainString();
        s.genAcross(r++, 0, LAST, "3. สิ่งที่ควรแก้ไขก่อน", Kind.SECTION);
        s.genAcross(r, 0, 1, "คะแนนที่ยังขาดถึงเกณฑ์ " + pass, Kind.LABEL);
        s.number(r, 2, plan.pointsToPass(), Kind.NUMBER);
        String passText = plan.pointsToPass() == null ? "ไม่ทราบคะแนนรวม"
                : plan.pointsToPass().signum() == 0 ? "ผ่านเกณฑ์ " + pass + " คะแนนแล้ว"
                : "ต้องได้คะแนนรวมเพิ่มอีก " + Figures.show(plan.pointsToPass(), y.framework()) + " คะแนน";
        s.genAcross(r, 3, LAST, passText, Kind.TEXT);
        r++;
        if (plan.nextLevel().isPresent()) {
            var next = plan.nextLevel().get();
            s.genAcross(r, 0, 1, "คะแนนที่ยังขาดถึงระดับ " + next.label(), Kind.LABEL);
            s.number(r, 2, next.pointsNeeded(), Kind.NUMBER);
            s.genAcross(r, 3, LAST, next.describe(), Kind.TEXT);
            r++;
        }
        if (plan.itemsKnown() && !plan.itemFixes().isEmpty()) {
            r = itemTable(s, r + 1, y);
        }
        r = setLine(s, r, plan, pass, y.framework());
        if (!plan.indicatorFixes().isEmpty()) {
            r = indicatorTable(s, r + 1, y);
        }
        return r;
    }

    private static int itemTable(SheetBuilder s, int r, YearAnalysis y) {
        FixPlan plan = y.plan();
        s.genAcross(r++, 0, LAST, "ข้อ OIT ที่ไม่ผ่าน เรียงตามคะแนนรวมที่จะได้เพิ่มเมื่อแก้ไขให้ผ่าน", Kind.LABEL, Fill.GROUP);
        String[] headers = {"ลำดับ", "ข้อ OIT", "คะแนน", "คะแนนรวมที่จะได้เพิ่ม",
            "แก้ไขก่อนเพื่อให้ถึง " + plan.passMark().stripTrailingZeros().toPlainString() + " คะแนน",
            "ความเห็นผู้ตรวจประเมิน"};
        for (int c = 0; c < headers.length; c++) {
            s.gen(r, c, headers[c], Kind.HEADER);
        }
        r++;
        List<String> set = plan.smallestItemSet().outcome() == ItemSet.Outcome.REACHABLE
                ? plan.smallestItemSet().codes() : List.of();
        Map<String, OitItemScore> given = y.year().oitItems().stream()
                .collect(Collectors.toMap(OitItemScore::code, Function.identity(), (a, b) -> a));
        int i = 1;
        for (Fix f : plan.itemFixes()) {
            s.number(r, 0, BigDecimal.valueOf(i++), Kind.INTEGER);
            s.gen(r, 1, y.framework().displayCode(f.code()) + " " + f.title() + " (" + f.subIndicator() + ")",
                    Kind.TEXT);
            s.number(r, 2, f.score(), Kind.NUMBER, Fill.BAD);
            s.number(r, 3, f.gain(), Kind.NUMBER);
            int place = set.indexOf(f.code());
            if (place >= 0) {
                s.gen(r, 4, "ควรแก้ไขก่อน", Kind.TEXT_CENTER, Fill.GOOD);
            } else {
                s.gen(r, 4, "", Kind.TEXT_CENTER);
            }
            OitItemScore o = given.get(f.code());
            s.text(r, 5, o == null ? "" : o.comment(), Kind.TEXT);
            r++;
        }
        return r;
    }

    /** What fixing the failed OIT items does to the total, in plain words; nothing when that is not known. */
    private static int setLine(SheetBuilder s, int r, FixPlan plan, String pass, YearFramework f) {
        ItemSet set = plan.smallestItemSet();
        String text = switch (set.outcome()) {
            case REACHABLE -> "หากแก้ไขข้อ " + ita.analysis.NumberText.join(set.codes().stream().map(f::displayCode)
                    .toList()) + " ให้ผ่าน (" + set.items().size() + " ข้อ) จะได้คะแนนรวมเพิ่ม "
                    + Figures.show(set.gain(), f) + " คะแนน เป็น " + Figures.show(set.reached(), f)
                    + " คะแนน ซึ่งถึงเกณฑ์ " + pass + " คะแนน";
            case UNREACHABLE -> "แม้แก้ไขข้อ OIT ที่ไม่ผ่านทั้งหมด คะแนนรวมจะเป็น " + Figures.show(set.reached(), f)
                    + " คะแนน ยังไม่ถึง " + pass + " คะแนน จึงต้องยกระดับคะแนนจากแบบวัด IIT และ EIT ด้วย";
            case ALREADY_REACHED -> "คะแนนรวมถึง " + pass + " คะแนนแล้ว";
            case UNKNOWN -> null;
        };
        if (text == null) {
            return r;
        }
        Fill fill = set.outcome() == ItemSet.Outcome.REACHABLE ? Fill.GOOD
                : set.outcome() == ItemSet.Outcome.UNREACHABLE ? Fill.WARN : Fill.NONE;
        s.genAcross(r, 0, LAST, text, Kind.TEXT, fill);
        return r + 1;
    }

    private static int indicatorTable(SheetBuilder s, int r, YearAnalysis y) {
        s.genAcross(r++, 0, LAST, "ตัวชี้วัด เรียงตามคะแนนรวมที่จะได้เพิ่มเมื่อยกระดับเป็น 100 คะแนน", Kind.LABEL,
                Fill.GROUP);
        String[] headers = {"ลำดับ", "ตัวชี้วัด", "คะแนน", "คะแนนรวมที่จะได้เพิ่ม", "แบบวัด", "น้ำหนักในคะแนนรวม"};
        for (int c = 0; c < headers.length; c++) {
            s.gen(r, c, headers[c], Kind.HEADER);
        }
        r++;
        int i = 1;
        for (Fix f : y.plan().indicatorFixes()) {
            s.number(r, 0, BigDecimal.valueOf(i++), Kind.INTEGER);
            s.gen(r, 1, "ตัวชี้วัดที่ " + f.indicator() + " " + f.title(), Kind.TEXT);
            s.number(r, 2, f.score(), Kind.NUMBER);
            s.number(r, 3, f.gain(), Kind.NUMBER);
            Tool t = y.framework().indicator(f.indicator()).tool();
            s.gen(r, 4, t.name(), Kind.TEXT_CENTER);
            BigDecimal weight = y.framework().indicatorWeight(f.indicator()).multiply(BigDecimal.valueOf(100))
                    .stripTrailingZeros();
            s.gen(r, 5, "ร้อยละ " + weight.toPlainString(), Kind.TEXT);
            r++;
        }
        return r;
    }

    private static int paragraphs(SheetBuilder s, int r, AgencyAnalysis analysis, YearAnalysis y,
                                  boolean thaiDigits) {
        s.genAcross(r++, 0, LAST, "4. บทวิเคราะห์ผลการประเมิน", Kind.SECTION);
        for (String p : SummaryText.paragraphs(analysis, y, thaiDigits)) {
            s.textAcross(r++, 0, LAST, p, Kind.PARAGRAPH, Fill.NONE);
        }
        return r;
    }
}
