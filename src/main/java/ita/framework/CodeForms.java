package ita.framework;

import ita.text.ThaiText;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Question and item codes as a framework file writes them: a letter i, e or o in either case and a number in
 * Arabic or Thai digits ("O25", "o๓๔", "I07"). The canonical form keys records (o25); the written form, with
 * Arabic digits and no leading zeros, is how the year prints the code (O25).
 */
final class CodeForms {

    private static final Pattern CODE = Pattern.compile("([iIeEoO])\\s*([0-9\u0E50-\u0E59]{1,3})");

    /** A code in its two forms. */
    record Code(String canonical, String display) {
        char letter() {
            return canonical.charAt(0);
        }
    }

    private CodeForms() {
    }

    static Optional<Code> parse(String written) {
        if (written == null) {
            return Optional.empty();
        }
        Matcher m = CODE.matcher(written.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(ThaiText.toArabicDigits(m.group(2)));
        if (n < 1) {
            return Optional.empty();
        }
        String letter = m.group(1);
        return Optional.of(new Code(letter.toLowerCase(Locale.ROOT) + n, letter + n));
    }
}
