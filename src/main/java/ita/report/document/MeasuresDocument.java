package ita.report.document;

import static ita.report.document.DocumentParts.plain;
import static ita.report.document.DocumentParts.score;
import static ita.report.document.DocumentParts.signed;

import ita.analysis.AgencyAnalysis;
import ita.analysis.Delta;
import ita.analysis.FailedItems;
import ita.analysis.IndicatorAssessment;
import ita.analysis.ItemText;
import ita.analysis.SummaryText;
import ita.analysis.Profile;
import ita.analysis.Scoring;
import ita.analysis.Verdict;
import ita.analysis.YearAnalysis;
import ita.analysis.YearChange;
import ita.framework.IndicatorDef;
import ita.framework.QuestionDef;
import ita.framework.YearFramework;
import ita.measures.MeasurePlan;
import ita.measures.PlannedMeasure;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.model.Tool;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The analysis-and-measures document an agency publishes (OIT item o42 to 2566, o34 in 2567): the analysis of
 * one year's ITA result and its measures for the next fiscal year, laid out as seeds 000, 002 and 003 are.
 *
 * <ol>
 *   <li>the result: total and level as reported, the ten indicators with their tools, weights and weighted
 *       scores, the change from the previous year, and charts of the indicators (and of the years);</li>
 *   <li>the analysis per tool: strengths to keep, points to develop, urgent weaknesses, each citing the
 *       agency's scores and the questions and OIT items behind them, then the written analysis;</li>
 *   <li>the measures (on landscape pages): ประเด็น · มาตรการ · ขั้นตอน · ผู้รับผิดชอบ · ระยะเวลา · การกำกับติดตาม;</li>
 *   <li>monitoring and reporting: who is responsible for what, the 6- and 12-month rounds and their dates;</li>
 * </ol>
 * then the signature block. Everything comes from the analysis and the plan the workbook is written from.
 */
final class MeasuresDocument {

    /** Question or item lines under one indicator: enough to act on, short enough to read. */
    private static final int MAX_DETAILS = 6;
    /** Indicator charts over at most this many years. */
    private static final int CHART_YEARS = 5;
    static final List<String> YEAR_COLOURS = List.of("A5A5A5", "70AD47", "ED7D31", "FFC000", "4472C4");

    private final Docx d;
    private final AgencyAnalysis analysis;
    private final YearAnalysis y;
    private final MeasurePlan plan;

    private MeasuresDocument(Docx d, AgencyAnalysis analysis, YearAnalysis y, MeasurePlan plan) {
        this.d = d;
        this.analysis = analysis;
        this.y = y;
        this.plan = plan;
    }

    static void build(Docx d, AgencyAnalysis analysis, YearAnalysis y, MeasurePlan plan) {
        new MeasuresDocument(d, analysis, y, plan).build();
    }

    private void build() {
        int result = y.fiscalYear();
        d.title("การวิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. " + result + " และมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
                + " ประจำปีงบประมาณ พ.ศ. " + plan.fiscalYear() + " " + plan.agencyName());
        DocumentParts.titleBlock(d, List.of("การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส",
                "ในการดำเนินงานของหน่วยงานภาครัฐ", "ประจำปีงบประมาณ พ.ศ. " + result,
                "และมาตรการส่งเสริมคุณธรรมและความโปร่งใส",
                "ภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. " + plan.fiscalYear()), plan);
        result();
        analysisByTool();
        // the heading and its paragraph close the portrait pages; the table has the landscape ones to itself
        if (measuresIntro()) {
            d.section(Docx.Orientation.LANDSCAPE);
            measuresTable();
        }
        d.section(Docx.Orientation.PORTRAIT);
        monitoring();
        DocumentParts.signatures(d, "ประกาศ");
    }

    // ---- 1. the result

    private void result() {
        YearFramework f = y.framework();
        d.heading("1. ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. "
                + y.fiscalYear(), 1);
        StringBuilder sb = new StringBuilder("ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ").append(y.fiscalYear())
                .append(" ของ").append(plan.agencyName());
        BigDecimal total = y.year().total();
        if (total != null) {
            sb.append(" ได้คะแนนรวม ").append(score(total)).append(" คะแนน");
        } else if (y.check().computedTotal() != null) {
            sb.append(" ไม่มีคะแนนรวมที่ประกาศ คะแนนรวมที่คำนวณจากคะแนนรายตัวชี้วัดคือ ")
                    .append(score(y.check().computedTotal())).append(" คะแนน");
        }
        if (y.level() != null) {
            sb.append(" อยู่ในระดับ ").append(y.level());
            if (!y.levelReported()) {
                sb.append(" (ตามเกณฑ์ของปี)");
            }
        }
        sb.append(" โดยมีคะแนนรายตัวชี้วัดและคะแนนถ่วงน้ำหนักตามแบบวัด ดังตารางที่ 1");
        d.prose(sb.toString());
        caption("ตารางที่ 1 คะแนนรายตัวชี้วัดและคะแนนถ่วงน้ำหนัก ปีงบประมาณ พ.ศ. " + y.fiscalYear());
        weightedTable(f);
        y.fromPrevious().ifPresent(this::change);
        charts();
    }

    private void caption(String text) {
        Para p = d.paragraph(text, Docx.Align.CENTER, true, 0);
        p.keepNext();
        p.setSpacingBefore(120);
    }

    /**
     * Seed 003's table: each indicator with its score (and its change from the previous year), and beside each
     * tool's indicators, merged down, the tool, its score, its weight and its weighted score; the total last.
     */
    private void weightedTable(YearFramework f) {
        Optional<YearChange> prev = y.fromPrevious().filter(c -> !c.totalsOnly());
        List<String> headers = new ArrayList<>(List.of("ตัวชี้วัด", "คะแนน"));
        prev.ifPresent(c -> headers.add("เทียบกับปี " + c.fromYear()));
        headers.addAll(List.of("คะแนนแบบวัด", "น้ำหนัก (ร้อยละ)", "คะแนนถ่วงน้ำหนัก"));
        // widths hold the headers and "100.00" in 14 pt bold without breaking a word
        int[] widths = prev.isPresent() ? new int[] {3200, 1150, 1250, 1100, 1150, 1221}
                : new int[] {4300, 1150, 1200, 1150, 1271};
        DocTable t = d.table(widths);
        t.header(headers.toArray(new String[0]));
        int last = widths.length - 1;
        for (Tool tool : Tool.values()) {
            List<IndicatorDef> defs = f.indicatorsOf(tool);
            BigDecimal toolScore = toolScore(tool);
            for (int i = 0; i < defs.size(); i++) {
                IndicatorDef def = defs.get(i);
                DocTable.Row r = t.row();
                r.cell(0).text("ตัวชี้วัดที่ " + def.number() + " " + def.name());
                r.cell(1).text(score(indicator(def.number())), Docx.Align.RIGHT, false);
                int c = 2;
                if (prev.isPresent()) {
                    r.cell(c++).text(signed(prev.get().indicator(def.number()).change()), Docx.Align.RIGHT, false);
                }
                for (int k = c; k <= last; k++) {
                    if (i == 0) {
                        r.cell(k).mergeStart().middle();
                    } else {
                        r.cell(k).mergeContinue();
                    }
                }
                if (i == 0) {
                    r.cell(c).text(tool.name(), Docx.Align.CENTER, true).text(score(toolScore), Docx.Align.CENTER, false);
                    r.cell(c + 1).text(plain(f.weight(tool).movePointRight(2)), Docx.Align.CENTER, false);
                    r.cell(c + 2).text(toolScore == null ? "–" : score(Scoring.weighted(tool, toolScore, f)),
                            Docx.Align.CENTER, false);
                }
            }
        }
        DocTable.Row total = t.spanned(new int[] {last, 1});
        BigDecimal reported = y.year().total();
        total.cell(0).text("คะแนนรวม" + (y.level() == null ? "" : " (ระดับ " + y.level() + ")"), Docx.Align.RIGHT, true);
        total.cell(1).text(score(reported != null ? reported : y.check().computedTotal()), Docx.Align.CENTER, true);
        total.fill(DocTable.GROUP_FILL);
        t.keepTogether();
    }

    /** The tool score as reported, else the one computed from the indicators. */
    private BigDecimal toolScore(Tool tool) {
        BigDecimal reported = y.year().tool(tool);
        return reported != null ? reported : y.check().computedTools().get(tool);
    }

    private BigDecimal indicator(int n) {
        BigDecimal reported = y.year().indicator(n);
        return reported != null ? reported : y.check().effectiveIndicators().get(n - 1);
    }

    private void change(YearChange c) {
        Delta total = c.total();
        if (total.from() == null || total.to() == null) {
            return;
        }
        StringBuilder sb = new StringBuilder("เมื่อเทียบกับผลการประเมินปีงบประมาณ พ.ศ. ").append(c.fromYear())
                .append(" ซึ่งได้ ").append(score(total.from())).append(" คะแนน");
        if (c.fromLevel() != null) {
            sb.append(" ระดับ ").append(c.fromLevel());
        }
        int cmp = total.change().signum();
        sb.append(cmp > 0 ? " คะแนนรวมเพิ่มขึ้น " : cmp < 0 ? " คะแนนรวมลดลง " : " คะแนนรวมเท่าเดิม");
        if (cmp != 0) {
            sb.append(score(total.change().abs())).append(" คะแนน");
        }
        if (!c.totalsOnly()) {
            List<String> up = new ArrayList<>();
            List<String> down = new ArrayList<>();
            for (int n = 1; n <= 10; n++) {
                BigDecimal ch = c.indicator(n).change();
                if (ch != null && ch.signum() != 0) {
                    (ch.signum() > 0 ? up : down).add(String.valueOf(n));
                }
            }
            if (!up.isEmpty()) {
                sb.append(" ตัวชี้วัดที่คะแนนเพิ่มขึ้น ได้แก่ ตัวชี้วัดที่ ").append(String.join(", ", up));
            }
            if (!down.isEmpty()) {
                sb.append(" ตัวชี้วัดที่คะแนนลดลง ได้แก่ ตัวชี้วัดที่ ").append(String.join(", ", down));
            }
        }
        d.prose(sb.toString());
    }

    private void charts() {
        YearFramework f = y.framework();
        List<String> categories = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (IndicatorDef def : f.indicators()) {
            categories.add(d.t(def.number() + " " + def.name()));
            BigDecimal v = indicator(def.number());
            values.add(v == null ? null : v.doubleValue());
        }
        int width = DocumentTypography.PORTRAIT_TEXT_TWIPS;
        d.chart(BarChartXml.of(d.t("คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. " + y.fiscalYear()), categories,
                List.of(new BarChartXml.Series(d.t(String.valueOf(y.fiscalYear())), values, "4472C4")), false, d::t),
                width, BarChartXml.height(categories.size(), 1));
        List<YearAnalysis> years = analysis.years().stream()
                .filter(x -> x.fiscalYear() <= y.fiscalYear() && x.framework().hasIndicators()).toList();
        if (years.size() > CHART_YEARS) {
            years = years.subList(years.size() - CHART_YEARS, years.size());
        }
        if (years.size() < 2) {
            return;
        }
        List<BarChartXml.Series> series = new ArrayList<>();
        int colour = YEAR_COLOURS.size() - years.size();
        for (YearAnalysis ya : years) {
            List<Double> vs = new ArrayList<>();
            for (int n = 1; n <= 10; n++) {
                BigDecimal v = ya.year().indicator(n) != null ? ya.year().indicator(n)
                        : ya.check().effectiveIndicators().get(n - 1);
                vs.add(v == null ? null : v.doubleValue());
            }
            series.add(new BarChartXml.Series(d.t("ปี " + ya.fiscalYear()), vs, YEAR_COLOURS.get(colour++)));
        }
        d.chart(BarChartXml.of(d.t("คะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. " + years.get(0).fiscalYear() + "–"
                + y.fiscalYear()), categories, series, true, d::t), width, BarChartXml.height(10, series.size()));
    }

    // ---- 2. the analysis per tool

    private void analysisByTool() {
        Profile p = y.profile();
        d.heading("2. การวิเคราะห์ผลการประเมินจำแนกตามเครื่องมือการประเมิน", 1);
        d.prose("จากผลการประเมินข้างต้น " + plan.agencyName() + " ได้วิเคราะห์ผลการประเมินรายตัวชี้วัดของแต่ละแบบวัด"
                + " โดยตัวชี้วัดที่ได้ตั้งแต่ " + plain(p.threshold()) + " คะแนนขึ้นไปเป็นจุดแข็งที่ควรรักษามาตรฐาน"
                + " ตัวชี้วัดที่ต่ำกว่า " + plain(p.threshold()) + " คะแนนเป็นประเด็นที่ต้องพัฒนาให้ดีขึ้น"
                + " และตัวชี้วัดที่ต่ำกว่า " + plain(p.urgentBelow()) + " คะแนนหรือต่ำที่สุดของปี"
                + " เป็นประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน ดังนี้");
        Map<Integer, IndicatorAssessment> byNumber = new LinkedHashMap<>();
        p.assessments().forEach(a -> byNumber.put(a.indicator().number(), a));
        int i = 1;
        for (Tool tool : Tool.values()) {
            BigDecimal ts = toolScore(tool);
            d.heading("2." + i++ + " " + tool.thaiName() + " (" + tool.name() + ")"
                    + (ts == null ? "" : " ได้ " + score(ts) + " คะแนน"), 2);
            d.prose(ItemText.toolSentence(y, tool, false));
            DocTable t = d.table(new int[] {2300, 6771});
            t.header("ตัวชี้วัด", "ผลการวิเคราะห์");
            for (IndicatorDef def : y.framework().indicatorsOf(tool)) {
                indicatorRow(t, def, byNumber.get(def.number()));
            }
        }
        summary(i++, p);
        d.heading("2." + i + " บทวิเคราะห์ผลการประเมิน", 2);
        // the classes were listed in 2.4; the paragraphs do not list them again
        for (String paragraph : SummaryText.paragraphs(analysis, y, false)) {
            d.prose(paragraph);
        }
    }

    /** Verdict labels as the seeds and the OIT criteria word them. */
    static String label(Verdict v) {
        return switch (v) {
            case KEEP_UP -> "จุดแข็งที่ควรรักษามาตรฐาน";
            case DEVELOP -> "ประเด็นที่ต้องพัฒนาให้ดีขึ้น";
            case URGENT -> "ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน";
        };
    }

    private void indicatorRow(DocTable t, IndicatorDef def, IndicatorAssessment a) {
        DocTable.Row r = t.row();
        r.cell(0).text("ตัวชี้วัดที่ " + def.number() + " " + def.name(), Docx.Align.LEFT, true);
        BigDecimal v = indicator(def.number());
        if (v == null) {
            r.cell(0).text("ไม่มีคะแนน");
            r.cell(1).text("ไม่มีคะแนนของตัวชี้วัดนี้");
            return;
        }
        r.cell(0).text(score(v) + " คะแนน");
        if (a == null) {
            return;
        }
        DocTable.Cell cell = r.cell(1);
        cell.text(label(a.verdict()), Docx.Align.LEFT, true);
        cell.text(ItemText.indicatorSentence(y, def.number()));
        if (a.verdict() != Verdict.KEEP_UP) {
            List<String> details = details(def.number());
            if (!details.isEmpty()) {
                cell.text(y.framework().indicator(def.number()).tool() == Tool.OIT ? "ความเห็นของผู้ตรวจประเมิน"
                        : "ข้อคำถามที่ได้ต่ำกว่า " + plain(y.profile().threshold()) + " คะแนน", Docx.Align.LEFT, true);
                for (String line : details) {
                    cell.hanging("– " + line, 200, false);
                }
            }
        }
    }

    /**
     * What the sentence does not say: the questions (IIT, EIT) under the strength threshold, lowest first, or
     * what the assessor wrote about the OIT items that did not pass, in the year's own codes.
     */
    private List<String> details(int indicator) {
        Profile p = y.profile();
        List<String> out = new ArrayList<>();
        if (y.framework().indicator(indicator).tool() == Tool.OIT) {
            for (FailedItems g : p.failedItems()) {
                if (g.indicator() != indicator) {
                    continue;
                }
                for (OitItemScore o : g.items()) {
                    if (!o.comment().isBlank()) {
                        out.add("ข้อ " + y.framework().displayCode(o.code()) + " " + o.comment());
                    }
                }
            }
        } else {
            Map<String, QuestionDef> defs = new java.util.HashMap<>();
            y.framework().questions().forEach(q -> defs.put(q.code(), q));
            y.year().questions().stream()
                    .filter(q -> defs.containsKey(q.code()) && defs.get(q.code()).indicator() == indicator)
                    .filter(q -> q.score().compareTo(p.threshold()) < 0)
                    .sorted(Comparator.comparing(QuestionScore::score))
                    .forEach(q -> out.add("ข้อ " + y.framework().displayCode(q.code()) + " " + (q.text().isBlank()
                            ? defs.get(q.code()).text() : q.text()) + " ได้ " + score(q.score()) + " คะแนน"));
        }
        if (out.size() <= MAX_DETAILS) {
            return out;
        }
        List<String> shown = new ArrayList<>(out.subList(0, MAX_DETAILS));
        shown.add("และอีก " + (out.size() - MAX_DETAILS) + " ข้อ");
        return shown;
    }

    private void summary(int number, Profile p) {
        d.heading("2." + number + " สรุปประเด็นจากผลการวิเคราะห์", 2);
        list("1) " + label(Verdict.URGENT), p.withVerdict(Verdict.URGENT));
        list("2) " + label(Verdict.DEVELOP), p.withVerdict(Verdict.DEVELOP));
        list("3) " + label(Verdict.KEEP_UP), p.withVerdict(Verdict.KEEP_UP));
    }

    private void list(String label, List<IndicatorAssessment> items) {
        String names = items.isEmpty() ? "ไม่มี" : items.stream()
                .sorted(Comparator.comparing(a -> a.indicator().score()))
                .map(a -> "ตัวชี้วัดที่ " + a.indicator().number() + " " + a.indicator().name() + " ("
                        + score(a.indicator().score()) + " คะแนน)")
                .collect(Collectors.joining(", "));
        Para p = d.paragraph(Docx.Align.JUSTIFY);
        p.setIndentationLeft(DocumentTypography.FIRST_LINE_INDENT_TWIPS);
        d.run(p, label + ": ", true, 0);
        d.run(p, names, false, 0);
    }

    // ---- 3. the measures

    /** The heading of the measures and what leads to them; false when there are none. */
    private boolean measuresIntro() {
        d.heading("3. มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. " + plan.fiscalYear(), 1);
        List<PlannedMeasure> ms = plan.measures();
        if (ms.isEmpty()) {
            d.prose("ผลการประเมินปีงบประมาณ พ.ศ. " + plan.resultYear() + " ไม่มีประเด็นที่ต้องกำหนดมาตรการเพิ่มเติม "
                    + plan.agencyName() + " จะรักษามาตรฐานการดำเนินงานตามแนวทางเดิม");
            return false;
        }
        d.prose("ผลการวิเคราะห์ตามข้อ 2 นำไปสู่การกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานของ"
                + plan.agencyName() + " ประจำปีงบประมาณ พ.ศ. " + plan.fiscalYear() + " จำนวน " + ms.size()
                + " มาตรการ ดังตารางในหน้าถัดไป");
        return true;
    }

    private void measuresTable() {
        // the number leads the issue: a column of its own would take room the monitoring text needs
        DocTable t = d.table(new int[] {2500, 2600, 4300, 1550, 1300, 1753});
        t.header("ประเด็น", "มาตรการและเป้าหมาย", "ขั้นตอน/วิธีการปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลา",
                "การกำกับติดตามและการรายงานผล");
        int n = 1;
        for (PlannedMeasure m : plan.measures()) {
            DocTable.Row r = t.row();
            topic(r.cell(0), n++, m);
            statement(r.cell(1), m);
            steps(r.cell(2), m.steps());
            r.cell(3).text(m.responsible());
            r.cell(4).text(period(m), Docx.Align.CENTER, false);
            r.cell(5).text(m.monitoring());
        }
    }

    /** "ต.ค. 2565 –" and "ก.ย. 2566" on two lines, so that a narrow column never breaks a month from its year. */
    static String period(PlannedMeasure m) {
        return m.period().replace(" – ", " –\n");
    }

    /** The measure's number and issue in bold, how pressing the issue is, then what in the ITA result it answers. */
    static void topic(DocTable.Cell cell, int number, PlannedMeasure m) {
        cell.hanging(number + ". " + m.issue().label(), 280, true);
        cell.text("(" + m.urgency().thaiLabel() + ")");
        for (PlannedMeasure.Basis b : m.bases()) {
            cell.hanging("– " + b.reference(), 200, false);
        }
    }

    /** The measure's name in bold, what it is, and its target. */
    static void statement(DocTable.Cell cell, PlannedMeasure m) {
        cell.text(m.topic(), Docx.Align.LEFT, true);
        cell.text(m.measure());
        if (!m.target().isBlank()) {
            cell.runs(Docx.Align.LEFT, "เป้าหมาย: ", true, m.target(), false);
        }
    }

    /** Steps one a line, numbers hanging. */
    static void steps(DocTable.Cell cell, String steps) {
        for (String line : steps.split("\n")) {
            if (!line.isBlank()) {
                cell.hanging(line.strip(), line.matches("^\\d+\\..*") ? 280 : 0, false);
            }
        }
    }

    // ---- 4. monitoring and reporting

    private void monitoring() {
        d.heading("4. การกำกับติดตามและการรายงานผล", 1);
        d.prose("ให้ผู้รับผิดชอบแต่ละมาตรการดำเนินการตามขั้นตอนและระยะเวลาที่กำหนดไว้ในข้อ 3 บันทึกผลการดำเนินการ"
                + "พร้อมหลักฐาน และรายงานผลตามรอบที่กำหนด โดยมีการกำกับติดตามตามที่ระบุไว้ในแต่ละมาตรการ ดังนี้");
        Map<String, List<Integer>> byUnit = new LinkedHashMap<>();
        List<PlannedMeasure> ms = plan.measures();
        for (int i = 0; i < ms.size(); i++) {
            byUnit.computeIfAbsent(ms.get(i).responsible().isBlank() ? "ไม่ได้ระบุ" : ms.get(i).responsible(),
                    k -> new ArrayList<>()).add(i + 1);
        }
        byUnit.forEach((unit, numbers) -> d.hanging(unit + ": มาตรการที่ " + Rounds.ranges(numbers),
                DocumentTypography.FIRST_LINE_INDENT_TWIPS + 400, 400));
        caption("ตารางที่ 2 รอบการรายงานผลการดำเนินการตามมาตรการ");
        DocTable t = d.table(new int[] {1500, 3100, 1900, 2571});
        t.header("รอบการรายงาน", "ผลการดำเนินการในช่วง", "กำหนดรายงาน", "มาตรการที่รายงาน");
        for (int months : new int[] {6, 12}) {
            int last = months == 6 ? 5 : 11;
            DocTable.Row r = t.row();
            r.cell(0).text("รอบ " + months + " เดือน", Docx.Align.CENTER, false);
            r.cell(1).text(DocumentParts.firstDay(plan.fiscalYear(), 0) + " – "
                    + DocumentParts.lastDay(plan.fiscalYear(), last), Docx.Align.CENTER, false);
            r.cell(2).text("ภายในเดือน" + DocumentParts.monthAfter(plan.fiscalYear(), last), Docx.Align.CENTER, false);
            List<Integer> numbers = Rounds.reportedIn(plan, months);
            r.cell(3).text(numbers.isEmpty() ? "–" : "มาตรการที่ " + Rounds.ranges(numbers));
        }
        t.keepTogether();
        String item = Rounds.progressItem(plan.fiscalYear()).map(c -> " ตามข้อ " + c + " ของการประเมินปีงบประมาณ พ.ศ. "
                + plan.fiscalYear()).orElse("");
        d.prose("ผลการดำเนินการแต่ละรอบให้เสนอผู้บริหารพิจารณา และเผยแพร่บนเว็บไซต์ของหน่วยงาน" + item);
    }
}
