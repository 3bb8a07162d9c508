package ita.macros;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Windows command lines, written and read independently of the macros, as the oracle for
 * ItaCommandLine. Reading follows CreateProcess for the program name (up to the next quote, no
 * escapes) and the Microsoft C runtime (2008 and later, as the java launcher uses it) for the
 * arguments: 2n backslashes before a quote give n backslashes and the quote opens or closes a
 * quoted part; 2n+1 give n backslashes and a literal quote; "" inside a quoted part is a literal
 * quote; other backslashes are literal.
 */
final class WindowsCommandLine {

    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_.=,+-]+");

    private WindowsCommandLine() {
    }

    /** An argument in double quotes, escaped so that {@link #parse} gives it back. */
    static String quote(String arg) {
        StringBuilder sb = new StringBuilder("\"");
        int slashes = 0;
        for (char c : arg.toCharArray()) {
            if (c == '\\') {
                slashes++;
                continue;
            }
            if (c == '"') {
                sb.append("\\".repeat(2 * slashes + 1)).append('"');
            } else {
                sb.append("\\".repeat(slashes)).append(c);
            }
            slashes = 0;
        }
        return sb.append("\\".repeat(2 * slashes)).append('"').toString();
    }

    /** A plain word as it is, anything else quoted. */
    static String argument(String arg) {
        return BARE.matcher(arg).matches() ? arg : quote(arg);
    }

    /** The command line the macros build: program and paths quoted, fixed words and plain extras bare. */
    static String analyze(String java, String jar, String input, String out, List<String> extra) {
        StringBuilder sb = new StringBuilder();
        sb.append('"').append(java).append("\" -jar ").append(quote(jar)).append(" analyze ").append(quote(input))
                .append(" --out ").append(quote(out)).append(" --quiet");
        for (String e : extra) {
            sb.append(' ').append(argument(e));
        }
        return sb.toString();
    }

    /** The program and its arguments, as Windows and the C runtime read the line. */
    static List<String> parse(String line) {
        List<String> argv = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n && isBlank(line.charAt(i))) {
            i++;
        }
        if (i < n && line.charAt(i) == '"') {
            int end = line.indexOf('"', i + 1);
            end = end < 0 ? n : end;
            argv.add(line.substring(i + 1, end));
            i = Math.min(n, end + 1);
        } else {
            int start = i;
            while (i < n && !isBlank(line.charAt(i))) {
                i++;
            }
            argv.add(line.substring(start, i));
        }
        while (true) {
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return argv;
            }
            StringBuilder arg = new StringBuilder();
            boolean quoted = false;
            while (i < n && (quoted || !isBlank(line.charAt(i)))) {
                char c = line.charAt(i);
                if (c == '\\') {
                    int k = 0;
                    while (i < n && line.charAt(i) == '\\') {
                        k++;
                        i++;
                    }
                    if (i < n && line.charAt(i) == '"') {
                        arg.append("\\".repeat(k / 2));
                        if (k % 2 == 1) {
                            arg.append('"');
                            i++;
                        }
                    } else {
                        arg.append("\\".repeat(k));
                    }
                } else if (c == '"') {
                    if (quoted && i + 1 < n && line.charAt(i + 1) == '"') {
                        arg.append('"');
                        i += 2;
                    } else {
                        quoted = !quoted;
                        i++;
                    }
                } else {
                    arg.append(c);
                    i++;
                }
            }
            argv.add(arg.toString());
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
