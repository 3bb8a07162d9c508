package ita.measures;

import ita.model.ProgressForm;
import ita.text.ThaiText;
import java.util.Optional;

/** Where a measure stands as a progress form gives it back: the three statuses of the form's list, or unclear. */
public enum MeasureStatus {
    DONE("ดำเนินการแล้ว"),
    IN_PROGRESS("อยู่ระหว่างดำเนินการ"),
    NOT_STARTED("ยังไม่ได้ดำเนินการ"),
    /** A status not on the list (misspelt, or of the agency's own words), or a result without a status. */
    UNCLEAR("");

    private final String label;

    MeasureStatus(String label) {
        this.label = label;
    }

    /** The words of the form's list. */
    public String label() {
        return label;
    }

    /**
     * The status of one entry: its สถานะ compared loosely (spaces, sara am, Thai digits); a blank one is not started
     * unless a result is written, which leaves it unclear.
     */
    public static MeasureStatus of(ProgressForm.Entry e) {
        String k = ThaiText.key(e.status());
        if (k.isEmpty()) {
            return e.result().isBlank() ? NOT_STARTED : UNCLEAR;
        }
        for (MeasureStatus s : values()) {
            if (s != UNCLEAR && ThaiText.key(s.label).equals(k)) {
                return s;
            }
        }
        return UNCLEAR;
    }

    /** The listed status a written one is a slip of (two letters apart at most), if exactly one is that close. */
    public static Optional<MeasureStatus> closest(String written) {
        String k = ThaiText.key(written);
        MeasureStatus found = null;
        for (MeasureStatus s : values()) {
            if (s != UNCLEAR && ThaiText.distance(k, ThaiText.key(s.label)) <= 2) {
                if (found != null) {
                    return Optional.empty();
                }
                found = s;
            }
        }
        return Optional.ofNullable(found);
    }
}
