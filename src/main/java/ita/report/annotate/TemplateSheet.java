package ita.report.annotate;

import ita.model.SourceRef;
import ita.report.ThaiFormat;
import ita.report.poi.Cells;
import ita.report.poi.RowFit;
import ita.text.ThaiText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Fills the placeholders of one sheet of a template and repeats its {@code ${each …}} rows. */
final class TemplateSheet {

    /** What the placeholders stand for. */
    record Values(Map<String, TemplateValues.Value> agency, List<Map<String, TemplateValues.Value>> measures,
                  List<Map<String, TemplateValues.Value>> weaknesses) {
    }

    /** A repeating row: its index, the prefix of its fields (m or w) and its items. */
    private record Repeat(int row, String prefix, List<Map<String, TemplateValues.Value>> items) {
    }

    private static final String MARK = "${each ";

    private final String file;
    private final Sheet sheet;
    private final Values values;
    private final ThaiFormat fmt;

    TemplateSheet(String file, Sheet sheet, Values values, ThaiFormat fmt) {
        this.file = file;
        this.sheet = sheet;
        this.values = values;
        this.fmt = fmt;
    }

    /** Ordinary rows first, then the repeating ones from the bottom up, so no row index goes stale. */
    void fill() throws TemplateException {
        List<Repeat> repeats = new ArrayList<>();
        for (Row r : sheet) {
            Repeat rep = repeat(r);
            if (rep != null) {
                repeats.add(rep);
            } else {
                fillRow(r, null, null);
            }
        }
        repeats.sort(Comparator.comparingInt(Repeat::row).reversed());
        for (Repeat rep : repeats) {
            expand(rep);
        }
    }

    private Repeat repeat(Row r) throws TemplateException {
        Cell first = null;
        for (Cell c : r) {
            if (c.getCellType() != CellType.BLANK && !(c.getCellType() == CellType.STRING
                    && c.getStringCellValue().isBlank())) {
                first = c;
                break;
            }
        }
        if (first == null || first.getCellType() != CellType.STRING) {
            return null;
        }
        String text = first.getStringCellValue().strip();
        if (!text.startsWith(MARK)) {
            return null;
        }
        int close = text.indexOf('}');
        String kind = close < 0 ? text.substring(MARK.length()) : text.substring(MARK.length(), close).strip();
        if (kind.equals("measure")) {
            return new Repeat(r.getRowNum(), "m", values.measures());
        }
        if (kind.equals("weakness")) {
            return new Repeat(r.getRowNum(), "w", values.weaknesses());
        }
        throw new TemplateException("template-placeholder", where(first),
                "expected ${each measure} or ${each weakness} but found " + (close < 0 ? text : text.substring(0, close + 1)),
                "Start a repeating row with one of those two markers; the placeholders are listed in "
                        + TemplateFiller.GUIDE + ".");
    }

    /** Copies the row once per item (moving the rows below down) and fills each copy; removes it when none. */
    private void expand(Repeat rep) throws TemplateException {
        Row template = sheet.getRow(rep.row());
        stripMarker(template);
        int n = rep.items().size();
        if (n == 0) {
            removeRow(rep.row());
            return;
        }
        if (n > 1 && rep.row() < sheet.getLastRowNum()) {
            sheet.shiftRows(rep.row() + 1, sheet.getLastRowNum(), n - 1, true, false);
        }
        template = sheet.getRow(rep.row());
        List<CellRangeAddress> merged = mergedInRow(rep.row());
        for (int k = 1; k < n; k++) {
            Row copy = sheet.createRow(rep.row() + k);
            copy.setHeight(template.getHeight());
            for (Cell c : template) {
                Cell d = copy.createCell(c.getColumnIndex());
                d.setCellStyle(c.getCellStyle());
                if (c.getCellType() == CellType.STRING) {
                    d.setCellValue(c.getStringCellValue());
                } else if (c.getCellType() == CellType.NUMERIC) {
                    d.setCellValue(c.getNumericCellValue());
                } else if (c.getCellType() == CellType.BOOLEAN) {
                    d.setCellValue(c.getBooleanCellValue());
                } else if (c.getCellType() == CellType.FORMULA) {
                    d.setCellFormula(c.getCellFormula());
                }
            }
            for (CellRangeAddress m : merged) {
                sheet.addMergedRegion(new CellRangeAddress(rep.row() + k, rep.row() + k, m.getFirstColumn(),
                        m.getLastColumn()));
            }
        }
        for (int k = 0; k < n; k++) {
            fillRow(sheet.getRow(rep.row() + k), rep.prefix(), rep.items().get(k));
        }
    }

    private void stripMarker(Row r) {
        for (Cell c : r) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().strip().startsWith(MARK)) {
                String t = c.getStringCellValue().strip();
                Cells.replaceText(c, t.substring(t.indexOf('}') + 1).strip());
                return;
            }
        }
    }

    private List<CellRangeAddress> mergedInRow(int row) {
        List<CellRangeAddress> out = new ArrayList<>();
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            if (m.getFirstRow() == row && m.getLastRow() == row) {
                out.add(m);
            }
        }
        return out;
    }

    private void removeRow(int row) {
        for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
            CellRangeAddress m = sheet.getMergedRegion(i);
            if (m.getFirstRow() == row && m.getLastRow() == row) {
                sheet.removeMergedRegion(i);
            }
        }
        Row r = sheet.getRow(row);
        if (r != null) {
            sheet.removeRow(r);
        }
        if (row < sheet.getLastRowNum()) {
            sheet.shiftRows(row + 1, sheet.getLastRowNum(), -1, true, false);
        }
    }

    /** Replaces the placeholders of every text cell of a row; {@code item} is the repeated row's item, if any. */
    private void fillRow(Row r, String prefix, Map<String, TemplateValues.Value> item) throws TemplateException {
        boolean changed = false;
        for (Cell c : r) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().contains("${")) {
                fillCell(c, prefix, item);
                changed = true;
            }
        }
        if (changed) {
            RowFit.fitRow(r);
        }
    }

    private void fillCell(Cell c, String prefix, Map<String, TemplateValues.Value> item) throws TemplateException {
        String s = c.getStringCellValue();
        String alone = s.strip();
        if (alone.startsWith("${") && alone.indexOf('}') == alone.length() - 1) {
            TemplateValues.Value v = resolve(c, alone.substring(2, alone.length() - 1).strip(), prefix, item);
            if (v instanceof TemplateValues.Num num) {
                Cells.replaceNumber(c, num.value());
            } else {
                Cells.replaceText(c, ((TemplateValues.Text) v).value());
            }
            return;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("$${", i)) {
                out.append("${");
                i += 3;
            } else if (s.startsWith("${", i)) {
                int end = s.indexOf('}', i + 2);
                if (end < 0) {
                    throw new TemplateException("template-placeholder", where(c),
                            "expected } to close the placeholder but found " + quote(s.substring(i)),
                            "Write placeholders as ${name}; they are listed in " + TemplateFiller.GUIDE + ".");
                }
                out.append(resolve(c, s.substring(i + 2, end).strip(), prefix, item).inText(fmt));
                i = end + 1;
            } else {
                out.append(s.charAt(i++));
            }
        }
        Cells.replaceText(c, out.toString());
    }

    private TemplateValues.Value resolve(Cell c, String name, String prefix, Map<String, TemplateValues.Value> item)
            throws TemplateException {
        TemplateValues.Value v = values.agency().get(name);
        if (v != null) {
            return v;
        }
        int dot = name.indexOf('.');
        String p = dot < 0 ? "" : name.substring(0, dot);
        if (p.equals("m") || p.equals("w")) {
            String marker = p.equals("m") ? "${each measure}" : "${each weakness}";
            if (!p.equals(prefix)) {
                throw new TemplateException("template-placeholder", where(c),
                        "expected ${" + name + "} in a row that starts with " + marker + " but found it outside one",
                        "Move it into the repeating row, or start this row with " + marker + ".");
            }
            String field = name.substring(dot + 1);
            v = item.get(field);
            boolean known = p.equals("w") ? TemplateValues.WEAKNESS_FIELDS.contains(field)
                    : TemplateValues.MEASURE_FIELDS.contains(field) || v != null;
            if (known) {
                return v == null ? new TemplateValues.Text("") : v;
            }
        }
        throw unknown(c, name);
    }

    private TemplateException unknown(Cell c, String name) {
        List<String> all = new ArrayList<>(TemplateValues.AGENCY_NAMES);
        TemplateValues.MEASURE_FIELDS.forEach(f -> all.add("m." + f));
        TemplateValues.WEAKNESS_FIELDS.forEach(f -> all.add("w." + f));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : all) {
            int d = ThaiText.distance(k, name);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        String hint = best != null && bestDistance <= Math.max(2, name.length() / 3)
                ? "Did you mean ${" + best + "}? " : "";
        return new TemplateException("template-placeholder", where(c), "expected a known placeholder but found ${"
                + name + "}", hint + "The placeholders are listed in " + TemplateFiller.GUIDE + ".");
    }

    private SourceRef where(Cell c) {
        return new SourceRef(file, sheet.getSheetName(), c.getAddress().formatAsString());
    }

    private static String quote(String s) {
        return "\"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }
}
