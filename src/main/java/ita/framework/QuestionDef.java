package ita.framework;

/** An IIT or EIT question of one fiscal year: canonical code (i1, e10), its indicator, Thai text or empty. */
public record QuestionDef(String code, int indicator, String text) {
    public QuestionDef {
        text = text == null ? "" : text;
    }
}
