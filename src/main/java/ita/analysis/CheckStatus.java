package ita.analysis;

/** The outcome of comparing a reported figure with the one recomputed from its parts. */
public enum CheckStatus {
    /** Within the year's tolerance (0.02), or the same level. */
    OK("ok", "ถูกต้อง"),
    /** Outside the tolerance, or a different level; the reported figure still stands. */
    MISMATCH("mismatch", "ไม่ตรงกัน"),
    /** A part needed to recompute or the reported figure is missing. */
    NOT_CHECKABLE("not_checkable", "ตรวจสอบไม่ได้");

    private final String code;
    private final String thaiLabel;

    CheckStatus(String code, String thaiLabel) {
        this.code = code;
        this.thaiLabel = thaiLabel;
    }

    /** The machine code used in exports: ok, mismatch, not_checkable. */
    public String code() {
        return code;
    }

    public String thaiLabel() {
        return thaiLabel;
    }
}
