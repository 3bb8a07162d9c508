package ita.ingest;

import ita.model.AgencyType;
import ita.model.AgencyYear;
import ita.model.SourceRef;
import ita.model.Tool;
import ita.model.YearSource;
import ita.text.AgencyNames;
import ita.text.ThaiText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One agency's result in one sheet: labelled cells (หน่วยงาน | name, คะแนนรวม | 81.52, …), an indicator
 * table or a weighted table, and any question and OIT item tables. One agency-year per sheet.
 */
final class DetailSheet {

    static final String LAYOUT = "agency detail";

    private static final Set<ColumnField> LABELS = EnumSet.of(ColumnField.AGENCY_NAME, ColumnField.AGENCY_CODE,
            ColumnField.AGENCY_TYPE, ColumnField.DISTRICT, ColumnField.PROVINCE, ColumnField.FISCAL_YEAR,
            ColumnField.TOTAL, ColumnField.LEVEL, ColumnField.IIT, ColumnField.EIT, ColumnField.OIT);
    /** Blank rows allowed between a table's header and its first row. */
    private static final int GAP = 2;

    private enum Kind { INDICATORS, WEIGHTED, ITEMS }

    private final ReadContext ctx;
    private final HeaderVocabulary vocab;
    private final FindingLog log;
    private final RecordFinisher finisher;
    private final YearResolver years;
    private final Map<Integer, Tool> toolOf;

    /**
     * @param itemsOnly a sheet that holds only a question or OIT item table and names no agency: whose it is, the
     *                  rest of the workbook says ({@link #adopt})
     */
    record Result(List<AgencyYear> records, boolean recognised, Optional<ItemsOnly> itemsOnly) {
        Result(List<AgencyYear> records, boolean recognised) {
            this(records, recognised, Optional.empty());
        }
    }

    /** A sheet of questions or OIT items without the agency's name, as read so far. */
    record ItemsOnly(Draft draft, List<String> titles, String sheet) {
    }

    DetailSheet(ReadContext ctx, HeaderVocabulary vocab, FindingLog log) {
        this.ctx = ctx;
        this.vocab = vocab;
        this.log = log;
        this.finisher = new RecordFinisher(ctx, log);
        this.years = new YearResolver(ctx, log);
        this.toolOf = RecordFinisher.indicatorTools(ctx.catalog());
    }

    Result read(SheetGrid g, ScoreReader scores) {
        Draft d = new Draft(g.name());
        Set<Integer> used = new HashSet<>();
        boolean tables = readTables(g, d, scores, used);
        List<String> titles = new ArrayList<>();
        readLabels(g, d, scores, used, titles);
        boolean labelled = d.name != null && d.total != null;
        if (!tables && !labelled) {
            return new Result(List.of(), false);
        }
        SourceRef sheetRef = new SourceRef(log.file(), g.name(), null);
        if (d.name == null && !nameFromElsewhere(d, g, titles)) {
            if (d.onlyItems()) {
                return new Result(List.of(), true, Optional.of(new ItemsOnly(d, List.copyOf(titles), g.name())));
            }
            log.error("no-agency-name", sheetRef,
                    "expected the agency's name in a cell labelled หน่วยงาน, a title, the sheet name or the file name"
                            + " but found none",
                    "Add a row หน่วยงาน | <name> above the tables.");
            return new Result(List.of(), true);
        }
        if (d.district.isEmpty()) {
            d.district = TitleFacts.district(titles);
        }
        if (d.province.isEmpty()) {
            d.province = TitleFacts.province(titles);
        }
        if (!d.hasResult()) {
            return new Result(List.of(), true);
        }
        if (d.columnYear > 0) {
            years.checkColumnYear(d.columnYear, d.columnYearCell, titles, g.name());
            return new Result(List.of(finisher.finish(d, d.columnYear, YearSource.COLUMN)), true);
        }
        Optional<YearResolver.Year> year = years.resolve(titles, g.name());
        if (year.isEmpty()) {
            log.error("no-fiscal-year", sheetRef, YearResolver.MISSING_MESSAGE, YearResolver.MISSING_FIX);
            return new Result(List.of(), true);
        }
        return new Result(List.of(finisher.finish(d, year.get().year(), year.get().source())), true);
    }

    /**
     * Gives each sheet of questions or OIT items that names no agency to the agency the workbook's other sheets
     * name, as one record with theirs: a person lays out one agency's result that way, its name on the first sheet
     * only. The year is the sheet's own (title or sheet name), else the one year of the other sheets. When the
     * workbook names no agency, or several, the sheet cannot be given to one and is reported.
     *
     * @param named the records read from the workbook's other sheets
     * @return those records with the items added, or new records for a year they do not have
     */
    List<AgencyYear> adopt(List<ItemsOnly> sheets, List<AgencyYear> named) {
        List<AgencyYear> out = new ArrayList<>(named);
        java.util.Map<String, ita.model.Agency> agencies = new java.util.LinkedHashMap<>();
        named.forEach(r -> agencies.putIfAbsent(r.agency().id(), r.agency()));
        java.util.SortedSet<Integer> namedYears = new java.util.TreeSet<>();
        named.forEach(r -> namedYears.add(r.fiscalYear()));
        for (ItemsOnly s : sheets) {
            SourceRef sheetRef = new SourceRef(log.file(), s.sheet(), null);
            if (agencies.size() != 1) {
                noOwner(sheetRef, agencies.values().stream().map(ita.model.Agency::name).toList());
                continue;
            }
            ita.model.Agency owner = agencies.values().iterator().next();
            Optional<YearResolver.Year> own = years.ownYear(s.titles(), s.sheet());
            if (own.isEmpty() && namedYears.size() != 1) {
                log.error("no-fiscal-year", sheetRef, "expected the fiscal year of this sheet's items in its title or"
                        + " its name, since the other sheets give " + namedYears.size() + " years ("
                        + namedYears.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                        + ") but found none", "Name the sheet after its year, e.g. รายข้อ " + namedYears.last() + ".");
                continue;
            }
            int year = own.map(YearResolver.Year::year).orElse(namedYears.first());
            YearSource source = own.map(YearResolver.Year::source).orElseGet(() -> named.stream()
                    .filter(r -> r.fiscalYear() == year).findFirst().orElseThrow().yearSource());
            Draft d = s.draft();
            d.name = new Draft.Located<>(owner.name(), null);
            d.district = owner.district();
            d.province = owner.province();
            d.code = owner.code();
            AgencyYear items = finisher.finish(d, year, source);
            int same = -1;
            for (int i = 0; i < out.size() && same < 0; i++) {
                same = out.get(i).fiscalYear() == year && out.get(i).agency().id().equals(items.agency().id()) ? i : -1;
            }
            if (same < 0) {
                out.add(items);
            } else {
                List<ita.model.Finding> conflicts = new ArrayList<>();
                out.set(same, AgencyRegistry.combine(out.get(same), items, conflicts));
                log.addAll(conflicts);
            }
        }
        return out;
    }

    private void noOwner(SourceRef sheetRef, List<String> names) {
        if (names.isEmpty()) {
            log.error("no-agency-name", sheetRef,
                    "expected the agency's name in a cell labelled หน่วยงาน, a title, the sheet name or the file name"
                            + " but found none",
                    "Add a row หน่วยงาน | <name> above the tables.");
            return;
        }
        log.error("no-agency-name", sheetRef, "expected the agency's name for this sheet of items, as the workbook"
                        + " names " + names.size() + " agencies (" + String.join(", ", names.subList(0,
                        Math.min(3, names.size()))) + (names.size() > 3 ? ", …" : "") + ") but found none here; it is"
                        + " not read",
                "Add a row หน่วยงาน | <name> above the table, or give each agency a workbook of its own.");
    }

    // ---- tables ---------------------------------------------------------------------------------

    private boolean readTables(SheetGrid g, Draft d, ScoreReader scores, Set<Integer> used) {
        boolean found = false;
        boolean indicatorTable = false;
        int skipTo = -1;
        for (int r : g.rows()) {
            if (r <= skipTo) {
                continue;
            }
            Header<DetailColumn> h = Header.read(g, r, DetailColumn::of);
            Kind kind = kind(h);
            if (kind == null || hasValues(g, h)) {
                continue;
            }
            found = true;
            int last;
            if (kind == Kind.ITEMS) {
                last = readItems(g, h, d, scores);
            } else if (indicatorTable) {
                log.warning("second-indicator-table", log.at(g.name(), h.columns().values().iterator().next().label()),
                        "expected one indicator table per sheet but found another here; it is not read",
                        "Put each agency or year in a sheet of its own.");
                last = readIndicators(g, h, new Draft(g.name()), new ScoreReader(new FindingLog(log.file()),
                        g.name()), kind == Kind.WEIGHTED);
            } else {
                indicatorTable = true;
                for (int n = 1; n <= 10; n++) {
                    d.expectedIndicators.add(n);
                }
                d.indicatorPlace = h.columns().values().iterator().next().label();
                last = readIndicators(g, h, d, scores, kind == Kind.WEIGHTED);
            }
            for (int x = h.firstRow(); x <= last; x++) {
                used.add(x);
            }
            skipTo = last;
        }
        return found;
    }

    private static Kind kind(Header<DetailColumn> h) {
        boolean score = h.has(DetailColumn.SCORE) || h.has(DetailColumn.SCORE_GAINED);
        boolean indicator = h.has(DetailColumn.INDICATOR_NAME) || h.has(DetailColumn.INDICATOR_NUMBER);
        if ((h.has(DetailColumn.CODE) || h.has(DetailColumn.QUESTION_TEXT) || h.has(DetailColumn.ITEM_TITLE))
                && (score || h.has(DetailColumn.STATUS))) {
            return Kind.ITEMS;
        }
        if (indicator && score) {
            return h.has(DetailColumn.WEIGHTED) || h.has(DetailColumn.WEIGHT) ? Kind.WEIGHTED : Kind.INDICATORS;
        }
        return null;
    }

    /** A header row holds names, not scores: a row with a score in it is data that happens to match. */
    private static boolean hasValues(SheetGrid g, Header<DetailColumn> h) {
        for (RawCell c : g.cells(h.firstRow())) {
            if (c.kind() == RawCell.Kind.NUMBER || ita.text.Scores.parse(c.text()) instanceof ita.text.Scores.Number n
                    && n.value().stripTrailingZeros().scale() > 0) {
                return true;
            }
        }
        return false;
    }

    private int readIndicators(SheetGrid g, Header<DetailColumn> h, Draft d, ScoreReader scores, boolean weighted) {
        Header.Column<DetailColumn> scoreCol = h.has(DetailColumn.SCORE) ? h.column(DetailColumn.SCORE)
                : h.column(DetailColumn.SCORE_GAINED);
        Header.Column<DetailColumn> toolCol = weighted && h.has(DetailColumn.SCORE)
                ? h.column(DetailColumn.SCORE_GAINED) : null;
        int last = h.lastRow();
        boolean started = false;
        for (int r = h.lastRow() + 1; r <= g.lastRow(); r++) {
            if (g.isBlank(r)) {
                if (started || r - h.lastRow() > GAP) {
                    break;
                }
                continue;
            }
            OptionalInt n = indicatorOf(g, h, r);
            if (n.isEmpty()) {
                if (isTotalRow(g, r)) {
                    RawCell c = totalCell(g, h, r);
                    d.total(scores.read(c), c, log);
                    last = r;
                }
                break;
            }
            started = true;
            last = r;
            RawCell v = scoreCol == null ? null : Header.value(g, scoreCol, r);
            d.indicator(n.getAsInt(), scores.read(v), v, log);
            RawCell t = toolCol == null ? null : Header.value(g, toolCol, r);
            if (t != null && t.row() == r) {
                d.tool(toolOf.get(n.getAsInt()), scores.read(t), t, log);
            }
        }
        return last;
    }

    private OptionalInt indicatorOf(SheetGrid g, Header<DetailColumn> h, int r) {
        for (DetailColumn c : List.of(DetailColumn.INDICATOR_NUMBER, DetailColumn.INDICATOR_NAME)) {
            RawCell cell = h.has(c) ? g.cell(r, h.column(c).firstCol()) : null;
            if (cell == null && h.has(c)) {
                cell = Header.value(g, h.column(c), r);
                cell = cell != null && cell.row() == r ? cell : null;
            }
            if (cell != null) {
                OptionalInt n = vocab.indicatorNumber(cell.text());
                if (n.isPresent()) {
                    return n;
                }
            }
        }
        return OptionalInt.empty();
    }

    private static boolean isTotalRow(SheetGrid g, int r) {
        for (RawCell c : g.cells(r)) {
            String k = ThaiText.key(c.text());
            if (k.startsWith("รวม") || k.startsWith("คะแนนรวม") || k.equals("total")) {
                return true;
            }
        }
        return false;
    }

    /** The total in a "รวม" row: the weighted column, else the score column, else the last number. */
    private static RawCell totalCell(SheetGrid g, Header<DetailColumn> h, int r) {
        for (DetailColumn c : List.of(DetailColumn.WEIGHTED, DetailColumn.SCORE, DetailColumn.SCORE_GAINED)) {
            if (h.has(c)) {
                RawCell v = g.cell(r, h.column(c).firstCol());
                if (v != null && !v.text().isBlank()) {
                    return v;
                }
            }
        }
        List<RawCell> cells = g.cells(r);
        for (int i = cells.size() - 1; i >= 0; i--) {
            if (ita.text.Scores.parse(cells.get(i).text()) instanceof ita.text.Scores.Number) {
                return cells.get(i);
            }
        }
        return null;
    }

    private int readItems(SheetGrid g, Header<DetailColumn> h, Draft d, ScoreReader scores) {
        Header.Column<DetailColumn> textCol = h.has(DetailColumn.QUESTION_TEXT) ? h.column(DetailColumn.QUESTION_TEXT)
                : h.column(DetailColumn.ITEM_TITLE);
        Header.Column<DetailColumn> scoreCol = h.has(DetailColumn.SCORE) ? h.column(DetailColumn.SCORE)
                : h.column(DetailColumn.SCORE_GAINED);
        boolean oitTable = h.has(DetailColumn.ITEM_TITLE) || h.has(DetailColumn.STATUS)
                || h.has(DetailColumn.SUB_INDICATOR);
        Tool tool = oitTable && !h.has(DetailColumn.TOOL) ? Tool.OIT : null;
        int last = h.lastRow();
        boolean started = false;
        for (int r = h.lastRow() + 1; r <= g.lastRow(); r++) {
            if (g.isBlank(r)) {
                if (started || r - h.lastRow() > GAP) {
                    break;
                }
                continue;
            }
            String toolText = Header.valueText(g, h.column(DetailColumn.TOOL), r);
            if (!toolText.isEmpty()) {
                tool = vocab.tool(toolText).orElse(tool);
            }
            RawCell codeCell = h.has(DetailColumn.CODE) ? Header.value(g, h.column(DetailColumn.CODE), r) : null;
            RawCell textCell = textCol == null ? null : Header.value(g, textCol, r);
            RawCell scoreCell = scoreCol == null ? null : Header.value(g, scoreCol, r);
            RawCell statusCell = h.has(DetailColumn.STATUS) ? Header.value(g, h.column(DetailColumn.STATUS), r) : null;
            RawCell codeSource = codeCell != null ? codeCell : textCell;
            Optional<Codes.Leading> code = codeSource == null ? Optional.empty()
                    : Codes.leading(codeSource.text(), tool);
            boolean scored = scoreCell != null || statusCell != null;
            if (code.isEmpty()) {
                if (!scored) {
                    if (onlyGroupCells(g, h, r)) {
                        continue;
                    }
                    break;
                }
                last = r;
                started = true;
                RawCell where = codeSource != null ? codeSource : scoreCell != null ? scoreCell : statusCell;
                log.warning("no-code", log.at(g.name(), where),
                        "expected a question or OIT item code such as i7 or o15 but found \""
                                + (codeSource == null ? "" : ThaiText.normalize(codeSource.text())) + "\"",
                        "Write the code at the start of the cell.");
                continue;
            }
            started = true;
            last = r;
            String text = codeCell != null ? (textCell == null ? "" : ThaiText.normalize(textCell.text()))
                    : code.get().rest();
            if (code.get().isQuestion()) {
                BigDecimal score = scores.read(scoreCell);
                if (score != null) {
                    d.question(new Draft.Question(code.get().code(), text, score, scoreCell, codeSource), log);
                }
                continue;
            }
            BigDecimal score = scoreCell != null ? scores.read(scoreCell) : status(g, statusCell);
            if (score != null) {
                String comment = Header.valueText(g, h.column(DetailColumn.COMMENT), r);
                d.item(new Draft.Item(code.get().code(), text, score, ThaiText.normalize(comment),
                        scoreCell != null ? scoreCell : statusCell, codeSource), log);
            }
        }
        return last;
    }

    /** ผ่าน → 100, ไม่ผ่าน → 0. */
    private BigDecimal status(SheetGrid g, RawCell cell) {
        if (cell == null) {
            return null;
        }
        String k = ThaiText.key(cell.text());
        if (k.equals("ผ่าน") || k.equals("pass") || k.equals("passed")) {
            return BigDecimal.valueOf(100);
        }
        if (k.equals("ไม่ผ่าน") || k.equals("fail") || k.equals("failed")) {
            return BigDecimal.ZERO;
        }
        log.warning("unknown-status", log.at(g.name(), cell),
                "expected ผ่าน or ไม่ผ่าน but found \"" + cell.text().strip() + "\"; the item is skipped",
                "Write ผ่าน or ไม่ผ่าน, or give the score 100 or 0.");
        return null;
    }

    /** A row with text only under the tool or sub-indicator columns: a group heading inside the table. */
    private static boolean onlyGroupCells(SheetGrid g, Header<DetailColumn> h, int r) {
        for (RawCell c : g.cells(r)) {
            boolean group = false;
            for (DetailColumn gc : List.of(DetailColumn.TOOL, DetailColumn.SUB_INDICATOR)) {
                Header.Column<DetailColumn> col = h.column(gc);
                group |= col != null && c.col() >= col.firstCol() && c.col() <= col.lastCol();
            }
            if (!group) {
                return false;
            }
        }
        return true;
    }

    // ---- labelled cells and titles --------------------------------------------------------------

    private void readLabels(SheetGrid g, Draft d, ScoreReader scores, Set<Integer> used, List<String> titles) {
        for (int r : g.rows()) {
            if (used.contains(r)) {
                continue;
            }
            List<RawCell> cells = g.cells(r);
            for (int i = 0; i < cells.size(); i++) {
                RawCell c = cells.get(i);
                Optional<ColumnField> f = label(c.text());
                RawCell value = null;
                if (f.isPresent()) {
                    CellRange m = g.mergeAt(r, c.col());
                    int after = m == null ? c.col() : m.lastCol();
                    for (int j = i + 1; j < cells.size() && value == null; j++) {
                        value = cells.get(j).col() > after ? cells.get(j) : null;
                    }
                    if (value != null) {
                        i = cells.indexOf(value);
                    }
                } else {
                    int colon = c.text().indexOf(':');
                    if (colon > 0 && colon < c.text().length() - 1) {
                        f = label(c.text().substring(0, colon));
                        value = f.isPresent() ? new RawCell(c.row(), c.col(), c.text().substring(colon + 1).strip(),
                                RawCell.Kind.TEXT) : null;
                    }
                }
                if (f.isEmpty() || value == null) {
                    titles.add(c.text());
                    continue;
                }
                apply(g, d, scores, f.get(), value);
            }
        }
    }

    private Optional<ColumnField> label(String text) {
        return ctx.mapping().flatMap(m -> m.field(text)).or(() -> vocab.field(text)).filter(LABELS::contains);
    }

    private void apply(SheetGrid g, Draft d, ScoreReader scores, ColumnField f, RawCell value) {
        String text = ThaiText.normalize(value.text());
        switch (f) {
            case AGENCY_NAME -> {
                if (d.name == null) {
                    d.name = new Draft.Located<>(text, value);
                }
            }
            case AGENCY_CODE -> d.code = d.code.isEmpty() ? text : d.code;
            case AGENCY_TYPE -> d.type = d.type.isEmpty() ? text : d.type;
            case DISTRICT -> d.district = d.district.isEmpty() ? text : d.district;
            case PROVINCE -> d.province = d.province.isEmpty() ? text : d.province;
            case FISCAL_YEAR -> {
                int y = YearText.inCell(text);
                y = y > 0 ? y : YearText.inText(text);
                if (y == 0) {
                    log.error("bad-year", log.at(g.name(), value),
                            "expected a fiscal year such as 2567 but found \"" + text + "\"",
                            "Write the Buddhist-era year, e.g. 2567.");
                } else if (d.columnYear == 0) {
                    d.columnYear = y;
                    d.columnYearCell = value;
                }
            }
            case TOTAL -> d.total(scores.read(value), value, log);
            case LEVEL -> d.level(text, value, log);
            default -> d.tool(f.tool(), scores.read(value), value, log);
        }
    }

    /** The agency named in a title line, the sheet name or the file name, written with its type. */
    private boolean nameFromElsewhere(Draft d, SheetGrid g, List<String> titles) {
        String file = ctx.displayName().replaceFirst("^.*[/\\\\]", "").replaceFirst("\\.[^.]*$", "");
        for (List<String> texts : List.of(titles, List.of(g.name()), List.of(file))) {
            String name = TitleFacts.agencyName(texts);
            if (!name.isEmpty() && AgencyNames.parse(name).type() != AgencyType.OTHER) {
                d.name = new Draft.Located<>(name, null);
                return true;
            }
        }
        return false;
    }
}
