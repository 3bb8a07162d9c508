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

    /**
     * A date: a day and a month before the year ("15 มกราคม 2568", "15 ม.ค. 68", "15/01/2568"), or a month alone
     * ("มกราคม 2568"). A date says when something was printed or sent, not which fiscal year it is about: January
     * 2568 is in fiscal year 2568 but October 2567 is not in 2567.
     */
    private static final Pattern DATE;

    static {
        StringBuilder months = new StringBuilder();
        for (String m : ThaiDates.MONTHS_LONG) {
            months.append(months.length() == 0 ? "" : "|").append(Pattern.quote(m));
        }
        for (String m : ThaiDates.MONTHS_SHORT) {
            months.append('|').append(Pattern.quote(m)).append('?');
        }
        months.append("|(?<![a-z])(?:january|february|march|april|may|june|july|august|september|october|november"
                + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?![a-z])\\.?");
        DATE = Pattern.compile("(?iu)(?:\\d{1,2}\\s*)?(?:เดือน\\s*)?(?:" + months + ")\\s*,?\\s*(?:พ\\.\\s?ศ\\.|ค\\.\\s?ศ\\.)?\\s*\\d{2,4}"
                + "|(?<!\\d)\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{2,4}(?!\\d)");
    }

    /** The fiscal year written in a title, sheet, file or folder name; 0 when none. Dates are passed over. */
    static int inText(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        String normal = ThaiText.normalize(text);
        if (!hasFourDigits(normal)) {
            // every year this reads is four digits in a row, and taking out dates joins none
            return 0;
        }
        String s = DATE.matcher(normal).replaceAll(" ");
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

    private static boolean hasFourDigits(String s) {
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) {
                return true;
            }
        }
        return false;
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
