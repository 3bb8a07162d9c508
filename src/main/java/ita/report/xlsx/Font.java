package ita.report.xlsx;

import java.util.Objects;

/**
 * A font of a cell style.
 *
 * @param colour RRGGBB, or null for the automatic colour
 */
public record Font(String name, double size, boolean bold, boolean italic, String colour) {

    public Font {
        Objects.requireNonNull(name, "name");
    }

    public static Font of(String name, double size, boolean bold) {
        return new Font(name, size, bold, false, null);
    }

    public Font italic(boolean on) {
        return new Font(name, size, bold, on, colour);
    }
}
