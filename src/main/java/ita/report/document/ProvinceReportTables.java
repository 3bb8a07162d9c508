package ita.report.document;

import static ita.report.document.DocumentParts.score;
import static ita.report.document.DocumentParts.signed;
import static ita.report.document.ProvinceSummaryPage.caption;
import static ita.report.document.ProvinceSummaryPage.count;

import ita.analysis.AgencyBrief;
import ita.analysis.Compliance;
import ita.analysis.GroupAnalysis;
import ita.analysis.IndicatorMean;
import ita.analysis.IndicatorScore;
import ita.analysis.ItemFailure;
import ita.analysis.LevelCount;
import ita.analysis.Mover;
import ita.analysis.RankedAgency;
import ita.analysis.YearStatistics;
import ita.framework.NationalFigures;
import ita.framework.OitItemDef;
import ita.framework.YearFramework;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The body of a province report after its executive summary: the tables and charts a provincial ITA committee
 * reads, section by section, all about the province's newest year unless they say otherwise.
 */
final class ProvinceReportTables {

    /** Years shown side by side: the newest and up to four before it. */
    private static final int YEARS = 5;
    /** The OIT items listed: those failed most often. */
    private static final int TOP_ITEMS = 10;
    private static final String PROVINCE_COLOUR = "4472C4";
    private static final String COUNTRY_COLOUR = "A5A5A5";
    private static final String PREVIOUS_COLOUR = "A5A5A5";

    private final Docx d;
    private final ProvinceFacts facts;
    private final int y;

    ProvinceReportTables(Docx d, ProvinceFacts facts) {
        this.d = d;
        this.facts = facts;
        this.y = facts.year();
    }

    void write() {
        levels();
        indicators();
        groups();
        ranking();
        belowPassMark();
        failedItems();
        followUp();
    }

    private List<YearStatistics> years() {
        List<YearStatistics> all = facts.province().overall().years();
        return all.subList(Math.max(0, all.size() - YEARS), all.size());
    }

    // ---- 1. levels and passing year on year

    private void levels() {
        // the body starts on the page after the executive summary
        d.heading("1. ผลการประเมินภาพรวมเปรียบเทียบรายปี", 1).setPageBreak(true);
        List<YearStatistics> years = years();
        d.prose("จำนวนหน่วยงานตามระดับผลการประเมินของแต่ละปีงบประมาณ พ.ศ. " + years.get(0).fiscalYear() + " – " + y
                + " และหน่วยงานที่ได้ 85 คะแนนขึ้นไป แสดงดัง" + "ตารางที่ " + facts.upcomingTable()
                + " ระดับผลการประเมินเป็นไปตามเกณฑ์ของแต่ละปี (AA – F ถึงปี 2566 และ ผ่าน/ต้องปรับปรุง ตั้งแต่ปี 2567)");
        Set<String> labels = new LinkedHashSet<>();
        for (int i = years.size() - 1; i >= 0; i--) {
            years.get(i).levels().forEach(l -> labels.add(l.label()));
        }
        caption(d, facts.nextTable() + " จำนวนหน่วยงานตามระดับผลการประเมิน ปี " + years.get(0).fiscalYear() + " – " + y);
        int label = 3271;
        int[] widths = new int[years.size() + 1];
        widths[0] = label;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = (DocumentTypography.PORTRAIT_TEXT_TWIPS - label) / years.size();
        }
        DocTable t = d.table(widths);
        List<String> header = new ArrayList<>(List.of("ระดับผลการประเมิน"));
        years.forEach(s -> header.add("ปี " + s.fiscalYear()));
        t.header(header.toArray(new String[0]));
        for (String l : labels) {
            DocTable.Row r = t.row();
            r.cell(0).text(l);
            for (int i = 0; i < years.size(); i++) {
                Optional<LevelCount> c = years.get(i).level(l);
                r.cell(i + 1).text(c.map(x -> count(x.count())).orElse("–"), Docx.Align.CENTER, false);
            }
        }
        totalRow(t, "รวม (แห่ง)", years, s -> count(s.agencies()));
        totalRow(t, "ได้ 85 ขึ้นไป (แห่ง)", years, s -> count(s.passing().count()));
        totalRow(t, "ได้ 85 ขึ้นไป (ร้อยละ)", years, s -> score(s.passing().share()));
        totalRow(t, "คะแนนเฉลี่ย", years, s -> score(s.totals().mean()));
        t.keepTogether();
        List<String> categories = years.stream().map(s -> d.t("ปี " + s.fiscalYear())).toList();
        List<Double> share = years.stream().map(s -> value(s.passing().share())).toList();
        List<Double> countryShare = years.stream().map(s -> facts.national(s.fiscalYear())
                .map(NationalFigures::share).map(ProvinceReportTables::value).orElse(null)).toList();
        chart("ร้อยละที่ได้ 85 คะแนนขึ้นไป", categories, share, countryShare);
        List<Double> mean = years.stream().map(s -> value(s.totals().mean())).toList();
        List<Double> countryMean = years.stream().map(s -> facts.national(s.fiscalYear())
                .map(NationalFigures::mean).map(ProvinceReportTables::value).orElse(null)).toList();
        chart("คะแนนเฉลี่ยรายปี", categories, mean, countryMean);
    }

    private void totalRow(DocTable t, String label, List<YearStatistics> years, Function<YearStatistics, String> v) {
        DocTable.Row r = t.row();
        r.cell(0).text(label, Docx.Align.LEFT, true);
        for (int i = 0; i < years.size(); i++) {
            r.cell(i + 1).text(v.apply(years.get(i)), Docx.Align.CENTER, true);
        }
        r.fill(DocTable.GROUP_FILL);
    }

    /** A chart of the province against the country, the country's bars only where it published a figure. */
    private void chart(String title, List<String> categories, List<Double> province, List<Double> country) {
        List<BarChartXml.Series> series = new ArrayList<>();
        series.add(new BarChartXml.Series(d.t(ita.report.ThaiFormat.province(facts.province().province())), province,
                PROVINCE_COLOUR));
        if (country.stream().anyMatch(v -> v != null)) {
            series.add(new BarChartXml.Series("ทั้งประเทศ", country, COUNTRY_COLOUR));
        }
        chart(title, categories, series);
    }

    /**
     * A chart titled with its number, a third taller than the measures document's: LibreOffice leaves out the names
     * of categories that would touch, and two series' value labels need room apart.
     */
    private void chart(String title, List<String> categories, List<BarChartXml.Series> series) {
        int height = BarChartXml.height(categories.size(), series.size());
        d.chart(BarChartXml.of(d.t(facts.nextChart() + " " + title), categories, series, series.size() > 1, d::t),
                DocumentTypography.PORTRAIT_TEXT_TWIPS, height * 4 / 3);
    }

    // ---- 2. indicators

    private void indicators() {
        d.heading("2. ผลการประเมินรายตัวชี้วัด", 1);
        YearStatistics latest = facts.latest();
        if (latest.indicatorMeans().isEmpty()) {
            d.prose("ผลการประเมินปีงบประมาณ พ.ศ. " + y + " ที่อ่านได้มีเฉพาะคะแนนรวม ไม่มีคะแนนรายตัวชี้วัด");
            return;
        }
        d.prose("ค่าเฉลี่ยคะแนนรายตัวชี้วัดของหน่วยงานในจังหวัด ปีงบประมาณ พ.ศ. " + y + " เทียบกับปี " + (y - 1)
                + " แสดงดังตารางที่ " + facts.upcomingTable() + " ค่าเฉลี่ยคิดจากหน่วยงานที่มีคะแนนของตัวชี้วัดนั้น"
                + " ส่วนระดับประเทศ ป.ป.ช. เผยแพร่เฉพาะคะแนนเฉลี่ยรวม"
                + facts.national(y).map(n -> " (" + score(n.mean()) + " คะแนน)").orElse("")
                + " ไม่ได้เผยแพร่ค่าเฉลี่ยรายตัวชี้วัด");
        caption(d, facts.nextTable() + " ค่าเฉลี่ยคะแนนรายตัวชี้วัด ปี " + (y - 1) + " – " + y);
        DocTable t = d.table(new int[] {4671, 900, 1200, 1200, 1100});
        t.header("ตัวชี้วัด", "แบบวัด", "ปี " + (y - 1), "ปี " + y, "ผลต่าง");
        YearFramework f = facts.framework(y);
        List<String> categories = new ArrayList<>();
        List<Double> now = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        for (IndicatorMean m : latest.indicatorMeans()) {
            DocTable.Row r = t.row();
            r.cell(0).text("ตัวชี้วัดที่ " + m.number() + " " + m.name());
            r.cell(1).text(f.indicator(m.number()).tool().name(), Docx.Align.CENTER, false);
            r.cell(2).text(score(m.previousMean()), Docx.Align.CENTER, false);
            r.cell(3).text(score(m.mean()), Docx.Align.CENTER, false);
            r.cell(4).text(signed(m.change()), Docx.Align.CENTER, false);
            categories.add(d.t(m.number() + " " + m.name()));
            now.add(value(m.mean()));
            before.add(value(m.previousMean()));
        }
        t.keepTogether();
        List<BarChartXml.Series> series = new ArrayList<>();
        if (before.stream().anyMatch(v -> v != null)) {
            series.add(new BarChartXml.Series(d.t("ปี " + (y - 1)), before, PREVIOUS_COLOUR));
        }
        series.add(new BarChartXml.Series(d.t("ปี " + y), now, PROVINCE_COLOUR));
        chart("ค่าเฉลี่ยคะแนนรายตัวชี้วัด", categories, series);
    }

    // ---- 3. districts and agency types

    private void groups() {
        d.heading("3. ผลการประเมินรายอำเภอและประเภทหน่วยงาน", 1);
        List<GroupAnalysis> districts = ranked(facts.province().byDistrict());
        d.prose("คะแนนเฉลี่ยและจำนวนหน่วยงานที่ได้ 85 คะแนนขึ้นไปของแต่ละอำเภอ เรียงจากคะแนนเฉลี่ยมากไปน้อย"
                + " แสดงดังตารางที่ " + facts.upcomingTable() + " และของแต่ละประเภทหน่วยงานดังตารางที่ "
                + (facts.upcomingTable() + 1));
        groupTable("อำเภอ", districts);
        groupTable("ประเภทหน่วยงาน", ranked(facts.province().byTypeGroup()));
        if (districts.size() > 1) {
            List<String> categories = districts.stream().map(g -> d.t(g.name())).toList();
            List<Double> means = districts.stream().map(g -> value(mean(g, y))).toList();
            chart("คะแนนเฉลี่ยรายอำเภอ ปี " + y, categories,
                    List.of(new BarChartXml.Series(d.t("ปี " + y), means, PROVINCE_COLOUR)));
        }
    }

    /** The groups with a result this year, best mean first. */
    private List<GroupAnalysis> ranked(List<GroupAnalysis> groups) {
        return groups.stream().filter(g -> mean(g, y) != null)
                .sorted(Comparator.comparing((GroupAnalysis g) -> mean(g, y)).reversed()
                        .thenComparing(GroupAnalysis::name)).toList();
    }

    private static BigDecimal mean(GroupAnalysis g, int year) {
        return g.year(year).map(s -> s.totals().mean()).orElse(null);
    }

    private void groupTable(String what, List<GroupAnalysis> groups) {
        caption(d, facts.nextTable() + " ผลการประเมินราย" + what + " ปีงบประมาณ พ.ศ. " + y);
        DocTable t = d.table(new int[] {2371, 800, 1400, 1400, 1100, 2000});
        t.header(what, "แห่ง", "เฉลี่ยปี " + (y - 1), "เฉลี่ยปี " + y, "ผลต่าง", "85 ขึ้นไป (แห่ง / ร้อยละ)");
        for (GroupAnalysis g : groups) {
            groupRow(t, g.name(), g, false);
        }
        groupRow(t, "รวมทั้งจังหวัด", facts.province().overall(), true);
        t.keepTogether();
    }

    private void groupRow(DocTable t, String name, GroupAnalysis g, boolean bold) {
        YearStatistics s = g.year(y).orElseThrow();
        BigDecimal before = mean(g, y - 1);
        BigDecimal now = s.totals().mean();
        DocTable.Row r = t.row();
        r.cell(0).text(name, Docx.Align.LEFT, bold);
        r.cell(1).text(count(s.totals().count()), Docx.Align.CENTER, bold);
        r.cell(2).text(score(before), Docx.Align.CENTER, bold);
        r.cell(3).text(score(now), Docx.Align.CENTER, bold);
        r.cell(4).text(before == null ? "–" : signed(now.subtract(before)), Docx.Align.CENTER, bold);
        r.cell(5).text(count(s.passing().count()) + " / " + score(s.passing().share()), Docx.Align.CENTER, bold);
        if (bold) {
            r.fill(DocTable.GROUP_FILL);
        }
    }

    // ---- 4. the ranking

    private void ranking() {
        d.heading("4. อันดับผลการประเมินของหน่วยงานในจังหวัด", 1);
        List<RankedAgency> ranking = facts.latest().ranking();
        d.prose("หน่วยงาน " + count(ranking.size()) + " แห่งที่มีคะแนนรวม เรียงจากคะแนนมากไปน้อย คะแนนเท่ากันได้อันดับเดียวกัน"
                + " และอันดับถัดไปเว้นไป ดังตารางที่ " + facts.upcomingTable() + " ตารางในรายงานนี้เขียนชื่อหน่วยงานแบบย่อ"
                + " (อบจ. องค์การบริหารส่วนจังหวัด ทน. เทศบาลนคร ทม. เทศบาลเมือง ทต. เทศบาลตำบล อบต. องค์การบริหารส่วนตำบล)");
        caption(d, facts.nextTable() + " อันดับผลการประเมิน ปีงบประมาณ พ.ศ. " + y);
        DocTable t = d.table(new int[] {900, 2100, 2000, 1100, 1900, 1071});
        t.header("อันดับ", "หน่วยงาน", "อำเภอ", "คะแนน", "ระดับ", "ผลต่าง");
        for (RankedAgency a : ranking) {
            Optional<AgencyBrief.Year> ya = facts.year(a.agency(), y);
            DocTable.Row r = t.row();
            r.cell(0).text(String.valueOf(a.rank()), Docx.Align.CENTER, false);
            r.cell(1).text(ProvinceSummaryPage.shortName(a.agency()));
            r.cell(2).text(a.agency().district());
            r.cell(3).text(score(a.total()), Docx.Align.CENTER, false);
            r.cell(4).text(ya.map(AgencyBrief.Year::level).orElse("–"), Docx.Align.CENTER, false);
            r.cell(5).text(signed(ya.flatMap(c -> c.changeSince(y - 1)).orElse(null)), Docx.Align.CENTER, false);
        }
    }

    // ---- 5. under the pass mark

    private void belowPassMark() {
        d.heading("5. หน่วยงานที่ได้คะแนนต่ำกว่า 85 คะแนน", 1);
        List<RankedAgency> below = new ArrayList<>(facts.latest().ranking().stream()
                .filter(r -> r.total().compareTo(facts.latest().passing().passMark()) < 0).toList());
        java.util.Collections.reverse(below);
        if (below.isEmpty()) {
            d.prose("ทุกหน่วยงานได้ 85 คะแนนขึ้นไป");
            return;
        }
        d.prose("หน่วยงาน " + count(below.size()) + " แห่งได้คะแนนรวมต่ำกว่า 85 คะแนน เรียงจากคะแนนน้อยไปมาก"
                + " พร้อมคะแนนที่ยังขาดและตัวชี้วัดที่ได้คะแนนต่ำสุดของแต่ละหน่วยงาน ซึ่งควรเร่งพัฒนาเป็นลำดับแรก"
                + " ดังตารางที่ " + facts.upcomingTable());
        caption(d, facts.nextTable() + " หน่วยงานที่ได้คะแนนต่ำกว่า 85 คะแนน ปีงบประมาณ พ.ศ. " + y);
        DocTable t = d.table(new int[] {2000, 2000, 1100, 1000, 2971});
        t.header("หน่วยงาน", "อำเภอ", "คะแนน", "ขาดอีก", "ตัวชี้วัดที่ได้คะแนนต่ำสุด");
        BigDecimal mark = facts.latest().passing().passMark();
        for (RankedAgency a : below) {
            DocTable.Row r = t.row();
            r.cell(0).text(ProvinceSummaryPage.shortName(a.agency()));
            r.cell(1).text(a.agency().district());
            r.cell(2).text(score(a.total()), Docx.Align.CENTER, false);
            r.cell(3).text(score(mark.subtract(a.total())), Docx.Align.CENTER, false);
            List<IndicatorScore> weakest = facts.year(a.agency(), y).map(AgencyBrief.Year::weakest).orElse(List.of());
            r.cell(4).text(weakest.isEmpty() ? "–" : String.join("\n", weakest.stream()
                    .map(w -> w.number() + " " + w.name() + " (" + score(w.score()) + ")").toList()));
        }
    }

    // ---- 6. OIT items

    private void failedItems() {
        d.heading("6. ข้อการเปิดเผยข้อมูลสาธารณะ (OIT) ที่ไม่ผ่านมากที่สุด", 1);
        List<ItemFailure> items = facts.latest().itemFailures();
        if (items.isEmpty()) {
            d.prose("ไม่มีข้อ OIT ที่ไม่ผ่าน หรือข้อมูลที่อ่านไม่มีคะแนนรายข้อ OIT");
            return;
        }
        List<ItemFailure> top = items.subList(0, Math.min(TOP_ITEMS, items.size()));
        d.prose("ข้อ OIT ที่หน่วยงานในจังหวัดไม่ผ่านมากที่สุด " + top.size() + " ข้อ (ไม่ผ่านหมายถึงได้ต่ำกว่า 100 คะแนน"
                + " ร้อยละคิดจากหน่วยงานที่มีคะแนนของข้อนั้น) ดังตารางที่ " + facts.upcomingTable()
                + " ซึ่งจังหวัดอาจจัดอบรมหรือให้คำแนะนำร่วมกันได้");
        caption(d, facts.nextTable() + " ข้อ OIT ที่ไม่ผ่านมากที่สุด ปีงบประมาณ พ.ศ. " + y);
        DocTable t = d.table(new int[] {800, 4871, 1100, 1200, 1100}); // 100.00 on one line
        t.header("ข้อ", "รายการ", "ไม่ผ่าน (แห่ง)", "ร้อยละ", "ประเมิน (แห่ง)");
        YearFramework f = facts.framework(y);
        for (ItemFailure i : top) {
            DocTable.Row r = t.row();
            r.cell(0).text(f.displayCode(i.code()), Docx.Align.CENTER, false);
            r.cell(1).text(i.title().isBlank() ? f.oitItem(i.code()).map(OitItemDef::title).orElse("") : i.title());
            r.cell(2).text(count(i.failed()), Docx.Align.CENTER, false);
            r.cell(3).text(score(i.share()), Docx.Align.CENTER, false);
            r.cell(4).text(count(i.assessed()), Docx.Align.CENTER, false);
        }
    }

    // ---- 7. who to follow up

    private void followUp() {
        Compliance c = facts.compliance();
        YearFramework f = facts.framework(c.fiscalYear());
        d.heading(ProvinceSummaryPage.FOLLOW_UP_SECTION + ". หน่วยงานที่ควรติดตาม", 1);
        d.heading(ProvinceSummaryPage.FOLLOW_UP_SECTION + ".1 หน่วยงานที่ข้อมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
                + "หรือข้อรายงานผลไม่ผ่าน", 2);
        List<OitItemDef> items = new ArrayList<>();
        Compliance.CONCEPTS.forEach(k -> items.addAll(f.itemsOf(k)));
        if (items.isEmpty() || c.measuresFailed().isEmpty()) {
            d.prose(items.isEmpty() ? "เกณฑ์ปี " + c.fiscalYear() + " ไม่มีข้อมาตรการส่งเสริมคุณธรรมและความโปร่งใส"
                    : c.itemsChecked() == 0 ? "ข้อมูลที่อ่านไม่มีคะแนนรายข้อ OIT จึงตรวจไม่ได้"
                    : "ทุกหน่วยงานที่มีคะแนนรายข้อผ่านข้อมาตรการและข้อรายงานผล (" + count(c.itemsChecked()) + " แห่ง)");
        } else {
            d.prose("หน่วยงาน " + count(c.measuresFailed().size()) + " แห่ง จาก " + count(c.itemsChecked())
                    + " แห่งที่มีคะแนนรายข้อ ไม่ผ่านข้อมาตรการหรือข้อรายงานผล ควรติดตามให้จัดทำและเผยแพร่มาตรการ"
                    + " และรายงานผลรอบ 6 และ 12 เดือน ดังตารางที่ " + facts.upcomingTable());
            caption(d, facts.nextTable() + " หน่วยงานที่ข้อมาตรการหรือข้อรายงานผลไม่ผ่าน ปีงบประมาณ พ.ศ. "
                    + c.fiscalYear());
            int[] widths = items.size() == 2 ? new int[] {2500, 2000, 1100, 1700, 1771}
                    : new int[] {3500, 1900, 1200, 2471};
            DocTable t = d.table(widths);
            List<String> header = new ArrayList<>(List.of("หน่วยงาน", "อำเภอ", "คะแนน"));
            items.forEach(i -> header.add("ข้อ " + i.displayCode()));
            t.header(header.toArray(new String[0]));
            for (Compliance.MeasuresFailure m : c.measuresFailed()) {
                DocTable.Row r = t.row();
                r.cell(0).text(ProvinceSummaryPage.shortName(m.agency()));
                r.cell(1).text(m.agency().district());
                r.cell(2).text(score(m.total()), Docx.Align.CENTER, false);
                for (int i = 0; i < items.size() && i + 3 < widths.length; i++) {
                    String code = items.get(i).displayCode();
                    r.cell(i + 3).text(m.items().stream().filter(x -> x.code().equals(code)).findFirst()
                            .map(ProvinceReportTables::verdict).orElse("–"), Docx.Align.CENTER, false);
                }
            }
        }
        absent(c);
        fellMost(c);
    }

    private static String verdict(Compliance.ItemResult r) {
        return !r.known() ? "ไม่มีคะแนน" : r.failed() ? "ไม่ผ่าน" : "ผ่าน";
    }

    private void absent(Compliance c) {
        d.heading(ProvinceSummaryPage.FOLLOW_UP_SECTION + ".2 หน่วยงานที่ไม่มีผลการประเมินปี " + c.fiscalYear(), 2);
        if (c.absent().isEmpty()) {
            d.prose("ไม่มี ทุกหน่วยงานที่มีผลการประเมินในปีก่อนหน้ามีผลการประเมินปี " + c.fiscalYear());
            return;
        }
        d.prose("หน่วยงานต่อไปนี้มีผลการประเมินในปีก่อนหน้า แต่ไม่พบผลการประเมินปี " + c.fiscalYear()
                + " ในข้อมูลที่อ่าน ควรตรวจสอบว่าได้รับการประเมินหรือไม่ ดังตารางที่ " + facts.upcomingTable());
        caption(d, facts.nextTable() + " หน่วยงานที่ไม่มีผลการประเมินปี " + c.fiscalYear());
        DocTable t = d.table(new int[] {2700, 2000, 1500, 1100, 1771});
        t.header("หน่วยงาน", "อำเภอ", "ปีล่าสุดที่มีผล", "คะแนน", "ระดับ");
        for (Compliance.Absence a : c.absent()) {
            DocTable.Row r = t.row();
            r.cell(0).text(ProvinceSummaryPage.shortName(a.agency()));
            r.cell(1).text(a.agency().district());
            r.cell(2).text(String.valueOf(a.lastYear()), Docx.Align.CENTER, false);
            r.cell(3).text(score(a.lastTotal()), Docx.Align.CENTER, false);
            r.cell(4).text(a.lastLevel() == null ? "–" : a.lastLevel(), Docx.Align.CENTER, false);
        }
    }

    private void fellMost(Compliance c) {
        d.heading(ProvinceSummaryPage.FOLLOW_UP_SECTION + ".3 หน่วยงานที่คะแนนรวมลดลงมากที่สุด", 2);
        if (c.fellMost().isEmpty()) {
            d.prose("ไม่มีหน่วยงานที่คะแนนรวมลดลงจากปีงบประมาณ พ.ศ. " + (c.fiscalYear() - 1));
            return;
        }
        d.prose("หน่วยงานที่คะแนนรวมลดลงจากปีงบประมาณ พ.ศ. " + (c.fiscalYear() - 1) + " มากที่สุด "
                + count(c.fellMost().size()) + " แห่ง ดังตารางที่ " + facts.upcomingTable());
        caption(d, facts.nextTable() + " หน่วยงานที่คะแนนรวมลดลงมากที่สุด ปี " + (c.fiscalYear() - 1) + " – "
                + c.fiscalYear());
        DocTable t = d.table(new int[] {2700, 2000, 1400, 1400, 1571});
        t.header("หน่วยงาน", "อำเภอ", "ปี " + (c.fiscalYear() - 1), "ปี " + c.fiscalYear(), "ผลต่าง");
        for (Mover m : c.fellMost()) {
            DocTable.Row r = t.row();
            r.cell(0).text(ProvinceSummaryPage.shortName(m.agency()));
            r.cell(1).text(m.agency().district());
            r.cell(2).text(score(m.fromTotal()), Docx.Align.CENTER, false);
            r.cell(3).text(score(m.toTotal()), Docx.Align.CENTER, false);
            r.cell(4).text(signed(m.change()), Docx.Align.CENTER, false);
        }
        t.keepTogether();
    }

    private static Double value(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }
}
