package ita.analysis;

import java.util.Comparator;

/** Ordering of question and item codes as people read them: i2 before i10, o9 before o10. */
final class Codes {

    static final Comparator<String> NATURAL = Comparator.comparing(Codes::prefix).thenComparingInt(Codes::number)
            .thenComparing(Comparator.naturalOrder());

    private Codes() {
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
