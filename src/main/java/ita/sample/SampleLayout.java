package ita.sample;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The input layouts the readers accept, as the sample generator writes them. */
public enum SampleLayout {
    /** One agency-year per workbook: title, labelled cells, indicator, question and OIT item tables. */
    DETAIL("detail"),
    /** One row per agency of a province: ten indicators, tools, total and level. */
    LIST("list"),
    /** One row per value: agency, year, item (indicator, tool, total, level) and score. */
    LONG("long"),
    /** The ITAS province report: # | หน่วยงาน | อำเภอ | จังหวัด | คะแนนเฉลี่ย. */
    REPORT("report");

    private final String label;

    SampleLayout(String label) {
        this.label = label;
    }

    /** The name used on the command line. */
    public String label() {
        return label;
    }

    /** Layouts named on the command line: one label, or "all". */
    public static Set<SampleLayout> parse(String text) {
        String s = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (s.equals("all")) {
            return EnumSet.allOf(SampleLayout.class);
        }
        for (SampleLayout l : values()) {
            if (l.label.equals(s)) {
                return EnumSet.of(l);
            }
        }
        throw new IllegalArgumentException("unknown layout \"" + text + "\"; use detail, list, long, report or all");
    }
}
