package ita.report.workbook;

import ita.report.typography.ThaiTypography;
import ita.report.xlsx.Font;
import ita.report.xlsx.Style.Horizontal;
import ita.report.xlsx.Style.Vertical;
import ita.report.xlsx.Style;

/**
 * The cell styles of the analysis sheets: every font is {@link ThaiTypography#FONT}, body text at
 * {@link ThaiTypography#SIZE}, titles larger and bold. They are part of {@link AgencyStyleSheet}, made once.
 */
final class AnalysisStyles {

    /** What a cell holds, which fixes its font, border, alignment and number format. */
    enum Kind {
        TITLE, SUBTITLE, SECTION, HEADER, LABEL, TEXT, TEXT_CENTER, GROUP, NUMBER, COMPUTED_NUMBER, INTEGER, CHANGE,
        PARAGRAPH, NOTE
    }

    /** Background fills, by meaning. */
    enum Fill {
        NONE(null), HEADER("DDEBF7"), GROUP("EDEDED"), GOOD("C6EFCE"), BAD("FFC7CE"), WARN("FFEB9C");

        final String rgb;

        Fill(String rgb) {
            this.rgb = rgb;
        }
    }

    static final String CHANGE_FORMAT = "+0.00;-0.00;0.00";

    private AnalysisStyles() {
    }

    /** The style index of a kind of cell with a fill (headers and groups keep their own when NONE). */
    static int get(Kind kind, Fill fill) {
        return AgencyStyleSheet.analysis(kind, effective(kind, fill));
    }

    static Fill effective(Kind kind, Fill fill) {
        return fill != Fill.NONE ? fill : kind == Kind.HEADER ? Fill.HEADER : kind == Kind.GROUP ? Fill.GROUP
                : Fill.NONE;
    }

    /** The row height {@code lines} lines of a kind of cell need. */
    static float height(Kind kind, int lines) {
        return ThaiTypography.heightFor(lines, size(kind));
    }

    static Style style(Kind kind, Fill fill) {
        boolean bordered = switch (kind) {
            case TITLE, SUBTITLE, SECTION, PARAGRAPH, NOTE -> false;
            default -> true;
        };
        Style s = Style.of(font(kind)).border(bordered).align(Horizontal.GENERAL, Vertical.TOP);
        s = switch (kind) {
            case TITLE, SUBTITLE, HEADER -> s.align(Horizontal.CENTER, Vertical.CENTER).wrap(true);
            case TEXT_CENTER -> s.align(Horizontal.CENTER, Vertical.TOP).wrap(true);
            case NUMBER, COMPUTED_NUMBER -> s.format("0.00");
            case INTEGER -> s.format("0").align(Horizontal.CENTER, Vertical.TOP);
            case CHANGE -> s.format(CHANGE_FORMAT);
            default -> s.wrap(true);
        };
        return fill.rgb == null ? s : s.fill(fill.rgb);
    }

    private static double size(Kind k) {
        return switch (k) {
            case TITLE -> ThaiTypography.TITLE_SIZE;
            case SUBTITLE -> ThaiTypography.HEADING_SIZE;
            default -> ThaiTypography.SIZE;
        };
    }

    private static Font font(Kind k) {
        double size = size(k);
        boolean bold = switch (k) {
            case TITLE, SUBTITLE, SECTION, HEADER, LABEL, GROUP -> true;
            default -> false;
        };
        return Font.of(ThaiTypography.FONT, size, bold).italic(k == Kind.COMPUTED_NUMBER);
    }
}
