package ita.report.xlsx;

import java.util.Objects;

/**
 * The look of a cell: font, solid fill, thin border all round or none, alignment, wrapping and number format.
 *
 * @param fill RRGGBB of a solid fill, or null
 * @param format a number format such as {@code 0.00}, or null for General
 */
public record Style(Font font, String fill, boolean border, Horizontal horizontal, Vertical vertical, boolean wrap,
                   String format) {

    public enum Horizontal { GENERAL, LEFT, CENTER, RIGHT }

    public enum Vertical { BOTTOM, CENTER, TOP }

    public Style {
        Objects.requireNonNull(font, "font");
        Objects.requireNonNull(horizontal, "horizontal");
        Objects.requireNonNull(vertical, "vertical");
    }

    public static Style of(Font font) {
        return new Style(font, null, false, Horizontal.GENERAL, Vertical.BOTTOM, false, null);
    }

    public Style fill(String rgb) {
        return new Style(font, rgb, border, horizontal, vertical, wrap, format);
    }

    public Style border(boolean on) {
        return new Style(font, fill, on, horizontal, vertical, wrap, format);
    }

    public Style align(Horizontal h, Vertical v) {
        return new Style(font, fill, border, h, v, wrap, format);
    }

    public Style wrap(boolean on) {
        return new Style(font, fill, border, horizontal, vertical, on, format);
    }

    public Style format(String code) {
        return new Style(font, fill, border, horizontal, vertical, wrap, code);
    }
}
