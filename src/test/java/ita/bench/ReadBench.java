package ita.bench;

import ita.ingest.LayoutRecognizer;
import ita.model.RawWorkbook;
import ita.ingest.ReadContext;
import ita.ingest.ReadLimits;
import ita.ingest.WorkbookReaders;
import ita.framework.FrameworkCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One reading contender, run in its own JVM by {@link Benchmark} so that its CPU time and peak memory
 * can be measured alone: {@code floor} (JDK unzip and SAX parse of every XML part of each sheet),
 * {@code poi} (XSSFWorkbook, touching every cell), {@code cells} (our format reader) and {@code reader} (our
 * reader with layout recognition into records).
 * Prints "files=N cells=M millis=T".
 */
public final class ReadBench {

    private ReadBench() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path dir = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        AtomicLong cells = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> fs = new java.util.ArrayList<>();
        int chunk = Math.max(1, files.size() / (threads * 8));
        for (int i = 0; i < files.size(); i += chunk) {
            List<Path> part = files.subList(i, Math.min(files.size(), i + chunk));
            fs.add(pool.submit(() -> {
                for (Path p : part) {
                    cells.addAndGet(switch (mode) {
                        case "floor" -> floor(p);
                        case "poi" -> poi(p);
                        case "cells" -> cells(p, dir);
                        case "reader" -> reader(p, dir);
                        default -> throw new IllegalArgumentException("mode: floor, poi, cells or reader");
                    });
                }
                return null;
            }));
        }
        for (Future<?> f : fs) {
            f.get();
        }
        pool.shutdown();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("files=" + files.size() + " cells=" + cells.get() + " millis=" + millis);
    }

    private static final ThreadLocal<SAXParser> SAX = ThreadLocal.withInitial(() -> {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newSAXParser();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    });

    /** The floor: unzip and SAX-parse the shared strings and every worksheet, counting cells. */
    static long floor(Path p) throws Exception {
        long[] n = {0};
        DefaultHandler h = new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String q, Attributes a) {
                if ("c".equals(local)) {
                    n[0]++;
                }
            }
        };
        try (ZipFile z = new ZipFile(p.toFile())) {
            Enumeration<? extends ZipEntry> en = z.entries();
            while (en.hasMoreElements()) {
                ZipEntry e = en.nextElement();
                String name = e.getName();
                if (name.startsWith("xl/worksheets/") && name.endsWith(".xml") || name.equals("xl/sharedStrings.xml")
                        || name.equals("xl/workbook.xml")) {
                    try (InputStream in = z.getInputStream(e)) {
                        SAX.get().parse(in, h);
                    }
                }
            }
        }
        return n[0];
    }

    static long poi(Path p) throws IOException {
        long n = 0;
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(p))) {
            for (Sheet s : wb) {
                for (Row r : s) {
                    for (Cell c : r) {
                        n += c.toString().isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        return n;
    }

    /** Our format reader alone: the file's cells, as the floor gets them. */
    static long cells(Path p, Path root) throws Exception {
        RawWorkbook wb = WorkbookReaders.read(p, root.relativize(p).toString(), ReadLimits.defaults());
        return wb.sheets().stream().mapToLong(s -> s.cellCount()).sum();
    }

    /** Our reader as the batch uses it: cells, then layout recognition into agency-year records. */
    static long reader(Path p, Path root) throws Exception {
        String name = root.relativize(p).toString();
        RawWorkbook wb = WorkbookReaders.read(p, name, ReadLimits.defaults());
        var rec = new LayoutRecognizer().recognize(wb, new ReadContext(name, Optional.empty(), OptionalInt.empty(),
                FrameworkCatalog.standard()));
        return wb.sheets().stream().mapToLong(s -> s.cellCount()).sum() + rec.records().size() * 0L;
    }
}
