package ita.ingest;

import ita.text.ThaiDates;
import ita.text.ThaiText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fiscal years written in titles, names and year cells. A Buddhist-era year (2550–2600) counts wherever
 * it stands; a Gregorian one (2024 → 2567) only after a word that says it is a year, since a bare
 * 2024 may be a count or a code.
 */
final class YearText {

    static final int MIN = 2550;
    static final int MAX = 2600;

    private static final Pattern BUDDHIST = Pattern.compile("(?<!\\d)(25\\d\\d)(?!\\d)");
    private static final Pattern GREGORIAN =
            Pattern.compile("(?i)(?:ปีงบประมาณ|ปี|year|fy|ค\\.\\s?ศ\\.?)\\s*[:._\\-]?\\s*(20\\d\\d)(?!\\d)");
    private static final Pattern CELL = Pattern.compile("^(?:(?:ปี)?(?:งบประมาณ)?\\s*(?:พ\\.\\s?ศ\\.|ค\\.\\s?ศ\\.|fy)?\\s*)"
            + "(\\d{4})(?:\\.0+)?$", Pattern.CASE_INSENSITIVE);

    private YearText() {
    }

    /** The fiscal year written in a title, sheet, file or folder name; 0 when none. */
    static int inText(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String s = ThaiText.normalize(text);
        Matcher m = BUDDHIST.matcher(s);
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            if (y >= MIN && y <= MAX) {
                return y;
            }
        }
        m = GREGORIAN.matcher(s);
        while (m.find()) {
            int y = ThaiDates.toBuddhistYear(Integer.parseInt(m.group(1)));
            if (y >= MIN && y <= MAX) {
                return y;
            }
        }
        return 0;
    }

    /**
     * The year in a year cell: "2567", "๒๕๖๗", "2567.0", "พ.ศ. 2567" or a Gregorian "2024"; 0 when
     * the cell holds something else.
     */
    static int inCell(String text) {
        if (text == null) {
            return 0;
        }
        Matcher m = CELL.matcher(ThaiText.normalize(text));
        if (!m.matches()) {
            return 0;
        }
        int y = ThaiDates.toBuddhistYear(Integer.parseInt(m.group(1)));
        return y >= MIN && y <= MAX ? y : 0;
    }
}
