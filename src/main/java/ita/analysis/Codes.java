package ita.analysis;

import java.util.Comparator;

/** Ordering of question and item codes as people read them: i2 before i10, o9 before o10. */
final class Codes {

    /**
     * By the letters before the number, then the number, then the whole code; compared in place, as the statistics
     * of a country sort the codes of every group and year.
     */
    static final Comparator<String> NATURAL = Codes::compare;

    private Codes() {
    }

    private static int compare(String a, String b) {
        int pa = prefixLength(a);
        int pb = prefixLength(b);
        for (int i = 0; i < Math.min(pa, pb); i++) {
            if (a.charAt(i) != b.charAt(i)) {
                return a.charAt(i) - b.charAt(i);
            }
        }
        if (pa != pb) {
            return pa - pb;
        }
        int byNumber = Integer.compare(number(a, pa), number(b, pb));
        return byNumber != 0 ? byNumber : a.compareTo(b);
    }

    private static int prefixLength(String code) {
        int i = 0;
        while (i < code.length() && !Character.isDigit(code.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The number of up to 9 digits from {@code from}; 0 when there is none. */
    private static int number(String code, int from) {
        int end = from;
        while (end < code.length() && end - from < 9 && Character.isDigit(code.charAt(end))) {
            end++;
        }
        return end == from ? 0 : Integer.parseInt(code, from, end, 10);
    }

    static String prefix(String code) {
        int i = 0;
        while (i < code.length() && !Character.isDigit(code.charAt(i))) {
            i++;
        }
        return code.substring(0, i);
    }

    /** The number in a code such as o15 or ind7; 0 when there is none. */
    static int number(String code) {
        String digits = code.substring(prefix(code).length());
        int end = 0;
        while (end < digits.length() && Character.isDigit(digits.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(digits.substring(0, Math.min(end, 9)));
    }
}
