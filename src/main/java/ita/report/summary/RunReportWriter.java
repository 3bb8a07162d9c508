package ita.report.summary;

import ita.model.Finding;
import ita.report.AtomicFiles;
import ita.report.poi.Cells;
import ita.report.poi.PoiPackage;
import ita.report.typography.ThaiTypography;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The run report: every input file with its outcome and reason, and every finding with file, sheet
 * and cell, as {@code run-report.csv} (UTF-8 with BOM) and {@code run-report.xlsx}.
 */
public final class RunReportWriter {

    /** One input file's line in the report. */
    public record FileLine(String file, String outcome, String format, String layouts, String years, int records,
                           String reason) {
    }

    private static final List<String> FILE_HEADER = List.of("file", "outcome", "format", "layouts", "fiscal_years",
            "records", "reason");
    private static final List<String> FILE_HEADER_TH = List.of("ไฟล์", "ผลการอ่าน", "รูปแบบไฟล์", "รูปแบบตาราง",
            "ปีงบประมาณ", "จำนวนระเบียน", "เหตุผล");
    private static final List<String> FINDING_HEADER_TH = List.of("ระดับ", "ประเภท", "ไฟล์", "ชีต", "เซลล์", "ข้อความ",
            "วิธีแก้ไข");

    private RunReportWriter() {
    }

    public static List<Path> write(Path dir, List<FileLine> files, List<Finding> findings) throws IOException {
        return write(dir.resolve("run-report.csv"), dir.resolve("run-report.xlsx"), files, findings);
    }

    /** Writes the report to the two files given (the run may have had to name them otherwise). */
    public static List<Path> write(Path csvTarget, Path xlsxTarget, List<FileLine> files, List<Finding> findings)
            throws IOException {
        Path csv = AtomicFiles.write(csvTarget, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            w.write(CsvText.row(new ArrayList<>(FILE_HEADER) {{ add("severity"); add("kind"); add("sheet");
                add("cell"); add("message"); add("fix"); }}));
            for (FileLine f : files) {
                w.write(CsvText.row(List.of(CsvText.text(f.file()), f.outcome(), f.format(), f.layouts(), f.years(),
                        Integer.toString(f.records()), CsvText.text(f.reason()), "", "", "", "", "", "")));
                for (Finding x : findings) {
                    if (x.where().file().equals(f.file())) {
                        w.write(CsvText.row(List.of(CsvText.text(f.file()), f.outcome(), "", "", "", "", "",
                                x.severity().label(), x.kind(), CsvText.text(nz(x.where().sheet())),
                                nz(x.where().cell()), CsvText.text(nz(x.message())), CsvText.text(nz(x.fix())))));
                    }
                }
            }
            for (Finding x : findings) {
                if (files.stream().noneMatch(f -> f.file().equals(x.where().file()))) {
                    w.write(CsvText.row(List.of(CsvText.text(x.where().file()), "", "", "", "", "", "",
                            x.severity().label(), x.kind(), CsvText.text(nz(x.where().sheet())),
                            nz(x.where().cell()), CsvText.text(nz(x.message())), CsvText.text(nz(x.fix())))));
                }
            }
            w.flush();
        });
        Path xlsx = AtomicFiles.write(xlsxTarget, out -> {
            // streamed: a national run reports tens of thousands of files and findings
            SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 500);
            try {
                ThaiStyles styles = new ThaiStyles(wb);
                Sheet s = wb.createSheet("ไฟล์");
                header(s, FILE_HEADER_TH, styles.header());
                int r = 1;
                for (FileLine f : files) {
                    Row row = s.createRow(r++);
                    Cells.text(row, 0, f.file(), styles.text());
                    Cells.text(row, 1, f.outcome(), styles.text());
                    Cells.text(row, 2, f.format(), styles.text());
                    Cells.text(row, 3, f.layouts(), styles.text());
                    Cells.text(row, 4, f.years(), styles.text());
                    row.createCell(5).setCellValue(f.records());
                    Cells.text(row, 6, f.reason(), styles.text());
                }
                Sheet fs = wb.createSheet("ข้อสังเกต");
                header(fs, FINDING_HEADER_TH, styles.header());
                r = 1;
                for (Finding x : findings) {
                    Row row = fs.createRow(r++);
                    Cells.text(row, 0, x.severity().label(), styles.text());
                    Cells.text(row, 1, x.kind(), styles.text());
                    Cells.text(row, 2, nz(x.where().file()), styles.text());
                    Cells.text(row, 3, nz(x.where().sheet()), styles.text());
                    Cells.text(row, 4, nz(x.where().cell()), styles.text());
                    Cells.text(row, 5, nz(x.message()), styles.text());
                    Cells.text(row, 6, nz(x.fix()), styles.text());
                }
                for (Sheet sh : List.of(s, fs)) {
                    sh.createFreezePane(0, 1);
                    for (int c = 0; c < 7; c++) {
                        sh.setColumnWidth(c, c >= 5 ? 60 * 256 : 22 * 256);
                    }
                    if (sh.getLastRowNum() > 0) {
                        sh.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, sh.getLastRowNum(), 0, 6));
                    }
                }
                PoiPackage.writeStreamed(wb, out);
            } finally {
                wb.dispose();
                wb.close();
            }
        });
        return List.of(csv, xlsx);
    }

    private static void header(Sheet s, List<String> names, CellStyle style) {
        Row h = s.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            Cells.text(h, i, names.get(i), style);
        }
    }

    /** Never null, and one printable line whatever an input file's names held. */
    private static String nz(String s) {
        return s == null ? "" : Finding.printable(s);
    }

    /** Minimal shared styles for Thai text. */
    static final class ThaiStyles {
        private final CellStyle header;
        private final CellStyle text;

        ThaiStyles(Workbook wb) {
            Font f = wb.createFont();
            f.setFontName(ThaiTypography.FONT);
            f.setFontHeightInPoints(ThaiTypography.SMALL_SIZE);
            Font bold = wb.createFont();
            bold.setFontName(ThaiTypography.FONT);
            bold.setFontHeightInPoints(ThaiTypography.SMALL_SIZE);
            bold.setBold(true);
            text = wb.createCellStyle();
            text.setFont(f);
            text.setWrapText(false);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }

        CellStyle header() {
            return header;
        }

        CellStyle text() {
            return text;
        }
    }
}
