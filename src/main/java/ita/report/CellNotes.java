package ita.report;

import ita.analysis.CheckStatus;
import ita.analysis.FigureCheck;
import ita.analysis.Fix;
import ita.analysis.FixPlan;
import ita.analysis.IndicatorAssessment;
import ita.analysis.IndicatorScore;
import ita.analysis.Verdict;
import ita.analysis.YearAnalysis;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the annotated copy says on the weak cells of one agency-year, cell by cell (the cells the reader recorded):
 * an indicator below the threshold (urgent or to develop), a failed OIT item, a total under the pass mark, and a
 * reported total, level, tool or indicator that does not match its recomputation. Each note uses the agency's own
 * numbers.
 */
final class CellNotes {

    /** One note: the record's cell key ("ind7"), where it is ("sheet", "C7"), its fill and its Thai text. */
    record Note(String key, String sheet, String cell, SummaryStyles.Mark mark, String text) {
    }

    private CellNotes() {
    }

    static List<Note> of(AgencyYear r, YearAnalysis a, ThaiFormat fmt) {
        List<Note> out = new ArrayList<>();
        Map<String, String> cells = r.cells();
        total(r, a, fmt).ifPresent(n -> add(out, cells, "total", n));
        if (a.check().level().status() == CheckStatus.MISMATCH) {
            add(out, cells, "level", new Draft(SummaryStyles.Mark.MISMATCH, fmt.text(a.check().level().describe())));
        }
        for (Tool t : Tool.values()) {
            FigureCheck c = a.check().tool(t);
            if (c != null && c.status() == CheckStatus.MISMATCH) {
                add(out, cells, t.name().toLowerCase(Locale.ROOT), new Draft(SummaryStyles.Mark.MISMATCH,
                        fmt.text(c.describe())));
            }
        }
        for (IndicatorAssessment ia : a.profile().assessments()) {
            indicator(ia, a, fmt).ifPresent(n -> add(out, cells, "ind" + ia.indicator().number(), n));
        }
        for (OitItemScore item : a.profile().failedItemList()) {
            add(out, cells, "o:" + item.code(), new Draft(SummaryStyles.Mark.URGENT, item(item, a, fmt)));
        }
        return out;
    }

    private record Draft(SummaryStyles.Mark mark, String text) {
    }

    private static void add(List<Note> out, Map<String, String> cells, String key, Draft d) {
        String ref = cells.get(key);
        if (ref == null) {
            return;
        }
        int bang = ref.lastIndexOf('!');
        String sheet = bang < 0 ? "" : ref.substring(0, bang);
        if (sheet.length() >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) {
            sheet = sheet.substring(1, sheet.length() - 1).replace("''", "'");
        }
        out.add(new Note(key, sheet, ref.substring(bang + 1).replace("$", ""), d.mark(), d.text()));
    }

    private static Optional<Draft> total(AgencyYear r, YearAnalysis a, ThaiFormat fmt) {
        List<String> lines = new ArrayList<>();
        SummaryStyles.Mark mark = null;
        FixPlan plan = a.plan();
        if (r.total() != null && plan.pointsToPass() != null && plan.pointsToPass().signum() > 0) {
            lines.add("คะแนนรวม " + fmt.score(r.total(), a.framework()) + " ต่ำกว่าเกณฑ์ " + whole(plan.passMark(), fmt)
                    + " อยู่ " + fmt.score(plan.pointsToPass(), a.framework()) + " คะแนน");
            mark = SummaryStyles.Mark.BELOW;
        }
        if (a.check().total().status() == CheckStatus.MISMATCH) {
            lines.add(fmt.text(a.check().total().describe()));
            mark = SummaryStyles.Mark.MISMATCH;
        }
        return mark == null ? Optional.empty() : Optional.of(new Draft(mark, String.join("\n", lines)));
    }

    private static Optional<Draft> indicator(IndicatorAssessment ia, YearAnalysis a, ThaiFormat fmt) {
        IndicatorScore s = ia.indicator();
        BigDecimal threshold = a.profile().threshold();
        List<String> parts = new ArrayList<>();
        SummaryStyles.Mark mark = null;
        if (ia.verdict() != Verdict.KEEP_UP) {
            parts.add(fmt.text("ตัวชี้วัดที่ " + s.number() + " " + s.name() + " ได้ ") + fmt.score(s.score(), a.framework())
                    + " ต่ำกว่าเกณฑ์ " + whole(threshold, fmt) + " อยู่ " + fmt.score(ia.gap(), a.framework()) + " คะแนน");
            if (ia.weakest()) {
                parts.add("ตัวชี้วัดที่อ่อนที่สุด");
            }
            parts.add(ia.verdict().thaiLabel());
            a.plan().indicatorFixes().stream().filter(f -> f.indicator() == s.number()).findFirst()
                    .ifPresent(f -> parts.add("ถ้ายกเป็น 100 คะแนนรวมจะเพิ่ม " + fmt.score(f.gain(), a.framework())
                            + " คะแนน"));
            mark = ia.verdict() == Verdict.URGENT ? SummaryStyles.Mark.URGENT : SummaryStyles.Mark.BELOW;
        }
        Optional<FigureCheck> check = a.check().indicator(s.number());
        if (check.isPresent() && check.get().status() == CheckStatus.MISMATCH) {
            parts.add(fmt.text(check.get().describe()));
            if (mark == null) {
                mark = SummaryStyles.Mark.MISMATCH;
            }
        }
        return mark == null ? Optional.empty() : Optional.of(new Draft(mark, String.join("; ", parts)));
    }

    private static String item(OitItemScore item, YearAnalysis a, ThaiFormat fmt) {
        FixPlan plan = a.plan();
        StringBuilder sb = new StringBuilder("ข้อ ").append(item.code());
        if (!item.title().isEmpty()) {
            sb.append(' ').append(item.title());
        }
        sb.append(" ได้ ").append(fmt.score(item.score(), a.framework())).append(" คะแนน (ไม่ผ่าน)");
        Optional<Fix> fix = plan.itemFixes().stream().filter(f -> f.code().equals(item.code())).findFirst();
        fix.ifPresent(f -> sb.append("; ถ้าผ่าน คะแนนรวมจะเพิ่ม ").append(fmt.score(f.gain(), a.framework()))
                .append(" คะแนน"));
        if (plan.smallestItemSet().codes().contains(item.code())) {
            sb.append("; อยู่ในชุดข้อที่น้อยที่สุดที่แก้แล้วถึงเกณฑ์ ").append(whole(plan.passMark(), fmt));
        }
        return fmt.text(sb.toString());
    }

    static String whole(BigDecimal v, ThaiFormat fmt) {
        return fmt.text(v.stripTrailingZeros().toPlainString());
    }
}
