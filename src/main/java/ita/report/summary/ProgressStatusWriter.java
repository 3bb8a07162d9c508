package ita.report.summary;

import ita.measures.AgencyProgress;
import ita.model.Finding;
import ita.report.AtomicFiles;
import ita.report.SafeNames;
import ita.report.ThaiFormat;
import ita.report.WriteOptions;
import ita.report.xlsx.Workbook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The province status workbook of the measures' progress, {@code <out>/<province>/สถานะรายงานผล<province>-<year>.xlsx}:
 * per agency the measures planned, done, in progress, not started, unclear and late, the forms not yet given back
 * and the evidence given (sheet สถานะรายหน่วยงาน), the same per district (one sheet each), and every problem of the
 * forms with its file, sheet and cell (ปัญหาที่พบ).
 */
public final class ProgressStatusWriter {

    static final List<String> HEADER = List.of("หน่วยงาน", "ประเภท", "อำเภอ", "รอบที่รายงาน", "มาตรการตามแผน",
            "ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ได้ดำเนินการ", "สถานะไม่ชัดเจน", "ล่าช้า",
            "แบบรายงานที่ยังไม่ได้ส่ง", "หลักฐาน (รายการ)", "หลักฐานที่ให้", "ไฟล์");
    private static final int[] WIDTHS = {30, 8, 14, 10, 10, 10, 11, 11, 10, 8, 14, 10, 30, 22};

    private ProgressStatusWriter() {
    }

    /** {@code <out>/<province>/สถานะรายงานผล<province>-<year>.xlsx}, each part made safe as a file name. */
    public static Path targetFor(Path outDir, String province, int fiscalYear) {
        return outDir.resolve(folderName(province)).resolve(fileStem(province, fiscalYear) + EXTENSION);
    }

    public static final String EXTENSION = ".xlsx";

    /** The province's folder. */
    public static String folderName(String province) {
        return SafeNames.segment(provinceName(province), "ไม่ระบุจังหวัด");
    }

    /** The status workbook's name without its extension. */
    public static String fileStem(String province, int fiscalYear) {
        return SafeNames.segment("สถานะรายงานผล" + provinceName(province), "สถานะรายงานผล") + "-" + fiscalYear;
    }

    private static String provinceName(String province) {
        return province == null || province.isBlank() ? "ไม่ระบุจังหวัด" : province;
    }

    /**
     * Writes the status of one province and fiscal year.
     *
     * @param agencies the province's agencies of that year, in report order
     * @param problems the lines about their forms
     */
    public static Path write(Path target, String province, int fiscalYear, List<AgencyProgress> agencies,
                             List<Finding> problems, WriteOptions options) throws IOException {
        return AtomicFiles.write(target, out -> build(province, fiscalYear, agencies, problems, options).write(out));
    }

    static Workbook build(String province, int fiscalYear, List<AgencyProgress> agencies, List<Finding> problems,
                              WriteOptions options) {
        SummaryStyleSheet styles = SummaryStyleSheet.STYLES;
        Workbook wb = new Workbook(styles.sheet);
        ThaiFormat fmt = new ThaiFormat(options);
        String scope = ThaiFormat.province(province);
        status(wb, styles, fmt, "สถานะรายหน่วยงาน", scope, fiscalYear, agencies, options);
        Map<String, List<AgencyProgress>> byDistrict = agencies.stream().collect(Collectors.groupingBy(
                a -> a.district().isEmpty() ? "ไม่ระบุอำเภอ" : a.district(), LinkedHashMap::new, Collectors.toList()));
        byDistrict.forEach((district, own) -> status(wb, styles, fmt, "อ." + district, "อำเภอ" + district + " " + scope,
                fiscalYear, own, options));
        problems(wb, styles, fmt, scope, fiscalYear, problems);
        return wb;
    }

    private static void status(Workbook wb, SummaryStyleSheet styles, ThaiFormat fmt, String sheet, String scope,
                               int fiscalYear, List<AgencyProgress> agencies, WriteOptions options) {
        SheetTable t = new SheetTable(wb, styles, sheet, WIDTHS);
        t.title(fmt.text("สถานะการรายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส " + scope
                + " ปีงบประมาณ พ.ศ. " + fiscalYear));
        long returned = agencies.stream().filter(a -> a.reported().isPresent()).count();
        t.note(fmt.text(agencies.size() + " แห่ง ส่งแบบรายงานแล้ว " + returned + " แห่ง; นับจากแบบรายงานรอบล่าสุดที่ส่ง"
                + " (12 เดือน ถ้ามี ไม่เช่นนั้น 6 เดือน); ล่าช้าหมายถึงมาตรการที่ยังไม่ดำเนินการแล้ว"
                + " ทั้งที่ระยะเวลาดำเนินการสิ้นสุดภายในรอบที่รายงาน; ข้อมูล ณ วันที่ ") + fmt.date(options.writtenOn()));
        t.header(HEADER);
        int[] totals = new int[7];
        for (AgencyProgress a : agencies) {
            SheetTable.Line row = t.row();
            row.text(0, a.agencyName(), styles.text());
            row.text(1, typeLabel(a), styles.centered());
            row.text(2, a.district(), styles.text());
            row.text(3, a.round() == 0 ? "ยังไม่ส่ง" : fmt.text(a.round() + " เดือน"), styles.centered());
            int[] values = {a.planned(), a.done(), a.inProgress(), a.notStarted(), a.unclear(), a.late()};
            for (int i = 0; i < values.length; i++) {
                boolean counted = i == 0 || a.reported().isPresent();
                row.number(4 + i, counted ? values[i] : null, styles.integer());
                totals[i] += counted ? values[i] : 0;
            }
            row.text(10, fmt.text(a.missing().stream().map(m -> "รอบ " + m + " เดือน")
                    .collect(Collectors.joining(", "))), styles.text());
            row.number(11, a.evidence().size(), styles.integer());
            totals[6] += a.evidence().size();
            row.text(12, String.join("\n", a.evidence()), styles.text());
            row.text(13, a.forms().stream().filter(f -> f.filled()).map(f -> f.source().file()).distinct()
                    .collect(Collectors.joining("\n")), styles.text());
        }
        SheetTable.Line total = t.row();
        int bold = styles.boldText();
        total.text(0, "รวม " + fmt.text(agencies.size() + " แห่ง"), bold);
        for (int c = 1; c <= 3; c++) {
            total.text(c, "", bold);
        }
        for (int i = 0; i < 6; i++) {
            total.number(4 + i, totals[i], styles.integer());
        }
        long missing = agencies.stream().filter(a -> !a.missing().isEmpty()).count();
        total.text(10, fmt.text("ยังไม่ส่ง " + missing + " แห่ง"), bold);
        total.number(11, totals[6], styles.integer());
        t.finish(true);
    }

    /** อบต. for องค์การบริหารส่วนตำบล…, from the name as the form gives it. */
    private static String typeLabel(AgencyProgress a) {
        var type = ita.model.AgencyNames.parse(a.agencyName()).type();
        return type.abbreviation().isEmpty() ? type.groupLabel() : type.abbreviation();
    }

    private static void problems(Workbook wb, SummaryStyleSheet styles, ThaiFormat fmt, String scope, int fiscalYear,
                                 List<Finding> problems) {
        SheetTable t = new SheetTable(wb, styles, "ปัญหาที่พบ", 34, 22, 8, 10, 70, 44);
        t.title(fmt.text("ปัญหาที่พบในแบบรายงานผล " + scope + " ปีงบประมาณ พ.ศ. " + fiscalYear));
        t.note(fmt.text(problems.isEmpty() ? "ไม่พบปัญหา" : problems.size() + " รายการ: แบบรายงานที่ยังไม่ส่ง"
                + " และช่องที่กรอกไม่ครบหรือไม่ตรงกับรายการให้เลือก ควรแจ้งหน่วยงานให้แก้ไขแล้วส่งใหม่"));
        t.header(List.of("ไฟล์", "ชีต", "เซลล์", "ระดับ", "ปัญหา", "วิธีแก้"));
        for (Finding f : problems) {
            SheetTable.Line row = t.row();
            row.text(0, f.where().file(), styles.text());
            row.text(1, f.where().sheet() == null ? "" : f.where().sheet(), styles.text());
            row.text(2, f.where().cell() == null ? "" : f.where().cell(), styles.centered());
            row.text(3, f.severity().label(), styles.centered());
            row.text(4, f.message(), styles.text());
            row.text(5, f.fix(), styles.text());
        }
        t.finish(true);
    }

    /** The problems of the given agencies' forms, in the order found. */
    public static List<Finding> problemsOf(List<AgencyProgress> agencies, List<Finding> all) {
        List<String> files = new ArrayList<>();
        agencies.forEach(a -> a.forms().forEach(f -> files.add(f.source().file())));
        return all.stream().filter(f -> files.contains(f.where().file())).toList();
    }
}
