package ita.report;

import ita.model.AgencyYear;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;

/**
 * The two charts of the year comparison: indicators over the years (lines) and the chosen year's indicators
 * (bars). Every series has an explicit solid colour: LibreOffice draws POI charts without theme colours as
 * empty.
 */
final class YearComparisonCharts {

    /** Ten colours that stay apart in print and for common colour blindness. */
    static final List<String> PALETTE = List.of("1F77B4", "FF7F0E", "2CA02C", "D62728", "9467BD", "8C564B",
            "E377C2", "7F7F7F", "BCBD22", "17BECF");
    static final String BAR_COLOUR = "4472C4";
    private static final int CHART_ROWS = 20;
    private static final int HEADER = 4;

    private YearComparisonCharts() {
    }

    static void add(SheetBuilder s, YearComparisonSheetWriter.Layout layout, int topRow, int width,
                    boolean chosenHasIndicators) {
        XSSFSheet sheet = s.sheet();
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int years = layout.years().size();
        String span = years == 1 ? String.valueOf(layout.years().get(0))
                : layout.years().get(0) + "–" + layout.years().get(years - 1);
        XDDFDataSource<String> yearLabels = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(HEADER, HEADER, layout.firstYearCol(), layout.chosenCol()));

        XSSFChart lines = chart(drawing, topRow, width);
        lines.setTitleText(s.t(layout.indicatorsKnown() ? "คะแนนรายตัวชี้วัด ปี " + span : "คะแนนรวม ปี " + span));
        fonts(lines);
        lines.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        XDDFCategoryAxis x = lines.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = percentAxis(lines);
        XDDFLineChartData lineData = (XDDFLineChartData) lines.createData(ChartTypes.LINE, x, y);
        lineData.setVaryColors(false);
        int firstRow = layout.indicatorsKnown() ? layout.firstIndicatorRow() : layout.totalRow();
        int count = layout.indicatorsKnown() ? AgencyYear.INDICATORS : 1;
        for (int i = 0; i < count; i++) {
            int row = firstRow + i;
            XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(row, row, layout.firstYearCol(), layout.chosenCol()));
            XDDFLineChartData.Series series = (XDDFLineChartData.Series) lineData.addSeries(yearLabels, values);
            series.setTitle(sheet.getRow(row).getCell(0).getStringCellValue(),
                    new CellReference(sheet.getSheetName(), row, 0, true, true));
            series.setSmooth(false);
            series.setMarkerStyle(MarkerStyle.CIRCLE);
            XDDFSolidFillProperties colour = solid(PALETTE.get(i % PALETTE.size()));
            XDDFLineProperties line = new XDDFLineProperties(colour);
            line.setWidth(2.25);
            XDDFShapeProperties shape = new XDDFShapeProperties();
            shape.setLineProperties(line);
            shape.setFillProperties(colour);
            series.setShapeProperties(shape);
        }
        lines.plot(lineData);

        XSSFChart bars = chart(drawing, topRow + CHART_ROWS + 1, width);
        int chosenYear = layout.years().get(years - 1);
        bars.setTitleText(s.t(chosenHasIndicators ? "คะแนนรายตัวชี้วัด ปี " + chosenYear : "คะแนนรวม ปี " + span));
        fonts(bars);
        bars.deleteLegend();
        XDDFCategoryAxis bx = bars.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis by = percentAxis(bars);
        XDDFBarChartData barData = (XDDFBarChartData) bars.createData(ChartTypes.BAR, bx, by);
        barData.setBarDirection(BarDirection.COL);
        barData.setVaryColors(false);
        XDDFDataSource<String> categories;
        XDDFNumericalDataSource<Double> values;
        if (chosenHasIndicators) {
            int first = layout.firstIndicatorRow();
            int lastRow = first + AgencyYear.INDICATORS - 1;
            categories = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                    new CellRangeAddress(first, lastRow, 0, 0));
            values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                    new CellRangeAddress(first, lastRow, layout.chosenCol(), layout.chosenCol()));
        } else {
            categories = yearLabels;
            values = XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(layout.totalRow(),
                    layout.totalRow(), layout.firstYearCol(), layout.chosenCol()));
        }
        XDDFBarChartData.Series bar = (XDDFBarChartData.Series) barData.addSeries(categories, values);
        bar.setTitle(s.t("ปี " + chosenYear), null);
        XDDFShapeProperties shape = new XDDFShapeProperties();
        shape.setFillProperties(solid(BAR_COLOUR));
        shape.setLineProperties(new XDDFLineProperties(solid(BAR_COLOUR)));
        bar.setShapeProperties(shape);
        bars.plot(barData);
    }

    private static XSSFChart chart(XSSFDrawing drawing, int row, int width) {
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, row, width, row + CHART_ROWS);
        return drawing.createChart(anchor);
    }

    private static XDDFValueAxis percentAxis(XSSFChart chart) {
        XDDFValueAxis axis = chart.createValueAxis(AxisPosition.LEFT);
        axis.setMinimum(0);
        axis.setMaximum(100);
        axis.setMajorUnit(10);
        axis.setCrosses(AxisCrosses.AUTO_ZERO);
        axis.setNumberFormat("0");
        return axis;
    }

    private static XDDFSolidFillProperties solid(String rgb) {
        return new XDDFSolidFillProperties(XDDFColor.from(AnalysisStyles.hex(rgb)));
    }

    /** Thai text in titles, axes and legend in the document font. */
    private static void fonts(XSSFChart chart) {
        var space = chart.getCTChartSpace();
        CTTextBody body = space.isSetTxPr() ? space.getTxPr() : space.addNewTxPr();
        body.addNewBodyPr();
        body.addNewLstStyle();
        CTTextCharacterProperties props = body.addNewP().addNewPPr().addNewDefRPr();
        props.setSz(1400);
        props.addNewLatin().setTypeface(ThaiTypography.FONT);
        props.addNewCs().setTypeface(ThaiTypography.FONT);
        props.addNewEa().setTypeface(ThaiTypography.FONT);
    }
}
