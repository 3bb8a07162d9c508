package ita.ingest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as Excel shows them: at most 15 significant digits, the precision Excel keeps, in the
 * shortest plain decimal text ("81.67" for the stored 81.670000000000002, "0.3" for 0.1 + 0.2, "100").
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
        return new BigDecimal(value).round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    /**
     * The text of a numeric xlsx value: kept as written (less trailing zeros) when it is a plain decimal
     * of at most 15 significant digits, otherwise through its double. Null when the text is not a number.
     */
    static String ofXml(String text) {
        String plain = plainShortDecimal(text);
        if (plain != null) {
            return plain;
        }
        try {
            return of(Double.parseDouble(text.trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String plainShortDecimal(String s) {
        int n = s.length();
        int i = 0;
        boolean negative = n > 0 && s.charAt(0) == '-';
        if (negative) {
            i = 1;
        }
        if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '9') {
            return null;
        }
        if (s.charAt(i) == '0' && i + 1 < n && s.charAt(i + 1) != '.') {
            return null;
        }
        int significant = 0;
        int dot = -1;
        boolean leading = true;
        for (int k = i; k < n; k++) {
            char c = s.charAt(k);
            if (c == '.') {
                if (dot >= 0) {
                    return null;
                }
                dot = k;
            } else if (c >= '0' && c <= '9') {
                if (c != '0') {
                    leading = false;
                }
                if (!leading) {
                    significant++;
                }
            } else {
                return null;
            }
        }
        if (significant > 15) {
            return null;
        }
        if (significant == 0) {
            return "0";
        }
        if (dot < 0) {
            return s;
        }
        int end = n;
        while (end > dot + 1 && s.charAt(end - 1) == '0') {
            end--;
        }
        if (end == dot + 1) {
            end = dot;
        }
        return end == n ? s : s.substring(0, end);
    }
}
