package ita.report.xlsx;

import java.util.List;

/**
 * A line or column chart over sheet ranges, anchored from cell (fromRow, fromCol) to (toRow, toCol). The
 * series carry the values they show, as readers that do not recalculate need them. Every series has an
 * explicit colour: LibreOffice draws series without one as empty.
 *
 * @param axis the value axis: minimum, maximum, major unit and number format; null to let the reader scale it
 * @param legendBelow the legend under the plot rather than right of it
 * @param numericCategories categories are numbers (written as a numeric reference), not texts
 */
public record Chart(Type type, String title, boolean legend, int fromRow, int fromCol, int toRow, int toCol,
                    List<Series> series, Axis axis, String font, int fontSize, boolean legendBelow,
                    boolean numericCategories) {

    public enum Type { LINE, BAR }

    public record Axis(double min, double max, double majorUnit, String format) {
    }

    /**
     * @param titleRef absolute reference of the title cell, or null for a literal title
     * @param values one per category; null where a cell is empty
     * @param colour RRGGBB of the line or bar
     */
    public record Series(String titleRef, String title, String categoriesRef, List<String> categories,
                         String valuesRef, List<Double> values, String colour) {
    }

    public Chart {
        series = List.copyOf(series);
    }

    /** A chart with text categories and the legend right of the plot. */
    public Chart(Type type, String title, boolean legend, int fromRow, int fromCol, int toRow, int toCol,
                 List<Series> series, Axis axis, String font, int fontSize) {
        this(type, title, legend, fromRow, fromCol, toRow, toCol, series, axis, font, fontSize, false, false);
    }
}
