package ita.framework;

import java.util.Objects;

/**
 * Something the ITA asks of an agency every year under a different code, such as the measures document
 * (O42 in 2563–2566, o34 in 2567, O25 in 2569). Concepts are how items are compared across years.
 *
 * @param key  a stable key in English, e.g. {@code measures}, {@code procurement-report}
 * @param name its Thai name
 */
public record Concept(String key, String name) {

    /** The measures document (มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน). */
    public static final String MEASURES = "measures";
    /** The report on carrying out those measures. */
    public static final String MEASURES_REPORT = "measures-report";

    public Concept {
        Objects.requireNonNull(key, "key");
        name = name == null ? "" : name;
    }
}
