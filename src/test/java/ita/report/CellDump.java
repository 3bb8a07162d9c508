package ita.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The dump of the analysis, province and annotated-copy golden files ({@link WorkbookDump#of}): sheets in
 * order, one line per non-empty cell
 * ({@code Sheet!A1 = value}, formulas as {@code =FORMULA}), with fill and comment when present, then the
 * sheet's merged regions, data validations and charts. Stable across runs of the same content.
 */
final class CellDump {

    private CellDump() {
    }

    static String of(Path xlsx) throws IOException {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return of(wb);
        }
    }

    static String of(byte[] xlsx) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            return of(wb);
        }
    }

    static String of(XSSFWorkbook wb) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet s = wb.getSheetAt(i);
            String hidden = wb.isSheetHidden(i) ? " (hidden)" : "";
            sb.append("# sheet ").append(s.getSheetName()).append(hidden).append('\n');
            for (Row r : s) {
                for (Cell c : r) {
                    String v = value(c);
                    Comment comment = c.getCellComment();
                    String fill = fill(c);
                    if (v.isEmpty() && comment == null && fill.isEmpty()) {
                        continue;
                    }
                    sb.append(s.getSheetName()).append('!').append(c.getAddress().formatAsString()).append(" = ")
                            .append(v);
                    if (!fill.isEmpty()) {
                        sb.append(" | fill=").append(fill);
                    }
                    if (comment != null) {
                        sb.append(" | comment=").append(oneLine(comment.getString().getString()));
                    }
                    sb.append('\n');
                }
            }
            List<String> merged = new ArrayList<>();
            for (CellRangeAddress m : s.getMergedRegions()) {
                merged.add(m.formatAsString());
            }
            merged.sort(null);
            for (String m : merged) {
                sb.append(s.getSheetName()).append(" merged ").append(m).append('\n');
            }
            List<String> validations = new ArrayList<>();
            for (DataValidation dv : s.getDataValidations()) {
                String[] list = dv.getValidationConstraint().getExplicitListValues();
                String rule = list != null ? String.join(";", list) : dv.getValidationConstraint().getFormula1();
                validations.add(dv.getRegions().getCellRangeAddress(0).formatAsString() + " list " + rule);
            }
            validations.sort(null);
            for (String v : validations) {
                sb.append(s.getSheetName()).append(" validation ").append(v).append('\n');
            }
            if (s.getDrawingPatriarch() != null) {
                int charts = s.getDrawingPatriarch().getCharts().size();
                if (charts > 0) {
                    sb.append(s.getSheetName()).append(" charts ").append(charts).append('\n');
                }
            }
        }
        return sb.toString();
    }

    private static String value(Cell c) {
        CellType t = c.getCellType();
        return switch (t) {
            case FORMULA -> "=" + c.getCellFormula();
            case NUMERIC -> number(c.getNumericCellValue());
            case STRING -> oneLine(c.getStringCellValue());
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            case ERROR -> "#ERROR";
            default -> "";
        };
    }

    static String number(double d) {
        return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    private static String fill(Cell c) {
        if (!(c.getCellStyle() instanceof XSSFCellStyle style)) {
            return "";
        }
        XSSFColor color = style.getFillForegroundXSSFColor();
        if (color == null || style.getFillPattern() == org.apache.poi.ss.usermodel.FillPatternType.NO_FILL) {
            return "";
        }
        String hex = color.getARGBHex();
        return hex == null ? "" : hex.substring(2);
    }

    private static String oneLine(String s) {
        return s.replace("\r", "").replace("\n", "\\n");
    }
}
