package ita.report.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.measures.MeasurePlan;
import ita.measures.MeasurePlanner;
import ita.measures.PlanFixtures;
import ita.report.LibreOfficeHarness;
import ita.report.WorkbookBytes;
import ita.report.WorkbookDump;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice opens the measures workbook, prints it, and saves it again without losing anything we wrote. */
class MeasuresWorkbookLibreOfficeTest {

    @TempDir
    Path dir;
    private Path workbook;
    private final MeasurePlan plan = MeasurePlanner.standard().plan(PlanFixtures.tabKhlo2565());

    @BeforeEach
    void write() throws IOException {
        workbook = dir.resolve("มาตรการ-ทับคล้อ-2566.xlsx");
        Files.write(workbook, WorkbookBytes.sheets(wb -> {
            MeasuresSheetWriter.write(wb, plan, WorkbookOptions.defaults());
            ProgressReportSheetWriter.write(wb, plan, WorkbookOptions.defaults());
        }));
    }

    @Test
    void convertsToANonEmptyPdf() throws IOException {
        Path pdf = LibreOfficeHarness.require().toPdf(workbook, dir.resolve("pdf"));
        byte[] bytes = Files.readAllBytes(pdf);
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
        assertTrue(bytes.length > 20_000, "PDF of " + bytes.length + " bytes");
    }

    /**
     * Measured, not assumed: LibreOffice prints the sheet on A4 landscape, one page wide, and the size its body text
     * is set in on the page is read from the PDF. 16 pt cells must not shrink below 12 pt.
     */
    @Test
    void theMeasuresSheetPrintsItsTextAtTwelvePointsOrMoreOnA4() throws IOException {
        for (String sheet : List.of(MeasuresSheetWriter.SHEET, ScheduleSheetWriter.SHEET,
                ProgressReportSheetWriter.SHEET_6)) {
            Path one = dir.resolve(sheet.replace(' ', '-') + ".xlsx");
            Files.write(one, WorkbookBytes.sheets(wb -> {
                MeasuresSheetWriter.write(wb, plan, WorkbookOptions.defaults());
                ProgressReportSheetWriter.write(wb, plan, WorkbookOptions.defaults());
                wb.sheets().forEach(s -> s.hidden(!s.name().equals(sheet)));
            }));
            byte[] pdf = Files.readAllBytes(LibreOfficeHarness.require().toPdf(one, dir.resolve("pdf-" + sheet.hashCode())));
            java.util.TreeMap<Double, Integer> sizes = ita.report.PdfFontSizes.of(pdf);
            double body = ita.report.PdfFontSizes.body(pdf);
            assertTrue(body >= 12.0, sheet + " prints its body at " + body + " pt: " + sizes);
            // no text of the sheet is set smaller than three quarters of 14 pt, the month headers
            assertTrue(sizes.firstKey() >= 10.4, sheet + ": " + sizes);
        }
    }

    @Test
    void datesShowTheBuddhistEraWithThaiMonthsAndThaiDigits() throws IOException {
        Path in = dir.resolve("dates.xlsx");
        double serial = DateUtil.getExcelDate(LocalDate.of(2023, 1, 5));
        Files.write(in, WorkbookBytes.sheets(wb -> wb.addSheet("d").width(0, 20).width(1, 20)
                .number(0, 0, serial, FormStyles.date(false)).number(0, 1, serial, FormStyles.date(true))));
        String csv = Files.readString(LibreOfficeHarness.require().toCsv(in, 1, dir.resolve("csv")),
                StandardCharsets.UTF_8).strip();
        assertEquals("5 ม.ค. 2566,๕ ม.ค. ๒๕๖๖", csv);
    }

    @Test
    void valuesSurviveSavingAgainInLibreOffice() throws IOException {
        Path resaved = LibreOfficeHarness.require().toXlsx(workbook, dir.resolve("xlsx"));
        String ours = cells(Files.readAllBytes(workbook));
        String theirs = cells(Files.readAllBytes(resaved));
        assertEquals(ours, theirs);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(resaved))) {
            assertEquals(1, wb.getSheet(MeasuresSheetWriter.SHEET).getDataValidations().size());
            assertTrue(wb.isSheetHidden(wb.getSheetIndex("รายการ")));
            // LibreOffice writes the spaces of the format escaped: d\ mmm\ yyyy
            assertEquals(FormStyles.DATE_FORMAT, wb.getSheet(ProgressReportSheetWriter.SHEET_6).getRow(6)
                    .getCell(8).getCellStyle().getDataFormatString().replace("\\", ""));
        }
    }

    /** Only the cell lines of the dump: LibreOffice writes merges and validations in its own way. */
    private static String cells(byte[] xlsx) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (String line : WorkbookDump.of(xlsx).split("\n")) {
            if (line.contains("!") && line.contains(" = ")) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }
}
