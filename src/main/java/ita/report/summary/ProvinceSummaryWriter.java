package ita.report.summary;

import ita.analysis.AgencyBrief;
import ita.analysis.AgencyHistory;
import ita.analysis.AnalysisSettings;
import ita.analysis.DistrictAnalysis;
import ita.analysis.ProvinceAnalysis;
import ita.report.AtomicFiles;
import ita.report.SafeNames;
import ita.report.WriteOptions;
import ita.report.xlsx.Workbook;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the summary workbooks, in Thai: one per province ({@code <out>/<province>/สรุปจังหวัด<province>.xlsx}), one
 * per district ({@code <out>/<province>/<district>/สรุปอำเภอ<district>.xlsx}) and one for everything read
 * ({@code <out>/สรุปภาพรวม.xlsx}).
 *
 * <p>Sheets, all about the newest fiscal year read unless they say otherwise:
 * <ol>
 * <li>อันดับ – the ranking by reported total (ties share a rank: 1, 2, 2, 4) with type, district, level and the
 * change from the year before;</li>
 * <li>ระดับผลการประเมิน – agencies per level and fiscal year, counts and shares, passing (85 and over) with its
 * change, and a column chart;</li>
 * <li>ตัวชี้วัด – each indicator's mean this year and last, with a column chart;</li>
 * <li>ตัวชี้วัดที่อ่อนที่สุด – how often each indicator is an agency's lowest;</li>
 * <li>ข้อ OIT ที่ไม่ผ่าน – how often each OIT item failed;</li>
 * <li>ต่ำกว่าเกณฑ์ – agencies under 85 with the points they lack and their weakest indicator;</li>
 * <li>ข้อมาตรการไม่ผ่าน, ไม่มีผลปีล่าสุด, คะแนนลดลงมากที่สุด – who to chase: agencies whose measures item or
 * measures-report item failed, agencies without a result this year, the largest falls;</li>
 * <li>ข้อมูลไม่ครบปี – agencies missing years that others of their province have;</li>
 * <li>สถิติรายจังหวัด (summary of everything only), สถิติรายอำเภอ (not in a district's), สถิติตามประเภท – count,
 * mean, median, SD, quartiles, minimum, maximum and passing per group, groups without a result that year left
 * out.</li>
 * </ol>
 * The summary of everything starts with สรุปรายจังหวัด (each province's headline figures) and ranks each agency only
 * within its own province; a district's ranks its agencies in the district and shows their rank in the province.
 * Every sheet is set in TH Sarabun New 16, with fiscal years in the Buddhist Era, rows tall enough for Thai, A4 page
 * setup with the header row repeated, and panes frozen below it. Names from the inputs are written as text cells.
 */
public final class ProvinceSummaryWriter {

    /** The file name of the summary of everything read. */
    public static final String OVERALL_FILE = "สรุปภาพรวม.xlsx";

    private ProvinceSummaryWriter() {
    }

    /** {@code <out>/<province>/สรุปจังหวัด<province>.xlsx}, each part made safe as a file name. */
    public static Path targetFor(Path outDir, String province) {
        String name = province == null || province.isBlank() ? "ไม่ระบุจังหวัด" : province;
        String folder = SafeNames.segment(name, "ไม่ระบุจังหวัด");
        return outDir.resolve(folder).resolve(SafeNames.segment("สรุปจังหวัด" + name, "สรุปจังหวัด") + ".xlsx");
    }

    /**
     * {@code <out>/<province>/<district>/สรุปอำเภอ<district>.xlsx}, beside the district's agency workbooks, each part
     * made safe as a file name.
     */
    public static Path districtTargetFor(Path outDir, String province, String district) {
        String name = district == null || district.isBlank() ? "ไม่ระบุอำเภอ" : district;
        return outDir.resolve(SafeNames.segment(province, "ไม่ระบุจังหวัด")).resolve(SafeNames.segment(name, "ไม่ระบุอำเภอ"))
                .resolve(SafeNames.segment("สรุปอำเภอ" + name, "สรุปอำเภอ") + ".xlsx");
    }

    public static Path overallTarget(Path outDir) {
        return outDir.resolve(OVERALL_FILE);
    }

    /** Writes the summary of one province; {@code analyses} may hold other provinces' agencies too. */
    public static Path write(Path target, ProvinceAnalysis province, List<AgencyBrief> analyses,
                             WriteOptions options) throws IOException {
        return write(target, SummaryScope.of(province, analyses), options);
    }

    /** Writes the summary of one district; {@code analyses} may hold other agencies too. */
    public static Path writeDistrict(Path target, DistrictAnalysis district, List<AgencyBrief> analyses,
                                     WriteOptions options) throws IOException {
        return write(target, SummaryScope.of(district, analyses), options);
    }

    /** Writes the summary of everything read. */
    public static Path writeOverall(Path target, List<AgencyHistory> histories, List<AgencyBrief> analyses,
                                    AnalysisSettings settings, WriteOptions options) throws IOException {
        return write(target, SummaryScope.everything(histories, analyses, settings), options);
    }

    /** Writes the summary of everything read, every province already analysed from the same histories. */
    public static Path writeOverall(Path target, List<AgencyHistory> histories, List<AgencyBrief> analyses,
                                    AnalysisSettings settings, List<ProvinceAnalysis> provinces, WriteOptions options)
            throws IOException {
        return write(target, SummaryScope.everything(histories, analyses, settings, provinces), options);
    }

    public static Path write(Path target, SummaryScope scope, WriteOptions options) throws IOException {
        return AtomicFiles.write(target, out -> write(scope, options, out));
    }

    /** Writes the workbook to a stream, which is left open. */
    public static void write(SummaryScope scope, WriteOptions options, OutputStream out) throws IOException {
        build(scope, options).write(out);
    }

    static Workbook build(SummaryScope scope, WriteOptions options) {
        Workbook wb = new Workbook(SummaryStyleSheet.STYLES.sheet);
        SummaryContext cx = new SummaryContext(wb, scope, options);
        if (scope.kind() == SummaryScope.Kind.EVERYTHING) {
            ProvinceTableSheet.write(cx);
        }
        AgencySheets.ranking(cx);
        DistributionSheets.levels(cx);
        DistributionSheets.indicators(cx);
        DistributionSheets.weakest(cx);
        DistributionSheets.failedItems(cx);
        AgencySheets.belowPassMark(cx);
        ComplianceSheets.measures(cx);
        ComplianceSheets.absent(cx);
        ComplianceSheets.fellMost(cx);
        AgencySheets.missingYears(cx);
        if (scope.manyProvinces()) {
            GroupStatisticsSheet.write(cx, "สถิติรายจังหวัด", "สถิติคะแนนรวมรายจังหวัด",
                    List.of(new GroupStatisticsSheet.Block("จังหวัด", scope.byProvince())));
        }
        if (scope.kind() != SummaryScope.Kind.DISTRICT) {
            GroupStatisticsSheet.write(cx, "สถิติรายอำเภอ", "สถิติคะแนนรวมรายอำเภอ",
                    List.of(new GroupStatisticsSheet.Block("อำเภอ", scope.byDistrict())));
        }
        List<GroupStatisticsSheet.Block> types = new ArrayList<>();
        types.add(new GroupStatisticsSheet.Block("ตามประเภทหน่วยงาน", scope.byType()));
        types.add(new GroupStatisticsSheet.Block("ตามกลุ่มประเภท (อบจ. เทศบาล อบต.)", scope.byTypeGroup()));
        GroupStatisticsSheet.write(cx, "สถิติตามประเภท", "สถิติคะแนนรวมตามประเภทหน่วยงาน", types);
        return wb;
    }
}
