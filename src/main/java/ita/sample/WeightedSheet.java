package ita.sample;

import ita.framework.IndicatorDef;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.Tool;
import ita.analysis.Scoring;
import java.util.List;

/**
 * The weighted-table variant of the detail layout, as agencies copy it into their own reports:
 * ตัวชี้วัด | คะแนน ITA | คะแนนที่ได้ (100 คะแนน) | น้ำหนัก (ร้อยละ) | คะแนนถ่วงน้ำหนัก, the tool score, weight
 * and weighted share on the first indicator row of each tool (merged down its rows), a last row รวม with
 * the total; then the OIT items that failed, with the assessor's reasons.
 */
final class WeightedSheet {

    private WeightedSheet() {
    }

    /**
     * @param names the indicator names as the agency wrote them, 1–10
     */
    static Grid of(AgencyYear r, YearFramework f, List<String> names) {
        Grid g = new Grid("ผลการประเมิน " + r.fiscalYear());
        g.width(0, 40).width(1, 12).width(2, 14).width(3, 12).width(4, 14).width(5, 60);
        g.row(Grid.title(DetailSheet.TITLE)).merge(0, 0, 0, 5);
        g.row(Grid.title("ประจำปีงบประมาณ พ.ศ. " + r.fiscalYear())).merge(1, 0, 1, 5);
        g.blank();
        g.row("หน่วยงาน", r.agency().name());
        g.row("อำเภอ", r.agency().district());
        g.row("จังหวัด", r.agency().province());
        g.row("ประเภทหน่วยงาน", r.agency().type().prefix());
        g.row("คะแนนรวม", r.total());
        g.row("ระดับผลการประเมิน", r.level());
        g.blank();
        g.headerRow(List.of("ตัวชี้วัด", "คะแนน ITA", "คะแนนที่ได้ (100 คะแนน)", "น้ำหนัก (ร้อยละ)", "คะแนนถ่วงน้ำหนัก"));
        for (Tool t : Tool.values()) {
            List<IndicatorDef> defs = f.indicatorsOf(t);
            int first = g.nextRow();
            for (int i = 0; i < defs.size(); i++) {
                int n = defs.get(i).number();
                String label = "ตัวชี้วัดที่ " + n + " " + names.get(n - 1);
                if (i == 0) {
                    g.row(label, r.indicator(n), r.tool(t), f.weight(t).movePointRight(2).intValueExact(),
                            Scoring.weighted(t, r.tool(t), f));
                } else {
                    g.row(label, r.indicator(n));
                }
            }
            for (int c = 2; c <= 4; c++) {
                g.merge(first, c, first + defs.size() - 1, c);
            }
        }
        g.row("รวม", null, null, null, r.total());
        if (!r.oitItems().isEmpty()) {
            g.blank();
            g.headerRow(List.of("ตัวชี้วัดย่อย", "ข้อ", "รายการ", "คะแนน", "ผลการตรวจ", "ความเห็นผู้ตรวจประเมิน"));
            for (OitItemScore o : r.oitItems()) {
                String sub = f.subIndicatorOfItem(o.code()).map(s -> s.code() + " " + s.name()).orElse("");
                g.row(sub, "O" + o.code().substring(1), Grid.wrap(o.title()), o.score().intValue(),
                        o.passed() ? "ผ่าน" : "ไม่ผ่าน", Grid.wrap(o.comment()));
            }
        }
        return g;
    }
}
