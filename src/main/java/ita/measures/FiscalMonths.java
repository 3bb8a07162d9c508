package ita.measures;

import ita.text.ThaiDates;
import ita.text.ThaiText;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;

/**
 * The twelve months of a Thai fiscal year, ต.ค. (index 0) to ก.ย. (index 11). Fiscal year N (B.E.)
 * starts in October of N − 1.
 */
public final class FiscalMonths {

    /** Short month names in fiscal order. */
    public static final List<String> NAMES = List.of(ThaiDates.FISCAL_MONTHS_SHORT);

    private FiscalMonths() {
    }

    /**
     * The fiscal index of a month written as a Thai abbreviation with or without dots ("ต.ค.", "ตค"),
     * a full Thai name ("ตุลาคม"), or a calendar month number 1–12 (10 = ต.ค.), Thai digits allowed.
     */
    public static OptionalInt parse(String raw) {
        String s = ThaiText.key(raw).replace(".", "");
        if (s.isEmpty()) {
            return OptionalInt.empty();
        }
        if (s.chars().allMatch(Character::isDigit)) {
            if (s.length() > 2) {
                return OptionalInt.empty();
            }
            int m = Integer.parseInt(s);
            return m >= 1 && m <= 12 ? OptionalInt.of(fromCalendar(m)) : OptionalInt.empty();
        }
        for (int m = 1; m <= 12; m++) {
            if (s.equals(ThaiDates.MONTHS_SHORT[m - 1].replace(".", "")) || s.equals(ThaiDates.MONTHS_LONG[m - 1])) {
                return OptionalInt.of(fromCalendar(m));
            }
        }
        return OptionalInt.empty();
    }

    /** The fiscal index of a calendar month 1–12. */
    public static int fromCalendar(int month) {
        return (month + 2) % 12;
    }

    public static String name(int index) {
        return NAMES.get(check(index));
    }

    /** The Buddhist-era calendar year a month of a fiscal year falls in. */
    public static int buddhistYear(int fiscalYear, int index) {
        return check(index) < 3 ? fiscalYear - 1 : fiscalYear;
    }

    /** The real (Gregorian) month of a fiscal month. */
    public static YearMonth yearMonth(int fiscalYear, int index) {
        int month = (check(index) + 9) % 12 + 1;
        return YearMonth.of(buddhistYear(fiscalYear, index) - ThaiDates.BE_OFFSET, month);
    }

    /** "ต.ค. 2565" for index 0 of fiscal year 2566. */
    public static String label(int fiscalYear, int index) {
        return name(index) + " " + buddhistYear(fiscalYear, index);
    }

    /** "ต.ค. 2565 – ก.ย. 2566", or one month when start equals end. */
    public static String period(int fiscalYear, int start, int end) {
        if (start == end) {
            return label(fiscalYear, start);
        }
        return label(fiscalYear, start) + " – " + label(fiscalYear, end);
    }

    /**
     * The fiscal month a period written in a plan ends in: the last month it names ("ต.ค. 2565 – ธ.ค. 2565",
     * "มกราคม – มีนาคม"), the last month of a quarter ("ไตรมาส 2"), or ก.ย. for the whole year ("ตลอดปีงบประมาณ");
     * empty when it names none of these.
     */
    public static OptionalInt periodEnd(String period) {
        String s = ThaiText.normalize(period);
        if (s.isEmpty()) {
            return OptionalInt.empty();
        }
        int end = -1;
        int at = -1;
        for (int m = 1; m <= 12; m++) {
            for (String name : new String[] {ThaiDates.MONTHS_LONG[m - 1], ThaiDates.MONTHS_SHORT[m - 1],
                ThaiDates.MONTHS_SHORT[m - 1].replace(".", "")}) {
                int i = lastWord(s, name);
                if (i > at) {
                    at = i;
                    end = fromCalendar(m);
                }
            }
        }
        if (end >= 0) {
            return OptionalInt.of(end);
        }
        java.util.regex.Matcher q = QUARTER.matcher(ThaiText.toArabicDigits(s));
        if (q.find()) {
            int n = Integer.parseInt(q.group(1));
            return n >= 1 && n <= 4 ? OptionalInt.of(3 * n - 1) : OptionalInt.empty();
        }
        return s.contains("ตลอดปี") ? OptionalInt.of(11) : OptionalInt.empty();
    }

    /** Where a month name last stands as a word of its own (มค, but not the มค of สมคบ); -1 when nowhere. */
    private static int lastWord(String s, String name) {
        for (int i = s.lastIndexOf(name); i >= 0; i = i == 0 ? -1 : s.lastIndexOf(name, i - 1)) {
            int after = i + name.length();
            if ((i == 0 || !thaiLetter(s.charAt(i - 1))) && (after >= s.length() || !thaiLetter(s.charAt(after)))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean thaiLetter(char c) {
        return c >= '\u0E01' && c <= '\u0E4E' && !(c >= '\u0E50');
    }

    private static final java.util.regex.Pattern QUARTER = java.util.regex.Pattern.compile("ไตรมาส(?:ที่)?\\s*([1-4])");

    private static int check(int index) {
        if (index < 0 || index > 11) {
            throw new IllegalArgumentException("fiscal month index must be 0–11, got " + index);
        }
        return index;
    }
}
