package ita.report.annotate;

import ita.report.poi.Cells;
import ita.report.poi.RowFit;
import ita.report.poi.SummaryStyles;
import ita.report.typography.ThaiTypography;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds the example template shipped in src/main/resources/ita/templates/example-template.xlsx. Run
 * {@code main} to rewrite it after a change; {@code TemplateFillerTest} checks the committed file matches.
 */
final class ExampleTemplate {

    static final Path RESOURCE = Path.of("src/main/resources/ita/templates/example-template.xlsx");
    static final String FORM = "แบบรายงาน";
    static final String GUIDE = "วิธีใช้";

    private ExampleTemplate() {
    }

    public static void main(String[] args) throws IOException {
        Files.createDirectories(RESOURCE.getParent());
        try (XSSFWorkbook wb = build(); OutputStream out = Files.newOutputStream(RESOURCE)) {
            wb.write(out);
        }
    }

    static XSSFWorkbook build() {
        XSSFWorkbook wb = new XSSFWorkbook();
        SummaryStyles.useThaiDefaultFont(wb);
        SummaryStyles st = new SummaryStyles(wb);
        form(wb.createSheet(FORM), st);
        guide(wb.createSheet(GUIDE), st);
        return wb;
    }

    private static void form(Sheet s, SummaryStyles st) {
        int[] widths = {16, 34, 30, 18, 16, 24};
        for (int c = 0; c < widths.length; c++) {
            s.setColumnWidth(c, widths[c] * 256);
        }
        line(s, 0, "การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปีงบประมาณ พ.ศ. ${year}", st.title());
        line(s, 1, "${agency.name} อำเภอ${agency.district} จังหวัด${agency.province}", st.note());
        pairs(s, 3, st, "คะแนนรวม", "${total}", "ระดับ", "${level}", "อันดับในจังหวัด", "${rank_in_province}");
        pairs(s, 4, st, "IIT", "${iit}", "EIT", "${eit}", "OIT", "${oit}");
        pairs(s, 5, st, "ขาดอีกถึง 85", "${points_to_85}", "จำนวนหน่วยงานในจังหวัด", "${agencies_in_province}",
                "เปลี่ยนแปลงจากปีก่อน", "${total_change}");
        spanning(s, 6, st, "ตัวชี้วัดที่อ่อนที่สุด", "${weakest}");
        spanning(s, 7, st, "จุดแข็ง", "ตัวชี้วัดที่ได้ 85 ขึ้นไป: ${strengths}");
        spanning(s, 8, st, "ข้อ OIT ที่ไม่ผ่าน", "${failed_items}");
        header(s, 10, st, List.of("ตัวชี้วัดที่", "ชื่อตัวชี้วัด", "ผลการพิจารณา", "คะแนน", "ต่ำกว่าเกณฑ์", "เครื่องมือ"));
        Row weakness = s.createRow(11);
        Cells.text(weakness, 0, "${each weakness}${w.indicator}", st.integer());
        Cells.text(weakness, 1, "${w.name}", st.text());
        Cells.text(weakness, 2, "${w.verdict}", st.text());
        Cells.text(weakness, 3, "${w.score}", st.decimal());
        Cells.text(weakness, 4, "${w.gap}", st.decimal());
        Cells.text(weakness, 5, "${w.tool}", st.centered());
        line(s, 13, "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. ${next_year}", st.title());
        header(s, 14, st, List.of("ประเด็น", "มาตรการ", "ขั้นตอน/วิธีการปฏิบัติ", "ผู้รับผิดชอบ", "ระยะเวลาดำเนินการ",
                "การกำกับติดตาม"));
        cells(s, 15, List.of("${each measure}${m.topic}", "${m.measure}", "${m.steps}", "${m.responsible}", "${m.period}",
                "${m.monitoring}"), st.text());
        line(s, 17, "จัดทำเมื่อ ${written_on}", st.note());
        SummaryStyles.pageSetup(s, true, -1, -1);
        oneLineOrFitted(s);
    }

    /** Rows with placeholders one line high (filling grows them); the others fitted to their text. */
    private static void oneLineOrFitted(Sheet s) {
        for (Row r : s) {
            boolean placeholders = false;
            for (var c : r) {
                placeholders |= c.getStringCellValue().contains("${");
            }
            if (placeholders) {
                r.setHeightInPoints(ThaiTypography.heightFor(1));
            } else {
                RowFit.fitRow(r);
            }
        }
    }

    private static void guide(Sheet s, SummaryStyles st) {
        s.setColumnWidth(0, 28 * 256);
        s.setColumnWidth(1, 70 * 256);
        line2(s, 0, "วิธีใช้แบบฟอร์ม: เขียนตัวแทนข้อมูลในรูป $${ชื่อ} ในเซลล์ใดก็ได้ โปรแกรมจะเติมข้อมูลของแต่ละหน่วยงาน"
                + " (ดูรายละเอียดใน ita/templates/README.md)", st.note());
        header(s, 1, st, List.of("ตัวแทนข้อมูล", "ความหมาย"));
        String[][] rows = {
            {"$${agency.name}", "ชื่อหน่วยงาน"},
            {"$${agency.type}", "ประเภทหน่วยงาน (อบจ., ทน., ทม., ทต., อบต.)"},
            {"$${agency.district}", "อำเภอ"},
            {"$${agency.province}", "จังหวัด"},
            {"$${agency.code}", "รหัสหน่วยงาน"},
            {"$${year}", "ปีงบประมาณที่ประเมิน (พ.ศ.)"},
            {"$${next_year}", "ปีงบประมาณถัดไป ซึ่งเป็นปีที่ใช้มาตรการ"},
            {"$${previous_year}", "ปีงบประมาณก่อนหน้าที่มีผลการประเมิน"},
            {"$${total}", "คะแนนรวม"},
            {"$${level}", "ระดับผลการประเมิน"},
            {"$${iit} $${eit} $${oit}", "คะแนนรายเครื่องมือ"},
            {"$${ind1} … $${ind10}", "คะแนนตัวชี้วัดที่ 1 ถึง 10"},
            {"$${total_change}", "คะแนนรวมที่เปลี่ยนจากปีก่อน"},
            {"$${weakest}", "ตัวชี้วัดที่ได้คะแนนต่ำสุด พร้อมคะแนน"},
            {"$${strengths}", "ตัวชี้วัดที่ได้คะแนนตั้งแต่เกณฑ์ (85) ขึ้นไป"},
            {"$${failed_items}", "ข้อ OIT ที่ไม่ผ่าน"},
            {"$${points_to_85}", "คะแนนที่ยังขาดอีกถึง 85"},
            {"$${rank_in_province} $${agencies_in_province}", "อันดับในจังหวัด และจำนวนหน่วยงานในจังหวัดที่มีคะแนน"},
            {"$${rank_in_district}", "อันดับในอำเภอ"},
            {"$${written_on}", "วันที่จัดทำ"},
            {"$${each weakness}", "ขึ้นต้นแถวที่ต้องการให้ซ้ำตามตัวชี้วัดที่ต่ำกว่าเกณฑ์ ในแถวนั้นใช้ $${w.indicator} $${w.name}"
                + " $${w.score} $${w.tool} $${w.verdict} $${w.gap}"},
            {"$${each measure}", "ขึ้นต้นแถวที่ต้องการให้ซ้ำตามมาตรการ ในแถวนั้นใช้ $${m.topic} $${m.measure} $${m.steps}"
                + " $${m.responsible} $${m.period} $${m.monitoring}"},
            {"$$${ชื่อ}", "เขียนแบบนี้เพื่อแสดง $${ชื่อ} ตามตัวอักษร โดยไม่เติมข้อมูล"},
        };
        for (int i = 0; i < rows.length; i++) {
            cells(s, 2 + i, List.of(rows[i]), st.text());
        }
        SummaryStyles.pageSetup(s, false, 1, 1);
        RowFit.fitSheet(s, 0);
    }

    private static void line(Sheet s, int row, String text, CellStyle style) {
        Cells.text(s.createRow(row), 0, text, style);
        s.addMergedRegion(new CellRangeAddress(row, row, 0, 5));
    }

    private static void line2(Sheet s, int row, String text, CellStyle style) {
        Cells.text(s.createRow(row), 0, text, style);
        s.addMergedRegion(new CellRangeAddress(row, row, 0, 1));
    }

    private static void pairs(Sheet s, int row, SummaryStyles st, String... labelsAndValues) {
        Row r = s.createRow(row);
        for (int i = 0; i < labelsAndValues.length; i++) {
            String v = labelsAndValues[i];
            CellStyle style = i % 2 == 0 ? st.boldText()
                    : v.equals("${level}") ? st.centered()
                    : v.contains("rank") || v.contains("agencies") ? st.integer()
                    : v.contains("change") ? st.signedDecimal() : st.decimal();
            Cells.text(r, i, v, style);
        }
    }

    private static void spanning(Sheet s, int row, SummaryStyles st, String label, String value) {
        Row r = s.createRow(row);
        Cells.text(r, 0, label, st.boldText());
        Cells.text(r, 1, value, st.text());
        for (int c = 2; c <= 5; c++) {
            Cells.text(r, c, "", st.text());
        }
        s.addMergedRegion(new CellRangeAddress(row, row, 1, 5));
    }

    private static void header(Sheet s, int row, SummaryStyles st, List<String> names) {
        cells(s, row, names, st.header());
    }

    private static void cells(Sheet s, int row, List<String> values, CellStyle style) {
        Row r = s.createRow(row);
        for (int i = 0; i < values.size(); i++) {
            Cells.text(r, i, values.get(i), style);
        }
    }
}
