package ita.ingest;

import ita.model.AgencyYear;
import ita.model.Finding;
import ita.model.RawSheet;
import ita.model.RawWorkbook;
import ita.model.SourceRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds agency lists, agency details and long tables in every sheet of a workbook by their headers,
 * and turns them into {@link AgencyYear} records with findings. Never throws on bad content: every
 * problem becomes a finding naming file, sheet and cell.
 */
public final class LayoutRecognizer {

    static final String NO_LAYOUT_FIX = "Check the header row or give a column mapping with --mapping.";

    /** Texts longer than a cell of Excel holds are cut to that length, each with a warning, before anything reads them. */
    private static void cutOverlong(RawSheet sheet, FindingLog log) {
        for (ita.model.RawCell c : sheet.overlong()) {
            log.warning("text-too-long", log.at(sheet.name(), c), "expected a text of at most "
                    + String.format(java.util.Locale.ROOT, "%,d", ita.model.RawCell.MAX_TEXT) + " characters, as one Excel cell holds, but found "
                    + String.format(java.util.Locale.ROOT, "%,d", c.text().length()) + "; it is read cut to that length",
                    "Shorten the text in this cell; a name or a value is never that long.");
            int end = ita.model.RawCell.MAX_TEXT;
            if (Character.isHighSurrogate(c.text().charAt(end - 1))) {
                end--;
            }
            sheet.put(new ita.model.RawCell(c.row(), c.col(), c.text().substring(0, end), c.kind()));
        }
    }

    public Recognition recognize(RawWorkbook wb, ReadContext ctx) {
        FindingLog log = new FindingLog(ctx.displayName());
        HeaderVocabulary vocab = HeaderVocabulary.of(ctx.catalog());
        ListTables lists = new ListTables(ctx, vocab, log, wb.format() == ita.model.InputFormat.CSV);
        DetailSheet details = new DetailSheet(ctx, vocab, log);
        List<AgencyYear> records = new ArrayList<>();
        List<DetailSheet.ItemsOnly> itemsOnly = new ArrayList<>();
        Set<String> layouts = new LinkedHashSet<>();
        for (RawSheet sheet : wb.sheets()) {
            cutOverlong(sheet, log);
            SheetGrid g = new SheetGrid(sheet);
            int mark = log.size();
            ScoreReader scores = new ScoreReader(log, sheet.name());
            ListTables.Result list = lists.read(g, scores);
            if (list.recognised() && !list.records().isEmpty()) {
                records.addAll(list.records());
                layouts.addAll(list.layouts());
                scores.finish();
                continue;
            }
            // a list header without rows may be labelled cells of an agency's detail: let the detail try
            List<Finding> fromList = log.since(mark);
            log.truncate(mark);
            scores = new ScoreReader(log, sheet.name());
            DetailSheet.Result detail = details.read(g, scores);
            if (detail.recognised() && (!detail.records().isEmpty() || !list.recognised())) {
                records.addAll(detail.records());
                detail.itemsOnly().ifPresent(itemsOnly::add);
                layouts.add(DetailSheet.LAYOUT);
                scores.finish();
                continue;
            }
            log.truncate(mark);
            if (list.recognised()) {
                log.addAll(fromList);
                layouts.addAll(list.layouts());
                continue;
            }
            log.info("sheet-skipped", new SourceRef(ctx.displayName(), sheet.name(), null), sheet.isEmpty()
                    ? "the sheet is empty; it is skipped"
                    : "expected an agency list, an agency's indicator table or a long table but found none;"
                    + " the sheet is skipped");
        }
        if (!itemsOnly.isEmpty()) {
            records = details.adopt(itemsOnly, records);
        }
        if (layouts.isEmpty()) {
            List<String> names = wb.sheets().stream().map(s -> "'" + s.name() + "'").toList();
            FindingLog only = new FindingLog(ctx.displayName());
            only.error("no-layout", SourceRef.file(ctx.displayName()),
                    "expected a sheet with an agency list, an agency's indicator table or a long table (headers such as"
                            + " หน่วยงาน, คะแนน, ตัวชี้วัดที่ 1) but found none in "
                            + (names.isEmpty() ? "a workbook without sheets"
                            : (names.size() == 1 ? "sheet " : "sheets ") + String.join(", ", names)),
                    NO_LAYOUT_FIX);
            return new Recognition(List.of(), only.findings(), List.of());
        }
        return new Recognition(records, log.findings(), new ArrayList<>(layouts));
    }
}
