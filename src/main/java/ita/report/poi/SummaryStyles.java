package ita.report.poi;

import ita.report.typography.ThaiTypography;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The cell styles of the annotated copies and templates, in TH Sarabun New 16, made once per workbook (xlsx or
 * xls), and the page setup every sheet shares: A4, fitted to the page width, header rows repeated, panes frozen
 * below them.
 */
public final class SummaryStyles {

    /** Fills that mark a weak figure, strongest first. Explicit colours for xlsx; the nearest palette colour for xls. */
    public enum Mark {
        /** An indicator to fix urgently, a failed OIT item. */
        URGENT(0xFF, 0xC7, 0xCE, IndexedColors.ROSE),
        /** A reported figure that does not match its recomputation. */
        MISMATCH(0xF8, 0xCB, 0xAD, IndexedColors.TAN),
        /** Below the threshold or the pass mark. */
        BELOW(0xFF, 0xEB, 0x9C, IndexedColors.LIGHT_YELLOW);

        private final byte[] rgb;
        private final IndexedColors indexed;

        Mark(int r, int g, int b, IndexedColors indexed) {
            this.rgb = new byte[] {(byte) r, (byte) g, (byte) b};
            this.indexed = indexed;
        }

        /** The colour as RRGGBB. */
        public String hex() {
            return String.format("%02X%02X%02X", rgb[0] & 0xFF, rgb[1] & 0xFF, rgb[2] & 0xFF);
        }
    }

    private static final byte[] HEADER_FILL = {(byte) 0xD9, (byte) 0xE1, (byte) 0xF2};

    private final Workbook wb;
    private final Font regular;
    private final Font bold;
    private final Font titleFont;
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Map<String, CellStyle> marked = new HashMap<>();

    public SummaryStyles(Workbook wb) {
        this.wb = wb;
        regular = font(false, ThaiTypography.SIZE);
        bold = font(true, ThaiTypography.SIZE);
        titleFont = font(true, ThaiTypography.HEADING_SIZE);
    }

    /**
     * Makes TH Sarabun New 16 the workbook's default font, so that column widths are measured in its
     * characters and empty rows are tall enough for Thai. Only for workbooks we create.
     */
    public static void useThaiDefaultFont(Workbook wb) {
        Font f = wb.getFontAt(0);
        f.setFontName(ThaiTypography.FONT);
        f.setFontHeightInPoints(ThaiTypography.SIZE);
    }

    private Font font(boolean isBold, short size) {
        Font f = wb.createFont();
        f.setFontName(ThaiTypography.FONT);
        f.setFontHeightInPoints(size);
        f.setBold(isBold);
        return f;
    }

    public CellStyle title() {
        return style("title", () -> base(titleFont, false));
    }

    /** Notes under a title: wrapped, not bordered. */
    public CellStyle note() {
        return style("note", () -> base(regular, true));
    }

    public CellStyle header() {
        return style("header", () -> {
            CellStyle s = bordered(bold, true);
            s.setAlignment(HorizontalAlignment.CENTER);
            fill(s, HEADER_FILL, IndexedColors.PALE_BLUE);
            return s;
        });
    }

    /** Bordered, wrapped text. */
    public CellStyle text() {
        return style("text", () -> bordered(regular, true));
    }

    public CellStyle boldText() {
        return style("boldText", () -> bordered(bold, true));
    }

    public CellStyle centered() {
        return style("centered", () -> {
            CellStyle s = bordered(regular, true);
            s.setAlignment(HorizontalAlignment.CENTER);
            return s;
        });
    }

    /** Scores, means and shares: 0.00. */
    public CellStyle decimal() {
        return numeric("decimal", "0.00");
    }

    /** Changes: +3.35, -2.00. */
    public CellStyle signedDecimal() {
        return numeric("signedDecimal", "+0.00;-0.00;0.00");
    }

    public CellStyle integer() {
        return numeric("integer", "0");
    }

    public CellStyle signedInteger() {
        return numeric("signedInteger", "+0;-0;0");
    }

    private CellStyle numeric(String key, String format) {
        return style(key, () -> {
            CellStyle s = bordered(regular, false);
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            s.setAlignment(HorizontalAlignment.RIGHT);
            return s;
        });
    }

    /**
     * A copy of a cell's style with a fill, made once per (style, mark), so the style other cells share is
     * left as it was.
     */
    public CellStyle marked(CellStyle original, Mark mark) {
        String key = original.getIndex() + "|" + mark;
        CellStyle s = marked.get(key);
        if (s == null) {
            s = wb.createCellStyle();
            s.cloneStyleFrom(original);
            fill(s, mark.rgb, mark.indexed);
            marked.put(key, s);
        }
        return s;
    }

    private CellStyle base(Font f, boolean wrap) {
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setWrapText(wrap);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        return s;
    }

    private CellStyle bordered(Font f, boolean wrap) {
        CellStyle s = base(f, wrap);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private static void fill(CellStyle s, byte[] rgb, IndexedColors indexed) {
        if (s instanceof XSSFCellStyle x) {
            // ARGB, opaque: the schema's colour is four bytes, and Excel repairs a file with three
            x.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, rgb[0], rgb[1], rgb[2]}, null));
        } else {
            s.setFillForegroundColor(indexed.getIndex());
        }
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private CellStyle style(String key, java.util.function.Supplier<CellStyle> make) {
        return styles.computeIfAbsent(key, k -> make.get());
    }

    /**
     * A4 in the given orientation, fitted to one page wide, with rows {@code firstHeaderRow}..{@code lastHeaderRow}
     * (zero-based) repeated on every page and the panes frozen below them.
     */
    public static void pageSetup(Sheet s, boolean landscape, int firstHeaderRow, int lastHeaderRow) {
        PrintSetup p = s.getPrintSetup();
        p.setPaperSize(PrintSetup.A4_PAPERSIZE);
        p.setLandscape(landscape);
        p.setFitWidth((short) 1);
        p.setFitHeight((short) 0);
        s.setFitToPage(true);
        s.setAutobreaks(true);
        s.setMargin(PageMargin.LEFT, 0.5);
        s.setMargin(PageMargin.RIGHT, 0.5);
        s.setMargin(PageMargin.TOP, 0.6);
        s.setMargin(PageMargin.BOTTOM, 0.6);
        s.setHorizontallyCenter(false);
        if (firstHeaderRow >= 0 && lastHeaderRow >= firstHeaderRow) {
            s.setRepeatingRows(new CellRangeAddress(firstHeaderRow, lastHeaderRow, -1, -1));
            s.createFreezePane(0, lastHeaderRow + 1);
        }
    }
}
