package ita.report.document;

import ita.analysis.YearAnalysis;
import ita.measures.FiscalMonths;
import ita.measures.MeasurePlan;
import ita.measures.PlannedMeasure;
import ita.model.ProgressForm;
import ita.model.Tool;
import ita.text.ThaiText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The progress report on a measures plan at 6 or 12 months (OIT item o43 to 2566, o35 in 2567), laid out as
 * seed 004: the title with the round and its months, then the measures grouped by the tool whose result they
 * answer, each with its steps, responsible unit and monitoring, a column for ผลการดำเนินการ and one for the
 * evidence, then the signature block. On landscape pages: the table is the document.
 *
 * <p>Results come from forms the agency filled and gave back: a filled 6-month form fills the 6-month report
 * and is carried into the 12-month one, where the 12-month result is still to be written (or comes from a filled
 * 12-month form). Without a form the result cells offer the three statuses to tick.
 */
final class ProgressDocument {

    static final String DONE = "ดำเนินการแล้ว";
    static final String IN_PROGRESS = "อยู่ระหว่างดำเนินการ";
    static final String NOT_STARTED = ProgressForm.Entry.NOT_STARTED;
    private static final String BOX = "\u2610 ";

    private final Docx d;
    private final YearAnalysis y;
    private final MeasurePlan plan;
    private final int months;
    private final ProgressResults six;
    private final ProgressResults twelve;

    private ProgressDocument(Docx d, YearAnalysis y, MeasurePlan plan, int months, List<ProgressForm> forms) {
        this.d = d;
        this.y = y;
        this.plan = plan;
        this.months = months;
        this.six = ProgressResults.of(plan, forms, 6);
        this.twelve = months == 12 ? ProgressResults.of(plan, forms, 12) : ProgressResults.none();
    }

    static void build(Docx d, YearAnalysis y, MeasurePlan plan, int months, List<ProgressForm> forms) {
        new ProgressDocument(d, y, plan, months, forms).build();
    }

    private int lastMonth() {
        return months == 6 ? 5 : 11;
    }

    private void build() {
        d.section(Docx.Orientation.LANDSCAPE);
        int fy = plan.fiscalYear();
        String span = DocumentParts.firstDay(fy, 0) + " – " + DocumentParts.lastDay(fy, lastMonth());
        d.title("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. " + fy
                + " รอบ " + months + " เดือน " + plan.agencyName());
        DocumentParts.titleBlock(d, List.of("รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรม",
                "และความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. " + fy, "รอบ " + months + " เดือน (" + span + ")"),
                plan);
        List<PlannedMeasure> ms = plan.measures();
        d.prose("ตามที่" + plan.agencyName() + "ได้ประกาศมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
                + " ประจำปีงบประมาณ พ.ศ. " + fy + " จำนวน " + ms.size() + " มาตรการ ซึ่งกำหนดจากการวิเคราะห์ผลการประเมิน"
                + "คุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. " + plan.resultYear()
                + " นั้น ขอรายงานผลการดำเนินการตามมาตรการ รอบ " + months + " เดือน ตั้งแต่วันที่ "
                + DocumentParts.firstDay(fy, 0) + " ถึงวันที่ " + DocumentParts.lastDay(fy, lastMonth()) + " ดังนี้");
        counts().ifPresent(d::prose);
        int section = 1;
        for (Map.Entry<String, List<Integer>> group : groups().entrySet()) {
            d.heading(section++ + ". " + group.getKey(), 2);
            table(group.getValue());
        }
        DocumentParts.signatures(d, "รายงาน");
    }

    /** How many measures are done, in progress and not started, when the results are known. */
    private Optional<String> counts() {
        ProgressResults own = months == 6 ? six : twelve;
        if (own.isEmpty()) {
            return Optional.empty();
        }
        int done = 0;
        int going = 0;
        int unknown = 0;
        for (int i = 0; i < plan.measures().size(); i++) {
            String status = own.of(i).map(ProgressForm.Entry::status).map(ThaiText::key).orElse("");
            if (status.equals(ThaiText.key(DONE)) || status.contains("แล้วเสร็จ")) {
                done++;
            } else if (status.equals(ThaiText.key(IN_PROGRESS))) {
                going++;
            } else {
                unknown++;
            }
        }
        return Optional.of("สรุปผลรอบ " + months + " เดือน: ดำเนินการแล้ว " + done + " มาตรการ อยู่ระหว่างดำเนินการ "
                + going + " มาตรการ และยังไม่ได้ดำเนินการหรือยังไม่ได้รายงาน " + unknown + " มาตรการ");
    }

    /** Measure numbers (0-based) grouped by the tool of the indicators they answer, in tool order. */
    private Map<String, List<Integer>> groups() {
        Map<Tool, List<Integer>> byTool = new EnumMap<>(Tool.class);
        for (int i = 0; i < plan.measures().size(); i++) {
            byTool.computeIfAbsent(plan.measures().get(i).tool(), k -> new ArrayList<>()).add(i);
        }
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        byTool.forEach((t, list) -> out.put(t.thaiName() + " (" + t.name() + ")", list));
        return out;
    }

    private void table(List<Integer> measures) {
        DocTable t = d.table(new int[] {2700, 3050, 1550, 2000, 2900, 1803});
        t.header("ประเด็น/มาตรการ", "ขั้นตอน/วิธีการปฏิบัติ", "ผู้รับผิดชอบ", "การกำกับติดตาม/ระยะเวลา",
                "ผลการดำเนินการ", "หลักฐาน");
        for (int i : measures) {
            PlannedMeasure m = plan.measures().get(i);
            DocTable.Row r = t.row();
            MeasuresDocument.topic(r.cell(0), i + 1, m);
            r.cell(0).runs(Docx.Align.LEFT, "มาตรการ: ", true, m.topic(), false);
            r.cell(0).text(m.measure());
            if (!m.target().isBlank()) {
                r.cell(0).runs(Docx.Align.LEFT, "เป้าหมาย: ", true, m.target(), false);
            }
            MeasuresDocument.steps(r.cell(1), m.steps());
            r.cell(2).text(m.responsible());
            r.cell(3).text(m.monitoring());
            r.cell(3).runs(Docx.Align.LEFT, "ระยะเวลา: ", true, m.period(), false);
            result(r.cell(4), i, m);
            evidence(r.cell(5), i);
        }
    }

    private void result(DocTable.Cell cell, int i, PlannedMeasure m) {
        if (months == 6) {
            Optional<ProgressForm.Entry> e = six.of(i);
            if (e.isPresent()) {
                entry(cell, e.get());
            } else if (!Rounds.reportedIn(m, 6) || m.startMonth() > lastMonth()) {
                cell.text("เริ่มดำเนินการ " + FiscalMonths.label(plan.fiscalYear(), m.startMonth())
                        + " รายงานผลในรอบ 12 เดือน");
            } else {
                boxes(cell);
            }
            return;
        }
        Optional<ProgressForm.Entry> half = six.of(i);
        Optional<ProgressForm.Entry> full = twelve.of(i);
        if (half.isPresent()) {
            cell.text("ผลรอบ 6 เดือน", Docx.Align.LEFT, true);
            entry(cell, half.get());
            cell.text("ผลรอบ 12 เดือน", Docx.Align.LEFT, true);
        }
        if (full.isPresent()) {
            entry(cell, full.get());
        } else {
            boxes(cell);
        }
    }

    private static void entry(DocTable.Cell cell, ProgressForm.Entry e) {
        String status = e.status().isBlank() ? "" : e.status();
        if (!e.date().isBlank()) {
            status = (status + " เมื่อ " + e.date()).strip();
        }
        if (!status.isBlank()) {
            cell.text(status);
        }
        if (!e.result().isBlank()) {
            cell.text(e.result());
        }
        if (!e.note().isBlank()) {
            cell.text("หมายเหตุ: " + e.note());
        }
    }

    private static void boxes(DocTable.Cell cell) {
        cell.text(BOX + DONE);
        cell.text(BOX + IN_PROGRESS);
        cell.text(BOX + NOT_STARTED);
        cell.text("รายละเอียด " + DocumentParts.DOTS);
    }

    private void evidence(DocTable.Cell cell, int i) {
        Optional<ProgressForm.Entry> own = (months == 12 ? twelve : six).of(i);
        Optional<ProgressForm.Entry> carried = months == 12 ? six.of(i) : Optional.empty();
        List<String> lines = new ArrayList<>();
        carried.map(ProgressForm.Entry::evidence).filter(s -> !s.isBlank()).ifPresent(lines::add);
        own.map(ProgressForm.Entry::evidence).filter(s -> !s.isBlank() && !lines.contains(s)).ifPresent(lines::add);
        cell.text(String.join("\n", lines));
    }
}
