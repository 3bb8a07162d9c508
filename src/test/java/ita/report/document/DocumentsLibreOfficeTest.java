package ita.report.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import ita.report.LibreOfficeHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice converts every kind of document to PDF, all in one run of {@link PdfExport}, as {@code --pdf}
 * does: the PDFs hold the agency's figures and the charts' text, and every page is A4 (portrait or landscape),
 * none wider. Skipped without LibreOffice or poppler's pdftotext (failed when CI is set).
 */
class DocumentsLibreOfficeTest {

    @TempDir
    static Path dir;
    static final Map<AgencyDocuments.Kind, Path> PDFS = new TreeMap<>();
    static PdfExport.Result result;

    @BeforeAll
    static void convertEveryKind() throws IOException {
        LibreOfficeHarness.require();
        requireTool("pdftotext");
        SeedAgency.Agency a = SeedAgency.thapKhloWithPreviousYear();
        Path workbook = dir.resolve("องค์การบริหารส่วนตำบลทับคล้อ-2565.xlsx");
        List<Path> docs = new AgencyDocuments(DocumentOptions.DEFAULT).write(workbook, a.analysis(), a.year(),
                a.plan(), List.of(AgencyDocumentsTest.ProgressForms.sixMonths(a.plan())));
        result = PdfExport.convert(LibreOfficeHarness.findSoffice().orElseThrow(), docs, 1);
        for (AgencyDocuments.Kind kind : AgencyDocuments.Kind.values()) {
            Path docx = AgencyDocuments.pathFor(workbook, kind, a.plan());
            String name = docx.getFileName().toString();
            PDFS.put(kind, docx.resolveSibling(name.substring(0, name.length() - 5) + ".pdf"));
        }
    }

    @Test
    void everyDocumentBecomesAPdfBesideIt() {
        assertEquals(3, result.pdfs().size());
        PDFS.values().forEach(p -> assertTrue(Files.isRegularFile(p), p + " written"));
        assertTrue(result.fonts().size() > 0, "the PDF names its fonts");
    }

    @Test
    void measuresPdfHoldsTheFiguresAndTheCharts() throws IOException {
        String text = pdftotext(PDFS.get(AgencyDocuments.Kind.MEASURES));
        for (String figure : List.of("73.35", "99.80", "29.94", "78.57", "23.57", "49.60", "19.84", "25.00", "66.15",
                "76.07", "-15.00")) {
            assertTrue(text.contains(figure), "figure " + figure);
        }
        // only the charts carry these: the years' chart title and the label of indicator 10 in 2564
        assertTrue(text.contains("2564–2565"), "chart of the years drawn");
        assertTrue(text.contains("40.00"), "2564's indicator 10 labelled in the chart");
    }

    @Test
    void progressPdfsHoldTheCarriedResults() throws IOException {
        // a link wraps in its narrow column: compare without line breaks
        String six = pdftotext(PDFS.get(AgencyDocuments.Kind.SIX_MONTHS)).replaceAll("\\s+", "");
        String twelve = pdftotext(PDFS.get(AgencyDocuments.Kind.TWELVE_MONTHS)).replaceAll("\\s+", "");
        // the link breaks after "https://" in its narrow column, and pdftotext may read a neighbour cell between
        assertTrue(six.contains("tk.go.th/o36"), "the evidence of the filled form");
        assertTrue(twelve.contains("tk.go.th/o36"), "carried into the 12-month report");
        assertTrue(twelve.contains("2566"));
    }

    /**
     * The line estimator decides which rows are kept on one page; a row kept whole that is taller than the page
     * would be cut off at its foot, and its last line lost. The end of every table cell (its last eight letters, a
     * part of its last line) must be in the PDF.
     */
    @Test
    void noTableRowIsCutOffAtThePageFoot() throws IOException {
        for (Map.Entry<AgencyDocuments.Kind, Path> e : PDFS.entrySet()) {
            String name = e.getValue().getFileName().toString();
            Path docx = e.getValue().resolveSibling(name.substring(0, name.length() - 4) + ".docx");
            String pdf = squeeze(run("pdftotext", "-raw", "-enc", "UTF-8", e.getValue().toString(), "-"));
            int checked = 0;
            try (var in = Files.newInputStream(docx); var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(in)) {
                for (var table : doc.getTables()) {
                    for (var row : table.getRows()) {
                        for (var cell : row.getTableCells()) {
                            String text = squeeze(cell.getText());
                            if (text.length() > 8) {
                                String end = text.substring(text.length() - 8);
                                checked++;
                                assertTrue(pdf.contains(end), e.getKey() + ": the end of a cell is not in the PDF: "
                                        + end + " (" + text + ")");
                            }
                        }
                    }
                }
            }
            assertTrue(checked > 10, e.getKey() + ": " + checked + " cells checked");
        }
    }

    /** Thai line breaking would break "74.21" after "74": no line of any PDF starts or ends inside a number. */
    @Test
    void noNumberIsBrokenAtItsPoint() throws IOException {
        Pattern broken = Pattern.compile("(?m)(^\\.\\d|\\d\\.$)");
        for (Map.Entry<AgencyDocuments.Kind, Path> e : PDFS.entrySet()) {
            String text = run("pdftotext", "-raw", "-enc", "UTF-8", e.getValue().toString(), "-");
            Matcher m = broken.matcher(text);
            assertTrue(!m.find(), e.getKey() + ": a number broken across lines near \""
                    + (m.hitEnd() ? "" : text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 10)))
                    + "\"");
        }
    }

    /** Text without white space, sara am in one form: what pdftotext gives back of a wrapped Thai line. */
    private static String squeeze(String s) {
        return ita.text.ThaiText.normalize(s).replaceAll("\\s+", "");
    }

    @Test
    void noPageIsWiderThanA4() throws IOException {
        Pattern size = Pattern.compile("Page\\s+\\d+ size:\\s+([\\d.]+) x ([\\d.]+) pts");
        for (Map.Entry<AgencyDocuments.Kind, Path> e : PDFS.entrySet()) {
            String info = run("pdfinfo", "-f", "1", "-l", "999", e.getValue().toString());
            Matcher m = size.matcher(info);
            int pages = 0;
            while (m.find()) {
                double w = Double.parseDouble(m.group(1));
                double h = Double.parseDouble(m.group(2));
                assertTrue(Math.abs(Math.min(w, h) - 595.3) < 1 && Math.abs(Math.max(w, h) - 841.9) < 1,
                        e.getKey() + " page " + (pages + 1) + " is " + w + " x " + h + " pt, not A4");
                pages++;
            }
            assertTrue(pages > 1, e.getKey() + ": " + pages + " pages");
        }
    }

    static String pdftotext(Path pdf) throws IOException {
        return run("pdftotext", "-enc", "UTF-8", pdf.toString(), "-");
    }

    private static void requireTool(String tool) {
        try {
            run(tool, "-v");
        } catch (IOException e) {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank()) {
                fail(tool + " (poppler-utils) is not installed, and CI is set: install poppler-utils");
            }
            Assumptions.assumeTrue(false, tool + " is not installed; skipping");
        }
    }

    private static String run(String... cmd) throws IOException {
        Process p = new ProcessBuilder(List.of(cmd)).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(String.join(" ", cmd) + " did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
