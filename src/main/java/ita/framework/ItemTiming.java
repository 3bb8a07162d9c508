package ita.framework;

/**
 * Which fiscal year an OIT item is about, relative to the year assessed. From 2569 most plans are paired
 * with a report on the year before (O13 the HR plan of the year, O14 the HR report of the previous year).
 */
public enum ItemTiming {
    /** A plan or information of the year assessed. */
    CURRENT_YEAR("current-year"),
    /** A report on the year before the one assessed. */
    PREVIOUS_YEAR("previous-year"),
    /** Not stated in the definition. */
    UNSTATED("");

    private final String json;

    ItemTiming(String json) {
        this.json = json;
    }

    /** As written in the framework files. */
    public String json() {
        return json;
    }

    static ItemTiming ofJson(String s) {
        if (s == null || s.isBlank()) {
            return UNSTATED;
        }
        for (ItemTiming t : values()) {
            if (t != UNSTATED && t.json.equals(s.strip())) {
                return t;
            }
        }
        return null;
    }
}
