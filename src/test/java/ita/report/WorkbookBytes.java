package ita.report;

import ita.report.workbook.AgencyWorkbookWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a workbook to bytes and reads it back, as a user's spreadsheet program would receive it. */
public final class WorkbookBytes {

    private WorkbookBytes() {
    }

    public static byte[] write(Consumer<XSSFWorkbook> content) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(wb);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** Sheets written with the agency workbook's own writer, as xlsx bytes. */
    public static byte[] sheets(Consumer<ita.report.xlsx.Workbook> content) throws IOException {
        ita.report.xlsx.Workbook wb = AgencyWorkbookWriter.newWorkbook();
        content.accept(wb);
        return wb.toBytes();
    }

    public static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }
}
