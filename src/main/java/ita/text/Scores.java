package ita.text;

import java.math.BigDecimal;

/**
 * Parsing of score cells written by people: Thai digits, a trailing %, the word คะแนน, a comma as
 * decimal separator when it is the only separator. Gives a number or says why not.
 */
public final class Scores {

    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Scores() {
    }

    /** The outcome of parsing one score cell. */
    public sealed interface Parsed permits Number, Empty, NotANumber {
    }

    /** A number; {@code cleaned} is true when units or Thai digits had to be removed. */
    public record Number(BigDecimal value, boolean cleaned) implements Parsed {
    }

    public record Empty() implements Parsed {
    }

    public record NotANumber(String text) implements Parsed {
    }

    public static Parsed parse(String raw) {
        if (raw == null) {
            return new Empty();
        }
        String s = ThaiText.normalize(raw);
        if (s.isEmpty() || s.equals("-") || s.equals("–")) {
            return new Empty();
        }
        String original = s;
        s = s.replace("คะแนน", "").replace("%", "").replace("ร้อยละ", "").trim();
        if (s.indexOf(',') >= 0) {
            // "81,67" is a decimal comma; "1,234.5" is a thousands separator
            s = s.indexOf('.') < 0 && s.indexOf(',') == s.lastIndexOf(',') && s.length() - s.indexOf(',') <= 3
                    ? s.replace(',', '.')
                    : s.replace(",", "");
        }
        if (!looksNumeric(s)) {
            // most cells read while recognising a layout are words: no exception for each of them
            return new NotANumber(raw);
        }
        BigDecimal v;
        try {
            v = new BigDecimal(s);
        } catch (NumberFormatException e) {
            return new NotANumber(raw);
        }
        if (v.scale() > MAX_DECIMALS) {
            BigDecimal stripped = v.stripTrailingZeros();
            if (stripped.scale() > MAX_DECIMALS) {
                return new NotANumber(raw);
            }
            v = stripped.setScale(Math.max(0, stripped.scale()));
        }
        return new Number(v, !s.equals(original));
    }

    /**
     * The most decimals a score may have. Scores are published with 2; a value saved from a spreadsheet or a
     * program carries at most 17 significant digits. More is not a score but a value that would make every sum
     * with it slow or unbounded.
     */
    public static final int MAX_DECIMALS = 20;

    /**
     * Digits with an optional sign and one decimal point. No exponent: "1e-999999999" is not a score a person
     * writes, and BigDecimal would take it as a number no arithmetic can finish with.
     */
    static boolean looksNumeric(String s) {
        if (s.isEmpty()) {
            return false;
        }
        boolean digit = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != '-' && c != '+') {
                return false;
            }
        }
        return digit;
    }

    public static boolean inRange(BigDecimal v) {
        return v.signum() >= 0 && v.compareTo(HUNDRED) <= 0;
    }
}
