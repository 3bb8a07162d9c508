package ita.report.document;

import ita.analysis.AgencyBrief;
import ita.analysis.ProvinceAnalysis;
import ita.framework.FrameworkCatalog;
import ita.report.AtomicFiles;
import ita.report.SafeNames;
import ita.report.ThaiFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The report of a province's ITA result to its governor and the provincial ITA committee,
 * {@code <province>/รายงานจังหวัด<province>-<year>.docx}: A4, TH Sarabun New, Buddhist-era dates, page numbers from
 * the second page, numbers in Thai digits when asked. An executive summary of one page (agencies assessed, their
 * mean, how many reached 85 against the national strategy's 80 % and the country's figures of the year, the change
 * from last year, the best and the weakest districts and agency types, who to chase), then the tables and charts a
 * committee reads: levels year on year, indicator means against last year, districts and agency types, the ranking,
 * the agencies under 85 with their weakest indicator, the OIT items most often failed, and the lists of agencies to
 * follow up.
 */
public final class ProvinceReport {

    private final DocumentOptions options;
    private final FrameworkCatalog catalog;
    private final LocalDate writtenOn;

    /** @param writtenOn the date the report gives its figures as of ("ข้อมูล ณ วันที่ …") */
    public ProvinceReport(DocumentOptions options, FrameworkCatalog catalog, LocalDate writtenOn) {
        this.options = options;
        this.catalog = catalog;
        this.writtenOn = writtenOn;
    }

    /**
     * True when the province's newest year has at least two agencies assessed. The report compares a province's
     * agencies (means, shares at 85 or more, districts, types, a ranking); of one agency it would only repeat that
     * agency's own analysis as if it were the province's, and the agency's own documents already hold it.
     */
    public static boolean comparesAgencies(ProvinceAnalysis province) {
        return province.overall().latest().agencies() >= 2;
    }

    /** {@code <out>/<province>/รายงานจังหวัด<province>-<year>.docx}, beside the province summary. */
    public static Path targetFor(Path outDir, String province, int fiscalYear) {
        String name = province == null || province.isBlank() ? "ไม่ระบุจังหวัด" : province;
        return outDir.resolve(SafeNames.segment(name, "ไม่ระบุจังหวัด"))
                .resolve(SafeNames.segment("รายงานจังหวัด" + name, "รายงานจังหวัด") + "-" + fiscalYear + ".docx");
    }

    /**
     * Writes the report of a province's newest year to {@code target}, atomically; returns the target.
     *
     * @param analyses what is shown of the province's agencies (others are passed over)
     */
    public Path write(Path target, ProvinceAnalysis province, List<AgencyBrief> analyses) throws IOException {
        return AtomicFiles.write(target, build(province, analyses)::write);
    }

    /** The report as .docx bytes. */
    public byte[] toBytes(ProvinceAnalysis province, List<AgencyBrief> analyses) throws IOException {
        return build(province, analyses).toBytes();
    }

    private Docx build(ProvinceAnalysis province, List<AgencyBrief> analyses) {
        Docx d = new Docx(options.thaiDigits());
        ProvinceFacts facts = new ProvinceFacts(province, analyses, catalog);
        String place = ThaiFormat.province(province.province());
        d.title("รายงานผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ " + place
                + " ประจำปีงบประมาณ พ.ศ. " + facts.year());
        for (String line : List.of("รายงานผลการประเมินคุณธรรมและความโปร่งใส", "ในการดำเนินงานของหน่วยงานภาครัฐ (ITA)",
                place + " ประจำปีงบประมาณ พ.ศ. " + facts.year())) {
            d.paragraph(line, Docx.Align.CENTER, true, DocumentTypography.HEADING_HALF_POINTS).keepNext();
        }
        d.paragraph("ข้อมูล ณ วันที่ " + ita.text.ThaiDates.longDate(writtenOn), Docx.Align.CENTER, false,
                DocumentTypography.TABLE_HALF_POINTS);
        ProvinceSummaryPage.write(d, facts);
        new ProvinceReportTables(d, facts).write();
        return d;
    }
}
