package ita.ingest;

import ita.model.RawCell;
import ita.text.Scores;
import java.math.BigDecimal;

/**
 * Reads score cells of one sheet, reporting what it cannot take: text, formula errors, values outside
 * 0–100 (all dropped), and values it had to clean (kept). Thai digits alone are normal in Thai
 * documents, so they are reported once per sheet, at the topmost such cell, rather than once per cell.
 */
final class ScoreReader {

    private final FindingLog log;
    private final String sheet;
    private RawCell firstThai;
    private BigDecimal firstThaiValue;
    private int thaiCount;

    ScoreReader(FindingLog log, String sheet) {
        this.log = log;
        this.sheet = sheet;
    }

    /** The score in a cell, or null when it is empty or cannot be taken. */
    BigDecimal read(RawCell cell) {
        if (cell == null || cell.text().isBlank()) {
            return null;
        }
        String raw = cell.text().strip();
        if (cell.kind() == RawCell.Kind.FORMULA_ERROR) {
            log.error("formula-error", log.at(sheet, cell),
                    "expected a score 0–100 but found the formula error \"" + raw + "\"",
                    "Correct the formula in the workbook or type the score.");
            return null;
        }
        if (cell.kind() == RawCell.Kind.FORMULA_NO_VALUE) {
            log.error("formula-without-value", log.at(sheet, cell),
                    "expected a score 0–100 but found the formula " + (raw.length() > 1 ? raw : "(shared with the cells"
                            + " above)") + " without a saved result, as a program that does not calculate writes it",
                    "Open the file in Excel or LibreOffice and save it again, so that the results are stored.");
            return null;
        }
        Scores.Parsed p = cell.kind() == RawCell.Kind.BOOLEAN ? new Scores.NotANumber(raw) : Scores.parse(raw);
        if (p instanceof Scores.Empty) {
            return null;
        }
        if (p instanceof Scores.NotANumber) {
            log.error("score-not-a-number", log.at(sheet, cell),
                    "expected a score 0–100 but found \"" + raw + "\"",
                    "Write the score as a number such as 81.67.");
            return null;
        }
        Scores.Number n = (Scores.Number) p;
        if (!Scores.inRange(n.value())) {
            log.error("score-out-of-range", log.at(sheet, cell),
                    "expected a score 0–100 but found \"" + raw + "\"",
                    "Correct the value; scores run from 0 to 100.");
            return null;
        }
        if (n.cleaned()) {
            log.warning("score-cleaned", log.at(sheet, cell),
                    "score \"" + raw + "\" is written with units, Thai digits or a decimal comma; it is read as "
                            + n.value().toPlainString(),
                    "Write it as " + n.value().toPlainString() + ".");
        } else if (hasThaiDigits(raw)) {
            if (firstThai == null || cell.row() < firstThai.row()
                    || cell.row() == firstThai.row() && cell.col() < firstThai.col()) {
                firstThai = cell;
                firstThaiValue = n.value();
            }
            thaiCount++;
        }
        return n.value();
    }

    /** Reports the scores written in Thai digits, once for the sheet. */
    void finish() {
        if (thaiCount == 0) {
            return;
        }
        String what = thaiCount == 1 ? "1 score in this sheet is" : thaiCount + " scores in this sheet are";
        log.warning("score-thai-digits", log.at(sheet, firstThai),
                what + " written in Thai digits, such as \"" + firstThai.text().strip() + "\" read as "
                        + firstThaiValue.toPlainString(),
                "Nothing to do if the readings are right; Arabic digits avoid the question.");
        thaiCount = 0;
        firstThai = null;
    }

    static boolean hasThaiDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\u0E50' && c <= '\u0E59') {
                return true;
            }
        }
        return false;
    }
}
