package ita.ingest;

import ita.model.AgencyYear;
import ita.model.CellRefs;
import ita.model.RawCell;
import ita.model.SourceRef;
import ita.model.Tool;
import ita.model.YearSource;
import ita.model.AgencyNames;
import ita.text.Scores;
import ita.text.ThaiText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Agency lists (one row per agency) and long tables (one row per value) in one sheet. The first header
 * must lie in the first 30 rows; further tables start wherever a new header row stands.
 */
final class ListTables {

    static final String LIST = "agency list";
    static final String LONG = "long";
    private static final int FIRST_HEADER_WITHIN = 30;
    private static final Pattern SUBTOTAL =
            Pattern.compile("^(รวม|เฉลี่ย|ค่าเฉลี่ย|คะแนนเฉลี่ย|สรุป|total|average|mean|sum|subtotal).*");

    private final ReadContext ctx;
    private final HeaderVocabulary vocab;
    private final FindingLog log;
    private final RecordFinisher finisher;
    private final YearResolver years;
    private final Function<String, Optional<ColumnField>> match;
    /** CSV: a line with more values than its header has lost a value to a comma. */
    private final boolean delimited;

    /** What the tables of a sheet gave. */
    record Result(List<AgencyYear> records, Set<String> layouts) {
        boolean recognised() {
            return !layouts.isEmpty();
        }
    }

    ListTables(ReadContext ctx, HeaderVocabulary vocab, FindingLog log) {
        this(ctx, vocab, log, false);
    }

    ListTables(ReadContext ctx, HeaderVocabulary vocab, FindingLog log, boolean delimited) {
        this.delimited = delimited;
        this.ctx = ctx;
        this.vocab = vocab;
        this.log = log;
        this.finisher = new RecordFinisher(ctx, log);
        this.years = new YearResolver(ctx, log);
        this.match = h -> ctx.mapping().flatMap(m -> m.field(h)).or(() -> vocab.field(h));
    }

    Result read(SheetGrid g, ScoreReader scores) {
        List<Header<ColumnField>> headers = findHeaders(g);
        List<AgencyYear> records = new ArrayList<>();
        Set<String> layouts = new LinkedHashSet<>();
        List<String> titles = new ArrayList<>();
        int titleFrom = 0;
        boolean anyRows = false;
        for (int t = 0; t < headers.size(); t++) {
            Header<ColumnField> h = headers.get(t);
            int end = t + 1 < headers.size() ? headers.get(t + 1).firstRow() - 1 : g.lastRow();
            // this table's own title rows come first, then those of the tables above it
            titles.addAll(0, texts(g, titleFrom, h.firstRow() - 1));
            // a header repeated on every printed page was reported the first time
            if (t == 0 || !headers.get(t - 1).columns().keySet().equals(h.columns().keySet())) {
                reportHeader(g, h);
            }
            boolean isLong = isLong(h);
            layouts.add(isLong ? LONG : LIST);
            Table table = new Table(g, h, titles, scores);
            int lastData = isLong ? table.readLong(end, records) : table.readList(end, records);
            anyRows |= lastData > h.lastRow();
            titleFrom = Math.max(lastData, h.lastRow()) + 1;
        }
        if (!headers.isEmpty() && !anyRows) {
            log.warning("no-rows", log.at(g.name(), headers.get(0).column(ColumnField.AGENCY_NAME).label()),
                    "expected agency rows below this header but found none",
                    "Check that the rows lie below the header and hold an agency name and a score.");
        }
        return new Result(records, layouts);
    }

    private List<Header<ColumnField>> findHeaders(SheetGrid g) {
        List<Header<ColumnField>> found = new ArrayList<>();
        int skipTo = -1;
        for (int r : g.rows()) {
            if (r <= skipTo) {
                continue;
            }
            if (found.isEmpty() && r >= FIRST_HEADER_WITHIN) {
                break;
            }
            Header<ColumnField> h = header(g, r);
            if (h != null) {
                found.add(h);
                skipTo = h.lastRow();
            }
        }
        return found;
    }

    /** The row as a list or long-table header, or null when it is not one. */
    Header<ColumnField> header(SheetGrid g, int row) {
        Header<ColumnField> h = Header.read(g, row, match);
        if (!h.has(ColumnField.AGENCY_NAME)) {
            return null;
        }
        boolean result = h.columns().keySet().stream().anyMatch(ColumnField::isResult);
        if (!result && !isLong(h)) {
            return null;
        }
        for (int r = h.firstRow(); r <= h.lastRow(); r++) {
            for (RawCell c : g.cells(r)) {
                if (looksLikeData(c)) {
                    return null;
                }
            }
        }
        // labelled cells (หน่วยงาน | X, ประเภท | Y) look like a header whose "rows" hold more labels
        for (int r = h.lastRow() + 1; r <= g.lastRow(); r++) {
            if (!g.isBlank(r)) {
                String below = Header.valueText(g, h.column(ColumnField.AGENCY_NAME), r);
                return match.apply(below).filter(f -> f != ColumnField.AGENCY_NAME && f.indicatorNumber() == 0)
                        .isPresent() ? null : h;
            }
        }
        return h;
    }

    /** A score or an agency name is a value, not a header: such a row holds labelled cells or data. */
    private static boolean looksLikeData(RawCell c) {
        if (Scores.parse(c.text()) instanceof Scores.Number n) {
            return n.value().stripTrailingZeros().scale() > 0 || n.value().intValue() < 1 || n.value().intValue() > 10;
        }
        return AgencyNames.parse(c.text()).type() != ita.model.AgencyType.OTHER;
    }

    private static boolean isLong(Header<ColumnField> h) {
        return h.has(ColumnField.ITEM) && (h.has(ColumnField.SCORE) || h.has(ColumnField.TOTAL));
    }

    private void reportHeader(SheetGrid g, Header<ColumnField> h) {
        for (Header.Duplicate<ColumnField> d : h.duplicates()) {
            log.warning("duplicate-column", log.at(g.name(), d.second().label()),
                    "expected one column for " + d.first().role().csvName() + " but found two: "
                            + d.first().label().address() + " \"" + d.first().text() + "\" and "
                            + d.second().label().address() + " \"" + d.second().text() + "\"; the first is read",
                    "Rename or remove the second column, or name the right one in a column mapping.");
        }
        List<Integer> present = new ArrayList<>();
        Header.Column<ColumnField> firstIndicator = null;
        for (int n = 1; n <= 10; n++) {
            Header.Column<ColumnField> c = h.column(ColumnField.indicator(n));
            if (c != null) {
                present.add(n);
                firstIndicator = firstIndicator == null ? c : firstIndicator;
            }
        }
        if (!present.isEmpty() && present.size() < 10) {
            List<String> missing = new ArrayList<>();
            var fw = ctx.catalog().framework(ctx.catalog().newestYear());
            for (int n = 1; n <= 10; n++) {
                if (!present.contains(n)) {
                    missing.add(n + " (" + fw.indicator(n).name() + ")");
                }
            }
            log.warning("missing-indicator", log.at(g.name(), firstIndicator.label()),
                    "expected columns for all 10 indicators but found none for indicator"
                            + (missing.size() > 1 ? "s " : " ") + RecordFinisher.joinAnd(missing),
                    "Add the missing columns or name them in a column mapping.");
        }
    }

    private static List<String> texts(SheetGrid g, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int r = Math.max(0, from); r <= to; r++) {
            g.cells(r).forEach(c -> out.add(c.text()));
        }
        return out;
    }

    /** One table: its header, the titles above it and the year they give. */
    private final class Table {
        private final SheetGrid g;
        private final Header<ColumnField> h;
        private final List<String> titles;
        private final ScoreReader scores;
        private Optional<YearResolver.Year> tableYear;
        private boolean yearReported;
        /** The last row that held values, read or rejected. */
        private int lastDataRow = -1;
        /** The rightmost column the header names. */
        private final int headerLastCol;

        Table(SheetGrid g, Header<ColumnField> h, List<String> titles, ScoreReader scores) {
            this.g = g;
            this.h = h;
            int last = -1;
            for (int r = h.firstRow(); r <= h.lastRow(); r++) {
                for (RawCell c : g.cells(r)) {
                    last = Math.max(last, c.col());
                }
            }
            this.headerLastCol = last;
            this.titles = List.copyOf(titles);
            this.scores = scores;
        }

        private String text(ColumnField f, int row) {
            return Header.valueText(g, h.column(f), row);
        }

        private RawCell cell(ColumnField f, int row) {
            Header.Column<ColumnField> c = h.column(f);
            return c == null ? null : Header.value(g, c, row);
        }

        /** Reads agency rows up to {@code end}; gives the last row that held data. */
        int readList(int end, List<AgencyYear> out) {
            int last = h.lastRow();
            boolean gap = false;
            for (int r = h.lastRow() + 1; r <= end; r++) {
                if (g.isBlank(r)) {
                    gap = last > h.lastRow();
                    continue;
                }
                if (gap && anotherTable(r)) {
                    break;
                }
                Draft d = agencyRow(r, ColumnField::isResult);
                if (d == null) {
                    continue;
                }
                gap = false;
                last = r;
                for (int n = 1; n <= 10; n++) {
                    if (h.has(ColumnField.indicator(n))) {
                        d.expectedIndicators.add(n);
                        d.indicator(n, scores.read(cell(ColumnField.indicator(n), r)),
                                cell(ColumnField.indicator(n), r), log);
                    }
                }
                d.indicatorPlace = d.name.cell();
                d.total(scores.read(cell(ColumnField.TOTAL, r)), cell(ColumnField.TOTAL, r), log);
                d.level(text(ColumnField.LEVEL, r), cell(ColumnField.LEVEL, r), log);
                for (Tool t : Tool.values()) {
                    d.tool(t, scores.read(cell(ColumnField.of(t), r)), cell(ColumnField.of(t), r), log);
                }
                finish(d).ifPresent(out::add);
            }
            return Math.max(last, lastDataRow);
        }

        /** Reads one value per row and gathers them per agency and year. */
        int readLong(int end, List<AgencyYear> out) {
            int last = h.lastRow();
            Map<String, Draft> drafts = new LinkedHashMap<>();
            for (int r = h.lastRow() + 1; r <= end; r++) {
                Draft row = agencyRow(r, f -> f == ColumnField.ITEM || f == ColumnField.SCORE || f == ColumnField.TOTAL);
                if (row == null) {
                    continue;
                }
                last = r;
                String key = String.join("|", ThaiText.key(row.name.value()), ThaiText.key(row.district),
                        ThaiText.key(row.province), ThaiText.key(row.type), ThaiText.key(row.code),
                        Integer.toString(row.columnYear));
                Draft d = drafts.computeIfAbsent(key, k -> row);
                longValue(d, r);
            }
            for (Draft d : drafts.values()) {
                finish(d).ifPresent(out::add);
            }
            return Math.max(last, lastDataRow);
        }

        private void longValue(Draft d, int r) {
            RawCell item = cell(ColumnField.ITEM, r);
            RawCell value = h.has(ColumnField.SCORE) ? cell(ColumnField.SCORE, r) : cell(ColumnField.TOTAL, r);
            if (item == null) {
                log.warning("unknown-item",
                        log.at(g.name(), CellRefs.address(r, h.column(ColumnField.ITEM).firstCol())),
                        "expected an item such as ตัวชี้วัดที่ 3, i7, o15, IIT, รวม or ระดับ but found an empty cell",
                        "Name what the score in this row is.");
                return;
            }
            String text = item.text().strip();
            Optional<ColumnField> f = vocab.field(text);
            if (ThaiText.key(text).equals("รวม") || f.equals(Optional.of(ColumnField.TOTAL))) {
                d.total(scores.read(value), value, log);
            } else if (f.equals(Optional.of(ColumnField.LEVEL))) {
                d.level(value == null ? null : value.text(), value, log);
            } else if (f.isPresent() && f.get().tool() != null) {
                d.tool(f.get().tool(), scores.read(value), value, log);
            } else if (f.isPresent() && f.get().indicatorNumber() > 0) {
                int n = f.get().indicatorNumber();
                if (d.expectedIndicators.isEmpty()) {
                    for (int i = 1; i <= 10; i++) {
                        d.expectedIndicators.add(i);
                    }
                    d.indicatorPlace = item;
                }
                d.indicator(n, scores.read(value), value, log);
            } else {
                Optional<Codes.Leading> code = Codes.leading(text, null);
                if (code.isEmpty()) {
                    log.warning("unknown-item", log.at(g.name(), item),
                            "expected an item such as ตัวชี้วัดที่ 3, i7, o15, IIT, รวม or ระดับ but found \"" + text + "\"",
                            "Name what the score in this row is.");
                    return;
                }
                java.math.BigDecimal score = scores.read(value);
                if (score == null) {
                    return;
                }
                if (code.get().isQuestion()) {
                    d.question(new Draft.Question(code.get().code(), code.get().rest(), score, value, item), log);
                } else {
                    d.item(new Draft.Item(code.get().code(), code.get().rest(), score, "", value, item), log);
                }
            }
        }

        /**
         * The agency part of a data row, or null for blank, subtotal and note rows. A row with values but
         * no agency name is reported and skipped.
         */
        private Draft agencyRow(int r, java.util.function.Predicate<ColumnField> valueField) {
            if (g.isBlank(r) || isSubtotal(r)) {
                return null;
            }
            boolean values = h.columns().keySet().stream().filter(valueField)
                    .anyMatch(f -> !text(f, r).isEmpty());
            if (!values) {
                return null;
            }
            lastDataRow = r;
            if (delimited && splitByComma(r)) {
                return null;
            }
            RawCell name = cell(ColumnField.AGENCY_NAME, r);
            if (name == null) {
                log.warning("no-agency-name", log.at(g.name(),
                                CellRefs.address(r, h.column(ColumnField.AGENCY_NAME).firstCol())),
                        "expected an agency name but found an empty cell; the row is skipped",
                        "Fill in the agency name.");
                return null;
            }
            Draft d = new Draft(g.name());
            d.name = new Draft.Located<>(ThaiText.normalize(name.text()), name);
            d.code = text(ColumnField.AGENCY_CODE, r);
            d.type = text(ColumnField.AGENCY_TYPE, r);
            d.district = h.has(ColumnField.DISTRICT) ? text(ColumnField.DISTRICT, r) : TitleFacts.district(titles);
            d.province = h.has(ColumnField.PROVINCE) ? text(ColumnField.PROVINCE, r) : TitleFacts.province(titles);
            RawCell yearCell = cell(ColumnField.FISCAL_YEAR, r);
            if (yearCell != null) {
                d.columnYear = YearText.inCell(yearCell.text());
                if (d.columnYear == 0) {
                    log.error("bad-year", log.at(g.name(), yearCell),
                            "expected a fiscal year such as 2567 but found \"" + yearCell.text().strip()
                                    + "\"; the row is skipped",
                            "Write the Buddhist-era year, e.g. 2567.");
                    return null;
                }
            }
            return d;
        }

        /**
         * Below the agencies and a blank row, a header of some other table (office equipment, a budget): a row of
         * two or more texts and no number. The list ends there; the rows from it down are reported, not read as
         * agencies.
         */
        private boolean anotherTable(int r) {
            List<RawCell> cells = g.cells(r).stream().filter(c -> !c.text().isBlank()).toList();
            boolean header = cells.size() >= 2 && cells.stream().noneMatch(c -> c.kind() == RawCell.Kind.NUMBER
                    || Scores.parse(c.text()) instanceof Scores.Number
                    || AgencyNames.parse(c.text()).type() != ita.model.AgencyType.OTHER);
            if (!header) {
                return false;
            }
            String texts = String.join(" | ", cells.stream().map(c -> c.text().strip()).limit(6).toList());
            log.warning("another-table", log.at(g.name(), cells.get(0)),
                    "expected more agencies or nothing below the agency list and a blank row but found another table"
                            + " (" + texts + (cells.size() > 6 ? " | …" : "") + "); it and the rows below it are not"
                            + " read",
                    "Nothing to do if it holds no agencies; if it does, give it a header such as หน่วยงาน | คะแนนรวม.");
            return true;
        }

        /**
         * A CSV line with values beyond the header's last column: a value with a comma and no quotes was split, and
         * every value after it moved one column (81,52 read as 81 in the total's column, 52 beyond it).
         */
        private boolean splitByComma(int r) {
            List<RawCell> cells = g.cells(r);
            RawCell extra = cells.stream().filter(c -> c.col() > headerLastCol && !c.text().isBlank()).findFirst()
                    .orElse(null);
            if (extra == null) {
                return false;
            }
            int values = cells.stream().mapToInt(RawCell::col).max().orElse(0) + 1;
            log.error("split-by-comma", log.at(g.name(), extra), "expected at most " + (headerLastCol + 1)
                            + " values in this line, as the header has, but found " + values + ": a value with a comma"
                            + " and no quotes (such as a score written 81,52) is split in two and the values after it"
                            + " move one column; the row is skipped",
                    "Write decimals with a point (81.52) or put the value in quotes (\"81,52\"), or save the file from"
                            + " Excel as CSV UTF-8.");
            return true;
        }

        private boolean isSubtotal(int r) {
            List<String> candidates = new ArrayList<>();
            candidates.add(text(ColumnField.AGENCY_NAME, r));
            candidates.add(text(ColumnField.RANK, r));
            List<RawCell> cells = g.cells(r);
            if (!cells.isEmpty()) {
                candidates.add(cells.get(0).text());
            }
            for (String c : candidates) {
                String k = ThaiText.key(c);
                if (!k.isEmpty() && SUBTOTAL.matcher(k).matches()
                        && AgencyNames.parse(c).type() == ita.model.AgencyType.OTHER) {
                    return true;
                }
            }
            return false;
        }

        private Optional<AgencyYear> finish(Draft d) {
            if (d.columnYear > 0) {
                return Optional.of(finisher.finish(d, d.columnYear, YearSource.COLUMN));
            }
            if (tableYear == null) {
                tableYear = years.resolve(titles, g.name());
            }
            if (tableYear.isEmpty()) {
                if (!yearReported) {
                    yearReported = true;
                    log.error("no-fiscal-year", new SourceRef(log.file(), g.name(), null),
                            YearResolver.MISSING_MESSAGE, YearResolver.MISSING_FIX);
                }
                return Optional.empty();
            }
            return Optional.of(finisher.finish(d, tableYear.get().year(), tableYear.get().source()));
        }
    }
}
