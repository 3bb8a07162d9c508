package ita.ingest;

import ita.model.ProgressForm;
import ita.model.ProgressForm.Column;
import ita.model.RawCell;
import ita.model.RawSheet;
import ita.model.RawWorkbook;
import ita.model.SourceRef;
import ita.model.AgencyNames;
import ita.text.ThaiDates;
import ita.text.ThaiText;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads progress-report forms an agency filled in and gave back: any sheet whose header row (within the first
 * {@value #HEADER_ROWS} rows) has มาตรการ and ผลการดำเนินการ, as the sheets รายงานผล 6 เดือน and รายงานผล 12
 * เดือน of the agency workbook have. The title rows above the header say the fiscal year ("ประจำปีงบประมาณ พ.ศ.
 * 2566"), the round ("รอบ 6 เดือน") and the agency with its district and province; the sheet name may say the
 * round instead. Columns are found by their header text, so a form whose columns were moved, or that gained a
 * หลักฐาน column, still reads; the form keeps where each was, for problems to name their cell. Dates written as spreadsheet dates become Thai dates ("4 เมษายน 2566").
 */
public final class ProgressFormReader {

    static final int HEADER_ROWS = 30;
    /** A form that cannot be read: its title does not say its agency, fiscal year or round. */
    public static final String KIND = "progress-form";
    /** A workbook without any form: in a folder of returned forms, another file kept beside them. */
    public static final String NO_FORM = "no-progress-form";

    private ProgressFormReader() {
    }

    /**
     * Every form in a workbook, filled or not.
     *
     * @throws InputException when the file cannot be read, has no form, or a form does not say its agency,
     *                        fiscal year or round
     */
    public static List<ProgressForm> read(Path file, String displayName) throws InputException {
        RawWorkbook wb = WorkbookReaders.read(file, displayName, ReadLimits.defaults());
        return read(wb);
    }

    /** The forms of a workbook already read. */
    public static List<ProgressForm> read(RawWorkbook wb) throws InputException {
        List<ProgressForm> forms = new ArrayList<>();
        for (RawSheet sheet : wb.sheets()) {
            Optional<Integer> header = headerRow(sheet);
            if (header.isPresent()) {
                forms.add(form(wb.file(), sheet, header.get()));
            }
        }
        if (forms.isEmpty()) {
            throw new InputException(NO_FORM, SourceRef.file(wb.file()),
                    "expected a progress-report form (a header row with มาตรการ and ผลการดำเนินการ, as in the sheet "
                            + "รายงานผล 6 เดือน of an agency workbook) but found none in "
                            + wb.sheets().size() + " sheet(s)",
                    "Give back the agency workbook ita analyze wrote, with ผลการดำเนินการ filled in.");
        }
        return forms;
    }

    private static Optional<Integer> headerRow(RawSheet sheet) {
        for (int r : sheet.rowIndexes()) {
            if (r >= HEADER_ROWS) {
                break;
            }
            Map<Column, Integer> cols = columns(sheet, r);
            if (cols.containsKey(Column.MEASURE) && cols.containsKey(Column.RESULT)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    static Map<Column, Integer> columns(RawSheet sheet, int row) {
        Map<Column, Integer> cols = new EnumMap<>(Column.class);
        for (RawCell c : sheet.row(row)) {
            Column col = column(ThaiText.key(c.text()));
            if (col != null) {
                cols.putIfAbsent(col, c.col());
            }
        }
        return cols;
    }

    private static Column column(String k) {
        if (k.equals("ที่") || k.equals("ลำดับ") || k.equals("ลำดับที่")) {
            return Column.NUMBER;
        }
        if (k.startsWith("ประเด็น")) {
            return Column.TOPIC;
        }
        if (k.equals("มาตรการ") || k.startsWith("มาตรการ/")) {
            return Column.MEASURE;
        }
        if (k.startsWith("ผลการดำเนินการ") || k.startsWith("ผลการดำเนินงาน") || k.equals("การดำเนินการ")) {
            return Column.RESULT;
        }
        if (k.startsWith("ระยะเวลา")) {
            return Column.PERIOD;
        }
        if (k.startsWith("สถานะ")) {
            return Column.STATUS;
        }
        if (k.startsWith("วันที่")) {
            return Column.DATE;
        }
        if (k.contains("หลักฐาน") || k.contains("ลิงก์") || k.contains("link")) {
            return Column.EVIDENCE;
        }
        if (k.startsWith("หมายเหตุ")) {
            return Column.NOTE;
        }
        return null;
    }

    private static ProgressForm form(String file, RawSheet sheet, int header) throws InputException {
        SourceRef where = SourceRef.file(file).inSheet(sheet.name());
        List<String> titles = new ArrayList<>();
        for (int r : sheet.rowIndexes()) {
            if (r >= header) {
                break;
            }
            for (RawCell c : sheet.row(r)) {
                if (!c.text().isBlank()) {
                    titles.add(ThaiText.normalize(c.text()));
                }
            }
        }
        String all = String.join(" ", titles);
        int year = YearText.inText(all);
        if (year == 0) {
            throw missing(where, "the fiscal year in its title (\"ประจำปีงบประมาณ พ.ศ. 2566\")",
                    "Keep the title rows above the header as ita analyze wrote them.");
        }
        int months = round(ThaiText.key(all)).or(() -> round(ThaiText.key(sheet.name())))
                .orElseThrow(() -> missing(where, "its round (\"รอบ 6 เดือน\" or \"รอบ 12 เดือน\") in the title or "
                        + "the sheet name", "Keep the title rows above the header as ita analyze wrote them."));
        int placeAt = -1;
        for (int i = 0; i < titles.size() && placeAt < 0; i++) {
            String t = titles.get(i);
            if (t.startsWith("อำเภอ") || t.startsWith("เขต") || t.startsWith("จังหวัด") || t.equals("กรุงเทพมหานคร")) {
                placeAt = i;
            }
        }
        String place = placeAt < 0 ? "" : titles.get(placeAt);
        // the agency is the title with a type prefix (องค์การบริหารส่วนตำบล…), else the line above the place
        Optional<String> named = titles.stream().filter(t -> AgencyNames.parse(t).type() != ita.model.AgencyType.OTHER)
                .findFirst();
        if (named.isEmpty() && placeAt > 0) {
            named = Optional.of(titles.get(placeAt - 1));
        }
        String agency = named.orElseThrow(() -> missing(where, "the agency's name in its title",
                "Keep the title rows above the header as ita analyze wrote them."));
        Map<Column, Integer> cols = columns(sheet, header);
        List<ProgressForm.Entry> entries = new ArrayList<>();
        for (int r : sheet.rowIndexes()) {
            if (r <= header) {
                continue;
            }
            String measure = text(sheet, r, cols, Column.MEASURE);
            String topic = text(sheet, r, cols, Column.TOPIC);
            if (measure.isBlank() && topic.isBlank()) {
                continue;
            }
            entries.add(new ProgressForm.Entry(r + 1, text(sheet, r, cols, Column.NUMBER), topic, measure,
                    text(sheet, r, cols, Column.RESULT), text(sheet, r, cols, Column.STATUS), date(sheet, r, cols),
                    text(sheet, r, cols, Column.EVIDENCE), text(sheet, r, cols, Column.NOTE),
                    text(sheet, r, cols, Column.PERIOD)));
        }
        return new ProgressForm(where, agency, place, year, months, entries, cols);
    }

    private static Optional<Integer> round(String key) {
        if (key.contains("12เดือน")) {
            return Optional.of(12);
        }
        if (key.contains("6เดือน")) {
            return Optional.of(6);
        }
        return Optional.empty();
    }

    private static String text(RawSheet sheet, int row, Map<Column, Integer> cols, Column c) {
        Integer col = cols.get(c);
        return col == null ? "" : sheet.text(row, col).strip();
    }

    /** A spreadsheet date (a serial number) as a Thai date; anything else as written. */
    private static String date(RawSheet sheet, int row, Map<Column, Integer> cols) {
        Integer col = cols.get(Column.DATE);
        RawCell c = col == null ? null : sheet.cell(row, col);
        if (c == null) {
            return "";
        }
        if (c.kind() == RawCell.Kind.NUMBER) {
            try {
                BigDecimal serial = new BigDecimal(c.text());
                // 1 January 1955 to 31 December 2118: plausible days of a fiscal year, not a stray number
                if (serial.compareTo(BigDecimal.valueOf(20090)) >= 0 && serial.compareTo(BigDecimal.valueOf(80355)) <= 0) {
                    return ThaiDates.longDate(LocalDate.of(1899, 12, 30).plusDays(serial.longValue()));
                }
            } catch (NumberFormatException e) {
                // written as text after all: keep it
            }
        }
        return c.text().strip();
    }

    private static InputException missing(SourceRef where, String what, String fix) {
        return new InputException(KIND, where, "expected " + what + " but found none above the header row", fix);
    }
}
