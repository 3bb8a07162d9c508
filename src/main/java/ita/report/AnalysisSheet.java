package ita.report;

import ita.analysis.FigureCheck;
import ita.analysis.IndicatorScore;
import ita.analysis.YearAnalysis;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** The sheet การวิเคราะห์ added to an annotated copy: one row per agency-year read from the file. */
final class AnalysisSheet {

    static final String NAME = "การวิเคราะห์";

    private static final List<String> HEADER = List.of("หน่วยงาน", "อำเภอ", "จังหวัด", "ปีงบประมาณ", "คะแนนรวม",
            "ระดับ", "ผลการตรวจสอบคะแนน", "ตัวชี้วัดที่อ่อนที่สุด", "ข้อ OIT ที่ไม่ผ่าน", "ขาดอีกถึงเกณฑ์ 85",
            "ตำแหน่งในไฟล์");
    private static final int[] WIDTHS = {34, 14, 14, 12, 11, 20, 44, 30, 24, 12, 22};

    /** One agency-year and its analysis, when there is one. */
    record Entry(AgencyYear record, Optional<YearAnalysis> analysis) {
    }

    private AnalysisSheet() {
    }

    /** Appends the sheet (named การวิเคราะห์, or with a number when the input already has one). */
    static Sheet write(Workbook wb, SummaryStyles styles, ThaiFormat fmt, String fileName, List<Entry> entries) {
        Sheet s = wb.createSheet(freeName(wb));
        for (int c = 0; c < WIDTHS.length; c++) {
            s.setColumnWidth(c, WIDTHS[c] * 256);
        }
        Row title = s.createRow(0);
        Cells.text(title, 0, "การวิเคราะห์ผลการประเมิน ITA ของหน่วยงานในไฟล์ " + fileName, styles.title());
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, HEADER.size() - 1));
        Row note = s.createRow(1);
        Cells.text(note, 0, "เซลล์ที่มีสีและความเห็นในชีตเดิม: แดง = ต้องแก้ไขโดยเร่งด่วนหรือข้อ OIT ที่ไม่ผ่าน,"
                + " เหลือง = ต่ำกว่าเกณฑ์, ส้ม = ตัวเลขที่รายงานไม่ตรงกับที่คำนวณได้; ข้อมูลเดิมไม่ถูกแก้ไข", styles.note());
        s.addMergedRegion(new CellRangeAddress(1, 1, 0, HEADER.size() - 1));
        Row h = s.createRow(2);
        for (int c = 0; c < HEADER.size(); c++) {
            Cells.text(h, c, HEADER.get(c), styles.header());
        }
        int r = 3;
        for (Entry e : entries) {
            row(s.createRow(r++), e, styles, fmt);
        }
        SummaryStyles.pageSetup(s, true, 2, 2);
        RowFit.fitSheet(s, 0);
        return s;
    }

    private static void row(Row row, Entry e, SummaryStyles st, ThaiFormat fmt) {
        AgencyYear y = e.record();
        Cells.text(row, 0, y.agency().name(), st.text());
        Cells.text(row, 1, y.agency().district(), st.text());
        Cells.text(row, 2, y.agency().province(), st.text());
        Cells.number(row, 3, y.fiscalYear(), st.integer());
        Cells.number(row, 4, y.total(), st.decimal());
        if (e.analysis().isEmpty()) {
            Cells.text(row, 5, y.level(), st.centered());
            Cells.text(row, 6, "ไม่มีผลการวิเคราะห์", st.text());
            for (int c = 7; c <= 9; c++) {
                Cells.text(row, c, "", st.text());
            }
        } else {
            YearAnalysis a = e.analysis().get();
            Cells.text(row, 5, a.level(), st.centered());
            Cells.text(row, 6, check(a, fmt), st.text());
            Cells.text(row, 7, a.profile().weakest().isEmpty() ? "ไม่มีคะแนนรายตัวชี้วัด"
                    : a.profile().weakest().stream().map(w -> weakest(w, a, fmt)).collect(Collectors.joining("\n")),
                    st.text());
            Cells.text(row, 8, !a.profile().itemsKnown() ? "ไม่มีคะแนนรายข้อ"
                    : a.profile().failedItemList().stream().map(OitItemScore::code).collect(Collectors.joining(", ")),
                    st.text());
            Cells.number(row, 9, a.plan().pointsToPass(), st.decimal());
        }
        Cells.text(row, 10, where(y), st.text());
    }

    private static String check(YearAnalysis a, ThaiFormat fmt) {
        List<String> lines = new ArrayList<>();
        lines.add(a.check().overall().thaiLabel());
        a.check().mismatches().stream().map(FigureCheck::describe).forEach(lines::add);
        if (a.check().level().status() == ita.analysis.CheckStatus.MISMATCH) {
            lines.add(a.check().level().describe());
        }
        return fmt.text(String.join("\n", lines));
    }

    private static String weakest(IndicatorScore w, YearAnalysis a, ThaiFormat fmt) {
        return fmt.text(w.number() + " " + w.name() + " (") + fmt.score(w.score(), a.framework()) + ")";
    }

    private static String where(AgencyYear y) {
        StringBuilder sb = new StringBuilder();
        if (y.source().sheet() != null) {
            sb.append("ชีต ").append(y.source().sheet());
        }
        if (y.source().cell() != null) {
            sb.append(sb.length() > 0 ? " " : "").append("เซลล์ ").append(y.source().cell());
        }
        return sb.toString();
    }

    private static String freeName(Workbook wb) {
        String name = NAME;
        for (int n = 2; wb.getSheet(name) != null; n++) {
            name = NAME + " (" + n + ")";
        }
        return name;
    }
}
