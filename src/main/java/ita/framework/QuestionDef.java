package ita.framework;

/**
 * An IIT or EIT question of one fiscal year.
 *
 * @param code        canonical code (i1, e10)
 * @param indicator   its indicator, 1–8
 * @param text        Thai text, or empty
 * @param displayCode the code as the year writes it: I23 (2563–2566), i1 (2567)
 */
public record QuestionDef(String code, int indicator, String text, String displayCode) {
    public QuestionDef {
        text = text == null ? "" : text;
        displayCode = displayCode == null || displayCode.isBlank() ? code : displayCode;
    }

    public QuestionDef(String code, int indicator, String text) {
        this(code, indicator, text, code);
    }
}
