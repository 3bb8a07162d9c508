package ita.report.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ita.report.LibreOfficeHarness;
import ita.report.xlsx.Font;
import ita.report.xlsx.Sheet;
import ita.report.xlsx.Style;
import ita.report.xlsx.StyleSheet;
import ita.report.xlsx.Workbook;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The line estimator against LibreOffice: texts our workbooks hold ({@code typography/cell-texts.txt}) are
 * written wrapped into columns of the widths our sheets use, LibreOffice lays every row out and sizes it, and
 * the lines it needed are read back from the row heights. The expected line counts are LibreOffice's own.
 */
class TextLinesLibreOfficeTest {

    /** Column widths, in digit widths: the narrow number columns up to the widest text columns. */
    private static final double[] WIDTHS = {5, 8, 10, 13, 16, 18, 24, 26, 34, 44, 56, 80};
    /** The widths our sheets give to columns of text. */
    private static final double TEXT_COLUMNS = 13;
    /** LibreOffice sizes only the first few hundred rows of a sheet on opening; these sheets stay well below. */
    private static final int ROWS_PER_SHEET = 100;

    /** One text in one column, with the height LibreOffice gave its row and the lines that height holds. */
    record Case(String text, double width, double height, int lines) {
        int estimate() {
            return TextLines.lines(text, width);
        }

        /** The height our writers give the row. */
        float ours() {
            return ThaiTypography.heightFor(estimate());
        }
    }

    @TempDir
    static Path dir;
    private static List<Case> cases;
    private static double linePitch;
    private static double oneLine;

    /**
     * LibreOffice's layout, made once for the class; each test asks for it, so that each is skipped on its own when
     * LibreOffice is missing (and Maven counts it).
     */
    private static synchronized List<Case> cases() throws IOException {
        LibreOfficeHarness lo = LibreOfficeHarness.require();
        if (cases != null) {
            return cases;
        }
        List<String> texts = new ArrayList<>();
        try (InputStream in = TextLinesLibreOfficeTest.class.getResourceAsStream("/typography/cell-texts.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    texts.add(line.replace("\\n", "\n"));
                }
            }
        }
        Font body = Font.of(ThaiTypography.FONT, ThaiTypography.SIZE, false);
        Style wrapped = Style.of(body).wrap(true).align(Style.Horizontal.GENERAL, Style.Vertical.TOP);
        StyleSheet styles = StyleSheet.builder(body).add(wrapped).build();
        int style = styles.index(wrapped);
        Workbook wb = new Workbook(styles);
        // no row gets a height: LibreOffice sizes each to its text
        List<Case> written = new ArrayList<>();
        Sheet sheet = sheet(wb);
        sheet.text(0, 0, "ก", style).text(1, 0, "ก\nข", style).text(2, 0, "ก\nข\nค", style);
        int row = 3;
        for (String t : texts) {
            for (int c = 0; c < WIDTHS.length; c++) {
                if (row == ROWS_PER_SHEET) {
                    sheet = sheet(wb);
                    row = 0;
                }
                sheet.text(row++, c, t, style);
                written.add(new Case(t, WIDTHS[c], 0, 0));
            }
        }
        Path xlsx = dir.resolve("lines.xlsx");
        Files.write(xlsx, wb.toBytes());
        // saved as LibreOffice's own format, its rows are marked "optimal height"; opened again, they are laid out
        Path laidOut = lo.toXlsx(lo.toFlatOds(xlsx, dir.resolve("fods")), dir.resolve("xlsx"));
        List<Case> laid = new ArrayList<>();
        try (InputStream in = Files.newInputStream(laidOut); XSSFWorkbook back = new XSSFWorkbook(in)) {
            double one = back.getSheetAt(0).getRow(0).getHeightInPoints();
            oneLine = one;
            double three = back.getSheetAt(0).getRow(2).getHeightInPoints();
            linePitch = (three - one) / 2;
            double padding = one - linePitch;
            for (int i = 0; i < written.size(); i++) {
                int at = 3 + i;
                double h = back.getSheetAt(at / ROWS_PER_SHEET).getRow(at % ROWS_PER_SHEET).getHeightInPoints();
                Case w = written.get(i);
                laid.add(new Case(w.text(), w.width(), h, (int) Math.round((h - padding) / linePitch)));
            }
        }
        cases = laid;
        return cases;
    }

    private static Sheet sheet(Workbook wb) {
        Sheet s = wb.addSheet("s" + (wb.sheets().size() + 1));
        for (int c = 0; c < WIDTHS.length; c++) {
            s.width(c, WIDTHS[c]);
        }
        return s;
    }

    @Test
    void ourLineAndPaddingAreLibreOfficesRoundedUp() throws IOException {
        cases();
        assertEquals(ThaiTypography.LINE_HEIGHT_POINTS, linePitch, 0.25, "LibreOffice's line of TH Sarabun New 16");
        assertEquals(ThaiTypography.CELL_PADDING_POINTS, oneLine - linePitch, 0.25, "LibreOffice's cell padding");
    }

    @Test
    void rowsAreAlmostNeverShorterThanLibreOfficeMakesThem() throws IOException {
        // Excel stops at 409 pt, LibreOffice does not: rows taller than that are left out
        List<Case> shorter = cases().stream().filter(c -> c.height() <= ThaiTypography.MAX_ROW_HEIGHT)
                .filter(c -> c.ours() < c.height()).toList();
        // word breaks come from the JDK's Thai dictionary, LibreOffice's from ICU's: they differ now and then
        assertTrue(shorter.size() * 100 <= cases().size(), "more than 1 % of " + cases().size() + " rows too low: "
                + describe(shorter));
        assertTrue(shorter.stream().allMatch(c -> c.estimate() == c.lines() - 1), "short by more than a line: "
                + describe(shorter));
    }

    @Test
    void rowsOfTextColumnsAreAtMostOneTenthTallerThanNeeded() throws IOException {
        List<Case> text = cases().stream().filter(c -> c.width() >= TEXT_COLUMNS).toList();
        int needed = text.stream().mapToInt(Case::lines).sum();
        int extra = text.stream().mapToInt(c -> Math.max(0, c.estimate() - c.lines())).sum();
        assertTrue(extra * 10 <= needed, extra + " lines more than the " + needed + " LibreOffice needs: "
                + describe(text.stream().filter(c -> c.estimate() > c.lines()).toList()));
    }

    @Test
    void mostCellsGetExactlyTheLinesLibreOfficeGives() throws IOException {
        long exact = cases().stream().filter(c -> c.estimate() == c.lines()).count();
        assertTrue(exact * 100 >= 80L * cases().size(), exact + " of " + cases().size() + " exact");
    }

    private static String describe(List<Case> list) {
        StringBuilder sb = new StringBuilder();
        for (Case c : list.subList(0, Math.min(20, list.size()))) {
            sb.append("\n  width ").append(c.width()).append(": LibreOffice ").append(c.lines()).append(" lines, ")
                    .append(c.height()).append(" pt; estimate ").append(c.estimate()).append(" lines, ")
                    .append(c.ours()).append(" pt: ").append(c.text().replace("\n", "\\n"));
        }
        return sb.toString();
    }
}
