package ita.report.annotate;

import ita.model.Agency;
import ita.model.AgencyType;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.SourceRef;
import ita.model.Tool;
import ita.model.YearSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A tiny agency-detail workbook as the canonical layout writes it, and the records a reader would take from it.
 * Sheet ทับคล้อ holds seed 003 (2565: total 73.35, level C, indicators 100.00 … 25.00, OIT items o42 and o43
 * failed, o15 passed); sheet นาทราย holds seed 000's total and indicators (2567: 81.52 reported, 77.12 computed, a
 * mismatch). Cell B3 of ทับคล้อ is a note that starts with '=' but is text; C6 is a real formula.
 */
final class DetailWorkbooks {

    static final String SHEET_003 = "ทับคล้อ";
    static final String SHEET_000 = "นาทราย";
    static final String FILE = "2565/ทับคล้อ.xlsx";
    static final String[] IND_003 = {"100.00", "99.50", "100.00", "99.45", "100.00", "88.21", "66.15", "81.35",
        "74.21", "25.00"};
    static final String[] IND_000 = {"81.67", "83.13", "89.17", "72.71", "81.25", "84.20", "80.62", "71.41", "68.45",
        "76.67"};
    static final Agency THAP_KHLO = agency("ทับคล้อ", "ทับคล้อ", "พิจิตร");
    static final Agency NA_SAI = agency("นาทราย", "พิบูลย์รักษ์", "อุดรธานี");

    private DetailWorkbooks() {
    }

    static Agency agency(String core, String district, String province) {
        return new Agency("SAO|" + core + "|" + district + "|" + province, AgencyType.SAO.prefix() + core, core,
                AgencyType.SAO, district, province, "");
    }

    static byte[] xlsx() throws IOException {
        return bytes(new XSSFWorkbook());
    }

    static byte[] xls() throws IOException {
        return bytes(new HSSFWorkbook());
    }

    private static byte[] bytes(Workbook wb) throws IOException {
        try (wb) {
            detail(wb.createSheet(SHEET_003), "2565", THAP_KHLO, "73.35", "C", IND_003, true);
            detail(wb.createSheet(SHEET_000), "2567", NA_SAI, "81.52", "ต้องปรับปรุง", IND_000, false);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    /**
     * Rows (1-based): 1 title, 2 fiscal year, 3 a text note, 4 หน่วยงาน, 5 อำเภอ, 6 คะแนนรวม (B6, and a formula in
     * C6), 7 ระดับ (B7), 9 indicator header, 10–19 indicators (score in D), 21 item header, 22–24 items o15, o42, o43.
     */
    private static void detail(Sheet s, String year, Agency a, String total, String level, String[] ind,
                               boolean items) {
        s.createRow(0).createCell(0).setCellValue("ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)");
        s.createRow(1).createCell(0).setCellValue("ประจำปีงบประมาณ พ.ศ. " + year);
        Row note = s.createRow(2);
        note.createCell(0).setCellValue("หมายเหตุ");
        note.createCell(1).setCellValue("=ข้อมูลจากระบบ ITAS");
        label(s, 3, "หน่วยงาน", a.name());
        label(s, 4, "อำเภอ", a.district());
        Row t = s.createRow(5);
        t.createCell(0).setCellValue("คะแนนรวม");
        t.createCell(1).setCellValue(Double.parseDouble(total));
        t.createCell(2).setCellFormula("B6*1");
        label(s, 6, "ระดับผลการประเมิน", level);
        Row h = s.createRow(8);
        String[] header = {"แบบ", "ตัวชี้วัดที่", "รายละเอียดตัวชี้วัด", "คะแนน"};
        for (int i = 0; i < header.length; i++) {
            h.createCell(i).setCellValue(header[i]);
        }
        for (int n = 1; n <= 10; n++) {
            Row r = s.createRow(8 + n);
            r.createCell(0).setCellValue(n == 1 ? "IIT" : n == 6 ? "EIT" : n == 9 ? "OIT" : "");
            r.createCell(1).setCellValue(n);
            r.createCell(3).setCellValue(Double.parseDouble(ind[n - 1]));
        }
        if (items) {
            Row ih = s.createRow(20);
            ih.createCell(0).setCellValue("ตัวชี้วัดย่อย");
            ih.createCell(1).setCellValue("ข้อ");
            ih.createCell(2).setCellValue("รายการ");
            ih.createCell(3).setCellValue("คะแนน");
            item(s, 21, "9.2", "o15", 100);
            item(s, 22, "10.2", "o42", 0);
            item(s, 23, "10.2", "o43", 0);
        }
    }

    private static void label(Sheet s, int row, String label, String value) {
        Row r = s.createRow(row);
        r.createCell(0).setCellValue(label);
        r.createCell(1).setCellValue(value);
    }

    private static void item(Sheet s, int row, String sub, String code, int score) {
        Row r = s.createRow(row);
        r.createCell(0).setCellValue(sub);
        r.createCell(1).setCellValue(code);
        r.createCell(3).setCellValue(score);
    }

    /** The records a reader would take from the workbook, with their cell addresses. */
    static List<AgencyYear> records() {
        return List.of(record(SHEET_003, THAP_KHLO, 2565, "73.35", "C", IND_003, true),
                record(SHEET_000, NA_SAI, 2567, "81.52", "ต้องปรับปรุง", IND_000, false));
    }

    private static AgencyYear record(String sheet, Agency a, int year, String total, String level, String[] ind,
                                     boolean items) {
        AgencyYear.Builder b = AgencyYear.builder().agency(a).fiscalYear(year, YearSource.TITLE)
                .source(new SourceRef(FILE, sheet, "A1")).total(new BigDecimal(total)).level(level)
                .cell("total", sheet + "!B6").cell("level", sheet + "!B7");
        for (int n = 1; n <= 10; n++) {
            b.indicator(n, new BigDecimal(ind[n - 1])).cell("ind" + n, sheet + "!D" + (9 + n));
        }
        if (items) {
            b.tool(Tool.IIT, new BigDecimal("99.80")).tool(Tool.EIT, new BigDecimal("78.57"))
                    .tool(Tool.OIT, new BigDecimal("49.60"));
            b.oitItem(new OitItemScore("o15", "", new BigDecimal("100"), "")).cell("o:o15", sheet + "!D22");
            b.oitItem(new OitItemScore("o42", "", BigDecimal.ZERO, "")).cell("o:o42", sheet + "!D23");
            b.oitItem(new OitItemScore("o43", "", BigDecimal.ZERO, "")).cell("o:o43", "'" + sheet + "'!$D$24");
        }
        return b.build();
    }
}
