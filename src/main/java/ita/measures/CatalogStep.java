package ita.measures;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step of a catalog row: what is done, and the months of the fiscal year it is done in. In the catalog a step
 * is one line of the steps column, optionally numbered, optionally led by its months and a colon:
 * {@code 2. พ.ย.–ธ.ค.: ประชุมชี้แจงบุคลากร…} or {@code ต.ค.: ตั้งคณะทำงาน…}. A line without months takes the row's
 * start and end months.
 *
 * @param startMonth fiscal month index 0 (ต.ค.) – 11 (ก.ย.)
 * @param endMonth   fiscal month index, not before {@code startMonth}
 */
public record CatalogStep(String text, int startMonth, int endMonth) {

    private static final Pattern NUMBER = Pattern.compile("^\\s*\\d{1,2}\\s*[.)]\\s*");
    private static final Pattern HEAD = Pattern.compile("^([^:：]{1,24}?)\\s*[:：]\\s*(.+)$");
    private static final Pattern RANGE = Pattern.compile("\\s*(?:[-–—]|ถึง)\\s*");

    public CatalogStep {
        Objects.requireNonNull(text, "text");
        if (startMonth < 0 || endMonth > 11 || endMonth < startMonth) {
            throw new IllegalArgumentException("months " + startMonth + "–" + endMonth + " are not a fiscal period");
        }
    }

    /**
     * The steps of a catalog cell, blank lines skipped.
     *
     * @throws IllegalArgumentException when a step's months run backwards, with a message for the caller to place
     */
    public static List<CatalogStep> parse(String steps, int defaultStart, int defaultEnd) {
        List<CatalogStep> out = new ArrayList<>();
        for (String raw : steps.split("\n")) {
            String line = NUMBER.matcher(raw).replaceFirst("").strip();
            if (line.isEmpty()) {
                continue;
            }
            int start = defaultStart;
            int end = defaultEnd;
            Matcher m = HEAD.matcher(line);
            if (m.matches()) {
                String[] months = RANGE.split(m.group(1).strip(), 2);
                OptionalInt from = FiscalMonths.parse(months[0]);
                OptionalInt to = months.length > 1 ? FiscalMonths.parse(months[1]) : from;
                if (from.isPresent() && to.isPresent()) {
                    start = from.getAsInt();
                    end = to.getAsInt();
                    line = m.group(2).strip();
                    if (end < start) {
                        throw new IllegalArgumentException("the step \"" + line + "\" ends in "
                                + FiscalMonths.name(end) + " before it starts in " + FiscalMonths.name(start));
                    }
                }
            }
            out.add(new CatalogStep(line, start, end));
        }
        return out;
    }

    /** The step as the catalog writes it: its months, a colon and its text. */
    public String written() {
        String months = startMonth == endMonth ? FiscalMonths.name(startMonth)
                : FiscalMonths.name(startMonth) + "–" + FiscalMonths.name(endMonth);
        return months + ": " + text;
    }
}
