package ita.model;

import java.util.Objects;

/**
 * One problem or remark about the input, with its location. Renders as one line:
 * {@code error: 2567/nasai.xlsx, sheet 'ตัวชี้วัด', cell C7: expected a score 0–100 but found "๘๑,๖๗%". Write it as 81.67.}
 *
 * @param kind    a stable machine code such as {@code score-out-of-range}
 * @param message what was expected and what was found
 * @param fix     how to fix it, or empty
 */
public record Finding(Severity severity, String kind, SourceRef where, String message, String fix) {

    public Finding {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(message, "message");
        fix = fix == null ? "" : fix;
    }

    public static Finding error(String kind, SourceRef where, String message, String fix) {
        return new Finding(Severity.ERROR, kind, where, message, fix);
    }

    public static Finding warning(String kind, SourceRef where, String message, String fix) {
        return new Finding(Severity.WARNING, kind, where, message, fix);
    }

    public static Finding info(String kind, SourceRef where, String message) {
        return new Finding(Severity.INFO, kind, where, message, "");
    }

    public String toLine() {
        String line = severity.label() + ": " + where.describe() + ": " + message;
        if (!fix.isEmpty()) {
            line += (line.endsWith(".") ? " " : ". ") + fix;
        }
        return printable(line);
    }

    /**
     * The line with control and direction-changing characters written as backslash-u codes: names taken from
     * a file cannot break the line or send escape codes to a terminal.
     */
    public static String printable(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = Character.isISOControl(c) || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
            if (bad && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            }
            if (sb != null) {
                if (bad) {
                    sb.append(String.format("\\u%04X", (int) c));
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    @Override
    public String toString() {
        return toLine();
    }
}
