package ita.report.document;

import static ita.report.document.DocumentParts.score;
import static ita.report.document.DocumentParts.signed;

import ita.analysis.Compliance;
import ita.analysis.GroupMean;
import ita.analysis.Headline;
import ita.analysis.Mover;
import ita.analysis.PassCount;
import ita.analysis.WeakestCount;
import ita.framework.Concept;
import ita.framework.NationalFigures;
import ita.framework.OitItemDef;
import ita.framework.YearFramework;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The executive summary of a province report, on its first page: one paragraph of the result, the table of key
 * figures against the year before and the country (ตารางที่ 1), and the points a governor acts on.
 */
final class ProvinceSummaryPage {

    /** Where the lists of agencies to follow up are, for the summary to point to. */
    static final String FOLLOW_UP_SECTION = "7";

    private ProvinceSummaryPage() {
    }

    static void write(Docx d, ProvinceFacts facts) {
        Headline h = facts.headline();
        d.heading("บทสรุปสำหรับผู้บริหาร", 1);
        d.prose(result(h, facts));
        keyFigures(d, facts);
        DocTable t = d.table(new int[] {3100, 5971});
        DocTable.Row title = t.spanned(new int[] {2});
        title.cell(0).text("ประเด็นที่ควรพิจารณา", Docx.Align.LEFT, true).fill(DocTable.HEADER_FILL);
        for (String[] point : points(facts)) {
            DocTable.Row r = t.row();
            r.cell(0).text(point[0]).fill(DocTable.HEADER_FILL);
            r.cell(1).text(point[1]);
        }
        t.keepTogether();
    }

    /** The paragraph: how many, the mean and its change, passing against the target and the country. */
    static String result(Headline h, ProvinceFacts facts) {
        StringBuilder sb = new StringBuilder("ปีงบประมาณ พ.ศ. ").append(h.fiscalYear()).append(" หน่วยงานใน")
                .append(ita.report.ThaiFormat.province(facts.province().province())).append("ได้รับการประเมิน ITA ")
                .append(count(h.agencies())).append(" แห่ง คะแนนเฉลี่ย ").append(score(h.mean())).append(" คะแนน");
        BigDecimal change = h.meanChange();
        if (change != null) {
            sb.append(change.signum() == 0 ? " เท่ากับปีก่อน" : (change.signum() > 0 ? " เพิ่มขึ้นจากปีก่อน " : " ลดลงจากปีก่อน ")
                    + score(change.abs()) + " คะแนน");
        }
        PassCount p = h.passing();
        sb.append(" ได้ 85 คะแนนขึ้นไป ").append(count(p.count())).append(" แห่ง (ร้อยละ ").append(score(p.share()))
                .append(')');
        BigDecimal gap = h.targetGap();
        if (gap != null) {
            sb.append(gap.signum() >= 0 ? " บรรลุ" : " ยังไม่บรรลุ").append("เป้าหมายตามยุทธศาสตร์ชาติ (ร้อยละ 80)");
            if (gap.signum() != 0) {
                sb.append(gap.signum() > 0 ? " โดยสูงกว่าเป้าหมาย " : " โดยต่ำกว่าเป้าหมาย ").append(score(gap.abs()))
                        .append(" จุด");
            }
        }
        return sb.append(" ดังตารางที่ 1").toString();
    }

    /** ตารางที่ 1: the key figures of the year before, this year, the change, and the country this year. */
    private static void keyFigures(Docx d, ProvinceFacts facts) {
        Headline h = facts.headline();
        int y = h.fiscalYear();
        Optional<NationalFigures> n = h.national();
        caption(d, facts.nextTable() + " ผลการประเมินโดยสรุป ปี " + (y - 1) + " – " + y);
        DocTable t = d.table(new int[] {3550, 1150, 1150, 1050, 2171});
        t.header("รายการ", "ปี " + (y - 1), "ปี " + y, "ผลต่าง", "ทั้งประเทศ\nปี " + y);
        PassCount p = h.passing();
        Integer before = facts.province().overall().year(y - 1).map(s -> s.agencies()).orElse(null);
        String derived = n.map(NationalFigures::derived).orElse(false) ? " *" : "";
        row(t, "หน่วยงานที่ประเมิน (แห่ง)", count(before), count(h.agencies()),
                before == null ? "–" : signedCount(h.agencies() - before),
                n.map(NationalFigures::agencies).map(ProvinceSummaryPage::count).orElse("–"));
        row(t, "คะแนนเฉลี่ย", score(h.previousMean()), score(h.mean()), signed(h.meanChange()),
                n.map(NationalFigures::mean).map(v -> score(v) + derived).orElse("–"));
        row(t, "ได้ 85 คะแนนขึ้นไป (แห่ง)", count(p.previousCount()), count(p.count()),
                p.change() == null ? "–" : signedCount(p.change()),
                n.map(NationalFigures::atOrAbovePassMark).map(ProvinceSummaryPage::count).orElse("–"));
        row(t, "ได้ 85 คะแนนขึ้นไป (ร้อยละ)", score(p.previousShare()), score(p.share()),
                signed(p.shareChange()), n.map(NationalFigures::share).map(v -> score(v) + derived).orElse("–"));
        BigDecimal target = Headline.TARGET_SHARE;
        row(t, "เทียบเป้าหมายร้อยละ 80", p.previousShare() == null ? "–" : signed(p.previousShare()
                .subtract(target)), signed(h.targetGap()), "",
                n.map(NationalFigures::share).map(v -> signed(v.subtract(target)) + derived).orElse("–"));
        t.keepTogether();
        if (!derived.isEmpty()) {
            d.paragraph("* ประมาณการจากข้อมูลที่ ป.ป.ช. เผยแพร่", Docx.Align.LEFT, false,
                    DocumentTypography.TABLE_HALF_POINTS).setSpacingAfter(80);
        }
    }

    private static void row(DocTable t, String label, String... values) {
        DocTable.Row r = t.row();
        r.cell(0).text(label);
        for (int i = 0; i < values.length; i++) {
            r.cell(i + 1).text(values[i], Docx.Align.CENTER, false);
        }
    }

    /**
     * The points to act on, each a label and what it says: districts and types, the measures items, agencies
     * without a result, the largest fall, the weakest indicator.
     */
    static List<String[]> points(ProvinceFacts facts) {
        Headline h = facts.headline();
        List<String[]> out = new ArrayList<>();
        if (h.bestDistrict().isPresent()) {
            out.add(new String[] {"คะแนนเฉลี่ยรายอำเภอ", "สูงสุด " + mean(h.bestDistrict().get()) + " / ต่ำสุด "
                    + mean(h.weakestDistrict().orElseThrow())});
        }
        if (h.bestType().isPresent()) {
            out.add(new String[] {"คะแนนเฉลี่ยรายประเภท", "สูงสุด " + mean(h.bestType().get()) + " / ต่ำสุด "
                    + mean(h.weakestType().orElseThrow())});
        }
        out.add(new String[] {"ข้อมาตรการ / รายงานผล", measures(facts)});
        Compliance c = facts.compliance();
        out.add(new String[] {"ไม่มีผลปี " + h.fiscalYear(), c.absent().isEmpty() ? "ไม่มี (ทุกแห่งที่มีผลปีก่อนมีผลปีนี้)"
                : count(c.absent().size()) + " แห่ง (หัวข้อที่ " + FOLLOW_UP_SECTION + ")"});
        if (!c.fellMost().isEmpty()) {
            Mover m = c.fellMost().get(0);
            out.add(new String[] {"คะแนนลดลงมากที่สุด", shortName(m.agency()) + " จาก " + score(m.fromTotal())
                    + " เป็น " + score(m.toTotal()) + " (" + signed(m.change()) + ")"});
        }
        weakest(facts).ifPresent(w -> out.add(new String[] {"ตัวชี้วัดที่ต่ำสุดบ่อยที่สุด", w}));
        return out;
    }

    /** อบต.โนนดาวเรือง: the short form a table has room for. */
    static String shortName(ita.model.Agency a) {
        String abbreviation = a.type().abbreviation();
        return abbreviation.isEmpty() || a.coreName().isBlank() ? a.name() : abbreviation + a.coreName();
    }

    /** The measures items of the year: how many failed each, of how many could be checked. */
    private static String measures(ProvinceFacts facts) {
        Compliance c = facts.compliance();
        YearFramework f = facts.framework(c.fiscalYear());
        List<String> parts = new ArrayList<>();
        for (String concept : Compliance.CONCEPTS) {
            for (OitItemDef item : f.itemsOf(concept)) {
                parts.add(item.displayCode() + " ไม่ผ่าน " + count((int) c.failedCount(concept)));
            }
        }
        if (parts.isEmpty()) {
            return "เกณฑ์ปี " + c.fiscalYear() + " ไม่มีข้อนี้";
        }
        if (c.itemsChecked() == 0) {
            return "ไม่มีคะแนนรายข้อ OIT จึงตรวจไม่ได้";
        }
        return String.join(", ", parts) + " จาก " + count(c.itemsChecked()) + " แห่ง";
    }

    /** The indicator that is most often an agency's lowest. */
    private static Optional<String> weakest(ProvinceFacts facts) {
        return facts.latest().weakest().stream().filter(w -> w.count() > 0)
                .max(Comparator.comparingInt(WeakestCount::count).thenComparing(w -> -w.number()))
                .map(w -> "ตัวชี้วัดที่ " + w.number() + " " + w.name() + " (" + count(w.count()) + " จาก "
                        + count(w.of()) + " แห่ง)");
    }

    /** "ดอนศิลา 88.12", with the number of agencies when a group has one only. */
    private static String mean(GroupMean g) {
        return g.name() + " " + score(g.mean()) + (g.agencies() == 1 ? " (1 แห่ง)" : "");
    }

    /** 8,325 or "–". */
    static String count(Integer n) {
        return n == null ? "–" : String.format(Locale.ROOT, "%,d", n);
    }

    static String signedCount(int n) {
        return n > 0 ? "+" + count(n) : count(n);
    }

    static Para spaced(Para p, int beforeTwips) {
        p.setSpacingBefore(beforeTwips);
        return p;
    }

    static void caption(Docx d, String text) {
        // a caption that wraps breaks before its years, never inside "พ.ศ. 2567", "ปี 2563" or "2563 – 2567"
        String glued = text.replace("พ.ศ. ", "พ.ศ.\u00A0").replace(" – ", "\u00A0–\u00A0")
                .replaceAll("ปี (\\d)", "ปี\u00A0$1");
        spaced(d.paragraph(glued, Docx.Align.CENTER, true, 0).keepNext(), 120);
    }
}
