package ita.report.summary;

import ita.report.typography.ThaiTypography;
import ita.report.xlsx.Font;
import ita.report.xlsx.Style;
import ita.report.xlsx.Style.Horizontal;
import ita.report.xlsx.Style.Vertical;
import ita.report.xlsx.StyleSheet;

/**
 * The cell styles of the summary and status workbooks, in TH Sarabun New 16, as one style sheet made once per JVM:
 * titles, notes, headers, bordered text and numbers. Each method gives a style's index in {@link #SHEET}.
 */
final class SummaryStyleSheet {

    private static final String HEADER_FILL = "D9E1F2";
    private static final Font REGULAR = Font.of(ThaiTypography.FONT, ThaiTypography.SIZE, false);
    private static final Font BOLD = Font.of(ThaiTypography.FONT, ThaiTypography.SIZE, true);
    private static final Font TITLE = Font.of(ThaiTypography.FONT, ThaiTypography.HEADING_SIZE, true);
    /** After the fonts, which it is made of. */
    static final SummaryStyleSheet STYLES = new SummaryStyleSheet();

    final StyleSheet sheet;
    private final int title;
    private final int note;
    private final int header;
    private final int text;
    private final int boldText;
    private final int centered;
    private final int decimal;
    private final int signedDecimal;
    private final int integer;
    private final int signedInteger;
    /** Whether a style wraps its text, by index. */
    private final boolean[] wraps;

    private SummaryStyleSheet() {
        Style top = Style.of(REGULAR).align(Horizontal.GENERAL, Vertical.TOP);
        Style bordered = top.border(true).wrap(true);
        Style[] all = {
            Style.of(TITLE).align(Horizontal.GENERAL, Vertical.TOP),
            top.wrap(true),
            Style.of(BOLD).border(true).wrap(true).align(Horizontal.CENTER, Vertical.TOP).fill(HEADER_FILL),
            bordered,
            Style.of(BOLD).border(true).wrap(true).align(Horizontal.GENERAL, Vertical.TOP),
            bordered.align(Horizontal.CENTER, Vertical.TOP),
            numeric("0.00"), numeric("+0.00;-0.00;0.00"), numeric("0"), numeric("+0;-0;0"),
        };
        StyleSheet.Builder b = StyleSheet.builder(REGULAR);
        for (Style s : all) {
            b.add(s);
        }
        sheet = b.build();
        int[] ix = new int[all.length];
        wraps = new boolean[all.length + 1];
        for (int i = 0; i < all.length; i++) {
            ix[i] = sheet.index(all[i]);
            wraps[ix[i]] = all[i].wrap();
        }
        title = ix[0];
        note = ix[1];
        header = ix[2];
        text = ix[3];
        boldText = ix[4];
        centered = ix[5];
        decimal = ix[6];
        signedDecimal = ix[7];
        integer = ix[8];
        signedInteger = ix[9];
    }

    private static Style numeric(String format) {
        return Style.of(REGULAR).border(true).align(Horizontal.RIGHT, Vertical.TOP).format(format);
    }

    int title() {
        return title;
    }

    /** Notes under a title: wrapped, not bordered. */
    int note() {
        return note;
    }

    int header() {
        return header;
    }

    /** Bordered, wrapped text. */
    int text() {
        return text;
    }

    int boldText() {
        return boldText;
    }

    int centered() {
        return centered;
    }

    /** Scores, means and shares: 0.00. */
    int decimal() {
        return decimal;
    }

    /** Changes: +3.35, -2.00. */
    int signedDecimal() {
        return signedDecimal;
    }

    int integer() {
        return integer;
    }

    int signedInteger() {
        return signedInteger;
    }

    boolean wraps(int style) {
        return style > 0 && style < wraps.length && wraps[style];
    }
}
