package ita.ingest;

import static ita.ingest.FormatFixtures.REL_NS;
import static ita.ingest.FormatFixtures.sst;
import static ita.ingest.FormatFixtures.utf8;
import static ita.ingest.FormatFixtures.worksheet;
import static ita.ingest.FormatFixtures.xlsxParts;
import static ita.ingest.FormatFixtures.zipBytes;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes the hostile and broken inputs of src/test/resources/hostile. Run once after changing a case:
 * {@code java -cp target/test-classes:target/classes:<deps> ita.ingest.HostileFixtures [folder]}.
 * The files are committed; tests never regenerate them, except the large one made by
 * {@link #writeMillionEmptyRows(Path)}, which is written at test time to keep the repository small.
 */
public final class HostileFixtures {

    static final String AGENCY_HEADER = "<row r=\"1\">" + inline("A1", "หน่วยงาน") + inline("B1", "อำเภอ")
            + inline("C1", "จังหวัด") + inline("D1", "ปีงบประมาณ") + inline("E1", "คะแนนรวม") + "</row>";

    private HostileFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/hostile");
        Files.createDirectories(dir);
        writeLocalFileCases(dir);
        writeBombCases(dir);
        writeLayoutCases(dir);
        writeTextCases(dir);
    }

    // ---- reading outside the file ---------------------------------------------------------------

    private static void writeLocalFileCases(Path dir) throws IOException {
        // an entity in the shared strings that would pull the password list into a cell
        Map<String, byte[]> sharedXxe = xlsxParts(Map.of("Sheet1", worksheet(
                "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>")), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE sst [<!ENTITY passwd SYSTEM "file:///etc/passwd">]>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">\
                <si><t>&passwd;</t></si></sst>""");
        FormatFixtures.writeZip(dir.resolve("xxe-passwd.xlsx"), sharedXxe);

        // an external DTD on the workbook part, which a parser loading DTDs would fetch
        Map<String, byte[]> externalDtd = xlsxParts(Map.of("Sheet1", worksheet("<sheetData/>")), null);
        String workbook = new String(externalDtd.get("xl/workbook.xml"), StandardCharsets.UTF_8)
                .replace("?><workbook", "?>\n<!DOCTYPE workbook SYSTEM \"file:///etc/passwd\">\n<workbook");
        externalDtd.put("xl/workbook.xml", utf8(workbook));
        FormatFixtures.writeZip(dir.resolve("xxe-external-dtd.xlsx"), externalDtd);

        // HTML keeps its DOCTYPE entities unexpanded
        Files.write(dir.resolve("xxe-passwd.xls"), utf8("""
                <!DOCTYPE html [<!ENTITY passwd SYSTEM "file:///etc/passwd">]>
                <html><body><table><tr><td>หน่วยงาน</td><td>&passwd;</td></tr></table></body></html>
                """));

        // a sheet relationship climbing out of the archive, and an external one naming a local file
        Map<String, byte[]> traversal = xlsxParts(Map.of("Sheet1", worksheet("<sheetData/>")), null);
        String rels = new String(traversal.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8)
                .replace("Target=\"worksheets/sheet1.xml\"", "Target=\"../../../../../../../../etc/passwd\"")
                .replace("</Relationships>", "<Relationship Id=\"rIdX\" Type=\"" + REL_NS + "/externalLink\""
                        + " Target=\"file:///etc/passwd\" TargetMode=\"External\"/></Relationships>");
        traversal.put("xl/_rels/workbook.xml.rels", utf8(rels));
        FormatFixtures.writeZip(dir.resolve("rels-traversal.xlsx"), traversal);
    }

    // ---- bombs and locked archives --------------------------------------------------------------

    private static void writeBombCases(Path dir) throws IOException {
        // one small, very compressible worksheet part listed as 1,000 sheets: 900 MB once read
        Map<String, byte[]> parts = xlsxParts(Map.of("Sheet1",
                worksheet("<sheetData>" + " ".repeat(900 * 1024) + "</sheetData>")), null);
        StringBuilder sheets = new StringBuilder();
        for (int i = 1; i <= 1000; i++) {
            sheets.append("<sheet name=\"S").append(i).append("\" sheetId=\"").append(i).append("\" r:id=\"rId1\"/>");
        }
        String workbook = new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8)
                .replaceAll("<sheets>.*</sheets>", "<sheets>" + sheets + "</sheets>");
        parts.put("xl/workbook.xml", utf8(workbook));
        FormatFixtures.writeZip(dir.resolve("repeated-part-bomb.xlsx"), parts);

        // a zip with a password (traditional PKWARE encryption flag) renamed to .xlsx
        byte[] locked = zipBytes(xlsxParts(Map.of("Sheet1", worksheet("<sheetData/>")), null));
        setEncryptedFlag(locked, "xl/workbook.xml");
        Files.write(dir.resolve("zip-password.xlsx"), locked);

        StringBuilder lol = new StringBuilder("<!DOCTYPE html [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        lol.append("]>\n<html><body><table><tr><td>&lol9;</td></tr></table></body></html>\n");
        Files.write(dir.resolve("billion-laughs.xls"), utf8(lol.toString()));
    }

    /** Sets bit 0 (encrypted) of the general purpose flags in the local and central headers of one entry. */
    static void setEncryptedFlag(byte[] zip, String name) {
        byte[] wanted = utf8(name);
        for (int i = 0; i + 46 <= zip.length; i++) {
            int signature = (zip[i] & 0xFF) | (zip[i + 1] & 0xFF) << 8 | (zip[i + 2] & 0xFF) << 16
                    | (zip[i + 3] & 0xFF) << 24;
            int nameAt = signature == 0x04034b50 ? 30 : signature == 0x02014b50 ? 46 : -1;
            int flagsAt = signature == 0x04034b50 ? 6 : 8;
            if (nameAt > 0 && Arrays.equals(zip, i + nameAt, Math.min(zip.length, i + nameAt + wanted.length),
                    wanted, 0, wanted.length)) {
                zip[i + flagsAt] |= 1;
            }
        }
    }

    // ---- files the reader reads but layout recognition must judge -------------------------------

    private static void writeLayoutCases(Path dir) throws IOException {
        Map<String, String> plan = new LinkedHashMap<>();
        plan.put("แผนงาน", worksheet("<sheetData><row r=\"1\">" + inline("A1", "รายการจัดซื้อวัสดุสำนักงาน")
                + "</row><row r=\"3\">" + inline("A3", "ลำดับ") + inline("B3", "รายการ") + inline("C3", "จำนวน")
                + "</row><row r=\"4\"><c r=\"A4\"><v>1</v></c>" + inline("B4", "กระดาษ A4") + "<c r=\"C4\"><v>20</v>"
                + "</c></row></sheetData>"));
        plan.put("Sheet2", worksheet("<sheetData/>"));
        FormatFixtures.writeZip(dir.resolve("no-recognised-sheet.xlsx"), xlsxParts(plan, null));

        // a two-row header: คะแนน merged over IIT/EIT/OIT, and คะแนนรวม written twice
        String headers = worksheet("<sheetData><row r=\"1\">" + inline("A1", "หน่วยงาน") + inline("B1", "คะแนน")
                + inline("E1", "คะแนนรวม") + inline("F1", "คะแนนรวม") + "</row><row r=\"2\">" + inline("B2", "IIT")
                + inline("C2", "EIT") + inline("D2", "OIT") + "</row><row r=\"3\">" + inline("A3", "อบต.นาทราย")
                + num("B3", "85.1") + num("C3", "80.25") + num("D3", "79.5") + num("E3", "81.52") + num("F3", "81.25")
                + "</row></sheetData><mergeCells count=\"4\"><mergeCell ref=\"A1:A2\"/><mergeCell ref=\"B1:D1\"/>"
                + "<mergeCell ref=\"E1:E2\"/><mergeCell ref=\"F1:F2\"/></mergeCells>");
        FormatFixtures.writeZip(dir.resolve("duplicate-merged-headers.xlsx"),
                xlsxParts(Map.of("รายชื่อ", headers), null));

        String errors = worksheet("<sheetData>" + AGENCY_HEADER + "<row r=\"2\">" + inline("A2", "อบต.นาทราย")
                + inline("B2", "พิบูลย์รักษ์") + inline("C2", "อุดรธานี") + num("D2", "2567")
                + "<c r=\"E2\" t=\"e\"><f>SUM(F2:G2)/0</f><v>#DIV/0!</v></c></row><row r=\"3\">"
                + inline("A3", "อบต.บาตง") + inline("B3", "พิบูลย์รักษ์") + inline("C3", "อุดรธานี") + num("D3", "2567")
                + "<c r=\"E3\" t=\"e\"><f>#REF!+1</f><v>#REF!</v></c></row><row r=\"4\">" + inline("A4", "อบต.ดอนกลอย")
                + inline("B4", "พิบูลย์รักษ์") + inline("C4", "อุดรธานี") + num("D4", "2567")
                + "<c r=\"E4\" t=\"e\"><v>#N/A</v></c></row></sheetData>");
        FormatFixtures.writeZip(dir.resolve("formula-errors.xlsx"), xlsxParts(Map.of("คะแนน", errors), null));
        writeFormulaErrorsXls(dir.resolve("formula-errors.xls"));

        String scores = worksheet("<sheetData>" + AGENCY_HEADER + scoreRow(2, "อบต.นาทราย", num("E2", "105.5"))
                + scoreRow(3, "อบต.บาตง", num("E3", "-3")) + scoreRow(4, "อบต.ดอนกลอย", inline("E4", "81.67 คะแนน"))
                + scoreRow(5, "อบต.นาม่วง", inline("E5", "92%")) + scoreRow(6, "อบต.โนนทอง", inline("E6", "๘๑,๖๗"))
                + "</sheetData>");
        FormatFixtures.writeZip(dir.resolve("out-of-range-scores.xlsx"), xlsxParts(Map.of("คะแนน", scores), null));

        // the same agency and year in two files, with different totals
        Files.write(dir.resolve("duplicate-agency-a.csv"), utf8("""
                หน่วยงาน,อำเภอ,จังหวัด,ปีงบประมาณ,คะแนนรวม
                อบต.นาทราย,พิบูลย์รักษ์,อุดรธานี,2567,81.52
                """));
        String other = worksheet("<sheetData>" + AGENCY_HEADER + scoreRow(2, "องค์การบริหารส่วนตำบลนาทราย",
                num("E2", "84.1")) + "</sheetData>");
        FormatFixtures.writeZip(dir.resolve("duplicate-agency-b.xlsx"), xlsxParts(Map.of("Sheet1", other), null));

        // sheet names with a newline and a terminal escape (XML 1.1 allows them as character references)
        Map<String, byte[]> control = xlsxParts(Map.of("Sheet1", worksheet("<sheetData><row r=\"1\">"
                + inline("A1", "หน่วยงาน") + "</row><row r=\"2\">" + inline("A2", "อบต.นาทราย") + "</row></sheetData>")),
                null);
        String controlWorkbook = new String(control.get("xl/workbook.xml"), StandardCharsets.UTF_8)
                .replace("version=\"1.0\"", "version=\"1.1\"").replace("name=\"Sheet1\"", "name=\"a&#10;b&#x1B;[31m\"");
        control.put("xl/workbook.xml", utf8(controlWorkbook));
        FormatFixtures.writeZip(dir.resolve("control-chars-sheet-name.xlsx"), control);
    }

    private static void writeFormulaErrorsXls(Path file) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = wb.createSheet("คะแนน");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("หน่วยงาน");
            header.createCell(1).setCellValue("คะแนนรวม");
            Row div = sheet.createRow(1);
            div.createCell(0).setCellValue("อบต.นาทราย");
            div.createCell(1).setCellFormula("1/0");
            Row ref = sheet.createRow(2);
            ref.createCell(0).setCellValue("อบต.บาตง");
            ref.createCell(1).setCellErrorValue(FormulaError.REF.getCode());
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
    }

    private static String scoreRow(int row, String agency, String scoreCell) {
        return "<row r=\"" + row + "\">" + inline("A" + row, agency) + inline("B" + row, "พิบูลย์รักษ์")
                + inline("C" + row, "อุดรธานี") + num("D" + row, "2567") + scoreCell + "</row>";
    }

    static String inline(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    static String num(String ref, String value) {
        return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
    }

    // ---- text files -----------------------------------------------------------------------------

    private static void writeTextCases(Path dir) throws IOException {
        Files.write(dir.resolve("prose-named.xlsx"), utf8("""
                เรียน นายอำเภอพิบูลย์รักษ์
                ขอส่งผลการประเมิน ITA ตามที่ได้รับแจ้ง ไฟล์จริงจะส่งให้ทางไลน์อีกครั้ง
                """));
        String table = "หน่วยงาน\tคะแนนรวม\r\nอบต.นาทราย\t81.52\r\n";
        // what Excel writes for "Unicode Text": UTF-16 little endian with a BOM, tab-separated
        Files.write(dir.resolve("utf16-bom-tab.csv"), FormatFixtures.concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                table.getBytes(StandardCharsets.UTF_16LE)));
        Files.write(dir.resolve("utf16-no-bom.csv"), table.getBytes(StandardCharsets.UTF_16LE));
        // a UTF-8 header pasted above windows-874 rows: not valid UTF-8, so all of it is read as windows-874
        Files.write(dir.resolve("mixed-encoding.csv"), FormatFixtures.concat(utf8("หน่วยงาน,คะแนนรวม\n"),
                "อบต.นาทราย,81.52\n".getBytes(TextEncoding.WINDOWS_874)));
        Files.write(dir.resolve("unterminated-quote.csv"),
                utf8("หน่วยงาน,ความเห็น\nอบต.นาทราย,\"ยังไม่ปิดเครื่องหมายคำพูด\nอบต.บาตง,ดี\n"));
    }

    /**
     * An xlsx whose one sheet has a header, one agency row and then formatted rows without values down
     * to Excel's last row, 1,048,576, as when a whole column is given a border: about 3 MB on disk, 80 MB
     * once unzipped.
     */
    static Path writeMillionEmptyRows(Path file) throws IOException {
        Map<String, byte[]> parts = xlsxParts(Map.of("Sheet1", worksheet("<sheetData/>")), null);
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)),
                StandardCharsets.UTF_8)) {
            zip.setLevel(1);
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                if (part.getKey().equals("xl/worksheets/sheet1.xml")) {
                    writeEmptyRows(zip);
                } else {
                    zip.write(part.getValue());
                }
                zip.closeEntry();
            }
        }
        return file;
    }

    private static void writeEmptyRows(OutputStream zip) throws IOException {
        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        String sheet = worksheet("<sheetData>@</sheetData>");
        w.write(sheet, 0, sheet.indexOf('@'));
        w.write("<row r=\"1\">" + inline("A1", "หน่วยงาน") + inline("B1", "คะแนนรวม") + "</row><row r=\"2\">"
                + inline("A2", "อบต.นาทราย") + num("B2", "81.52") + "</row>");
        StringBuilder row = new StringBuilder(128);
        for (int r = 3; r <= 1_048_576; r++) {
            row.setLength(0);
            row.append("<row r=\"").append(r).append("\" spans=\"1:2\" s=\"1\" customFormat=\"1\">");
            if (r % 10 == 0) { // some rows also list their formatted cells, without values
                row.append("<c r=\"A").append(r).append("\" s=\"1\"/><c r=\"B").append(r).append("\" s=\"1\"/>");
            }
            w.append(row).append("</row>");
        }
        w.write(sheet, sheet.indexOf('@') + 1, sheet.length() - sheet.indexOf('@') - 1);
        w.flush();
    }
}
