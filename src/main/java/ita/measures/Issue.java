package ita.measures;

import java.util.Objects;

/**
 * What one measure answers: an indicator (to 2566), or one of the cross-tool issues the ITA groups questions and
 * items by from 2567 (seed 000's seven ประเด็น). A plan has at most one measure per issue.
 *
 * @param number the indicator 1–10, or the issue's number in its year
 * @param name   its Thai name, e.g. ประสิทธิภาพการสื่อสาร
 */
public record Issue(Kind kind, int number, String name) {

    /** Indicators, or the cross-tool issues of a year. */
    public enum Kind { INDICATOR, CROSS_TOOL }

    public Issue {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
    }

    /** "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร", "ประเด็นที่ 3 ช่องทางและรูปแบบการประชาสัมพันธ์…". */
    public String label() {
        return (kind == Kind.INDICATOR ? "ตัวชี้วัดที่ " : "ประเด็นที่ ") + number + (name.isEmpty() ? "" : " " + name);
    }
}
