package ita.report.workbook;

import ita.model.AgencyYear;
import ita.report.typography.ThaiTypography;
import ita.report.xlsx.Chart;
import ita.report.xlsx.PrintedPages;
import ita.report.xlsx.Sheet;
import ita.report.xlsx.Xml;
import java.util.ArrayList;
import java.util.List;

/**
 * The two charts of the year comparison: indicators over the years (lines, when there are two years or more) and
 * the chosen year's indicators (bars). Every series has an explicit solid colour: LibreOffice draws series without
 * one as empty.
 */
final class YearComparisonCharts {

    /** Ten colours that stay apart in print and for common colour blindness. */
    static final List<String> PALETTE = List.of("1F77B4", "FF7F0E", "2CA02C", "D62728", "9467BD", "8C564B",
            "E377C2", "7F7F7F", "BCBD22", "17BECF");
    static final String BAR_COLOUR = "4472C4";
    /** A chart's height in rows, when the page has room for it. */
    private static final int CHART_ROWS = 15;
    private static final int HEADER_TOP = 3;
    private static final int HEADER = 4;
    private static final int FONT_SIZE = 14;
    private static final double LINE = ThaiTypography.heightFor(1);
    private static final Chart.Axis PERCENT = new Chart.Axis(0, 100, 10, "0");

    private YearComparisonCharts() {
    }

    /** Where a chart goes: its first row and its height in rows. */
    private record Place(int row, int rows) {
    }

    /**
     * Adds the charts below the rows before {@code below}, each where it prints whole, and tells whether the header
     * rows should repeat on every printed page: not when the table fits on one page and the charts go on pages of
     * their own, where the header would print above a chart alone.
     */
    static boolean add(SheetBuilder s, YearComparisonSheetWriter.Layout layout, int below, int width,
                       boolean chosenHasIndicators) {
        Sheet sheet = s.sheet();
        String name = sheet.name();
        int years = layout.years().size();
        String span = years == 1 ? String.valueOf(layout.years().get(0))
                : layout.years().get(0) + "–" + layout.years().get(years - 1);
        int c1 = layout.firstYearCol();
        int c2 = layout.chosenCol();
        String yearRef = Xml.absolute(name, HEADER, c1, HEADER, c2);
        List<String> yearLabels = texts(sheet, HEADER, c1, HEADER, c2);

        int firstRow = layout.indicatorsKnown() ? layout.firstIndicatorRow() : layout.totalRow();
        int count = layout.indicatorsKnown() ? AgencyYear.INDICATORS : 1;
        List<Chart.Series> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int row = firstRow + i;
            lines.add(new Chart.Series(Xml.absolute(name, row, 0, row, 0), sheet.textAt(row, 0), yearRef, yearLabels,
                    Xml.absolute(name, row, c1, row, c2), numbers(sheet, row, c1, row, c2),
                    PALETTE.get(i % PALETTE.size())));
        }
        String lineTitle = s.t(layout.indicatorsKnown() ? "คะแนนรายตัวชี้วัด ปี " + span : "คะแนนรวม ปี " + span);
        PrintedPages pages = s.pages(true, below, width, HEADER_TOP, HEADER);
        boolean tableOnOnePage = pages.pages() == 1;
        if (tableOnOnePage) {
            // the pages after the table's hold only charts: no header above them
            pages.repeat(0);
        }
        if (years > 1) {
            // of one year the lines are single points, the bars below show the same figures
            Place linePlace = place(pages, sheet);
            sheet.chart(new Chart(Chart.Type.LINE, lineTitle, true, linePlace.row(), 0,
                    linePlace.row() + linePlace.rows(), width, lines, PERCENT, ThaiTypography.FONT, FONT_SIZE));
        }

        int chosenYear = layout.years().get(years - 1);
        Chart.Series bar;
        String barName = s.t("ปี " + chosenYear);
        if (chosenHasIndicators) {
            int first = layout.firstIndicatorRow();
            int last = first + AgencyYear.INDICATORS - 1;
            bar = new Chart.Series(null, barName, Xml.absolute(name, first, 0, last, 0), texts(sheet, first, 0, last, 0),
                    Xml.absolute(name, first, c2, last, c2), numbers(sheet, first, c2, last, c2), BAR_COLOUR);
        } else {
            int t = layout.totalRow();
            bar = new Chart.Series(null, barName, yearRef, yearLabels, Xml.absolute(name, t, c1, t, c2),
                    numbers(sheet, t, c1, t, c2), BAR_COLOUR);
        }
        String barTitle = s.t(chosenHasIndicators ? "คะแนนรายตัวชี้วัด ปี " + chosenYear : "คะแนนรวม ปี " + span);
        Place barPlace = place(pages, sheet);
        sheet.chart(new Chart(Chart.Type.BAR, barTitle, false, barPlace.row(), 0, barPlace.row() + barPlace.rows(), width,
                List.of(bar), PERCENT, ThaiTypography.FONT, FONT_SIZE));
        return !tableOnOnePage || pages.pages() == 1;
    }

    /**
     * The next chart one row below what is on the current page when it fits there, made smaller down to
     * {@link PrintedPages#MIN_CHART_ROWS} if need be; otherwise at the top of a page of its own, so that it is not
     * cut and no empty row is left over to print under the repeated header alone.
     */
    private static Place place(PrintedPages pages, Sheet sheet) {
        int room = pages.rowsLeft(LINE) - 1;
        if (room >= PrintedPages.MIN_CHART_ROWS) {
            int rows = Math.min(CHART_ROWS, room);
            Place p = new Place(pages.next() + 1, rows);
            pages.rows(rows + 1, LINE);
            return p;
        }
        if (room >= 0) {
            // the empty row stays on this page: a chart starting right at the break draws its top edge here
            pages.row(LINE);
        }
        sheet.pageBreakBefore(pages.next());
        pages.breakPage();
        int rows = Math.max(PrintedPages.MIN_CHART_ROWS, Math.min(CHART_ROWS, pages.rowsOnNewPage(LINE)));
        Place p = new Place(pages.next(), rows);
        pages.rows(rows, LINE);
        return p;
    }

    /** The texts of a row or column range, as the chart shows them. */
    private static List<String> texts(Sheet sheet, int r1, int c1, int r2, int c2) {
        List<String> out = new ArrayList<>();
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                String t = sheet.textAt(r, c);
                out.add(t == null ? "" : t);
            }
        }
        return out;
    }

    private static List<Double> numbers(Sheet sheet, int r1, int c1, int r2, int c2) {
        List<Double> out = new ArrayList<>();
        for (int r = r1; r <= r2; r++) {
            for (int c = c1; c <= c2; c++) {
                out.add(sheet.isNumber(r, c) ? sheet.numberAt(r, c) : null);
            }
        }
        return out;
    }
}
