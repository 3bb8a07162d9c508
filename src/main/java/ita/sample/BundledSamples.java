package ita.sample;

import ita.framework.FrameworkCatalog;
import ita.framework.YearFramework;
import ita.model.AgencyYear;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;

/**
 * The bundled {@code sample-workbooks/} folder: the invented province จังหวัดนครสุวรรณ over fiscal
 * years 2563–2567 in every layout and format the readers accept, and the three real seed agencies with
 * their published figures. {@link #write} writes exactly the committed content, the same bytes on every
 * run (zip entries carry a fixed time; nothing depends on the clock, locale or platform).
 */
public final class BundledSamples {

    /** The folder's name at the root of the project. */
    public static final String FOLDER = "sample-workbooks";

    private static final String README = "/ita/sample/README.md";
    private static final String GIT_ATTRIBUTES = "/ita/sample/gitattributes";

    private BundledSamples() {
    }

    /** One file to write: its description, how to render it and its sheets. */
    private record Output(BundledFile file, WorkbookWriter writer, List<Grid> sheets) {
    }

    /** Writes every bundled workbook, the README and a .gitattributes that keeps git off the bytes into {@code dir}. */
    public static SampleReport write(Path dir) throws IOException {
        long bytes = 0;
        Map<SampleLayout, Long> byLayout = new EnumMap<>(SampleLayout.class);
        List<Output> outputs = outputs();
        ByteArrayOutputStream buf = new ByteArrayOutputStream(64 * 1024);
        for (Output o : outputs) {
            buf.reset();
            o.writer().write(o.sheets(), buf);
            bytes += save(dir.resolve(o.file().path()), buf.toByteArray());
            byLayout.merge(o.file().layout(), 1L, Long::sum);
        }
        bytes += save(dir.resolve("README.md"), resource(README));
        bytes += save(dir.resolve(".gitattributes"), resource(GIT_ATTRIBUTES));
        SampleUniverse u = BundledProvince.universe();
        long agencyYears = expected().size() + SeedSamples.all().size();
        return new SampleReport(dir, outputs.size() + 2L, bytes, u.agencies().size() + SeedSamples.all().size(),
                1 + SeedSamples.all().size(), agencyYears, byLayout);
    }

    /** Every bundled workbook, in writing order. */
    public static List<BundledFile> manifest() {
        return outputs().stream().map(Output::file).toList();
    }

    /** Every agency-year the province's files publish (the same figures in every file that shows them). */
    public static List<AgencyYear> expected() {
        SampleUniverse u = BundledProvince.universe();
        List<AgencyYear> out = new ArrayList<>();
        for (int y = BundledProvince.FIRST_YEAR; y <= BundledProvince.LAST_YEAR; y++) {
            out.addAll(u.results(BundledProvince.PROVINCE, y));
        }
        return out;
    }

    /** The three real seed agencies as their documents print them. */
    public static List<AgencyYear> seeds() {
        return SeedSamples.all();
    }

    private static long save(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        return content.length;
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = BundledSamples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("resource " + name + " is missing from the build");
            }
            return in.readAllBytes();
        }
    }

    private static List<Output> outputs() {
        SampleUniverse u = BundledProvince.universe();
        String p = BundledProvince.PROVINCE;
        List<Output> out = new ArrayList<>();
        WorkbookWriter xlsx = new XlsxWriter(Deflater.BEST_COMPRESSION);
        WorkbookWriter xls = new XlsWriter();
        WorkbookWriter html = new HtmlWriter();
        WorkbookWriter csvBom = new CsvWriter(StandardCharsets.UTF_8, true);
        WorkbookWriter csv = new CsvWriter(StandardCharsets.UTF_8, false);
        WorkbookWriter csv874 = new CsvWriter(SampleFormat.WINDOWS_874, false);

        List<AgencyYear> y2563 = u.results(p, 2563);
        out.add(new Output(new BundledFile("2563/province-report-2563.csv", SampleLayout.REPORT,
                BundledFile.CSV_WINDOWS_874, 2563, "ITAS province report, ranked; title row above the header"),
                csv874, List.of(ListSheet.report(p, 2563, y2563))));
        out.add(new Output(new BundledFile("2563/indicators-2563.xls", SampleLayout.LIST, BundledFile.XLS, 2563,
                "header on row 12 below long title rows and a merged group row; ชื่อหน่วยงาน, ที่"),
                xls, List.of(BundledLists.list2563(y2563))));
        out.add(new Output(new BundledFile("2564/indicators-2564.csv", SampleLayout.LIST, BundledFile.CSV_UTF8_BOM,
                2564, "short names (อบต.X); bare indicator numbers as headers; extra column หมายเหตุ; "
                + "อบต.โนนงาม has no 2564 row"),
                csvBom, List.of(BundledLists.list2564(u, p))));
        out.add(new Output(new BundledFile("2565/indicators-2565.xls", SampleLayout.LIST, BundledFile.HTML, 2565,
                "web export: HTML table saved as .xls; indicators headed by their Thai names; "
                + "อบต.ป่าหวาย and อบต.บางไผ่ have no 2565 row"),
                html, List.of(BundledLists.list2565(u.results(p, 2565)))));
        List<AgencyYear> y2566 = u.results(p, 2566);
        out.add(new Output(new BundledFile("2566/long-2566.csv", SampleLayout.LONG, BundledFile.CSV_UTF8, 2566,
                "one row per value: indicators, tools, total (รวม) and level (ระดับ)"),
                csv, List.of(LongSheet.of("ข้อมูล 2566", y2566))));
        out.add(new Output(new BundledFile("2566/province-report-2566.xlsx", SampleLayout.REPORT, BundledFile.XLSX,
                2566, "ITAS province report, ranked"), xlsx, List.of(ListSheet.report(p, 2566, y2566))));
        details2567(u, out, xlsx, xls, html);
        seeds(out, xlsx);
        return out;
    }

    private static void details2567(SampleUniverse u, List<Output> out, WorkbookWriter xlsx, WorkbookWriter xls,
                                    WorkbookWriter html) {
        YearFramework f = FrameworkCatalog.standard().framework(2567);
        List<AgencyYear> pair = new ArrayList<>();
        for (SampleAgency a : u.agencies()) {
            Optional<AgencyYear> found = u.result(a, 2567);
            if (found.isEmpty()) {
                continue;
            }
            AgencyYear r = found.get();
            String shortName = ListColumn.shortName(r);
            String folder = "2567/อำเภอ" + r.agency().district() + "/";
            DetailSheet.Style style = DetailSheet.Style.standard(r);
            switch (shortName) {
                case "ทต.ดอนศิลา", "อบต.ดอนศิลา" -> {
                    pair.add(r);
                    if (pair.size() == 2) {
                        out.add(new Output(new BundledFile(folder + "ดอนศิลา-สองหน่วยงาน.xlsx", SampleLayout.DETAIL,
                                BundledFile.XLSX, 2567, "two agencies on two sheets (ทต. and อบต. of the same name)"),
                                xlsx, pair.stream().map(x -> DetailSheet.of(x, f,
                                        DetailSheet.Style.standard(x).named(ListColumn.shortName(x)))).toList()));
                    }
                }
                case "อบต.วังใหญ่", "อบต.ท่าตะเคียน", "อบต.หนองสะแก" -> out.add(new Output(new BundledFile(
                        folder + r.agency().name() + ".xls", SampleLayout.DETAIL, BundledFile.XLS, 2567,
                        "agency detail in BIFF .xls"), xls, List.of(DetailSheet.of(r, f, style))));
                case "อบต.สระบัว" -> out.add(new Output(new BundledFile(folder + r.agency().name() + ".xls",
                        SampleLayout.DETAIL, BundledFile.HTML, 2567, "agency detail as an HTML table saved as .xls"),
                        html, List.of(DetailSheet.of(r, f, style))));
                case "อบต.ห้วยไร่", "อบต.ดอนมะขาม" -> out.add(new Output(new BundledFile(
                        folder + r.agency().name() + ".xlsx", SampleLayout.DETAIL, BundledFile.XLSX, 2567,
                        "Thai digits (๘๑.๖๗) in the year, scores and codes; คะแนนภาพรวม; อำเภอ/จังหวัด prefixes"),
                        xlsx, List.of(DetailSheet.of(r, f, style.thai()))));
                default -> out.add(new Output(new BundledFile(folder + r.agency().name() + ".xlsx",
                        SampleLayout.DETAIL, BundledFile.XLSX, 2567, "agency detail"), xlsx,
                        List.of(DetailSheet.of(r, f, style).share(DetailSheet.sharedTexts(2567, f)))));
            }
        }
    }

    private static void seeds(List<Output> out, WorkbookWriter xlsx) {
        FrameworkCatalog c = FrameworkCatalog.standard();
        AgencyYear naSai = SeedSamples.naSai2567();
        out.add(new Output(new BundledFile("seeds/seed-000-นาทราย-2567.xlsx", SampleLayout.DETAIL, BundledFile.XLSX,
                2567, "real: อบต.นาทราย as published, Thai digits; the total does not follow from the indicators"),
                xlsx, List.of(DetailSheet.of(naSai, c.framework(2567),
                        DetailSheet.Style.standard(naSai).thai().named("ผลการประเมิน ๒๕๖๗")))));
        AgencyYear baTong = SeedSamples.baTong2565();
        out.add(new Output(new BundledFile("seeds/seed-002-บาตง-2565.xlsx", SampleLayout.DETAIL, BundledFile.XLSX,
                2565, "real: อบต.บาตง as published, indicators, total and level only"),
                xlsx, List.of(DetailSheet.of(baTong, c.framework(2565), DetailSheet.Style.standard(baTong)))));
        AgencyYear thapKhlo = SeedSamples.thapKhlo2565();
        out.add(new Output(new BundledFile("seeds/seed-003-ทับคล้อ-2565.xlsx", SampleLayout.DETAIL, BundledFile.XLSX,
                2565, "real: อบต.ทับคล้อ as published, weighted table and the failed OIT items"),
                xlsx, List.of(WeightedSheet.of(thapKhlo, c.framework(2565), List.of("การปฏิบัติหน้าที่",
                        "การใช้งบประมาณ", "การใช้อำนาจ", "การใช้ทรัพย์สินของราชการ", "การแก้ไขปัญหาการทุจริต",
                        "คุณภาพการดำเนินงาน", "ประสิทธิภาพการสื่อสาร", "การปรับปรุงระบบการทำงาน", "การเปิดเผยข้อมูล",
                        "การป้องกันการทุจริต")))));
    }
}
