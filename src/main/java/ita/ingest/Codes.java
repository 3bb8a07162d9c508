package ita.ingest;

import ita.model.Tool;
import ita.text.ThaiText;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Question and OIT item codes as people write them, made canonical: "I23", "i๑๐", "ข้อ i10" → i23, i10;
 * "O42", "o15", "ข้อ ๐๑๕" → o42, o15. In Thai documents the letter o is often typed as the Thai
 * digit zero, so a leading ๐ before digits reads as o ("ข้อ ๐๗" is o7).
 */
final class Codes {

    private static final String DIGITS = "0-9\u0E50-\u0E59";
    private static final Pattern LETTER_CODE =
            Pattern.compile("^([iIeEoO\u0E50])\\s*\\.?\\s*([" + DIGITS + "]{1,3})(?![" + DIGITS + "])(.*)$",
                    Pattern.DOTALL);
    private static final Pattern BARE_NUMBER =
            Pattern.compile("^([" + DIGITS + "]{1,3})(?![" + DIGITS + ".])(.*)$", Pattern.DOTALL);
    private static final Pattern LEAD_WORD = Pattern.compile("^(ข้อคำถามที่|ข้อคำถาม|ข้อที่|ข้อ)\\s*[:.]?\\s*");

    private Codes() {
    }

    /** A canonical code and the text that followed it in the cell. */
    record Leading(String code, String rest) {
        boolean isQuestion() {
            return code.charAt(0) == 'i' || code.charAt(0) == 'e';
        }
    }

    /**
     * The code at the start of a cell such as "i๑ การปฏิบัติงาน…" or "ข้อ ๐๑๕ ประกาศ…". A bare number takes
     * its letter from the tool of the row (IIT → i, EIT → e, OIT → o) or, written with a leading zero,
     * is an OIT item.
     */
    static Optional<Leading> leading(String raw, Tool context) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = clean(raw);
        if (s.startsWith("ข้อ")) {
            s = LEAD_WORD.matcher(s).replaceFirst("");
        }
        Matcher m = LETTER_CODE.matcher(s);
        if (m.matches()) {
            char letter = Character.toLowerCase(m.group(1).charAt(0));
            return code(letter == '\u0E50' ? 'o' : letter, m.group(2), m.group(3));
        }
        m = BARE_NUMBER.matcher(s);
        if (m.matches()) {
            String digits = ThaiText.toArabicDigits(m.group(1));
            char letter;
            if (digits.length() > 1 && digits.charAt(0) == '0') {
                letter = 'o';
            } else if (context != null) {
                letter = switch (context) {
                    case IIT -> 'i';
                    case EIT -> 'e';
                    case OIT -> 'o';
                };
            } else {
                return Optional.empty();
            }
            return code(letter, m.group(1), m.group(2));
        }
        return Optional.empty();
    }

    private static Optional<Leading> code(char letter, String digits, String rest) {
        int n = Integer.parseInt(ThaiText.toArabicDigits(digits));
        if (n < 1) {
            return Optional.empty();
        }
        return Optional.of(new Leading(letter + Integer.toString(n), ThaiText.normalize(stripLeadingMarks(rest))));
    }

    /** The rest without the space, dots, colons, brackets or dashes that separated it from the code. */
    private static String stripLeadingMarks(String rest) {
        int i = 0;
        while (i < rest.length()) {
            char c = rest.charAt(i);
            // the same characters as the pattern [\s.:)\-]
            if (" \t\n\u000B\f\r.:)-".indexOf(c) < 0) {
                break;
            }
            i++;
        }
        return rest.substring(i);
    }

    /** Zero-width characters and surrounding space removed, Thai digits kept (a leading ๐ means o). */
    private static String clean(String raw) {
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\u200B' && c != '\u200C' && c != '\u200D' && c != '\uFEFF' && c != '\u00AD') {
                sb.append(c == '\u00A0' ? ' ' : c);
            }
        }
        return sb.toString().strip();
    }
}
