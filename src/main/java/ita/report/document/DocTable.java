package ita.report.document;

import ita.report.typography.TextLines;
import ita.report.typography.ThaiTypography;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * A table of fixed column widths (twips) in 14 pt text with thin borders. Header rows repeat at the top of
 * every page; no row is split across pages (a row taller than a page is the one exception Word and
 * LibreOffice make on their own).
 */
final class DocTable {

    /** Light grey-blue behind header cells: visible on screen, quiet in black-and-white print. */
    static final String HEADER_FILL = "D9E2F3";
    /** Behind group rows (a tool, a total). */
    static final String GROUP_FILL = "F2F2F2";
    private static final int CELL_MARGIN_TWIPS = 85;
    /** Kept free below a row's estimated height, for what the estimate misses. */
    static final int SAFETY_TWIPS = 600;
    /** Space above and below the text of a row. */
    static final int ROW_PADDING_TWIPS = 60;

    private final Docx docx;
    private final XWPFTable table;
    private final int[] widths;
    private final boolean borders;
    private final List<Row> rows = new java.util.ArrayList<>();

    DocTable(Docx docx, XWPFTable table, int[] widths, boolean borders) {
        this.docx = docx;
        this.table = table;
        this.widths = widths.clone();
        this.borders = borders;
        docx.dropEmptyRow(table);
        layout();
    }

    XWPFTable poi() {
        return table;
    }

    int columns() {
        return widths.length;
    }

    /** A header row: repeated on each page, bold, centred, shaded. */
    Row header(String... titles) {
        Row r = row();
        r.row.setRepeatHeader(true);
        for (int c = 0; c < titles.length; c++) {
            r.cell(c).text(titles[c], Docx.Align.CENTER, true).fill(HEADER_FILL).middle();
        }
        return r;
    }

    /** A body row with one cell per column. */
    Row row() {
        return spanned(null);
    }

    /**
     * A body row whose cells span several columns: {@code spans} gives the number of grid columns of each cell
     * and must add up to the table's columns.
     */
    Row spanned(int[] spans) {
        int[] s = spans == null ? ones(widths.length) : spans;
        int sum = 0;
        for (int x : s) {
            sum += x;
        }
        if (sum != widths.length) {
            throw new IllegalArgumentException("spans " + java.util.Arrays.toString(s) + " do not make "
                    + widths.length + " columns");
        }
        XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
        row.setCantSplitRow(true);
        int[] cellWidths = new int[s.length];
        int col = 0;
        for (int n = 0; n < s.length; n++) {
            int span = s[n];
            XWPFTableCell cell = row.addNewTableCell();
            CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            int w = 0;
            for (int k = col; k < col + span; k++) {
                w += widths[k];
            }
            CTTblWidth tcW = pr.addNewTcW();
            tcW.setType(STTblWidth.DXA);
            tcW.setW(BigInteger.valueOf(w));
            if (span > 1) {
                pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
            }
            cellWidths[n] = w;
            col += span;
        }
        Row r = new Row(row, cellWidths);
        rows.add(r);
        return r;
    }

    /**
     * Lets rows split that cannot fit on one page below the repeated header: LibreOffice cuts off, rather than
     * splits, a row kept whole that is taller than the page. Heights are estimated from the text.
     *
     * @param pageTextTwips the height text may take on the table's pages
     */
    void settle(int pageTextTwips) {
        int header = 0;
        for (Row r : rows) {
            if (r.row.isRepeatHeader()) {
                header += r.height();
            }
        }
        int room = pageTextTwips - header - SAFETY_TWIPS;
        for (Row r : rows) {
            if (!r.row.isRepeatHeader() && r.height() > room) {
                r.row.setCantSplitRow(false);
            }
        }
    }

    /**
     * How tall a paragraph is in a column, in twips, by the one line estimator of every output: enough to tell a
     * row that fits on a page from one that does not.
     */
    static int height(String text, int widthTwips, int halfPoints) {
        double points = halfPoints / 2.0;
        int lines = TextLines.lines(text, Math.max(1, widthTwips) / 20.0, points);
        return (int) Math.ceil(ThaiTypography.documentLines(lines, points) * 20);
    }

    private static int[] ones(int n) {
        int[] a = new int[n];
        java.util.Arrays.fill(a, 1);
        return a;
    }

    private void layout() {
        CTTblPr pr = table.getCTTbl().getTblPr() != null ? table.getCTTbl().getTblPr() : table.getCTTbl().addNewTblPr();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(total));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        if (pr.isSetTblBorders()) {
            pr.unsetTblBorders();
        }
        CTTblBorders b = pr.addNewTblBorders();
        for (CTBorder border : List.of(b.addNewTop(), b.addNewLeft(), b.addNewBottom(), b.addNewRight(),
                b.addNewInsideH(), b.addNewInsideV())) {
            if (borders) {
                border.setVal(STBorder.SINGLE);
                border.setSz(BigInteger.valueOf(4));
                border.setSpace(BigInteger.ZERO);
                border.setColor("000000");
            } else {
                border.setVal(STBorder.NONE);
            }
        }
        CTTblCellMar mar = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        CTTblWidth left = mar.addNewLeft();
        left.setType(STTblWidth.DXA);
        left.setW(BigInteger.valueOf(CELL_MARGIN_TWIPS));
        CTTblWidth right = mar.addNewRight();
        right.setType(STTblWidth.DXA);
        right.setW(BigInteger.valueOf(CELL_MARGIN_TWIPS));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
    }

    /**
     * Keeps the table on one page when it fits (every row kept with the next), for short tables that read badly
     * when cut: the weighted scores, the reporting rounds, the signatures.
     */
    DocTable keepTogether() {
        List<XWPFTableRow> rows = table.getRows();
        for (int i = 0; i < rows.size() - 1; i++) {
            for (XWPFTableCell c : rows.get(i).getTableCells()) {
                c.getParagraphs().forEach(Docx::keepNext);
            }
        }
        return this;
    }

    /** One row under construction. */
    final class Row {

        private final XWPFTableRow row;
        private final int[] widths;
        /** Estimated height of each cell's text so far, in twips. */
        private final int[] heights;

        Row(XWPFTableRow row, int[] widths) {
            this.row = row;
            this.widths = widths;
            this.heights = new int[widths.length];
        }

        /** The n-th cell of the row (not the n-th grid column when cells span). */
        Cell cell(int n) {
            return new Cell(row.getCell(n), this, n);
        }

        int height() {
            int h = 0;
            for (int x : heights) {
                h = Math.max(h, x);
            }
            return h + ROW_PADDING_TWIPS;
        }

        void grow(int cell, String text, int indentTwips, int halfPoints) {
            heights[cell] += DocTable.height(text, widths[cell] - 2 * CELL_MARGIN_TWIPS - indentTwips, halfPoints);
        }

        /** Shades every cell of the row. */
        Row fill(String rgb) {
            for (int i = 0; i < row.getTableCells().size(); i++) {
                cell(i).fill(rgb);
            }
            return this;
        }
    }

    /** One cell: its first paragraph is filled first, then paragraphs are added. */
    final class Cell {

        private final XWPFTableCell cell;
        private final Row owner;
        private final int index;
        private boolean used;

        Cell(XWPFTableCell cell, Row owner, int index) {
            this.cell = cell;
            this.owner = owner;
            this.index = index;
        }

        /** The next paragraph of the cell, 14 pt. */
        XWPFParagraph paragraph(Docx.Align align) {
            XWPFParagraph p;
            if (!used && cell.getParagraphs().size() == 1 && cell.getParagraphs().get(0).getRuns().isEmpty()) {
                p = cell.getParagraphs().get(0);
            } else {
                p = cell.addParagraph();
            }
            used = true;
            p.setAlignment(align.poi);
            return p;
        }

        /** Text in 14 pt; each line of the text becomes a paragraph. */
        Cell text(String text, Docx.Align align, boolean bold) {
            for (String line : text.split("\n", -1)) {
                docx.run(paragraph(align), line, bold, DocumentTypography.TABLE_HALF_POINTS);
                owner.grow(index, line, 0, DocumentTypography.TABLE_HALF_POINTS);
            }
            return this;
        }

        Cell text(String text) {
            return text(text, Docx.Align.LEFT, false);
        }

        /** A paragraph of body-size (16 pt) text, as outside tables. */
        Cell body(String text, Docx.Align align) {
            docx.run(paragraph(align), text, false, 0);
            owner.grow(index, text, 0, DocumentTypography.BODY_HALF_POINTS);
            return this;
        }

        /**
         * Numbered or bulleted lines ("1. …", "– …"): the label hangs so that wrapped lines align with the
         * text after it.
         */
        Cell hanging(String line, int hangTwips, boolean bold) {
            XWPFParagraph p = paragraph(Docx.Align.LEFT);
            p.setIndentationLeft(hangTwips);
            p.setIndentationHanging(hangTwips);
            docx.run(p, line, bold, DocumentTypography.TABLE_HALF_POINTS);
            owner.grow(index, line, hangTwips, DocumentTypography.TABLE_HALF_POINTS);
            return this;
        }

        /** Several runs in one paragraph: alternating plain and bold parts are given as pairs. */
        Cell runs(Docx.Align align, Object... textBoldPairs) {
            XWPFParagraph p = paragraph(align);
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < textBoldPairs.length; i += 2) {
                docx.run(p, (String) textBoldPairs[i], (Boolean) textBoldPairs[i + 1], DocumentTypography.TABLE_HALF_POINTS);
                all.append((String) textBoldPairs[i]);
            }
            owner.grow(index, all.toString(), 0, DocumentTypography.TABLE_HALF_POINTS);
            return this;
        }

        /** Every paragraph of the cell kept with the next one. */
        Cell keepWithNext() {
            cell.getParagraphs().forEach(Docx::keepNext);
            return this;
        }

        Cell fill(String rgb) {
            CTTcPr pr = pr();
            CTShd shd = pr.isSetShd() ? pr.getShd() : pr.addNewShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(rgb);
            return this;
        }

        Cell middle() {
            CTTcPr pr = pr();
            (pr.isSetVAlign() ? pr.getVAlign() : pr.addNewVAlign()).setVal(STVerticalJc.CENTER);
            return this;
        }

        /** The first cell of a vertical merge. */
        Cell mergeStart() {
            pr().addNewVMerge().setVal(STMerge.RESTART);
            return this;
        }

        /** A cell merged into the one above it. */
        Cell mergeContinue() {
            pr().addNewVMerge();
            return this;
        }

        private CTTcPr pr() {
            return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        }
    }
}
