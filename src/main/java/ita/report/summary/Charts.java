package ita.report.summary;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Clustered column charts over cells of the same sheet. Every series gets an explicit solid fill: without one,
 * LibreOffice draws the bars of a chart written by POI without colour.
 */
final class Charts {

    /** Office's first six series colours. */
    private static final String[] PALETTE = {"4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"};

    /** One series: its name from a cell and its values from a column range. */
    record Series(CellReference title, CellRangeAddress values) {
    }

    /** Where the chart sits: its top-left cell and its size in rows and columns. */
    record Place(int row, int col, int rows, int cols) {
    }

    private Charts() {
    }

    static XSSFChart clusteredColumns(XSSFSheet sheet, String title, CellRangeAddress categories, boolean numericCategories,
                                      List<Series> series, Place place) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, place.col(), place.row(),
                place.col() + place.cols(), place.row() + place.rows());
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFDataSource<?> cats = numericCategories
                ? XDDFDataSourcesFactory.fromNumericCellRange(sheet, categories)
                : XDDFDataSourcesFactory.fromStringCellRange(sheet, categories);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setBarGrouping(BarGrouping.CLUSTERED);
        data.setVaryColors(false);
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet, s.values());
            XDDFBarChartData.Series added = (XDDFBarChartData.Series) data.addSeries(cats, values);
            String name = sheet.getRow(s.title().getRow()).getCell(s.title().getCol()).getStringCellValue();
            added.setTitle(name, s.title());
            added.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb(PALETTE[i % PALETTE.length]))));
        }
        chart.plot(data);
        return chart;
    }

    private static byte[] rgb(String hex) {
        return new byte[] {(byte) Integer.parseInt(hex.substring(0, 2), 16),
                (byte) Integer.parseInt(hex.substring(2, 4), 16), (byte) Integer.parseInt(hex.substring(4, 6), 16)};
    }
}
