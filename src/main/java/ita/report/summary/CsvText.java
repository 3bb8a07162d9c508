package ita.report.summary;

/**
 * Text cells for CSV files that spreadsheets will open: a value that starts like a formula
 * (= + - @, tab, carriage return or line feed, also after leading spaces, which an import may trim)
 * gets a leading apostrophe so that it is shown, never run. Numbers we write ourselves do not go
 * through {@link #text}, so -3.20 stays a number.
 */
public final class CsvText {

    private CsvText() {
    }

    /** A text value neutralised against formula injection. */
    public static String text(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        int first = 0;
        while (first < s.length() - 1 && s.charAt(first) == ' ') {
            first++;
        }
        char c = s.charAt(first);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n') {
            return "'" + s;
        }
        return s;
    }

    /** One CSV field, quoted when needed (RFC 4180). */
    public static String field(String s) {
        if (s == null) {
            return "";
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** A row of already neutralised fields, with CRLF as Excel expects. */
    public static String row(java.util.List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(fields.get(i)));
        }
        return sb.append("\r\n").toString();
    }
}
