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
        writeRunCases(dir);
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

    // ---- files whose data a careless run would lose, change or crash on (issue of names, values, outputs) ----

    private static void writeRunCases(Path dir) throws IOException {
        // names from the data that are one path on some file system: a trailing dot, / against _, . against ..,
        // letter case; and two agencies whose names differ only in a character a file name cannot hold
        Files.write(dir.resolve("names-one-path.csv"), utf8("""
                หน่วยงาน,อำเภอ,จังหวัด,ปีงบประมาณ,คะแนนรวม
                อบต.หนองบัว,เมือง,ชัยภูมิ,2567,81.52
                อบต.หนองแวง,เมือง,ชัยภูมิ.,2567,70.10
                อบต.โคกสูง,บ้าน/ใหม่,ชัยภูมิ,2567,75.00
                อบต.โคกกลาง,บ้าน_ใหม่,ชัยภูมิ,2567,76.00
                อบต.ดอนดู่,.,ชัยภูมิ,2567,77.00
                อบต.ดอนแดง,..,ชัยภูมิ,2567,78.00
                อบต.ก/ข,เมือง,ชัยภูมิ,2567,79.00
                อบต.ก_ข,เมือง,ชัยภูมิ,2567,80.00
                อบต.นาดี,Mueang,Chaiyaphum,2567,82.00
                อบต.นาเลา,Mueang,CHAIYAPHUM,2567,83.00
                """));
        // provinces and a district named like the run's own outputs
        Files.write(dir.resolve("names-like-outputs.csv"), utf8("""
                หน่วยงาน,อำเภอ,จังหวัด,ปีงบประมาณ,คะแนนรวม
                อบต.หนึ่ง,เมือง,summary.csv,2567,81.00
                อบต.สอง,เมือง,run-report.csv,2567,82.00
                อบต.สาม,เมือง,สรุปภาพรวม.xlsx,2567,83.00
                อบต.สี่,เมือง,annotated,2567,84.00
                อบต.ห้า,เมือง,SUMMARY.JSON,2567,85.00
                อบต.หก,สรุปจังหวัดเลย.xlsx,เลย,2567,86.00
                """));
        // a score with a decimal comma and no quotes, in the last column and in the middle
        Files.write(dir.resolve("decimal-comma-last.csv"), utf8("""
                หน่วยงาน,อำเภอ,จังหวัด,ปีงบประมาณ,คะแนนรวม
                อบต.นาข่า,เมือง,เลย,2567,81.52
                อบต.นาโป่ง,เมือง,เลย,2567,81,52
                """));
        Files.write(dir.resolve("decimal-comma-middle.csv"), utf8("""
                หน่วยงาน,คะแนนรวม,อำเภอ,จังหวัด,ปีงบประมาณ
                อบต.นาอาน,79,25,เมือง,เลย,2567
                """));
        // a total whose formula was never calculated (as a program that does not calculate saves it)
        String uncalculated = worksheet("<sheetData>" + "<row r=\"1\">" + inline("A1", "หน่วยงาน")
                + inline("B1", "อำเภอ") + inline("C1", "จังหวัด") + inline("D1", "ปีงบประมาณ") + inline("E1", "คะแนนรวม")
                + inline("F1", "IIT") + inline("G1", "EIT") + inline("H1", "OIT") + "</row>"
                + "<row r=\"2\">" + inline("A2", "อบต.ท่าสะอาด") + inline("B2", "เซกา") + inline("C2", "บึงกาฬ")
                + num("D2", "2567") + "<c r=\"E2\"><f>F2*0.3+G2*0.3+H2*0.4</f></c>" + num("F2", "80") + num("G2", "85")
                + num("H2", "90") + "</row><row r=\"3\">" + inline("A3", "อบต.ซาง") + inline("B3", "เซกา")
                + inline("C3", "บึงกาฬ") + num("D3", "2567") + "<c r=\"E3\"><f>F3*0.3+G3*0.3+H3*0.4</f><v>86</v></c>"
                + num("F3", "80") + num("G3", "85") + num("H3", "91") + "</row></sheetData>");
        FormatFixtures.writeZip(dir.resolve("formula-no-cached-value.xlsx"),
                xlsxParts(Map.of("คะแนน", uncalculated), null));
        // one agency and year in two files, its district spelt two ways
        Files.write(dir.resolve("district-spelling-a.csv"), utf8("""
                หน่วยงาน,อำเภอ,จังหวัด,ปีงบประมาณ,คะแนนรวม
                อบต.บ้านแดง,พิบูลย์รักษ์,อุดรธานี,2567,88.10
                """));
        Files.write(dir.resolve("district-spelling-b.csv"), utf8("""
                หน่วยงาน,อำเภอ,จังหวัด,ปีงบประมาณ,คะแนนรวม
                อบต.บ้านแดง,พิบูลรักษ์,อุดรธานี,2567,88.10
                """));
        // an office-equipment table below the agency list, after a blank row and a title
        String below = worksheet("<sheetData>" + "<row r=\"1\">" + inline("A1", "หน่วยงาน") + inline("B1", "อำเภอ")
                + inline("C1", "จังหวัด") + inline("D1", "ปีงบประมาณ") + inline("E1", "คะแนนรวม") + "</row>"
                + "<row r=\"2\">" + inline("A2", "อบต.หนองหาน") + inline("B2", "หนองหาน") + inline("C2", "อุดรธานี")
                + num("D2", "2567") + num("E2", "90.5") + "</row>"
                + "<row r=\"4\">" + inline("A4", "ทะเบียนครุภัณฑ์สำนักงาน") + "</row>"
                + "<row r=\"5\">" + inline("A5", "รายการ") + inline("B5", "ยี่ห้อ") + inline("C5", "ห้อง")
                + inline("D5", "ปีที่ซื้อ") + inline("E5", "จำนวน") + "</row>"
                + "<row r=\"6\">" + inline("A6", "เครื่องพิมพ์") + inline("B6", "Canon") + inline("C6", "ธุรการ")
                + num("D6", "2565") + num("E6", "3") + "</row>"
                + "<row r=\"7\">" + inline("A7", "โต๊ะทำงาน") + inline("B7", "-") + inline("C7", "คลัง")
                + num("D7", "2564") + num("E7", "12") + "</row></sheetData>");
        FormatFixtures.writeZip(dir.resolve("table-below-list.xlsx"), xlsxParts(Map.of("รายชื่อ", below), null));
        writeCommentsBesideWeakCells(dir.resolve("comments-beside-weak-cells.xlsx"));
        // a name longer than one Excel cell holds
        Files.write(dir.resolve("text-over-32767.csv"), utf8("หน่วยงาน,อำเภอ,จังหวัด,ปีงบประมาณ,คะแนนรวม\n"
                + "อบต.นาเพียง" + "ยาว".repeat(11_000) + ",กุมภวาปี,อุดรธานี,2567,80.00\n"));
        writeInlineStringsTemplate(dir.resolve("inline-strings-template.xlsx"));
        // x.xls (a web page) and x.xls.xlsx: both annotated copies would be x.xls.xlsx
        Path copies = Files.createDirectories(dir.resolve("copy-names"));
        Files.write(copies.resolve("x.xls"), utf8("""
                <html><body><table>
                <tr><td>หน่วยงาน</td><td>อำเภอ</td><td>จังหวัด</td><td>ปีงบประมาณ</td><td>คะแนนรวม</td></tr>
                <tr><td>อบต.นาแก</td><td>เมือง</td><td>หนองคาย</td><td>2567</td><td>71.25</td></tr>
                </table></body></html>
                """));
        String x = worksheet("<sheetData>" + "<row r=\"1\">" + inline("A1", "หน่วยงาน") + inline("B1", "อำเภอ")
                + inline("C1", "จังหวัด") + inline("D1", "ปีงบประมาณ") + inline("E1", "คะแนนรวม") + "</row>"
                + "<row r=\"2\">" + inline("A2", "อบต.นาข่า") + inline("B2", "เมือง") + inline("C2", "หนองคาย")
                + num("D2", "2567") + num("E2", "72.5") + "</row></sheetData>");
        FormatFixtures.writeZip(copies.resolve("x.xls.xlsx"), xlsxParts(Map.of("Sheet1", x), null));
        // two folders given on one command line, each with a list.csv
        for (String side : new String[] {"a", "b"}) {
            Path folder = Files.createDirectories(dir.resolve("two-roots-" + side));
            Files.write(folder.resolve("list.csv"), utf8("หน่วยงาน,อำเภอ,จังหวัด,ปีงบประมาณ,คะแนนรวม\n"
                    + "อบต.โพน" + side + ",เมือง,สกลนคร,2567," + ("a".equals(side) ? "73.00" : "74.00") + "\n"));
        }
    }

    /** A province table as an office keeps it: totals under the pass mark, comments beside and on them. */
    private static void writeCommentsBesideWeakCells(Path file) throws IOException {
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("จังหวัด");
            String[] header = {"หน่วยงาน", "อำเภอ", "จังหวัด", "ปีงบประมาณ", "คะแนนรวม", "หมายเหตุ"};
            Row h = s.createRow(0);
            for (int c = 0; c < header.length; c++) {
                h.createCell(c).setCellValue(header[c]);
            }
            Object[][] rows = {{"อบต.โนนสะอาด", 61.5}, {"อบต.โนนทอง", 72.25}, {"อบต.โนนรัง", 95.0}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                row.createCell(0).setCellValue((String) rows[r][0]);
                row.createCell(1).setCellValue("หนองวัวซอ");
                row.createCell(2).setCellValue("อุดรธานี");
                row.createCell(3).setCellValue(2567);
                row.createCell(4).setCellValue((Double) rows[r][1]);
                row.createCell(5).setCellValue("ส่งแล้ว");
            }
            s.getRow(3).setHeightInPoints(500); // taller than Excel holds; the copy must not keep it
            var drawing = s.createDrawingPatriarch();
            var help = wb.getCreationHelper();
            // beside the weak total E2 (where a comment box on E2 would be anchored) and on the weak total E3 itself
            for (int[] at : new int[][] {{1, 5}, {2, 4}, {1, 6}}) {
                var anchor = help.createClientAnchor();
                anchor.setRow1(at[0]);
                anchor.setCol1(at[1]);
                anchor.setRow2(at[0] + 3);
                anchor.setCol2(at[1] + 3);
                var comment = drawing.createCellComment(anchor);
                comment.setString(help.createRichTextString("ตรวจสอบแล้ว"));
                comment.setAuthor("สำนักงานจังหวัด");
                Row row = s.getRow(at[0]);
                (row.getCell(at[1]) == null ? row.createCell(at[1]) : row.getCell(at[1])).setCellComment(comment);
            }
            wb.write(out);
        }
    }

    /** A template as openpyxl saves it: every text an inline string, no shared strings. */
    private static void writeInlineStringsTemplate(Path file) throws IOException {
        String sheet = worksheet("<sheetData>"
                + "<row r=\"1\">" + inline("A1", "แบบรายงานของ ${agency.name}") + "</row>"
                + "<row r=\"2\">" + inline("A2", "คะแนนรวม") + inline("B2", "${total}") + inline("C2", "ระดับ ${level}")
                + "</row>"
                + "<row r=\"3\">" + inline("A3", "${each measure} ${m.measure}") + inline("B3", "${m.responsible}")
                + "</row></sheetData>");
        FormatFixtures.writeZip(file, xlsxParts(Map.of("แบบรายงาน", sheet), null));
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
