package ita.report.summary;

import ita.analysis.Compliance;
import ita.analysis.GroupMean;
import ita.analysis.Headline;
import ita.analysis.ProvinceAnalysis;
import ita.framework.Concept;
import ita.framework.NationalFigures;
import ita.framework.YearFramework;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * สรุปรายจังหวัด, in the summary of everything read: one row per province with a result in the newest year, the
 * figures its report's executive summary opens with, then the country's. Provinces read only for earlier years are
 * named in a note, not listed as rows of zeros.
 */
final class ProvinceTableSheet {

    static final List<String> HEADER = List.of("จังหวัด", "หน่วยงานที่ประเมิน", "คะแนนเฉลี่ย", "คะแนนเฉลี่ยปีก่อน",
            "เปลี่ยนแปลง", "85 คะแนนขึ้นไป (แห่ง)", "85 คะแนนขึ้นไป (ร้อยละ)", "ต่างจากเป้าหมายร้อยละ 80 (จุด)",
            "อำเภอคะแนนเฉลี่ยสูงสุด", "อำเภอคะแนนเฉลี่ยต่ำสุด", "ประเภทคะแนนเฉลี่ยสูงสุด", "ประเภทคะแนนเฉลี่ยต่ำสุด",
            "ข้อมาตรการไม่ผ่าน (แห่ง)", "ข้อรายงานผลไม่ผ่าน (แห่ง)", "ไม่มีผลปีนี้ (แห่ง)");

    private ProvinceTableSheet() {
    }

    static void write(SummaryContext cx) {
        int y = cx.scope.latestYear();
        YearFramework f = cx.framework(y);
        SheetTable t = new SheetTable(cx.wb, cx.styles, "สรุปรายจังหวัด", 16, 12, 11, 11, 11, 12, 12, 14, 22, 22, 18,
                18, 12, 12, 12);
        t.title(cx.fmt.text("สรุปผลการประเมิน ITA รายจังหวัด " + cx.fiscalYear(y)));
        List<String> without = new ArrayList<>();
        List<ProvinceAnalysis> shown = new ArrayList<>();
        List<Headline> headlines = new ArrayList<>();
        for (ProvinceAnalysis p : cx.scope.provinces()) {
            Optional<Headline> h = Headline.of(p.overall(), p.byDistrict(), p.byTypeGroup(), y, f);
            if (h.isPresent()) {
                shown.add(p);
                headlines.add(h.get());
            } else {
                without.add(p.overall().label());
            }
        }
        t.note(cx.fmt.text("ผ่านเกณฑ์หมายถึงคะแนนรวม 85 คะแนนขึ้นไป; เป้าหมายตามยุทธศาสตร์ชาติคือหน่วยงานร้อยละ 80"
                + " ผ่านเกณฑ์; อันดับและค่าเฉลี่ยคิดภายในจังหวัด"
                + (without.isEmpty() ? "" : "; ไม่มีผลการประเมินปี " + y + " จึงไม่แสดง: " + String.join(", ", without))));
        t.header(HEADER);
        for (int i = 0; i < shown.size(); i++) {
            Headline h = headlines.get(i);
            Compliance c = shown.get(i).overall().compliance();
            SheetTable.Line row = t.row();
            row.text(0, shown.get(i).overall().label(), cx.styles.text());
            figures(cx, row, h.agencies(), h.mean(), h.previousMean(), h.meanChange(), h.passing().count(),
                    h.passing().share(), h.targetGap());
            row.text(8, mean(cx, h.bestDistrict()), cx.styles.text());
            row.text(9, mean(cx, h.weakestDistrict()), cx.styles.text());
            row.text(10, mean(cx, h.bestType()), cx.styles.text());
            row.text(11, mean(cx, h.weakestType()), cx.styles.text());
            row.number(12, (int) c.failedCount(Concept.MEASURES), cx.styles.integer());
            row.number(13, (int) c.failedCount(Concept.MEASURES_REPORT), cx.styles.integer());
            row.number(14, c.absent().size(), cx.styles.integer());
        }
        Optional<NationalFigures> n = f.fiscalYear() == y ? f.national() : Optional.empty();
        n.ifPresent(national -> {
            YearFramework before = cx.framework(y - 1);
            BigDecimal previous = before.fiscalYear() == y - 1
                    ? before.national().map(NationalFigures::mean).orElse(null) : null;
            SheetTable.Line row = t.row();
            row.text(0, national.derived() ? "ทั้งประเทศ (ประมาณการ)" : "ทั้งประเทศ (ตามที่ ป.ป.ช. เผยแพร่)",
                    cx.styles.boldText());
            figures(cx, row, national.agencies(), national.mean(), previous,
                    previous == null || national.mean() == null ? null : national.mean().subtract(previous),
                    national.atOrAbovePassMark(), national.share(),
                    national.share() == null ? null : national.share().subtract(Headline.TARGET_SHARE));
        });
        t.finish(true);
    }

    private static void figures(SummaryContext cx, SheetTable.Line row, Integer agencies, BigDecimal mean, BigDecimal previous,
                                BigDecimal change, Integer passed, BigDecimal share, BigDecimal gap) {
        row.number(1, agencies, cx.styles.integer());
        row.number(2, mean, cx.styles.decimal());
        row.number(3, previous, cx.styles.decimal());
        row.number(4, change, cx.styles.signedDecimal());
        row.number(5, passed, cx.styles.integer());
        row.number(6, share, cx.styles.decimal());
        row.number(7, gap, cx.styles.signedDecimal());
    }

    /** "เมืองพิจิตร (88.25)". */
    private static String mean(SummaryContext cx, Optional<GroupMean> g) {
        return g.map(m -> cx.fmt.text(m.name() + " (" + m.mean().toPlainString() + ")")).orElse("");
    }
}
