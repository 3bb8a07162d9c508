package ita.sample;

import ita.framework.IndicatorDef;
import ita.framework.OitItemDef;
import ita.framework.QuestionDef;
import ita.framework.YearFramework;
import ita.model.AgencyType;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.QuestionScore;
import ita.model.Tool;
import ita.text.ThaiText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The agency-detail layout: title rows, labelled cells (label left, value right), the indicator table
 * and, when known, the question table and the OIT item table with results and assessor comments.
 */
final class DetailSheet {

    static final String TITLE = "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)";
    static final int COLUMNS = 6;

    /**
     * How one file writes its detail.
     *
     * @param sheetName  the sheet's name
     * @param thaiDigits write numbers, codes and the year in Thai digits, as text (๘๑.๖๗)
     * @param withCode   write the รหัสหน่วยงาน cell when the agency has a code
     * @param totalLabel the label of the total, คะแนนรวม or คะแนนภาพรวม
     * @param district   the district as written (with or without อำเภอ)
     * @param province   the province as written (with or without จังหวัด)
     */
    record Style(String sheetName, boolean thaiDigits, boolean withCode, String totalLabel, String district,
                 String province) {

        static Style standard(AgencyYear r) {
            return new Style("ผลการประเมิน " + r.fiscalYear(), false, true, "คะแนนรวม", r.agency().district(),
                    r.agency().province());
        }

        Style thai() {
            return new Style(sheetName, true, withCode, "คะแนนภาพรวม", "อำเภอ" + district, "จังหวัด" + province);
        }

        Style named(String name) {
            return new Style(name, thaiDigits, withCode, totalLabel, district, province);
        }
    }

    private static final Map<Integer, SharedTexts> SHARED = new ConcurrentHashMap<>();

    private DetailSheet() {
    }

    /** The texts every standard detail sheet of a fiscal year repeats: labels, headers, questions, items. */
    static SharedTexts sharedTexts(int fiscalYear, YearFramework f) {
        return SHARED.computeIfAbsent(fiscalYear, y -> {
            List<String> texts = new ArrayList<>(List.of(TITLE, "ประจำปีงบประมาณ พ.ศ. " + y, "หน่วยงาน", "อำเภอ",
                    "จังหวัด", "ประเภทหน่วยงาน", "รหัสหน่วยงาน", "คะแนนรวม", "ระดับผลการประเมิน", "แบบ", "ตัวชี้วัดที่",
                    "รายละเอียดตัวชี้วัด", "คะแนน", "เครื่องมือ", "ข้อ", "ข้อคำถาม", "ตัวชี้วัดย่อย", "รายการ", "ผลการตรวจ",
                    "ความเห็นผู้ตรวจประเมิน", "ผ่าน", "ไม่ผ่าน"));
            for (AgencyType t : AgencyType.values()) {
                texts.add(t.prefix());
            }
            for (Tool t : Tool.values()) {
                texts.add(t.name());
            }
            f.levels().rules().forEach(r -> texts.add(r.label()));
            f.indicators().forEach(i -> texts.add(i.name()));
            for (QuestionDef q : f.questions()) {
                texts.add(q.code());
                texts.add(q.text());
            }
            f.subIndicators().forEach(x -> texts.add(x.code() + " " + x.name()));
            for (OitItemDef o : f.oitItems()) {
                texts.add(o.code());
                texts.add(o.title());
            }
            return new SharedTexts(texts);
        });
    }

    static Grid of(AgencyYear r, YearFramework f, Style s) {
        Grid g = new Grid(s.sheetName());
        g.width(0, 20).width(1, 12).width(2, 62).width(3, 10).width(4, 11).width(5, 48);
        g.row(Grid.title(TITLE)).merge(0, 0, 0, COLUMNS - 1);
        g.row(Grid.title("ประจำปีงบประมาณ พ.ศ. " + digits(Integer.toString(r.fiscalYear()), s)))
                .merge(1, 0, 1, COLUMNS - 1);
        g.blank();
        g.row("หน่วยงาน", r.agency().name());
        g.row("อำเภอ", s.district());
        g.row("จังหวัด", s.province());
        g.row("ประเภทหน่วยงาน", r.agency().type().prefix());
        if (s.withCode() && !r.agency().code().isEmpty()) {
            g.row("รหัสหน่วยงาน", r.agency().code());
        }
        g.row(s.totalLabel(), score(r.total(), s));
        g.row("ระดับผลการประเมิน", r.level());
        if (r.hasAnyIndicator() && f.hasIndicators()) {
            indicators(g, r, f, s);
        }
        if (!r.questions().isEmpty()) {
            questions(g, r, s);
        }
        if (!r.oitItems().isEmpty()) {
            items(g, r, f, s);
        }
        return g;
    }

    private static void indicators(Grid g, AgencyYear r, YearFramework f, Style s) {
        g.blank();
        g.headerRow(List.of("แบบ", "ตัวชี้วัดที่", "รายละเอียดตัวชี้วัด", "คะแนน"));
        for (Tool t : Tool.values()) {
            int first = g.nextRow();
            List<IndicatorDef> defs = f.indicatorsOf(t);
            for (int i = 0; i < defs.size(); i++) {
                IndicatorDef d = defs.get(i);
                g.row(i == 0 ? t.name() : null, number(d.number(), s), d.name(), score(r.indicator(d.number()), s));
            }
            if (defs.size() > 1) {
                g.merge(first, 0, first + defs.size() - 1, 0);
            }
        }
    }

    private static void questions(Grid g, AgencyYear r, Style s) {
        g.blank();
        g.headerRow(List.of("เครื่องมือ", "ข้อ", "ข้อคำถาม", "คะแนน"));
        String tool = null;
        for (QuestionScore q : r.questions()) {
            String t = q.code().startsWith("i") ? "IIT" : "EIT";
            g.row(t.equals(tool) ? null : t, digits(q.code(), s), Grid.wrap(q.text()), score(q.score(), s));
            tool = t;
        }
    }

    private static void items(Grid g, AgencyYear r, YearFramework f, Style s) {
        g.blank();
        g.headerRow(List.of("ตัวชี้วัดย่อย", "ข้อ", "รายการ", "คะแนน", "ผลการตรวจ", "ความเห็นผู้ตรวจประเมิน"));
        String sub = null;
        for (OitItemScore o : r.oitItems()) {
            String code = f.oitItem(o.code()).map(OitItemDef::subIndicator).orElse("");
            String label = f.subIndicator(code).map(x -> x.code() + " " + x.name()).orElse(code);
            Object itemScore = s.thaiDigits() ? ThaiText.toThaiDigits(o.score().toPlainString())
                    : Integer.valueOf(o.score().intValue());
            g.row(label.equals(sub) ? null : digits(label, s), itemCode(o.code(), s), Grid.wrap(o.title()), itemScore,
                    o.passed() ? "ผ่าน" : "ไม่ผ่าน", o.comment().isEmpty() ? null : Grid.wrap(o.comment()));
            sub = label;
        }
    }

    /** o15 as written: "o15", or "ข้อ ๐๑๕" in a Thai-digit file. */
    static String itemCode(String code, Style s) {
        return s.thaiDigits() ? "ข้อ ๐" + ThaiText.toThaiDigits(code.substring(1)) : code;
    }

    static Object score(BigDecimal v, Style s) {
        if (v == null) {
            return null;
        }
        return s.thaiDigits() ? ThaiText.toThaiDigits(v.toPlainString()) : v;
    }

    private static Object number(int n, Style s) {
        return s.thaiDigits() ? ThaiText.toThaiDigits(Integer.toString(n)) : Integer.valueOf(n);
    }

    private static String digits(String text, Style s) {
        return s.thaiDigits() ? ThaiText.toThaiDigits(text) : text;
    }
}
