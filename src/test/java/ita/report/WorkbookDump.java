package ita.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The one canonical text dump of a workbook, for golden files and for comparing two workbooks, stable from
 * run to run:
 * <pre>
 * default font: TH Sarabun New 16
 * == sheet 1: มาตรการ
 * freeze: A8
 * print: A4 landscape, fit 1 wide x 0 tall, repeat rows 6:7, margins 0.4 0.4 0.5 0.5, centred,
 *   footer "&amp;Cหน้า &amp;P / &amp;N"
 * merged: A1:V1
 * validation: list 'รายการ'!$A$2:$A$14 on G8:G20, warning
 * conditional: C6:H16 cellIs &gt; 0 fill C6EFCE
 * charts: 2
 * มาตรการ!A1 = มาตรการส่งเสริม… | font=TH Sarabun New 18 bold
 * มาตรการ!K8 = ● | fill=C6EFCE
 * </pre>
 * The workbook's default font first; then sheets in workbook order, each with its frozen pane, print setup
 * (paper, orientation, fit, repeated rows, margins in inches, centring, footer), merged regions, data
 * validations, conditional formats and chart count, then one line per cell that holds a value, a fill or a
 * comment, row by row: text with line breaks written {@code \n}, numbers in their shortest exact form, formulas
 * as {@code =FORMULA}, dates as yyyy-mm-dd; then {@code | format=…} for a number format other than General,
 * {@code | font=…} for a font other than the default, {@code | fill=RRGGBB} for a solid fill and
 * {@code | comment=…} for a comment. Row heights, column widths, borders and alignment are left out.
 */
public final class WorkbookDump {

    private WorkbookDump() {
    }

    public static String of(byte[] xlsx) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            return of(wb);
        }
    }

    public static String of(Path workbook) throws IOException {
        try (InputStream in = Files.newInputStream(workbook); Workbook wb = WorkbookFactory.create(in)) {
            return of(wb);
        }
    }

    public static String of(Workbook wb) {
        StringBuilder out = new StringBuilder();
        Font defaultFont = wb.getFontAt(0);
        out.append("default font: ").append(font(defaultFont)).append('\n');
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet s = wb.getSheetAt(i);
            out.append("== sheet ").append(i + 1).append(": ").append(s.getSheetName());
            if (wb.isSheetVeryHidden(i)) {
                out.append(" (very hidden)");
            } else if (wb.isSheetHidden(i)) {
                out.append(" (hidden)");
            }
            out.append('\n');
            settings(s, out);
            cells(wb, s, defaultFont, out);
        }
        return out.toString();
    }

    private static void settings(Sheet s, StringBuilder out) {
        PaneInformation pane = s.getPaneInformation();
        if (pane != null && pane.isFreezePane()) {
            out.append("freeze: ").append(new CellReference(pane.getHorizontalSplitPosition(),
                    pane.getVerticalSplitPosition()).formatAsString()).append('\n');
        }
        print(s, out);
        List<CellRangeAddress> merged = new ArrayList<>(s.getMergedRegions());
        merged.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow)
                .thenComparingInt(CellRangeAddress::getFirstColumn));
        for (CellRangeAddress m : merged) {
            out.append("merged: ").append(m.formatAsString()).append('\n');
        }
        s.getDataValidations().stream().map(WorkbookDump::validation).sorted()
                .forEach(v -> out.append("validation: ").append(v).append('\n'));
        conditional(s, out);
        if (s instanceof XSSFSheet x && x.getDrawingPatriarch() != null
                && !x.getDrawingPatriarch().getCharts().isEmpty()) {
            out.append("charts: ").append(x.getDrawingPatriarch().getCharts().size()).append('\n');
        }
    }

    private static void print(Sheet s, StringBuilder out) {
        PrintSetup ps = s.getPrintSetup();
        CellRangeAddress repeat = s.getRepeatingRows();
        String footer = footer(s.getFooter());
        if (!s.getFitToPage() && repeat == null && !ps.getLandscape() && footer.isEmpty()) {
            return;
        }
        out.append("print: ").append(ps.getPaperSize() == PrintSetup.A4_PAPERSIZE ? "A4" : "paper " + ps.getPaperSize())
                .append(ps.getLandscape() ? " landscape" : " portrait");
        if (s.getFitToPage()) {
            out.append(", fit ").append(ps.getFitWidth()).append(" wide x ").append(ps.getFitHeight()).append(" tall");
        }
        if (repeat != null) {
            out.append(", repeat rows ").append(repeat.getFirstRow() + 1).append(':').append(repeat.getLastRow() + 1);
        }
        out.append(", margins ").append(number(s.getMargin(PageMargin.LEFT))).append(' ')
                .append(number(s.getMargin(PageMargin.RIGHT))).append(' ').append(number(s.getMargin(PageMargin.TOP)))
                .append(' ').append(number(s.getMargin(PageMargin.BOTTOM)));
        if (s.getHorizontallyCenter()) {
            out.append(", centred");
        }
        if (!footer.isEmpty()) {
            out.append(", footer \"").append(escape(footer)).append('"');
        }
        out.append('\n');
    }

    private static String footer(Footer f) {
        StringBuilder sb = new StringBuilder();
        if (f.getLeft() != null && !f.getLeft().isEmpty()) {
            sb.append("&L").append(f.getLeft());
        }
        if (f.getCenter() != null && !f.getCenter().isEmpty()) {
            sb.append("&C").append(f.getCenter());
        }
        if (f.getRight() != null && !f.getRight().isEmpty()) {
            sb.append("&R").append(f.getRight());
        }
        return sb.toString();
    }

    private static String validation(DataValidation v) {
        DataValidationConstraint c = v.getValidationConstraint();
        StringBuilder sb = new StringBuilder();
        if (c.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            sb.append("list ");
            sb.append(c.getExplicitListValues() != null ? String.join(",", c.getExplicitListValues())
                    : c.getFormula1());
        } else {
            sb.append("type ").append(c.getValidationType()).append(' ').append(c.getFormula1());
        }
        List<String> ranges = new ArrayList<>();
        for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
            ranges.add(r.formatAsString());
        }
        sb.append(" on ").append(String.join(" ", ranges));
        sb.append(", ").append(switch (v.getErrorStyle()) {
            case DataValidation.ErrorStyle.STOP -> "stop";
            case DataValidation.ErrorStyle.WARNING -> "warning";
            default -> "info";
        });
        return sb.toString();
    }

    private static void conditional(Sheet s, StringBuilder out) {
        SheetConditionalFormatting scf = s.getSheetConditionalFormatting();
        for (int i = 0; i < scf.getNumConditionalFormattings(); i++) {
            ConditionalFormatting cf = scf.getConditionalFormattingAt(i);
            List<String> ranges = new ArrayList<>();
            for (CellRangeAddress r : cf.getFormattingRanges()) {
                ranges.add(r.formatAsString());
            }
            for (int k = 0; k < cf.getNumberOfRules(); k++) {
                ConditionalFormattingRule rule = cf.getRule(k);
                out.append("conditional: ").append(String.join(" ", ranges)).append(' ')
                        .append(rule.getConditionType().type).append(' ')
                        .append(operator(rule.getComparisonOperation())).append(' ').append(rule.getFormula1());
                if (rule.getPatternFormatting() != null && rule.getPatternFormatting().getFillBackgroundColorColor()
                        instanceof XSSFColor c && c.getRGB() != null) {
                    out.append(" fill ").append(hex(c.getRGB()));
                }
                if (rule.getFontFormatting() != null && rule.getFontFormatting().getFontColor() instanceof XSSFColor c
                        && c.getRGB() != null) {
                    out.append(" font ").append(hex(c.getRGB()));
                }
                out.append('\n');
            }
        }
    }

    private static String operator(byte op) {
        return switch (op) {
            case 1 -> "between";
            case 2 -> "not between";
            case 3 -> "=";
            case 4 -> "<>";
            case 5 -> ">";
            case 6 -> "<";
            case 7 -> ">=";
            case 8 -> "<=";
            default -> "op" + op;
        };
    }

    private static void cells(Workbook wb, Sheet s, Font defaultFont, StringBuilder out) {
        for (Row row : s) {
            for (Cell cell : row) {
                String value = value(cell);
                CellStyle st = cell.getCellStyle();
                String fill = fill(st);
                Comment comment = cell.getCellComment();
                if (value.isEmpty() && fill == null && comment == null) {
                    continue;
                }
                out.append(s.getSheetName()).append('!').append(cell.getAddress().formatAsString()).append(" = ")
                        .append(value);
                String format = st.getDataFormatString();
                if (st.getDataFormat() != 0 && format != null && !"General".equalsIgnoreCase(format)) {
                    out.append(" | format=").append(format);
                }
                Font f = wb.getFontAt(st.getFontIndex());
                if (!font(f).equals(font(defaultFont))) {
                    out.append(" | font=").append(font(f));
                }
                if (fill != null) {
                    out.append(" | fill=").append(fill);
                }
                if (comment != null) {
                    out.append(" | comment=").append(escape(comment.getString().getString()));
                }
                out.append('\n');
            }
        }
    }

    private static String value(Cell c) {
        return switch (c.getCellType()) {
            case STRING -> escape(c.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(c)
                    ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                    : number(c.getNumericCellValue());
            case FORMULA -> "=" + c.getCellFormula();
            case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(c.getErrorCellValue()).getString();
            default -> "";
        };
    }

    /** The shortest text that reads back as the same double, without exponent or trailing zeros. */
    static String number(double d) {
        return new BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    /** "TH Sarabun New 16 bold italic FF0000": name, size, then what differs from plain black. */
    private static String font(Font f) {
        StringBuilder sb = new StringBuilder(f.getFontName()).append(' ').append(number(f.getFontHeightInPoints()));
        if (f.getBold()) {
            sb.append(" bold");
        }
        if (f.getItalic()) {
            sb.append(" italic");
        }
        if (f instanceof XSSFFont x && x.getXSSFColor() != null && x.getXSSFColor().getRGB() != null
                && !hex(x.getXSSFColor().getRGB()).equals("000000")) {
            sb.append(' ').append(hex(x.getXSSFColor().getRGB()));
        }
        return sb.toString();
    }

    private static String fill(CellStyle st) {
        if (st.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
            return null;
        }
        if (st instanceof XSSFCellStyle x) {
            XSSFColor color = x.getFillForegroundXSSFColor();
            return color == null || color.getRGB() == null ? null : hex(color.getRGB());
        }
        return "indexed " + st.getFillForegroundColor();
    }

    private static String hex(byte[] rgb) {
        StringBuilder sb = new StringBuilder();
        for (int i = rgb.length - 3; i < rgb.length; i++) {
            sb.append(String.format("%02X", rgb[i] & 0xFF));
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }
}
