package ita.text;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Buddhist-era years, Thai fiscal years (October to September) and Thai month names. */
public final class ThaiDates {

    public static final int BE_OFFSET = 543;

    public static final String[] MONTHS_SHORT = {
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."};
    public static final String[] MONTHS_LONG = {
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"};
    /** The months of a fiscal year in order, ต.ค. to ก.ย. */
    public static final String[] FISCAL_MONTHS_SHORT = {
        "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."};

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(25[0-9]{2}|20[0-9]{2})(?!\\d)");

    private ThaiDates() {
    }

    /**
     * Today, as written into outputs ("prepared on"). The system property {@code ita.today} (yyyy-mm-dd) fixes
     * it, so that a run can be compared with reviewed golden files on any day.
     */
    public static LocalDate today() {
        String fixed = System.getProperty("ita.today");
        return fixed == null || fixed.isBlank() ? LocalDate.now() : LocalDate.parse(fixed.trim());
    }

    /** The Buddhist-era fiscal year a date falls in: 1 October starts the next one. */
    public static int fiscalYear(LocalDate date) {
        int be = date.getYear() + BE_OFFSET;
        return date.getMonthValue() >= 10 ? be + 1 : be;
    }

    /** A year written either way, as Buddhist era: 2024 → 2567, 2567 → 2567; 0 when not a plausible year. */
    public static int toBuddhistYear(int year) {
        if (year >= 2400 && year <= 2700) {
            return year;
        }
        if (year >= 1900 && year <= 2200) {
            return year + BE_OFFSET;
        }
        return 0;
    }

    /**
     * The first plausible fiscal year written in a text ("ประจำปีงบประมาณ พ.ศ. ๒๕๖๗", "ITA_2567",
     * "fy2024"), as Buddhist era within 2550–2600, or 0 when there is none.
     */
    public static int findYear(String text) {
        if (text == null) {
            return 0;
        }
        Matcher m = YEAR.matcher(ThaiText.toArabicDigits(text));
        while (m.find()) {
            int y = toBuddhistYear(Integer.parseInt(m.group(1)));
            if (y >= 2550 && y <= 2600) {
                return y;
            }
        }
        return 0;
    }

    /** "ต.ค. 2567" style for a month (1–12) and Gregorian year. */
    public static String monthYear(int month, int gregorianYear) {
        return MONTHS_SHORT[month - 1] + " " + (gregorianYear + BE_OFFSET);
    }

    /** "21 พฤศจิกายน 2569" for a date. */
    public static String longDate(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS_LONG[d.getMonthValue() - 1] + " " + (d.getYear() + BE_OFFSET);
    }
}
