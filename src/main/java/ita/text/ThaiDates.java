package ita.text;

import java.time.LocalDate;

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

    /** "21 พฤศจิกายน 2569" for a date. */
    public static String longDate(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS_LONG[d.getMonthValue() - 1] + " " + (d.getYear() + BE_OFFSET);
    }
}
