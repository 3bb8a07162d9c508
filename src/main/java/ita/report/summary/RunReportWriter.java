package ita.report.summary;

import ita.model.Finding;
import ita.report.AtomicFiles;
import ita.report.typography.ThaiTypography;
import ita.report.xlsx.Font;
import ita.report.xlsx.Sheet;
import ita.report.xlsx.Style;
import ita.report.xlsx.StyleSheet;
import ita.report.xlsx.Workbook;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
            Workbook wb = new Workbook(STYLES);
            Sheet s = table(wb, "ไฟล์", FILE_HEADER_TH, files.size());
            int r = 1;
            for (FileLine f : files) {
                text(s, r, 0, f.file());
                text(s, r, 1, f.outcome());
                text(s, r, 2, f.format());
                text(s, r, 3, f.layouts());
                text(s, r, 4, f.years());
                s.number(r, 5, f.records(), 0);
                text(s, r++, 6, f.reason());
            }
            fitWidth(s, 0, files.stream().map(FileLine::file).toList());
            Sheet fs = table(wb, "ข้อสังเกต", FINDING_HEADER_TH, findings.size());
            r = 1;
            for (Finding x : findings) {
                text(fs, r, 0, x.severity().label());
                text(fs, r, 1, x.kind());
                text(fs, r, 2, nz(x.where().file()));
                text(fs, r, 3, nz(x.where().sheet()));
                text(fs, r, 4, nz(x.where().cell()));
                text(fs, r, 5, nz(x.message()));
                text(fs, r++, 6, nz(x.fix()));
            }
            fitWidth(fs, 2, findings.stream().map(x -> nz(x.where().file())).toList());
            wb.write(out);
        });
        return List.of(csv, xlsx);
    }

    /** A sheet with its header row frozen, its columns' widths and, when it has rows, filter buttons. */
    private static Sheet table(Workbook wb, String name, List<String> header, int rows) {
        Sheet s = wb.addSheet(name);
        for (int i = 0; i < header.size(); i++) {
            s.text(0, i, header.get(i), HEADER);
            s.width(i, i >= 5 ? 60 : MIN_WIDTH);
        }
        s.freeze(1, 0);
        if (rows > 0) {
            s.autoFilter(0, 0, rows, header.size() - 1);
        }
        return s;
    }

    /** Widens a column of file paths to the longest of them (within limits), so that no path is cut short. */
    private static void fitWidth(Sheet s, int col, List<String> texts) {
        double widest = 0;
        for (String t : texts) {
            widest = Math.max(widest, ita.report.typography.TextLines.width(SheetTable.clean(t)));
        }
        s.width(col, (int) Math.min(MAX_PATH_WIDTH, Math.max(MIN_WIDTH, Math.ceil(widest) + 2)));
    }

    private static final int MIN_WIDTH = 22;
    private static final int MAX_PATH_WIDTH = 90;

    private static void text(Sheet s, int r, int c, String value) {
        s.text(r, c, SheetTable.clean(value), TEXT);
    }

    /** Never null, and one printable line whatever an input file's names held. */
    private static String nz(String s) {
        return s == null ? "" : Finding.printable(s);
    }

    /** Thai text in a smaller size, as the lines are many; the default font the same, so that rows fit it. */
    private static final Style TEXT_STYLE = Style.of(Font.of(ThaiTypography.FONT, ThaiTypography.SMALL_SIZE, false));
    private static final Style HEADER_STYLE = Style.of(Font.of(ThaiTypography.FONT, ThaiTypography.SMALL_SIZE, true))
            .fill("C0C0C0");
    private static final StyleSheet STYLES = StyleSheet.builder(Font.of(ThaiTypography.FONT, ThaiTypography.SMALL_SIZE, false)).add(TEXT_STYLE)
            .add(HEADER_STYLE).build();
    private static final int TEXT = STYLES.index(TEXT_STYLE);
    private static final int HEADER = STYLES.index(HEADER_STYLE);
}
