package ita.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * A canonical text dump of a workbook for golden files, stable from run to run:
 * <pre>
 * == sheet 1: มาตรการ
 * freeze: A8
 * print: A4 landscape, fit 1 wide x 0 tall, repeat rows 6:7
 * merged: A1:V1
 * validation: list 'รายการ'!$A$2:$A$14 on G8:G20, warning
 * มาตรการ!A1 = มาตรการส่งเสริม…
 * มาตรการ!K8 = ● | fill=C6EFCE
 * </pre>
 * Sheets in workbook order; one line per non-empty cell, row by row: text with line breaks written as
 * {@code \n}, numbers in their shortest form, formulas as {@code =FORMULA}, dates as yyyy-mm-dd; then
 * {@code | format=…} for a number with a format other than General, {@code | fill=RRGGBB} for a solid fill
 * and {@code | comment=…} for a comment.
 */
public final class WorkbookDump {

    private WorkbookDump() {
    }

    public static String dump(byte[] xlsx) throws IOException {
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            return dump(wb);
        }
    }

    public static String dump(Workbook wb) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            Sheet s = wb.getSheetAt(i);
            out.append("== sheet ").append(i + 1).append(": ").append(s.getSheetName());
            if (wb.isSheetVeryHidden(i)) {
                out.append(" (very hidden)");
            } else if (wb.isSheetHidden(i)) {
                out.append(" (hidden)");
            }
            out.append('\n');
            sheetSettings(s, out);
            cells(s, out);
        }
        return out.toString();
    }

    private static void sheetSettings(Sheet s, StringBuilder out) {
        PaneInformation pane = s.getPaneInformation();
        if (pane != null && pane.isFreezePane()) {
            out.append("freeze: ").append(new CellReference(pane.getHorizontalSplitPosition(),
                    pane.getVerticalSplitPosition()).formatAsString()).append('\n');
        }
        PrintSetup ps = s.getPrintSetup();
        CellRangeAddress repeat = s.getRepeatingRows();
        if (s.getFitToPage() || repeat != null || ps.getLandscape()) {
            out.append("print: ").append(ps.getPaperSize() == PrintSetup.A4_PAPERSIZE ? "A4" : "paper " + ps.getPaperSize())
                    .append(ps.getLandscape() ? " landscape" : " portrait");
            if (s.getFitToPage()) {
                out.append(", fit ").append(ps.getFitWidth()).append(" wide x ").append(ps.getFitHeight()).append(" tall");
            }
            if (repeat != null) {
                out.append(", repeat rows ").append(repeat.getFirstRow() + 1).append(':').append(repeat.getLastRow() + 1);
            }
            out.append('\n');
        }
        List<CellRangeAddress> merged = new ArrayList<>(s.getMergedRegions());
        merged.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow).thenComparingInt(CellRangeAddress::getFirstColumn));
        for (CellRangeAddress m : merged) {
            out.append("merged: ").append(m.formatAsString()).append('\n');
        }
        List<String> validations = new ArrayList<>();
        for (DataValidation v : s.getDataValidations()) {
            validations.add(validation(v));
        }
        validations.stream().sorted().forEach(v -> out.append("validation: ").append(v).append('\n'));
    }

    private static String validation(DataValidation v) {
        DataValidationConstraint c = v.getValidationConstraint();
        StringBuilder sb = new StringBuilder();
        if (c.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            sb.append("list ");
            sb.append(c.getExplicitListValues() != null ? String.join(",", c.getExplicitListValues()) : c.getFormula1());
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

    private static void cells(Sheet s, StringBuilder out) {
        for (Row row : s) {
            for (Cell cell : row) {
                String value = value(cell);
                if (value.isEmpty()) {
                    continue;
                }
                out.append(s.getSheetName()).append('!').append(cell.getAddress().formatAsString()).append(" = ")
                        .append(value);
                CellStyle st = cell.getCellStyle();
                boolean numeric = cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC;
                if (numeric && st.getDataFormat() != 0 && !"General".equalsIgnoreCase(st.getDataFormatString())) {
                    out.append(" | format=").append(st.getDataFormatString());
                }
                String fill = fill(st);
                if (fill != null) {
                    out.append(" | fill=").append(fill);
                }
                Comment comment = cell.getCellComment();
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
                    : NumberToTextConverter.toText(c.getNumericCellValue());
            case FORMULA -> "=" + c.getCellFormula();
            case BOOLEAN -> c.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(c.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static String fill(CellStyle st) {
        if (st.getFillPattern() != FillPatternType.SOLID_FOREGROUND || !(st instanceof XSSFCellStyle x)) {
            return null;
        }
        XSSFColor color = x.getFillForegroundXSSFColor();
        if (color == null || color.getRGB() == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : color.getRGB()) {
            sb.append(String.format("%02X", b & 0xFF));
        }
        return sb.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
    }

    // the agency, province and annotated-copy golden files use the format of CellDump
    public static String of(byte[] xlsx) throws IOException {
        return CellDump.of(xlsx);
    }

    public static String of(java.nio.file.Path xlsx) throws IOException {
        return CellDump.of(xlsx);
    }

    public static String of(Workbook wb) {
        return CellDump.of((org.apache.poi.xssf.usermodel.XSSFWorkbook) wb);
    }
}
