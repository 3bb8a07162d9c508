package ita.report;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the analysis sheets, made once per workbook: every font is {@link ThaiTypography#FONT},
 * body text at {@link ThaiTypography#SIZE}, titles larger and bold. The workbook's default font is set to the
 * same, so column widths (measured in its digit width) and empty cells match.
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

    private final XSSFWorkbook wb;
    private final Map<String, XSSFCellStyle> cache = new HashMap<>();
    private final Map<Kind, XSSFFont> fonts = new EnumMap<>(Kind.class);

    AnalysisStyles(XSSFWorkbook wb) {
        this.wb = wb;
        XSSFFont base = wb.getFontAt(0);
        base.setFontName(ThaiTypography.FONT);
        base.setFontHeightInPoints(ThaiTypography.SIZE);
    }

    /** The style for a kind of cell, without a fill (headers and groups keep their own). */
    XSSFCellStyle get(Kind kind) {
        return get(kind, Fill.NONE);
    }

    XSSFCellStyle get(Kind kind, Fill fill) {
        Fill f = fill != Fill.NONE ? fill : kind == Kind.HEADER ? Fill.HEADER : kind == Kind.GROUP ? Fill.GROUP
                : Fill.NONE;
        return cache.computeIfAbsent(kind + "|" + f, k -> create(kind, f));
    }

    /** Text height in points of a kind, for row heights. */
    static float lineHeight(Kind kind) {
        return switch (kind) {
            case TITLE -> ThaiTypography.LINE_HEIGHT_POINTS * TITLE_SIZE / ThaiTypography.SIZE;
            case SUBTITLE -> ThaiTypography.LINE_HEIGHT_POINTS * SUBTITLE_SIZE / ThaiTypography.SIZE;
            default -> ThaiTypography.LINE_HEIGHT_POINTS;
        };
    }

    private XSSFCellStyle create(Kind kind, Fill fill) {
        XSSFCellStyle s = wb.createCellStyle();
        s.setFont(font(kind));
        s.setVerticalAlignment(VerticalAlignment.TOP);
        boolean bordered = switch (kind) {
            case TITLE, SUBTITLE, SECTION, PARAGRAPH, NOTE -> false;
            default -> true;
        };
        if (bordered) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        switch (kind) {
            case TITLE, SUBTITLE -> {
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
                s.setWrapText(true);
            }
            case HEADER -> {
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setVerticalAlignment(VerticalAlignment.CENTER);
                s.setWrapText(true);
            }
            case TEXT_CENTER -> {
                s.setAlignment(HorizontalAlignment.CENTER);
                s.setWrapText(true);
            }
            case NUMBER, COMPUTED_NUMBER -> s.setDataFormat(wb.createDataFormat().getFormat("0.00"));
            case INTEGER -> {
                s.setDataFormat(wb.createDataFormat().getFormat("0"));
                s.setAlignment(HorizontalAlignment.CENTER);
            }
            case CHANGE -> s.setDataFormat(wb.createDataFormat().getFormat(CHANGE_FORMAT));
            default -> s.setWrapText(true);
        }
        if (fill.rgb != null) {
            s.setFillForegroundColor(color(fill.rgb));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }

    private XSSFFont font(Kind kind) {
        return fonts.computeIfAbsent(kind, k -> {
            XSSFFont f = wb.createFont();
            f.setFontName(ThaiTypography.FONT);
            f.setFontHeightInPoints(switch (k) {
                case TITLE -> TITLE_SIZE;
                case SUBTITLE -> SUBTITLE_SIZE;
                default -> ThaiTypography.SIZE;
            });
            f.setBold(switch (k) {
                case TITLE, SUBTITLE, SECTION, HEADER, LABEL, GROUP -> true;
                default -> false;
            });
            f.setItalic(k == Kind.COMPUTED_NUMBER);
            return f;
        });
    }

    static XSSFColor color(String rgb) {
        return new XSSFColor(hex(rgb), null);
    }

    static byte[] hex(String rgb) {
        byte[] b = new byte[3];
        for (int i = 0; i < 3; i++) {
            b[i] = (byte) Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }
}
