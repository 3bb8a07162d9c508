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

    static final short TITLE_SIZE = 20;
    static final short SUBTITLE_SIZE = 18;
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

    /** Text height in points of a kind, for row heights. */
    static float lineHeight(Kind kind) {
        return switch (kind) {
            case TITLE -> ThaiTypography.LINE_HEIGHT_POINTS * TITLE_SIZE / ThaiTypography.SIZE;
            case SUBTITLE -> ThaiTypography.LINE_HEIGHT_POINTS * SUBTITLE_SIZE / ThaiTypography.SIZE;
            default -> ThaiTypography.LINE_HEIGHT_POINTS;
        };
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

    private static Font font(Kind k) {
        double size = switch (k) {
            case TITLE -> TITLE_SIZE;
            case SUBTITLE -> SUBTITLE_SIZE;
            default -> ThaiTypography.SIZE;
        };
        boolean bold = switch (k) {
            case TITLE, SUBTITLE, SECTION, HEADER, LABEL, GROUP -> true;
            default -> false;
        };
        return Font.of(ThaiTypography.FONT, size, bold).italic(k == Kind.COMPUTED_NUMBER);
    }

    static byte[] hex(String rgb) {
        byte[] b = new byte[3];
        for (int i = 0; i < 3; i++) {
            b[i] = (byte) Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
