package ita.report.workbook;

/**
 * Choices a user makes about how sheets look.
 *
 * @param thaiDigits write the numbers inside text with Thai digits (๒๕๖๖) as many official documents do
 */
public record SheetOptions(boolean thaiDigits) {

    public static final SheetOptions DEFAULT = new SheetOptions(false);

    /** The text as it should appear: with Thai digits when asked for. */
    public String text(String s) {
        return thaiDigits ? ita.text.ThaiText.toThaiDigits(s) : s;
    }
}
