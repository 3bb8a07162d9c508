package ita.ingest;

import ita.model.CellRange;
import ita.model.CellRefs;
import ita.model.RawCell;
import ita.model.RawSheet;
import ita.model.SourceRef;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet part into a {@link RawSheet}: cell values (a formula cell gives its cached
 * value) and merged ranges. Cells and rows without a reference follow the previous one.
 */
final class WorksheetHandler extends DefaultHandler {

    private final RawSheet sheet;
    private final List<String> shared;
    private final ReadBudget budget;
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private boolean inFormula;
    private boolean hasFormula;

    private int row = -1;
    private int col = -1;
    private int rowsWithValues;
    private int lastCountedRow = -1;
    private String type;
    private boolean collecting;
    private boolean inInline;
    private boolean hasValue;
    private int phonetic;

    WorksheetHandler(RawSheet sheet, List<String> shared, ReadBudget budget) {
        this.sheet = sheet;
        this.shared = shared;
        this.budget = budget;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        try {
            budget.tick(); // empty formatted rows and cells cost nothing else, but must not stall an abandoned read
        } catch (InputException e) {
            throw new SecureXml.Stop(e);
        }
        switch (SecureXml.local(qName)) {
            case "c" -> startCell(attributes);
            case "v" -> {
                collecting = true;
                text.setLength(0);
            }
            case "is" -> {
                inInline = true;
                text.setLength(0);
            }
            case "f" -> {
                inFormula = true;
                hasFormula = true;
            }
            case "t" -> collecting = inInline && phonetic == 0;
            case "rPh" -> phonetic++;
            case "row" -> startRow(attributes);
            case "mergeCell" -> merge(attributes.getValue("ref"));
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (SecureXml.local(qName)) {
            case "v" -> {
                collecting = false;
                hasValue = true;
            }
            case "t" -> collecting = false;
            case "f" -> inFormula = false;
            case "rPh" -> phonetic--;
            case "is" -> {
                inInline = false;
                hasValue = true;
            }
            case "c" -> {
                if (hasValue && text.length() > 0) {
                    emit();
                } else if (hasFormula) {
                    emitFormulaWithoutValue();
                }
            }
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            text.append(ch, start, length);
        } else if (inFormula && formula.length() < 200) {
            formula.append(ch, start, Math.min(length, 200 - formula.length()));
        }
    }

    private void startRow(Attributes attributes) throws SAXException {
        String r = attributes.getValue("r");
        int parsed = r == null ? -1 : parseIndex(r);
        row = parsed > 0 ? parsed - 1 : row + 1;
        col = -1;
    }

    private void startCell(Attributes attributes) {
        String ref = attributes.getValue("r");
        int c = ref == null ? -1 : CellRefs.column(ref, 0, ref.length());
        if (ref != null) {
            int r = CellRefs.row(ref, 0, ref.length());
            if (r >= 0) {
                row = r;
            }
        }
        col = c >= 0 ? c : col + 1;
        type = attributes.getValue("t");
        hasValue = false;
        hasFormula = false;
        inFormula = false;
        formula.setLength(0);
        collecting = false;
        text.setLength(0);
    }

    private void emit() throws SAXException {
        if (text.length() == 0) {
            return;
        }
        RawCell.Kind kind;
        String value;
        if (type == null || type.equals("n")) {
            value = DecimalText.ofXml(text.toString());
            kind = RawCell.Kind.NUMBER;
            if (value == null) {
                value = text.toString();
                kind = RawCell.Kind.TEXT;
            }
        } else {
            switch (type) {
                case "s" -> {
                    value = sharedString();
                    kind = RawCell.Kind.TEXT;
                }
                case "b" -> {
                    value = text.length() == 1 && text.charAt(0) == '1' ? "TRUE" : "FALSE";
                    kind = RawCell.Kind.BOOLEAN;
                }
                case "e" -> {
                    value = text.toString();
                    kind = RawCell.Kind.FORMULA_ERROR;
                }
                default -> { // inlineStr, str (a formula's text result), d (ISO date)
                    value = OoxmlText.decode(text.toString());
                    kind = RawCell.Kind.TEXT;
                }
            }
        }
        if (value.isEmpty()) {
            return;
        }
        try {
            if (row != lastCountedRow) {
                lastCountedRow = row;
                budget.checkRows(sheet.name(), ++rowsWithValues);
            }
            budget.addCell();
        } catch (InputException e) {
            throw new SecureXml.Stop(e);
        }
        sheet.put(new RawCell(row, col, value, kind));
    }

    /** A formula whose result was never saved: kept, so that a score read from it is reported rather than missing. */
    private void emitFormulaWithoutValue() throws SAXException {
        try {
            budget.addCell();
        } catch (InputException e) {
            throw new SecureXml.Stop(e);
        }
        String f = formula.toString().strip();
        sheet.put(new RawCell(row, col, f.isEmpty() ? "=" : "=" + f, RawCell.Kind.FORMULA_NO_VALUE));
    }

    private String sharedString() throws SAXException {
        int index = parseIndex(text.toString().trim());
        if (index < 0 || index >= shared.size()) {
            SourceRef where = SourceRef.file(budget.file()).inSheet(sheet.name()).at(CellRefs.address(row, col));
            throw new SecureXml.Stop(ReadFailures.damaged(where, "a shared string number below " + shared.size(),
                    "\"" + text + "\"", null));
        }
        return shared.get(index);
    }

    private void merge(String ref) {
        CellRange range = ref == null ? null : CellRefs.range(ref);
        if (range != null) {
            sheet.merge(range);
        }
    }

    private static int parseIndex(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return -1;
        }
        int v = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
