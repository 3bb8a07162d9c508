package ita.macros;

import ita.framework.FrameworkCatalog;
import ita.framework.LevelRule;
import ita.framework.YearFramework;
import ita.model.Tool;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The constants of the worksheet functions, written as VBA from the framework definitions, so the
 * weights, rounding and level rules are typed once (in the framework JSON) and the module is checked
 * against them.
 */
final class FrameworkConstants {

    static final String EOL = "\r\n";

    private FrameworkConstants() {
    }

    /** The generated block of ItaFunctions.bas, markers included, CRLF line ends. */
    static String vbaBlock(FrameworkCatalog catalog) {
        List<String> lines = new ArrayList<>();
        lines.add(MacroModules.GENERATED_BEGIN + " - do not edit; MacroSourceTest prints the current lines");
        lines.add("' tool weights IIT;EIT;OIT, the same in every fiscal year with ten indicators");
        lines.add("Private Const TOOL_WEIGHTS As String = \"" + weights(catalog) + "\"");
        lines.add("' decimals of published scores, rounded half up");
        lines.add("Private Const SCORE_DECIMALS As Long = " + scale(catalog));
        lines.add("");
        lines.add("' level schemes, each \"first fiscal year|label,min total,min each tool;...\", best level first;");
        lines.add("' a scheme applies until the next one starts; Thai labels written as \\uXXXX");
        lines.add("Private Function LevelSchemes() As Variant");
        lines.add("    LevelSchemes = Array( _");
        List<String> schemes = schemes(catalog);
        for (int i = 0; i < schemes.size(); i++) {
            lines.add("        \"" + schemes.get(i) + "\"" + (i < schemes.size() - 1 ? ", _" : ")"));
        }
        lines.add("End Function");
        lines.add(MacroModules.GENERATED_END);
        return String.join(EOL, lines);
    }

    /** The years in which the level rules change, from the oldest (total-only) year on, with their rules. */
    static List<String> schemes(FrameworkCatalog catalog) {
        List<String> out = new ArrayList<>();
        String previous = null;
        int first = catalog.definedYears().get(0) - 1;
        for (int y = first; y <= catalog.newestYear(); y++) {
            String rules = catalog.framework(y).levels().rules().stream().map(FrameworkConstants::rule)
                    .collect(Collectors.joining(";"));
            if (!rules.equals(previous)) {
                out.add(y + "|" + rules);
                previous = rules;
            }
        }
        return out;
    }

    private static String rule(LevelRule r) {
        return escape(r.label()) + "," + r.minTotal().toPlainString() + ","
                + (r.minEachTool() == null ? "" : r.minEachTool().toPlainString());
    }

    private static String weights(FrameworkCatalog catalog) {
        String found = null;
        for (int y : catalog.definedYears()) {
            YearFramework f = catalog.framework(y);
            if (!f.hasIndicators()) {
                continue;
            }
            String w = f.weight(Tool.IIT).toPlainString() + ";" + f.weight(Tool.EIT).toPlainString() + ";"
                    + f.weight(Tool.OIT).toPlainString();
            if (found != null && !found.equals(w)) {
                throw new IllegalStateException("tool weights differ by year (" + found + " / " + w
                        + "); ITA_TOTAL would need a fiscal year argument");
            }
            found = w;
        }
        return found;
    }

    private static int scale(FrameworkCatalog catalog) {
        int scale = -1;
        for (int y : catalog.definedYears()) {
            YearFramework f = catalog.framework(y);
            if (f.rounding() != RoundingMode.HALF_UP || (scale >= 0 && f.scale() != scale)) {
                throw new IllegalStateException("fiscal year " + y + " rounds " + f.rounding() + " to " + f.scale()
                        + " decimals; the worksheet functions round HALF_UP to one scale for all years");
            }
            scale = f.scale();
        }
        return scale;
    }

    /** Non-ASCII and the separators , ; | \ as backslash-u escapes, which ItaText decodes. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 32 || c > 126 || ",;|\\\"".indexOf(c) >= 0) {
                sb.append(String.format("\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The inverse of {@link #escape}, as ItaText does it. */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i) && i + 6 <= s.length()) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
