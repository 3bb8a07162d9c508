package ita.analysis;

/** What a recomputed figure was computed from. */
public enum Basis {
    /** Indicator scores: the reported ones, with recomputed ones where none was reported. */
    INDICATORS("คำนวณจากคะแนนตัวชี้วัด"),
    /** The reported tool scores (indicators missing). */
    REPORTED_TOOLS("คำนวณจากคะแนนรายเครื่องมือที่รายงาน"),
    /** Some tools from their indicators, the others as reported. */
    INDICATORS_AND_TOOLS("คำนวณจากคะแนนตัวชี้วัดและคะแนนรายเครื่องมือที่รายงาน"),
    /** IIT or EIT question scores. */
    QUESTIONS("คำนวณจากคะแนนรายข้อคำถาม"),
    /** OIT item scores. */
    OIT_ITEMS("คำนวณจากคะแนนรายข้อ OIT"),
    /** A level from the reported total. */
    REPORTED_TOTAL("ตามคะแนนรวมที่รายงาน"),
    /** A level from the recomputed total, no total having been reported. */
    COMPUTED_TOTAL("ตามคะแนนรวมที่คำนวณได้"),
    /** Nothing could be computed. */
    NONE("");

    private final String thaiLabel;

    Basis(String thaiLabel) {
        this.thaiLabel = thaiLabel;
    }

    public String thaiLabel() {
        return thaiLabel;
    }
}
