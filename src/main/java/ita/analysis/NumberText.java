package ita.analysis;

import ita.text.ThaiText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the analysis writes numbers, lists and quotes in Thai text: figures rounded as the year publishes them,
 * whole numbers without decimals, a gain only when it is one, lists joined with และ, and quotes cut between words.
 */
public final class NumberText {

    /** Question texts longer than this are shortened in running prose. */
    static final int QUOTE_LENGTH = 80;
    private static final Locale THAI = Locale.forLanguageTag("th");

    private NumberText() {
    }

    /** A figure in text, rounded as the year publishes it (2 decimals, HALF_UP from 2562 on). */
    public static String n(YearAnalysis y, BigDecimal v) {
        return Figures.show(v, y.framework());
    }

    /** A whole number without decimals where it has none (85, 40), else as {@link #n}. */
    public static String whole(YearAnalysis y, BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() <= 0 ? s.setScale(0, RoundingMode.UNNECESSARY).toPlainString() : n(y, v);
    }

    /**
     * A gain as the year publishes it, when it is one: empty when it rounds to nothing, so that no sentence
     * promises "0.00 คะแนน".
     */
    public static Optional<String> gain(YearAnalysis y, BigDecimal v) {
        if (v == null) {
            return Optional.empty();
        }
        BigDecimal r = Figures.round(v, y.framework());
        return r.signum() > 0 ? Optional.of(r.toPlainString()) : Optional.empty();
    }

    /** "เพิ่มขึ้น 1.50", "ลดลง 2.30", "เท่าเดิม". */
    public static String signed(YearAnalysis y, BigDecimal change) {
        int s = Figures.round(change, y.framework()).signum();
        return s == 0 ? "เท่าเดิม" : (s > 0 ? "เพิ่มขึ้น " : "ลดลง ") + n(y, change.abs());
    }

    /** "a", "a และ b", "a, b และ c". */
    public static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " และ " + parts.get(parts.size() - 1);
    }

    /** A question quoted in running text: " "…"" after the code, shortened between two words with "…". */
    public static String quote(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        return " \"" + shorten(ThaiText.normalize(text), QUOTE_LENGTH) + "\"";
    }

    /**
     * The text cut to at most {@code max} characters at the last boundary between two words, with "…" when cut.
     * Thai has no spaces between words: the boundaries are the JDK's Thai dictionary's, so that a cut never falls
     * inside a word or splits a vowel or tone mark from its consonant.
     */
    public static String shorten(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        BreakIterator words = BreakIterator.getWordInstance(THAI);
        words.setText(text);
        int cut = words.preceding(max + 1);
        if (cut <= max / 2) {
            // one long word: cut at the last space before it, else keep the word whole
            int space = text.lastIndexOf(' ', max);
            cut = space > 0 ? space : words.following(max);
        }
        if (cut == BreakIterator.DONE || cut >= text.length()) {
            return text;
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /** The text with its digits as ๐–๙ when asked, else unchanged. */
    public static String digits(String text, boolean thaiDigits) {
        return thaiDigits ? ThaiText.toThaiDigits(text) : text;
    }
}
