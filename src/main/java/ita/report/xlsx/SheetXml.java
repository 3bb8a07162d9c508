package ita.report.xlsx;

import ita.model.CellRefs;

/** The worksheet part of one sheet, in the element order the schema requires. */
final class SheetXml {

    /** Where text written so far goes when it grows past {@link #CHUNK}, so a long sheet is never held whole. */
    interface Drain {
        void drain(StringBuilder sb) throws java.io.IOException;
    }

    static final int CHUNK = 1 << 15;

    private SheetXml() {
    }

    /**
     * @param drawingRel relationship id of the charts' drawing, or null
     * @param vmlRel relationship id of the comments' shapes, or null
     */
    static void write(StringBuilder sb, Sheet s, boolean selected, SharedStrings strings, String drawingRel,
                      String vmlRel, Drain drain) throws java.io.IOException {
        sb.append(Parts.XML_HEAD).append("<worksheet xmlns=\"").append(Parts.NS_MAIN).append("\" xmlns:r=\"")
                .append(Parts.NS_R).append("\">");
        if (s.page != null) {
            sb.append("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>");
        }
        view(sb, s, selected);
        sb.append("<sheetFormatPr defaultRowHeight=\"");
        Xml.number(sb, s.defaultRowHeight).append(s.customDefaultHeight ? "\" customHeight=\"1\"/>" : "\"/>");
        if (s.widths.length > 0) {
            sb.append("<cols>");
            for (int c = 0; c < s.widths.length; c++) {
                if (s.widths[c] > 0) {
                    sb.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"");
                    Xml.number(sb, Math.round(s.widths[c] * 256) / 256.0).append("\" customWidth=\"1\"/>");
                }
            }
            sb.append("</cols>");
        }
        sheetData(sb, s, strings, drain);
        if (s.autoFilter != null) {
            int[] f = s.autoFilter;
            sb.append("<autoFilter ref=\"").append(Xml.range(f[0], f[1], f[2], f[3])).append("\"/>");
        }
        if (!s.merged.isEmpty()) {
            sb.append("<mergeCells count=\"").append(s.merged.size()).append("\">");
            for (int[] m : s.merged) {
                sb.append("<mergeCell ref=\"").append(Xml.range(m[0], m[1], m[2], m[3])).append("\"/>");
            }
            sb.append("</mergeCells>");
        }
        int priority = 1;
        for (Sheet.SignColours c : s.signColours) {
            sb.append("<conditionalFormatting sqref=\"").append(Xml.range(c.firstRow(), c.firstCol(), c.lastRow(),
                    c.lastCol())).append("\"><cfRule type=\"cellIs\" dxfId=\"").append(c.positive())
                    .append("\" priority=\"").append(priority++).append("\" operator=\"greaterThan\"><formula>0</formula>")
                    .append("</cfRule><cfRule type=\"cellIs\" dxfId=\"").append(c.negative()).append("\" priority=\"")
                    .append(priority++).append("\" operator=\"lessThan\"><formula>0</formula></cfRule>")
                    .append("</conditionalFormatting>");
        }
        dropdowns(sb, s);
        page(sb, s.page);
        if (!s.pageBreaks.isEmpty()) {
            sb.append("<rowBreaks count=\"").append(s.pageBreaks.size()).append("\" manualBreakCount=\"")
                    .append(s.pageBreaks.size()).append("\">");
            for (int row : s.pageBreaks) {
                // a break after the row above: Excel counts break ids from 1
                sb.append("<brk id=\"").append(row).append("\" max=\"16383\" man=\"1\"/>");
            }
            sb.append("</rowBreaks>");
        }
        if (drawingRel != null) {
            sb.append("<drawing r:id=\"").append(drawingRel).append("\"/>");
        }
        if (vmlRel != null) {
            sb.append("<legacyDrawing r:id=\"").append(vmlRel).append("\"/>");
        }
        sb.append("</worksheet>");
    }

    private static void view(StringBuilder sb, Sheet s, boolean selected) {
        sb.append("<sheetViews><sheetView workbookViewId=\"0\"").append(selected ? " tabSelected=\"1\"" : "");
        if (s.freezeRows == 0 && s.freezeCols == 0) {
            sb.append("/></sheetViews>");
            return;
        }
        String pane = s.freezeRows > 0 && s.freezeCols > 0 ? "bottomRight"
                : s.freezeRows > 0 ? "bottomLeft" : "topRight";
        sb.append("><pane");
        if (s.freezeCols > 0) {
            sb.append(" xSplit=\"").append(s.freezeCols).append('"');
        }
        if (s.freezeRows > 0) {
            sb.append(" ySplit=\"").append(s.freezeRows).append('"');
        }
        CellRefs.appendAddress(sb.append(" topLeftCell=\""), s.freezeRows, s.freezeCols).append("\" activePane=\"")
                .append(pane).append("\" state=\"frozen\"/><selection pane=\"").append(pane).append("\"/></sheetView></sheetViews>");
    }

    private static void sheetData(StringBuilder sb, Sheet s, SharedStrings strings, Drain drain)
            throws java.io.IOException {
        sb.append("<sheetData>");
        for (int r = 0; r < s.rows.size(); r++) {
            Row row = s.rows.get(r);
            if (row == null) {
                continue;
            }
            sb.append("<row r=\"").append(r + 1).append('"');
            if (row.height >= 0) {
                sb.append(" ht=\"");
                Xml.number(sb, row.height).append("\" customHeight=\"1\"");
            }
            sb.append('>');
            for (int c = 0; c < row.size; c++) {
                cell(sb, row, r, c, strings);
            }
            sb.append("</row>");
            if (sb.length() > CHUNK) {
                drain.drain(sb);
            }
        }
        sb.append("</sheetData>");
    }

    private static void cell(StringBuilder sb, Row row, int r, int c, SharedStrings strings) {
        byte type = row.types[c];
        if (type == Row.NONE) {
            return;
        }
        CellRefs.appendAddress(sb.append("<c r=\""), r, c).append('"');
        if (row.styles[c] != 0) {
            sb.append(" s=\"").append(row.styles[c]).append('"');
        }
        switch (type) {
            case Row.TEXT -> sb.append(" t=\"s\"><v>").append(strings.add(row.texts[c])).append("</v></c>");
            case Row.NUMBER -> Xml.number(sb.append("><v>"), row.numbers[c]).append("</v></c>");
            case Row.BOOLEAN -> sb.append(" t=\"b\"><v>").append(row.numbers[c] != 0 ? 1 : 0).append("</v></c>");
            case Row.FORMULA -> {
                Xml.text(sb.append("><f>"), row.texts[c]).append("</f>");
                if (!Double.isNaN(row.numbers[c])) {
                    Xml.number(sb.append("<v>"), row.numbers[c]).append("</v>");
                }
                sb.append("</c>");
            }
            default -> sb.append("/>");
        }
    }

    private static void dropdowns(StringBuilder sb, Sheet s) {
        if (s.dropdowns.isEmpty()) {
            return;
        }
        sb.append("<dataValidations count=\"").append(s.dropdowns.size()).append("\">");
        for (Sheet.Dropdown d : s.dropdowns) {
            sb.append("<dataValidation type=\"list\" errorStyle=\"").append(d.strict() ? "stop" : "warning")
                    .append("\" allowBlank=\"1\" showInputMessage=\"1\" showErrorMessage=\"1\" errorTitle=\"");
            Xml.text(sb, d.errorTitle()).append("\" error=\"");
            Xml.text(sb, d.error()).append("\" promptTitle=\"");
            Xml.text(sb, d.promptTitle()).append("\" prompt=\"");
            Xml.text(sb, d.prompt()).append("\" sqref=\"").append(Xml.range(d.firstRow(), d.col(), d.lastRow(), d.col()))
                    .append("\"><formula1>");
            Xml.text(sb, d.listRef()).append("</formula1></dataValidation>");
        }
        sb.append("</dataValidations>");
    }

    private static void page(StringBuilder sb, Sheet.PageSetup p) {
        if (p == null) {
            sb.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/>");
            return;
        }
        if (p.centred()) {
            sb.append("<printOptions horizontalCentered=\"1\"/>");
        }
        sb.append("<pageMargins left=\"");
        Xml.number(sb, p.left()).append("\" right=\"");
        Xml.number(sb, p.right()).append("\" top=\"");
        Xml.number(sb, p.top()).append("\" bottom=\"");
        Xml.number(sb, p.bottom()).append("\" header=\"0.3\" footer=\"0.3\"/><pageSetup paperSize=\"9\" fitToWidth=\"1\"")
                .append(" fitToHeight=\"0\" orientation=\"").append(p.landscape() ? "landscape" : "portrait").append("\"/>");
        if (p.footer() != null) {
            Xml.text(sb.append("<headerFooter><oddFooter>&amp;C"), p.footer()).append("</oddFooter></headerFooter>");
        }
    }
}
