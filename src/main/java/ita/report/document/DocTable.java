package ita.report.document;

import ita.report.typography.TextLines;
import ita.report.typography.ThaiTypography;
import java.util.ArrayList;
import java.util.List;

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

    private static final String BORDERS = borders("<w:%s w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
    private static final String NO_BORDERS = borders("<w:%s w:val=\"none\"/>");
    private static final String CELL_MARGINS = "<w:tblCellMar><w:left w:type=\"dxa\" w:w=\"" + CELL_MARGIN_TWIPS
            + "\"/><w:right w:type=\"dxa\" w:w=\"" + CELL_MARGIN_TWIPS + "\"/></w:tblCellMar>";

    private final Docx docx;
    private final int[] widths;
    private final boolean borders;
    private final List<Row> rows = new ArrayList<>();

    DocTable(Docx docx, int[] widths, boolean borders) {
        this.docx = docx;
        this.widths = widths.clone();
        this.borders = borders;
    }

    private static String borders(String format) {
        StringBuilder sb = new StringBuilder("<w:tblBorders>");
        for (String side : new String[] {"top", "left", "bottom", "right", "insideH", "insideV"}) {
            sb.append(String.format(java.util.Locale.ROOT, format, side));
        }
        return sb.append("</w:tblBorders>").toString();
    }

    int columns() {
        return widths.length;
    }

    /** A header row: repeated on each page, bold, centred, shaded. */
    Row header(String... titles) {
        Row r = row();
        r.repeatHeader = true;
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
        int[] cellWidths = new int[s.length];
        int col = 0;
        for (int n = 0; n < s.length; n++) {
            int w = 0;
            for (int k = col; k < col + s[n]; k++) {
                w += widths[k];
            }
            cellWidths[n] = w;
            col += s[n];
        }
        Row r = new Row(cellWidths, s);
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
            if (r.repeatHeader) {
                header += r.height();
            }
        }
        int room = pageTextTwips - header - SAFETY_TWIPS;
        for (Row r : rows) {
            if (!r.repeatHeader && r.height() > room) {
                r.cantSplit = false;
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

    /** Where written text goes when enough has gathered: a long table is not held whole. */
    interface Drain {
        void drain(StringBuilder sb) throws java.io.IOException;
    }

    /** The table as {@code <w:tbl>}: fixed layout, its grid, borders or none, the rows, each handed to {@code drain}. */
    void write(StringBuilder sb, Drain drain) throws java.io.IOException {
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        sb.append("<w:tbl><w:tblPr><w:tblW w:w=\"").append(total).append("\" w:type=\"dxa\"/>")
                .append(borders ? BORDERS : NO_BORDERS).append("<w:tblLayout w:type=\"fixed\"/>").append(CELL_MARGINS)
                .append("</w:tblPr><w:tblGrid>");
        for (int w : widths) {
            sb.append("<w:gridCol w:w=\"").append(w).append("\"/>");
        }
        sb.append("</w:tblGrid>");
        for (Row r : rows) {
            r.write(sb);
            drain.drain(sb);
        }
        sb.append("</w:tbl>");
    }

    /**
     * Keeps the table on one page when it fits (every row kept with the next), for short tables that read badly
     * when cut: the weighted scores, the reporting rounds, the signatures.
     */
    DocTable keepTogether() {
        for (int i = 0; i < rows.size() - 1; i++) {
            for (CellContent c : rows.get(i).cells) {
                c.paragraphs.forEach(Para::keepNext);
            }
        }
        return this;
    }

    /** One row under construction. */
    final class Row {

        private final int[] widths;
        private final CellContent[] cells;
        /** Estimated height of each cell's text so far, in twips. */
        private final int[] heights;
        private boolean repeatHeader;
        private boolean cantSplit = true;

        Row(int[] widths, int[] spans) {
            this.widths = widths;
            this.heights = new int[widths.length];
            this.cells = new CellContent[widths.length];
            for (int n = 0; n < cells.length; n++) {
                cells[n] = new CellContent(widths[n], spans[n]);
            }
        }

        /** The n-th cell of the row (not the n-th grid column when cells span). */
        Cell cell(int n) {
            return new Cell(cells[n], this, n);
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
            for (CellContent c : cells) {
                c.fill = rgb;
            }
            return this;
        }

        private void write(StringBuilder sb) {
            sb.append("<w:tr><w:trPr><w:cantSplit w:val=\"").append(cantSplit ? "on" : "off").append("\"/>");
            if (repeatHeader) {
                sb.append("<w:tblHeader w:val=\"on\"/>");
            }
            sb.append("</w:trPr>");
            for (CellContent c : cells) {
                c.write(sb);
            }
            sb.append("</w:tr>");
        }
    }

    /** What a cell holds: its properties and paragraphs (one, empty, to begin with: a cell cannot be without). */
    private static final class CellContent {

        private final int width;
        private final int span;
        private final List<Para> paragraphs = new ArrayList<>(2);
        private String fill;
        private boolean middle;
        /** "restart" for the first cell of a vertical merge, "" for one merged into the cell above. */
        private String vMerge;

        CellContent(int width, int span) {
            this.width = width;
            this.span = span;
            paragraphs.add(new Para());
        }

        private void write(StringBuilder sb) {
            sb.append("<w:tc><w:tcPr><w:tcW w:type=\"dxa\" w:w=\"").append(width).append("\"/>");
            if (span > 1) {
                sb.append("<w:gridSpan w:val=\"").append(span).append("\"/>");
            }
            if (vMerge != null) {
                sb.append(vMerge.isEmpty() ? "<w:vMerge/>" : "<w:vMerge w:val=\"" + vMerge + "\"/>");
            }
            if (fill != null) {
                sb.append("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").append(fill).append("\"/>");
            }
            if (middle) {
                sb.append("<w:vAlign w:val=\"center\"/>");
            }
            sb.append("</w:tcPr>");
            for (Para p : paragraphs) {
                p.write(sb);
            }
            sb.append("</w:tc>");
        }
    }

    /** One cell: its first paragraph is filled first, then paragraphs are added. */
    final class Cell {

        private final CellContent cell;
        private final Row owner;
        private final int index;
        private boolean used;

        Cell(CellContent cell, Row owner, int index) {
            this.cell = cell;
            this.owner = owner;
            this.index = index;
        }

        /** The next paragraph of the cell, 14 pt. */
        Para paragraph(Docx.Align align) {
            Para p;
            if (!used && cell.paragraphs.size() == 1 && !cell.paragraphs.get(0).hasRuns()) {
                p = cell.paragraphs.get(0);
            } else {
                p = new Para();
                cell.paragraphs.add(p);
            }
            used = true;
            return p.setAlignment(align);
        }

        /** The next paragraph of the cell in the table-text style: its runs take their 14 pt from it. */
        private Para tableText(Docx.Align align) {
            return paragraph(align).setStyle(DocStyles.TABLE_TEXT);
        }

        /** Text in 14 pt; each line of the text becomes a paragraph. */
        Cell text(String text, Docx.Align align, boolean bold) {
            for (String line : text.split("\n", -1)) {
                docx.run(tableText(align), line, bold, 0);
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
            Para p = tableText(Docx.Align.LEFT).setIndentationLeft(hangTwips).setIndentationHanging(hangTwips);
            docx.run(p, line, bold, 0);
            owner.grow(index, line, hangTwips, DocumentTypography.TABLE_HALF_POINTS);
            return this;
        }

        /** Several runs in one paragraph: alternating plain and bold parts are given as pairs. */
        Cell runs(Docx.Align align, Object... textBoldPairs) {
            Para p = tableText(align);
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < textBoldPairs.length; i += 2) {
                docx.run(p, (String) textBoldPairs[i], (Boolean) textBoldPairs[i + 1], 0);
                all.append((String) textBoldPairs[i]);
            }
            owner.grow(index, all.toString(), 0, DocumentTypography.TABLE_HALF_POINTS);
            return this;
        }

        /** Every paragraph of the cell kept with the next one. */
        Cell keepWithNext() {
            cell.paragraphs.forEach(Para::keepNext);
            return this;
        }

        Cell fill(String rgb) {
            cell.fill = rgb;
            return this;
        }

        Cell middle() {
            cell.middle = true;
            return this;
        }

        /** The first cell of a vertical merge. */
        Cell mergeStart() {
            cell.vMerge = "restart";
            return this;
        }

        /** A cell merged into the one above it. */
        Cell mergeContinue() {
            cell.vMerge = "";
            return this;
        }
    }
}
