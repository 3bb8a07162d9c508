package ita.report.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.report.typography.TextLines;
import ita.report.typography.ThaiTypography;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportWriterTest {

    @Test
    void theFileColumnIsAsWideAsTheLongestPathAndTheDefaultFontIsThai(@TempDir Path dir) throws Exception {
        String longPath = "2567/อำเภอเมืองนครสุวรรณ/องค์การบริหารส่วนตำบลหนองบัวทอง-รายละเอียดผลการประเมิน.xlsx";
        List<RunReportWriter.FileLine> files = List.of(
                new RunReportWriter.FileLine("2563/indicators-2563.xls", "read", "xls (BIFF)", "", "2563", 12, ""),
                new RunReportWriter.FileLine(longPath, "read", "xlsx", "", "2567", 1, ""));
        RunReportWriter.write(dir, files, List.of());
        try (InputStream in = Files.newInputStream(dir.resolve("run-report.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheet("ไฟล์");
            double width = s.getColumnWidth(0) / 256.0;
            assertTrue(width >= TextLines.width(longPath), "the column holds the path: " + width);
            assertEquals(22.0, s.getColumnWidth(1) / 256.0, 0.01, "the other columns keep their width");
            assertEquals(longPath, s.getRow(2).getCell(0).getStringCellValue());
            assertEquals(ThaiTypography.FONT, wb.getFontAt(0).getFontName(), "rows are fitted to the Thai font");
        }
    }
}
