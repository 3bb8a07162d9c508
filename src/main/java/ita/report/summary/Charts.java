package ita.report.summary;

import ita.report.typography.ThaiTypography;
import ita.report.xlsx.Chart;
import ita.report.xlsx.Sheet;
import ita.report.xlsx.Xml;
import java.util.ArrayList;
import java.util.List;

/**
 * Clustered column charts over cells of the same sheet, the legend below. Every series gets an explicit solid
 * fill: LibreOffice draws bars without one as empty.
 */
final class Charts {

    /** Office's first six series colours. */
    private static final String[] PALETTE = {"4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"};
    private static final int FONT_SIZE = 14;

    /** One series: its name from the cell (titleRow, col) and its values from rows first–last of that column. */
    record Series(int titleRow, int col, int firstRow, int lastRow) {
    }

    /** Where the chart sits: its top-left cell and its size in rows and columns. */
    record Place(int row, int col, int rows, int cols) {
    }

    private Charts() {
    }

    /**
     * @param categoryCol the column of the categories, in the rows of the series' values
     * @param numericCategories the categories are numbers (indicator numbers), not texts
     */
    static void clusteredColumns(Sheet sheet, String title, int categoryCol, boolean numericCategories,
                                 List<Series> series, Place place) {
        String name = sheet.name();
        List<Chart.Series> out = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            List<String> categories = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (int r = s.firstRow(); r <= s.lastRow(); r++) {
                categories.add(numericCategories ? number(sheet.numberAt(r, categoryCol))
                        : nz(sheet.textAt(r, categoryCol)));
                values.add(sheet.isNumber(r, s.col()) ? sheet.numberAt(r, s.col()) : null);
            }
            out.add(new Chart.Series(Xml.absolute(name, s.titleRow(), s.col(), s.titleRow(), s.col()),
                    nz(sheet.textAt(s.titleRow(), s.col())),
                    Xml.absolute(name, s.firstRow(), categoryCol, s.lastRow(), categoryCol), categories,
                    Xml.absolute(name, s.firstRow(), s.col(), s.lastRow(), s.col()), values,
                    PALETTE[i % PALETTE.length]));
        }
        sheet.chart(new Chart(Chart.Type.BAR, title, true, place.row(), place.col(), place.row() + place.rows(),
                place.col() + place.cols(), out, null, ThaiTypography.FONT, FONT_SIZE, true, numericCategories));
    }

    private static String number(double d) {
        return Double.isNaN(d) ? "" : Xml.number(new StringBuilder(), d).toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
