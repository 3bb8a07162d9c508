package ita.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A progress-report form an agency filled in and gave back: the sheet รายงานผล 6 เดือน (or 12 เดือน) of its
 * analysis workbook, with what was done for each measure.
 *
 * @param source     the file and sheet it was read from
 * @param agencyName the agency as the form's title names it
 * @param place      the district and province line of the title ("อำเภอทับคล้อ จังหวัดพิจิตร"), or empty
 * @param fiscalYear the fiscal year of the measures (B.E.)
 * @param months     the round: 6 or 12
 * @param entries    one per measure row, in the form's order
 * @param columns    where each column was found (0-based), so that a problem can name its cell; empty when unknown
 */
public record ProgressForm(SourceRef source, String agencyName, String place, int fiscalYear, int months,
                           List<Entry> entries, Map<Column, Integer> columns) {

    /** The columns a form may have, recognised by their headers. */
    public enum Column { NUMBER, TOPIC, MEASURE, PERIOD, RESULT, STATUS, DATE, EVIDENCE, NOTE }

    public ProgressForm {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(agencyName, "agencyName");
        place = place == null ? "" : place;
        if (months != 6 && months != 12) {
            throw new IllegalArgumentException("a progress round is 6 or 12 months, got " + months);
        }
        entries = List.copyOf(entries);
        columns = columns == null || columns.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(columns));
    }

    /** A form whose columns are not known. */
    public ProgressForm(SourceRef source, String agencyName, String place, int fiscalYear, int months,
                        List<Entry> entries) {
        this(source, agencyName, place, fiscalYear, months, entries, Map.of());
    }

    /** Where one of an entry's values is: the form's file and sheet, and its cell when the column is known. */
    public SourceRef where(Entry e, Column c) {
        return Optional.ofNullable(columns.get(c)).map(col -> source.at(CellRefs.address(e.row() - 1, col)))
                .orElse(source);
    }

    /** True when at least one measure has a result, a date, evidence, or a status other than not started. */
    public boolean filled() {
        return entries.stream().anyMatch(Entry::filled);
    }

    /**
     * One measure's row.
     *
     * @param row      the sheet row, 1-based as a spreadsheet shows it
     * @param number   ที่, as written
     * @param date     วันที่ดำเนินการ as a Thai date ("4 เมษายน 2566") or as written
     * @param evidence หลักฐาน (a link or a document), when the form has such a column
     * @param period   ระยะเวลาดำเนินการ as written ("ต.ค. 2565 – ธ.ค. 2565"), when the form has it
     */
    public record Entry(int row, String number, String topic, String measure, String result, String status,
                        String date, String evidence, String note, String period) {

        /** The status an unfilled form carries. */
        public static final String NOT_STARTED = "ยังไม่ได้ดำเนินการ";

        public Entry {
            number = blankIfNull(number);
            topic = blankIfNull(topic);
            measure = blankIfNull(measure);
            result = blankIfNull(result);
            status = blankIfNull(status);
            date = blankIfNull(date);
            evidence = blankIfNull(evidence);
            note = blankIfNull(note);
            period = blankIfNull(period);
        }

        /** An entry of a form without a period column. */
        public Entry(int row, String number, String topic, String measure, String result, String status, String date,
                     String evidence, String note) {
            this(row, number, topic, measure, result, status, date, evidence, note, "");
        }

        public boolean filled() {
            return !result.isBlank() || !date.isBlank() || !evidence.isBlank()
                    || !(status.isBlank() || status.equals(NOT_STARTED));
        }

        private static String blankIfNull(String s) {
            return s == null ? "" : s.strip();
        }
    }
}
