package ita.report.workbook;

import ita.report.typography.ThaiTypography;
import ita.report.workbook.AnalysisStyles.Fill;
import ita.report.workbook.AnalysisStyles.Kind;
import ita.report.xlsx.Font;
import ita.report.xlsx.Style;
import ita.report.xlsx.StyleSheet;

/**
 * Every style of the agency workbook, as one style sheet made once per JVM: the analysis kinds with each fill,
 * the measures and progress-report styles, and the gain and drop highlights of the year comparison.
 */
final class AgencyStyleSheet {

    static final String GAIN_FONT = "006100";
    static final String DROP_FONT = "9C0006";
    static final StyleSheet.Highlight GAIN = new StyleSheet.Highlight(GAIN_FONT, Fill.GOOD.rgb);
    static final StyleSheet.Highlight DROP = new StyleSheet.Highlight(DROP_FONT, Fill.BAD.rgb);

    static final StyleSheet SHEET;
    private static final int[][] ANALYSIS = new int[Kind.values().length][Fill.values().length];

    static {
        StyleSheet.Builder b = StyleSheet.builder(Font.of(ThaiTypography.FONT, ThaiTypography.SIZE, false));
        for (Kind k : Kind.values()) {
            for (Fill f : Fill.values()) {
                b.add(AnalysisStyles.style(k, f));
            }
        }
        FormStyles.ALL.forEach(b::add);
        b.add(GAIN).add(DROP);
        SHEET = b.build();
        for (Kind k : Kind.values()) {
            for (Fill f : Fill.values()) {
                ANALYSIS[k.ordinal()][f.ordinal()] = SHEET.index(AnalysisStyles.style(k, f));
            }
        }
    }

    private AgencyStyleSheet() {
    }

    static int analysis(Kind kind, Fill fill) {
        return ANALYSIS[kind.ordinal()][fill.ordinal()];
    }

    static int index(Style s) {
        return SHEET.index(s);
    }
}
