package ita.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as Excel shows them: at most 15 significant digits, the precision Excel keeps, in the
 * shortest plain decimal text ("81.67" for the stored 81.670000000000002, "0.3" for 0.1 + 0.2, "100"); a number
 * too small for that ("1E-300") keeps its exponent, so the score parser refuses it rather than taking a text of
 * hundreds of digits.
 */
final class DecimalText {

    private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private DecimalText() {
    }

    /** The plain decimal text (no exponent) of {@code value} rounded to 15 significant digits. */
    static String of(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        if (value == 0) {
            return "0";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        BigDecimal v = new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros();
        // as Excel shows them: 1E-300, not "0." and three hundred zeros that a reader would take for a score
        return Math.abs(value) < TINY ? v.toString() : v.toPlainString();
    }

    /** Below this a number is written with an exponent, as Excel's General format shows it. */
    private static final double TINY = 1e-15;

    /**
     * The text of a numeric xlsx value: kept as written (less trailing zeros) when it is a plain decimal
     * of at most 15 significant digits, otherwise through its double. Null when the text is not a number.
     */
    static String ofXml(String text) {
        String plain = plainDecimal(text);
        if (plain != null) {
            return plain;
        }
        try {
            return of(Double.parseDouble(text.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * A plain decimal ("-12.340", "81.670000000000002") as at most 15 significant digits without
     * trailing zeros, worked on the text alone; null for anything else (exponents, signs, spaces).
     */
    private static String plainDecimal(String s) {
        int n = s.length();
        boolean negative = n > 0 && s.charAt(0) == '-';
        int from = negative ? 1 : 0;
        if (from >= n) {
            return null;
        }
        int dot = -1;
        int significant = 0;
        for (int k = from; k < n; k++) {
            char c = s.charAt(k);
            if (c == '.') {
                if (dot >= 0) {
                    return null;
                }
                dot = k;
            } else if (c < '0' || c > '9') {
                return null;
            } else if (c != '0' || significant > 0) {
                significant++;
            }
        }
        if (dot == from) {
            return null; // ".5": rare, left to the double
        }
        if (significant == 0) {
            return "0";
        }
        boolean noLeadingZeros = s.charAt(from) != '0' || dot == from + 1;
        return significant <= 15 && noLeadingZeros ? stripFraction(s, dot) : rounded(s, negative, from, dot);
    }

    /** "2.50" → "2.5", "5." → "5", "100" → "100". */
    private static String stripFraction(String s, int dot) {
        if (dot < 0) {
            return s;
        }
        int end = s.length();
        while (end > dot + 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        return end == dot + 1 ? s.substring(0, dot) : end == s.length() ? s : s.substring(0, end);
    }

    /** Rounds the digits of a plain decimal half up at its 15th significant digit. */
    private static String rounded(String s, boolean negative, int from, int dot) {
        int intLength = (dot < 0 ? s.length() : dot) - from;
        char[] digits = new char[s.length() - from - (dot < 0 ? 0 : 1) + 1];
        digits[0] = '0'; // room for a carry
        int d = 1;
        for (int k = from; k < s.length(); k++) {
            if (k != dot) {
                digits[d++] = s.charAt(k);
            }
        }
        int first = 1;
        while (digits[first] == '0') {
            first++;
        }
        int cut = first + 15;
        if (cut < digits.length) {
            boolean up = digits[cut] >= '5';
            for (int k = cut; k < digits.length; k++) {
                digits[k] = '0';
            }
            for (int k = cut - 1; up; k--) {
                up = digits[k] == '9';
                digits[k] = up ? '0' : (char) (digits[k] + 1);
            }
        }
        int point = 1 + intLength;
        int start = 0;
        while (start < point - 1 && digits[start] == '0') {
            start++;
        }
        int end = digits.length;
        while (end > point && digits[end - 1] == '0') {
            end--;
        }
        StringBuilder sb = new StringBuilder(end - start + 2);
        sb.append(digits, start, point - start);
        if (end > point) {
            sb.append('.').append(digits, point, end - point);
        }
        String result = sb.toString();
        return negative && !result.equals("0") ? "-" + result : result;
    }
}
