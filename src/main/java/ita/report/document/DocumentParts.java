package ita.report.document;

import ita.measures.FiscalMonths;
import ita.measures.MeasurePlan;
import ita.text.ThaiDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** What every document has: its title block, figures written the same way, dates and the signature block. */
final class DocumentParts {

    /** A line to write on. */
    static final String DOTS = "........................................";
    /** A line to sign or write a name on, in half the page's width. */
    static final String SIGN_DOTS = ".........................";
    private static final String SHORT_DOTS = "..........";
    private static final String MONTH_DOTS = "..............................";

    private DocumentParts() {
    }

    /** The centred bold title lines, then the agency and its district and province. */
    static void titleBlock(Docx d, List<String> lines, MeasurePlan plan) {
        // each line is short enough for one line of 20 pt on a portrait page: Thai titles are broken by meaning
        for (String line : lines) {
            d.paragraph(line, Docx.Align.CENTER, true, DocumentTypography.TITLE_HALF_POINTS).keepNext();
        }
        Para agency = d.paragraph(plan.agencyName(), Docx.Align.CENTER, true,
                DocumentTypography.HEADING_HALF_POINTS);
        agency.setSpacingBefore(240);
        agency.keepNext();
        String place = place(plan);
        if (!place.isEmpty()) {
            d.paragraph(place, Docx.Align.CENTER, true, DocumentTypography.HEADING_HALF_POINTS).keepNext();
        }
        d.blank();
    }

    /** "อำเภอทับคล้อ จังหวัดพิจิตร", leaving out what is unknown. */
    static String place(MeasurePlan plan) {
        String district = plan.district().isBlank() ? "" : "อำเภอ" + plan.district();
        String province = plan.province().isBlank() ? ""
                : plan.province().equals("กรุงเทพมหานคร") ? plan.province() : "จังหวัด" + plan.province();
        return (district + " " + province).strip();
    }

    /** A score as published: two decimals. */
    static String score(BigDecimal v) {
        return v == null ? "–" : v.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A change with its sign: "+1.50", "-2.30", "0.00". */
    static String signed(BigDecimal v) {
        if (v == null) {
            return "–";
        }
        String s = v.setScale(2, RoundingMode.HALF_UP).toPlainString();
        return v.signum() > 0 ? "+" + s : s;
    }

    /** A whole number or a short decimal: 30, 12.5. */
    static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** The first day of a fiscal month, as "1 ตุลาคม 2565". */
    static String firstDay(int fiscalYear, int month) {
        return ThaiDates.longDate(FiscalMonths.yearMonth(fiscalYear, month).atDay(1));
    }

    /** The last day of a fiscal month, as "31 มีนาคม 2566". */
    static String lastDay(int fiscalYear, int month) {
        return ThaiDates.longDate(FiscalMonths.yearMonth(fiscalYear, month).atEndOfMonth());
    }

    /** "เมษายน 2566": the month after a fiscal month, when its report is due. */
    static String monthAfter(int fiscalYear, int month) {
        YearMonth next = FiscalMonths.yearMonth(fiscalYear, month).plusMonths(1);
        LocalDate d = next.atDay(1);
        return ThaiDates.MONTHS_LONG[d.getMonthValue() - 1] + " " + (d.getYear() + ThaiDates.BE_OFFSET);
    }

    /**
     * The signature block the seeds end with: who prepared, who checked (side by side) and who approved (centred
     * below), each with dotted lines for the signature, the name and the position, then the date line.
     *
     * @param dateLine "ประกาศ" for a measures document, "รายงาน" for a progress report
     */
    static void signatures(Docx d, String dateLine) {
        d.blank();
        int width = d.textWidth();
        int half = width / 2;
        DocTable t = d.borderlessTable(new int[] {half, width - half});
        DocTable.Row r = t.row();
        signer(r.cell(0), "ผู้จัดทำ");
        signer(r.cell(1), "ผู้ตรวจสอบ");
        DocTable.Row approve = t.spanned(new int[] {2});
        approve.cell(0).body("", Docx.Align.CENTER);
        signer(approve.cell(0), "ผู้อนุมัติ");
        t.keepTogether();
        // the date line stays on the page of the signatures
        approve.cell(0).keepWithNext();
        Para date = d.paragraph(dateLine + " ณ วันที่ " + SHORT_DOTS + " เดือน " + MONTH_DOTS + " พ.ศ. "
                + SHORT_DOTS, Docx.Align.CENTER, false, 0);
        date.setSpacingBefore(240);
    }

    private static void signer(DocTable.Cell cell, String role) {
        cell.body("ลงชื่อ " + SIGN_DOTS + " " + role, Docx.Align.CENTER);
        cell.body("(" + SIGN_DOTS + ")", Docx.Align.CENTER);
        cell.body("ตำแหน่ง " + SIGN_DOTS, Docx.Align.CENTER);
    }
}
