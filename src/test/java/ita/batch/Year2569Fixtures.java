package ita.batch;

import ita.framework.FrameworkCatalog;
import ita.framework.IndicatorDef;
import ita.framework.OitItemDef;
import ita.framework.OitSubIndicator;
import ita.framework.YearFramework;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the fixtures of {@code src/test/resources/year2569/}: one agency's agency-detail workbooks of 2567
 * (o1–o35, o34 failed) and 2569 (O1–O26, O25 and O26 failed), as agencies lay them out. Run with the folder as
 * argument, then commit the files; tests never regenerate them.
 */
public final class Year2569Fixtures {

    static final String AGENCY = "องค์การบริหารส่วนตำบลนาทราย";
    static final String FILE_2567 = "นาทราย-2567.xlsx";
    static final String FILE_2569 = "นาทราย-2569.xlsx";
    /** Indicators 1–10 of 2569: IIT 430.50, EIT 252.70, OIT 100 and 66.67 → 25.83 + 25.27 + 33.334 = 84.434. */
    static final String[] IND_2569 = {"88.50", "86.20", "90.10", "80.40", "85.30", "87.60", "84.90", "80.20", "100.00",
        "66.67"};
    static final String TOTAL_2569 = "84.43";
    /** Seed 000's indicators 1–8 with items that pass but o34: 24.4758 + 23.623 + 0.2 × (100 + 83.33) = 84.76. */
    static final String[] IND_2567 = {"81.67", "83.13", "89.17", "72.71", "81.25", "84.20", "80.62", "71.41", "100.00",
        "83.33"};
    static final String TOTAL_2567 = "84.76";

    private Year2569Fixtures() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/year2569");
        Files.createDirectories(dir);
        FrameworkCatalog c = FrameworkCatalog.bundled();
        write(dir.resolve(FILE_2569), "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙", TOTAL_2569, IND_2569, c.framework(2569), List.of(
                "o25", "ไม่ปรากฏการวิเคราะห์ผลการประเมินของปี 2568 ด้วยคะแนนของหน่วยงานเอง",
                "o26", "รายงานผลการดำเนินการตามมาตรการของปี 2568 ไม่ครบทุกมาตรการ"));
        write(dir.resolve(FILE_2567), "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", TOTAL_2567, IND_2567, c.framework(2567), List.of(
                "o34", "ไม่ระบุผู้รับผิดชอบ ขั้นตอน และการติดตามผล"));
    }

    /** failed: code, comment, code, comment … of the items that scored 0; every other item scored 100. */
    private static void write(Path file, String yearTitle, String total, String[] indicators, YearFramework f,
                              List<String> failed) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("ผลการประเมิน");
            int r = 0;
            row(s, r++, "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA)");
            s.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
            row(s, r++, yearTitle);
            r++;
            row(s, r++, "หน่วยงาน", AGENCY);
            row(s, r++, "อำเภอ", "พิบูลย์รักษ์");
            row(s, r++, "จังหวัด", "อุดรธานี");
            row(s, r++, "คะแนนรวม", Double.parseDouble(total));
            r++;
            row(s, r++, "แบบ", "ตัวชี้วัดที่", "รายละเอียดตัวชี้วัด", "คะแนน");
            for (IndicatorDef d : f.indicators()) {
                boolean first = f.indicatorsOf(d.tool()).get(0).equals(d);
                row(s, r++, first ? d.tool().name() : null, (double) d.number(), d.name(),
                        Double.parseDouble(indicators[d.number() - 1]));
            }
            r++;
            row(s, r++, "ตัวชี้วัดย่อย", "ข้อ", "รายการ", "คะแนน", "ผลการตรวจ", "ความเห็นผู้ตรวจประเมิน");
            String sub = null;
            for (OitItemDef o : f.oitItems()) {
                int k = failed.indexOf(o.code());
                OitSubIndicator si = f.subIndicator(o.subIndicator()).orElseThrow();
                String label = si.code() + " " + si.name();
                row(s, r++, label.equals(sub) ? null : label, o.displayCode(), o.title(), k >= 0 ? 0.0 : 100.0,
                        k >= 0 ? "ไม่ผ่าน" : "ผ่าน", k >= 0 ? failed.get(k + 1) : null);
                sub = label;
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static void row(Sheet s, int r, Object... values) {
        Row row = s.createRow(r);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Double d) {
                row.createCell(c).setCellValue(d);
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
    }
}
