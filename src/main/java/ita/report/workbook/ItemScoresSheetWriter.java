package ita.report.workbook;

import ita.analysis.AgencyAnalysis;
import ita.analysis.IssueScore;
import ita.analysis.YearAnalysis;
import ita.framework.IndicatorDef;
import ita.framework.OitItemDef;
import ita.framework.OitSubIndicator;
import ita.framework.QuestionDef;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.report.workbook.AnalysisStyles.Fill;
import ita.report.workbook.AnalysisStyles.Kind;
import ita.report.xlsx.Workbook;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sheet รายข้อ: question and OIT item scores by indicator (items by sub-indicator), failed items filled red,
 * the assessor's comments where the input had them, and from 2567 the same scores grouped by the seven
 * cross-tool issues. When the input had no question or item scores, one line says so.
 */
final class ItemScoresSheetWriter {

    static final String NAME = "รายข้อ";
    private static final int LAST = 4;
    private static final int HEADER = 3;

    private ItemScoresSheetWriter() {
    }

    static void write(Workbook wb, AgencyAnalysis analysis, YearAnalysis y, WorkbookOptions options) {
        SheetBuilder s = new SheetBuilder(wb, NAME, options.thaiDigits(), 10, 64, 10, 14, 52);
        s.genAcross(0, 0, LAST, "คะแนนรายข้อคำถามและรายข้อ OIT", Kind.TITLE);
        s.genAcross(1, 0, LAST, analysis.agency().name() + " ปีงบประมาณ พ.ศ. " + y.fiscalYear(), Kind.SUBTITLE);
        String[] headers = {"ข้อ", "ข้อคำถาม / รายการ", "คะแนน", "ผล", "ความเห็นผู้ตรวจประเมิน"};
        for (int c = 0; c < headers.length; c++) {
            s.gen(HEADER, c, headers[c], Kind.HEADER);
        }
        int r = HEADER + 1;
        AgencyYear year = y.year();
        if (year.questions().isEmpty() && year.oitItems().isEmpty()) {
            s.genAcross(r, 0, LAST, "ไม่มีคะแนนรายข้อคำถาม (IIT, EIT) และรายข้อ OIT ของปีงบประมาณ พ.ศ. "
                    + y.fiscalYear(), Kind.TEXT, Fill.WARN);
        } else {
            r = byIndicator(s, r, y);
            if (!y.profile().issues().isEmpty()) {
                r = byIssue(s, r + 1, y);
            }
        }
        s.print(true, HEADER, HEADER);
        s.freeze(HEADER + 1, 0);
        s.finish();
    }

    private static int byIndicator(SheetBuilder s, int r, YearAnalysis y) {
        YearFramework f = y.framework();
        AgencyYear year = y.year();
        BigDecimal threshold = y.profile().threshold();
        s.genAcross(r++, 0, LAST, "ก. คะแนนรายข้อแยกตามตัวชี้วัด", Kind.SECTION);
        Map<String, QuestionScore> questions = new LinkedHashMap<>();
        year.questions().forEach(q -> questions.putIfAbsent(q.code(), q));
        Map<String, OitItemScore> items = new LinkedHashMap<>();
        year.oitItems().forEach(o -> items.putIfAbsent(o.code(), o));
        if (!f.hasIndicators()) {
            s.genAcross(r++, 0, LAST, "ปีงบประมาณ พ.ศ. " + y.fiscalYear() + " ไม่มีรายการข้อของแบบประเมินในระบบ "
                    + "จึงแสดงคะแนนรายข้อตามที่นำเข้า", Kind.TEXT, Fill.WARN);
            for (QuestionScore q : questions.values()) {
                r = question(s, r, f, q, q.text(), threshold);
            }
            for (OitItemScore o : items.values()) {
                r = item(s, r, f, o, o.title());
            }
            return r;
        }
        if (questions.isEmpty()) {
            s.genAcross(r++, 0, LAST, "ไม่มีคะแนนรายข้อคำถาม IIT และ EIT (ตัวชี้วัดที่ 1–8)",
                    Kind.TEXT, Fill.WARN);
        } else {
            for (int n = 1; n <= 8; n++) {
                r = indicatorHeader(s, r, y, n);
                boolean any = false;
                for (QuestionDef d : f.questionsOf(n)) {
                    QuestionScore q = questions.remove(d.code());
                    if (q != null) {
                        r = question(s, r, f, q, q.text().isEmpty() ? d.text() : q.text(), threshold);
                        any = true;
                    }
                }
                if (!any) {
                    s.genAcross(r++, 0, LAST, "ไม่มีคะแนนรายข้อคำถามของตัวชี้วัดนี้", Kind.TEXT);
                }
            }
            if (!questions.isEmpty()) {
                s.genAcross(r++, 0, LAST, "ข้อคำถามที่ไม่อยู่ในรายการของปี " + y.fiscalYear(), Kind.GROUP);
                for (QuestionScore q : questions.values()) {
                    r = question(s, r, f, q, q.text(), threshold);
                }
            }
        }
        if (items.isEmpty()) {
            s.genAcross(r++, 0, LAST, "ไม่มีคะแนนรายข้อ OIT (ตัวชี้วัดที่ 9–10)", Kind.TEXT, Fill.WARN);
            return r;
        }
        for (int n = 9; n <= 10; n++) {
            r = indicatorHeader(s, r, y, n);
            for (OitSubIndicator sub : f.subIndicatorsOf(n)) {
                List<OitItemScore> given = sub.items().stream().filter(items::containsKey).map(items::get).toList();
                long passed = given.stream().filter(OitItemScore::passed).count();
                String head;
                if (given.isEmpty()) {
                    head = sub.code() + " " + sub.name() + ": ไม่มีคะแนนรายข้อ";
                } else if (given.size() == sub.items().size()) {
                    head = sub.code() + " " + sub.name() + ": ผ่าน " + passed + " จาก " + given.size() + " ข้อ";
                } else {
                    // only the items with a score are counted: "of 9" would count items the input does not hold
                    head = sub.code() + " " + sub.name() + ": ข้อที่มีคะแนน " + given.size() + " ข้อ ผ่าน " + passed
                            + " ข้อ (ไม่มีคะแนนข้อ " + String.join(", ", sub.items().stream()
                            .filter(c -> !items.containsKey(c)).map(f::displayCode).toList()) + ")";
                }
                s.genAcross(r++, 0, LAST, head, Kind.LABEL);
                for (String code : sub.items()) {
                    OitItemScore o = items.remove(code);
                    if (o != null) {
                        r = item(s, r, f, o, title(o, f));
                    }
                }
            }
        }
        if (!items.isEmpty()) {
            s.genAcross(r++, 0, LAST, "ข้อ OIT ที่ไม่อยู่ในรายการของปี " + y.fiscalYear(), Kind.GROUP);
            for (OitItemScore o : items.values()) {
                r = item(s, r, f, o, o.title());
            }
        }
        return r;
    }

    private static int indicatorHeader(SheetBuilder s, int r, YearAnalysis y, int n) {
        IndicatorDef d = y.framework().indicator(n);
        s.genAcross(r, 0, 1, "ตัวชี้วัดที่ " + n + " " + d.name() + " (" + d.tool().name() + ")", Kind.GROUP);
        BigDecimal reported = y.year().indicator(n);
        BigDecimal effective = y.check().effectiveIndicators().get(n - 1);
        s.number(r, 2, reported != null ? reported : effective,
                reported != null ? Kind.NUMBER : Kind.COMPUTED_NUMBER, Fill.GROUP);
        s.genAcross(r, 3, LAST, "", Kind.GROUP);
        return r + 1;
    }

    private static int byIssue(SheetBuilder s, int r, YearAnalysis y) {
        YearFramework f = y.framework();
        BigDecimal threshold = y.profile().threshold();
        s.genAcross(r++, 0, LAST, "ข. คะแนนรายข้อจัดกลุ่มตาม " + y.profile().issues().size() + " ประเด็น", Kind.SECTION);
        for (IssueScore issue : y.profile().issues()) {
            s.genAcross(r, 0, 1, "ประเด็นที่ " + issue.number() + " " + issue.name(), Kind.GROUP);
            s.number(r, 2, issue.questionMean(), Kind.NUMBER, Fill.GROUP);
            int failed = issue.failedItems().size();
            String summary = "ค่าเฉลี่ยข้อคำถาม"
                    + (issue.items().isEmpty() ? "" : failed == 0 ? " · ข้อ OIT ผ่านทุกข้อ" : " · ข้อ OIT ไม่ผ่าน " + failed + " ข้อ");
            s.genAcross(r, 3, LAST, summary, Kind.GROUP);
            r++;
            for (QuestionScore q : issue.questions()) {
                r = question(s, r, f, q, q.text(), threshold);
            }
            for (OitItemScore o : issue.items()) {
                r = item(s, r, f, o, title(o, f));
            }
            if (!issue.missing().isEmpty()) {
                s.genAcross(r++, 0, LAST, "ไม่มีคะแนน: " + String.join(", ",
                        issue.missing().stream().map(f::displayCode).toList()), Kind.TEXT);
            }
        }
        return r;
    }

    private static int question(SheetBuilder s, int r, YearFramework f, QuestionScore q, String text,
                                BigDecimal threshold) {
        boolean low = q.score().compareTo(threshold) < 0;
        Fill fill = low ? Fill.WARN : Fill.NONE;
        s.gen(r, 0, f.displayCode(q.code()), Kind.TEXT_CENTER, fill);
        s.text(r, 1, text, Kind.TEXT, fill);
        s.number(r, 2, q.score(), Kind.NUMBER, fill);
        s.gen(r, 3, low ? "ต่ำกว่า " + threshold.stripTrailingZeros().toPlainString() : "", Kind.TEXT_CENTER, fill);
        s.text(r, 4, "", Kind.TEXT, fill);
        return r + 1;
    }

    private static int item(SheetBuilder s, int r, YearFramework f, OitItemScore o, String title) {
        Fill fill = o.passed() ? Fill.NONE : o.score().signum() > 0 ? Fill.WARN : Fill.BAD;
        String result = o.passed() ? "ผ่าน" : o.score().signum() > 0 ? "ผ่านบางส่วน" : "ไม่ผ่าน";
        s.gen(r, 0, f.displayCode(o.code()), Kind.TEXT_CENTER, fill);
        s.text(r, 1, title, Kind.TEXT, fill);
        s.number(r, 2, o.score(), Kind.NUMBER, fill);
        s.gen(r, 3, result, Kind.TEXT_CENTER, fill);
        s.text(r, 4, o.comment(), Kind.TEXT, fill);
        return r + 1;
    }

    private static String title(OitItemScore o, YearFramework f) {
        return o.title().isEmpty() ? f.oitItem(o.code()).map(OitItemDef::title).orElse("") : o.title();
    }
}
