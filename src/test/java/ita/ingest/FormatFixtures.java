package ita.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the format fixtures of src/test/resources/ingest/formats. Run once after changing a case:
 * {@code java -cp target/test-classes:target/classes:<deps> ita.ingest.FormatFixtures [folder]}.
 * The files are committed; tests never regenerate them.
 */
public final class FormatFixtures {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String THAI_TITLE = "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๗";

    private FormatFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/ingest/formats");
        Files.createDirectories(dir);
        writeXlsxCases(dir);
        writeBadXlsxCases(dir);
        writeXlsCases(dir);
        writeHtmlCases(dir);
        writeCsvCases(dir);
        writeOtherBadCases(dir);
    }

    // ---- xlsx -----------------------------------------------------------------------------------

    /** The parts of a minimal xlsx with the given sheets (name → worksheet xml) and shared strings. */
    static Map<String, byte[]> xlsxParts(Map<String, String> sheets, String sharedStrings) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        StringBuilder types = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" \
                ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
        StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\"><sheets>");
        StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
        int n = 0;
        for (Map.Entry<String, String> sheet : sheets.entrySet()) {
            n++;
            types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
            workbook.append("<sheet name=\"").append(sheet.getKey()).append("\" sheetId=\"").append(n)
                    .append("\" r:id=\"rId").append(n).append("\"/>");
            rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"").append(REL_NS)
                    .append("/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
        }
        if (sharedStrings != null) {
            types.append("<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            rels.append("<Relationship Id=\"rIdS\" Type=\"").append(REL_NS)
                    .append("/sharedStrings\" Target=\"sharedStrings.xml\"/>");
        }
        types.append("</Types>");
        workbook.append("</sheets></workbook>");
        rels.append("</Relationships>");
        parts.put("[Content_Types].xml", utf8(types.toString()));
        parts.put("_rels/.rels", utf8("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" \
                Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
                Target="xl/workbook.xml"/></Relationships>"""));
        parts.put("xl/workbook.xml", utf8(workbook.toString()));
        parts.put("xl/_rels/workbook.xml.rels", utf8(rels.toString()));
        if (sharedStrings != null) {
            parts.put("xl/sharedStrings.xml", utf8(sharedStrings));
        }
        n = 0;
        for (String xml : sheets.values()) {
            parts.put("xl/worksheets/sheet" + (++n) + ".xml", utf8(xml));
        }
        return parts;
    }

    static String worksheet(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"" + MAIN_NS
                + "\" xmlns:r=\"" + REL_NS + "\">" + body + "</worksheet>";
    }

    static String sst(String... items) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\""
                + MAIN_NS + "\" count=\"" + items.length + "\" uniqueCount=\"" + items.length + "\">");
        for (String item : items) {
            sb.append("<si>").append(item).append("</si>");
        }
        return sb.append("</sst>").toString();
    }

    static Map<String, byte[]> mixedCellTypes() {
        String shared = sst(
                "<t>" + THAI_TITLE + "</t>",
                "<r><t xml:space=\"preserve\">ประจำปี </t></r><r><rPr><b/></rPr><t>2567</t></r>"
                        + "<rPh sb=\"0\" eb=\"1\"><t>PHONETIC</t></rPh>",
                "<t></t>");
        String sheet1 = worksheet("""
                <dimension ref="A1:D7"/><sheetData>\
                <row r="1"><c r="A1" t="s"><v>0</v></c></row>\
                <row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="inlineStr"><is><t>หน่วยงาน</t></is></c>\
                <c r="C2" t="inlineStr"><is><r><t>คะแนน</t></r><r><rPr><i/></rPr><t>รวม</t></r></is></c></row>\
                <row r="3"><c r="A3"><v>81.670000000000002</v></c><c r="B3" t="n"><v>100</v></c>\
                <c r="C3"><f>A3+B3</f><v>181.67</v></c><c r="D3" t="str"><f>IF(A3&gt;80,"ผ่าน","ไม่ผ่าน")</f>\
                <v>ผ่าน</v></c></row>\
                <row r="4"><c r="A4" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B4" t="b"><v>1</v></c>\
                <c r="C4" t="s"><v>2</v></c><c r="D4"><f>NOW()</f></c></row>\
                <row r="6"><c><v>1</v></c><c><v>2.50</v></c><c t="inlineStr"><is><t>a_x000D_b</t></is></c></row>\
                <row><c r="A7"><v>7.0000000000000007E-2</v></c><c r="B7"><v>1E-3</v></c></row>\
                </sheetData><mergeCells count="2"><mergeCell ref="A1:D1"/><mergeCell ref="A6:A7"/></mergeCells>""");
        String sheet2 = worksheet("<sheetData><row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>x</t></is></c></row>"
                + "</sheetData>");
        Map<String, String> sheets = new LinkedHashMap<>();
        sheets.put("ตัวชี้วัด", sheet1);
        sheets.put("Sheet2", sheet2);
        Map<String, byte[]> parts = xlsxParts(sheets, shared);
        // a chart sheet is listed but has no cells; the reader must pass it by
        String workbook = new String(parts.get("xl/workbook.xml"), StandardCharsets.UTF_8)
                .replace("</sheets>", "<sheet name=\"กราฟ\" sheetId=\"9\" r:id=\"rIdC\"/></sheets>");
        String rels = new String(parts.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8)
                .replace("</Relationships>", "<Relationship Id=\"rIdC\" Type=\"" + REL_NS
                        + "/chartsheet\" Target=\"chartsheets/sheet1.xml\"/></Relationships>");
        parts.put("xl/workbook.xml", utf8(workbook));
        parts.put("xl/_rels/workbook.xml.rels", utf8(rels));
        return parts;
    }

    private static void writeXlsxCases(Path dir) throws IOException {
        writeZip(dir.resolve("mixed-cell-types.xlsx"), mixedCellTypes());

        String thai = sst("<t>คะแนนรวม</t>", "<t>๘๑.๖๗</t>", "<t>ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</t>");
        writeZip(dir.resolve("thai-digits.xlsx"), xlsxParts(Map.of("ผลคะแนน", worksheet("""
                <sheetData><row r="1"><c r="A1" t="s"><v>2</v></c></row>\
                <row r="3"><c r="A3" t="s"><v>0</v></c><c r="B3" t="s"><v>1</v></c></row></sheetData>""")), thai));

        // prefixed elements and cells without references, as some generators write them
        String prefixed = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><x:worksheet xmlns:x=\"" + MAIN_NS + "\">"
                + "<x:sheetData><x:row><x:c t=\"inlineStr\"><x:is><x:t>หน่วยงาน</x:t></x:is></x:c>"
                + "<x:c t=\"inlineStr\"><x:is><x:t>คะแนน</x:t></x:is></x:c></x:row>"
                + "<x:row><x:c t=\"inlineStr\"><x:is><x:t>อบต.บาตง</x:t></x:is></x:c><x:c><x:v>91.93</x:v></x:c>"
                + "</x:row></x:sheetData></x:worksheet>";
        writeZip(dir.resolve("prefixed-namespace.xlsx"), xlsxParts(Map.of("Data", prefixed), null));

        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            fillPoiSheet(wb);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            writeWorkbook(dir.resolve("written-by-poi.xlsx"), wb);
        }
    }

    /** The same small sheet for the xlsx and xls written by POI. */
    private static void fillPoiSheet(Workbook wb) {
        Sheet sheet = wb.createSheet("คะแนน");
        Row r0 = sheet.createRow(0);
        r0.createCell(0).setCellValue(THAI_TITLE);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
        Row r1 = sheet.createRow(1);
        r1.createCell(0).setCellValue(81.67);
        r1.createCell(1).setCellValue(100);
        r1.createCell(2).setCellFormula("A2+B2");
        Row r2 = sheet.createRow(2);
        r2.createCell(0).setCellValue(true);
        r2.createCell(1).setCellFormula("1/0");
        r2.createCell(2).setCellFormula("\"ผ่\"&\"าน\"");
        r2.createCell(3).setCellValue(0.1 + 0.2);
        wb.createSheet("Sheet2").createRow(1).createCell(1).setCellValue("x");
    }

    private static void writeBadXlsxCases(Path dir) throws Exception {
        byte[] good = zipBytes(mixedCellTypes());
        Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(good, good.length / 2));

        Map<String, byte[]> readme = new LinkedHashMap<>();
        readme.put("readme.txt", utf8("ผลการประเมิน ITA"));
        writeZip(dir.resolve("zip-without-workbook.xlsx"), readme);

        String spaces = " ".repeat(15 << 20);
        Map<String, byte[]> bomb = xlsxParts(Map.of("Sheet1", worksheet("<sheetData>" + spaces + "</sheetData>")),
                null);
        writeZip(dir.resolve("zip-bomb.xlsx"), bomb);
        byte[] understated = zipBytes(bomb);
        setCentralSize(understated, "xl/worksheets/sheet1.xml", 1000);
        Files.write(dir.resolve("zip-bomb-understated-size.xlsx"), understated);

        Map<String, byte[]> xxe = xlsxParts(Map.of("Sheet1", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
                <row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>"""),
                null);
        writeZip(dir.resolve("xxe.xlsx"), xxe);

        StringBuilder lol = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE sst [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            lol.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">");
        }
        lol.append("]>\n<sst xmlns=\"").append(MAIN_NS).append("\"><si><t>&lol9;</t></si></sst>");
        writeZip(dir.resolve("billion-laughs.xlsx"), xlsxParts(Map.of("Sheet1", worksheet("<sheetData/>")),
                lol.toString()));

        byte[] bzip2 = zipBytes(xlsxParts(Map.of("Sheet1", worksheet(
                "<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData>")), null));
        setMethod(bzip2, "xl/worksheets/sheet1.xml", 12);
        Files.write(dir.resolve("bzip2-method.xlsx"), bzip2);

        POIFSFileSystem fs = new POIFSFileSystem();
        Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
        encryptor.confirmPassword("secret");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = encryptor.getDataStream(fs)) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("ลับ");
            wb.write(os);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("encrypted.xlsx"))) {
            fs.writeFilesystem(out);
        }
        fs.close();
    }

    // ---- xls ------------------------------------------------------------------------------------

    private static void writeXlsCases(Path dir) throws IOException {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            fillPoiSheet(wb);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            writeWorkbook(dir.resolve("basic.xls"), wb);
        }
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("ลับ");
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            writeWorkbook(dir.resolve("encrypted.xls"), wb);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        // a BIFF8 BOF record, then a record claiming more bytes than the stream holds
        byte[] broken = {0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00, 0x54, 0x38, (byte) 0xCD, 0x07, (byte) 0xC1,
            0x00, 0x00, 0x00, 0x06, 0x03, 0x00, 0x00, 0x31, 0x00, 0x40, 0x00, 0x01, 0x02, 0x03};
        writeOle2(dir.resolve("broken-biff.xls"), "Workbook", broken);
        // a BIFF5 (Excel 5.0/95) BOF record in a "Book" stream
        byte[] biff5 = {0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00,
            0x00};
        writeOle2(dir.resolve("excel-95.xls"), "Book", biff5);
        writeOle2(dir.resolve("ole2-without-workbook.xls"), "WordDocument", utf8("not a workbook"));
    }

    private static void writeOle2(Path file, String stream, byte[] content) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(content), stream);
            fs.writeFilesystem(out);
        }
    }

    // ---- HTML -----------------------------------------------------------------------------------

    static String htmlReport(String meta) {
        return "<html><head>" + meta + "<title>ITAS</title></head><body>\n"
                + """
                <table border="1">
                <tr><th colspan="3">%s</th></tr>
                <tr><th rowspan="2">หน่วยงาน</th><th colspan="2">คะแนน</th></tr>
                <tr><th>IIT</th><th>EIT</th></tr>
                <tr><td>อบต.นาทราย<br>อ.พิบูลย์รักษ์</td><td>81.67</td><td>  83.13 </td></tr>
                <tr><td rowspan="2">อบต.บาตง</td><td>93.48</td><td>89.45</td></tr>
                <tr><td>&nbsp;</td><td>90.00</td></tr>
                </table>
                <table><tr><td>ตารางที่สอง</td></tr></table>
                </body></html>
                """.formatted(THAI_TITLE);
    }

    private static void writeHtmlCases(Path dir) throws IOException {
        Files.write(dir.resolve("html-table-utf8.xls"), utf8(htmlReport("<meta charset=\"utf-8\">")));
        Files.write(dir.resolve("html-table-windows-874.xls"), htmlReport(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-874\">")
                .getBytes(TextEncoding.WINDOWS_874));
        Files.write(dir.resolve("html-table-undeclared-874.xls"), htmlReport("").getBytes(TextEncoding.WINDOWS_874));
        Files.write(dir.resolve("html-no-table.xls"), utf8("""
                <html><head><meta charset="utf-8"><title>ITAS</title></head>
                <body><p>ไม่พบข้อมูล</p></body></html>
                """));
    }

    // ---- CSV ------------------------------------------------------------------------------------

    static final String CSV_TEXT = "หน่วยงาน,คะแนนรวม\r\nอบต.นาทราย,81.52\r\n";

    private static void writeCsvCases(Path dir) throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        Files.write(dir.resolve("utf8-bom.csv"), concat(bom, utf8(CSV_TEXT)));
        Files.write(dir.resolve("utf8-no-bom.csv"), utf8(CSV_TEXT));
        Files.write(dir.resolve("windows-874.csv"), CSV_TEXT.getBytes(TextEncoding.WINDOWS_874));
        Files.write(dir.resolve("semicolon.csv"), utf8("หน่วยงาน;คะแนนรวม;หมายเหตุ\nอบต.นาทราย;81,52;\"a;b\"\n"));
        Files.write(dir.resolve("tab-separated.csv"), utf8("หน่วยงาน\tคะแนนรวม\nอบต.บาตง\t91.93\n"));
        Files.write(dir.resolve("quoted-newline.csv"),
                utf8("หน่วยงาน,ความเห็น\nอบต.นาทราย,\"บรรทัดแรก\nบรรทัดที่สอง, มีจุลภาค\"\nอบต.บาตง,ดี\n"));
        Files.write(dir.resolve("text-named.xlsx"), utf8(CSV_TEXT));
    }

    private static void writeOtherBadCases(Path dir) throws IOException {
        Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        byte[] garbage = new byte[2048];
        new Random(20240901L).nextBytes(garbage);
        garbage[0] = 0x7A; // not a magic number of any format
        Files.write(dir.resolve("binary-garbage.xlsx"), garbage);
        Files.write(dir.resolve("pdf-named.xls"), utf8("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"));
    }

    // ---- zip plumbing ---------------------------------------------------------------------------

    static void writeZip(Path file, Map<String, byte[]> entries) throws IOException {
        Files.write(file, zipBytes(entries));
    }

    static byte[] zipBytes(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(0L);
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** Writes {@code method} into the local header and the central directory record of one entry. */
    static void setMethod(byte[] zip, String name, int method) {
        int local = findHeader(zip, 0x04034b50, 30, 26, name);
        putShort(zip, local + 8, method);
        int central = findHeader(zip, 0x02014b50, 46, 28, name);
        putShort(zip, central + 10, method);
    }

    /** Writes a false uncompressed size into the central directory record of one entry. */
    static void setCentralSize(byte[] zip, String name, int size) {
        int central = findHeader(zip, 0x02014b50, 46, 28, name);
        putInt(zip, central + 24, size);
    }

    private static int findHeader(byte[] zip, int signature, int fixedLength, int nameLengthAt, String name) {
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + fixedLength <= zip.length; i++) {
            if (getInt(zip, i) == signature && getShort(zip, i + nameLengthAt) == wanted.length
                    && Arrays.equals(zip, i + fixedLength, i + fixedLength + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no header for " + name);
    }

    private static int getShort(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private static int getInt(byte[] b, int at) {
        return getShort(b, at) | getShort(b, at + 2) << 16;
    }

    private static void putShort(byte[] b, int at, int v) {
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
    }

    private static void putInt(byte[] b, int at, int v) {
        putShort(b, at, v);
        putShort(b, at + 2, v >>> 16);
    }

    private static void writeWorkbook(Path file, Workbook wb) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
