package ita.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A rough speed check, not a test: reads N small generated xlsx files with (a) the floor, JDK unzip
 * plus a SAX parse of every worksheet doing nothing, and (b) {@link XlsxReader}, and prints files per
 * second. Usage: {@code XlsxReadSpeed [files] [rounds]}.
 */
public final class XlsxReadSpeed {

    private XlsxReadSpeed() {
    }

    public static void main(String[] args) throws Exception {
        int files = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("xlsx-speed");
        List<Path> paths = generate(dir, files);
        SAXParser floorParser = SAXParserFactory.newInstance().newSAXParser();
        DefaultHandler nothing = new DefaultHandler();
        // the machine may be busy: keep each method's best round, which is the least disturbed
        double floor = 0;
        double reader = 0;
        double entry = 0;
        for (int round = 1; round <= rounds; round++) {
            floor = Math.max(floor, measure(paths, p -> floor(p, floorParser, nothing)));
            reader = Math.max(reader, measure(paths,
                    p -> new XlsxReader().read(p, p.getFileName().toString(), ReadLimits.defaults())));
            entry = Math.max(entry, measure(paths, p -> WorkbookReaders.read(p, p.getFileName().toString())));
        }
        System.out.printf(Locale.ROOT, "best of %d rounds over %d files: floor %.0f files/s, XlsxReader %.0f files/s"
                + " (%.0f%% of floor), WorkbookReaders %.0f files/s (%.0f%%)%n", rounds, files, floor, reader,
                100 * reader / floor, entry, 100 * entry / floor);
        for (Path p : paths) {
            Files.delete(p);
        }
        Files.delete(dir);
    }

    private interface FileRead {
        Object read(Path file) throws Exception;
    }

    private static double measure(List<Path> paths, FileRead read) throws Exception {
        long start = System.nanoTime();
        for (Path p : paths) {
            read.read(p);
        }
        return paths.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static Object floor(Path file, SAXParser parser, DefaultHandler handler) throws Exception {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                if (e.getName().startsWith("xl/worksheets/") && e.getName().endsWith(".xml")) {
                    try (InputStream in = zip.getInputStream(e)) {
                        parser.parse(in, handler);
                    }
                }
            }
        }
        return file;
    }

    /** Small workbooks like an agency detail: three sheets of 40 rows, Thai text and scores. */
    static List<Path> generate(Path dir, int count) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = dir.resolve("agency-" + i + ".xlsx");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
                for (int s = 0; s < 3; s++) {
                    Sheet sheet = wb.createSheet("ตัวชี้วัด " + s);
                    for (int r = 0; r < 40; r++) {
                        Row row = sheet.createRow(r);
                        row.createCell(0).setCellValue("ตัวชี้วัดที่ " + (r % 10 + 1));
                        row.createCell(1).setCellValue("อบต.หน่วยงาน " + i);
                        for (int c = 2; c < 8; c++) {
                            row.createCell(c).setCellValue(50 + ((i * 31 + r * 7 + c) % 5000) / 100.0);
                        }
                    }
                }
                wb.write(out);
            }
            paths.add(file);
        }
        return paths;
    }
}
