package ita.report.document;

import ita.measures.MeasurePlan;
import ita.measures.PlannedMeasure;
import ita.model.ProgressForm;
import ita.text.ThaiText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results a filled form gives for each measure of a plan. A row belongs to the measure whose statement (what
 * the measure is and its target, with the agency's figures) its มาตรการ cell holds; failing that (a measure reworded
 * since the form was written), to the measure of the same number whose issue its ประเด็น cell names.
 */
final class ProgressResults {

    private final Map<Integer, ProgressForm.Entry> byMeasure;

    private ProgressResults(Map<Integer, ProgressForm.Entry> byMeasure) {
        this.byMeasure = byMeasure;
    }

    static ProgressResults none() {
        return new ProgressResults(Map.of());
    }

    /** The results of the first filled form of the round, if any. */
    static ProgressResults of(MeasurePlan plan, List<ProgressForm> forms, int months) {
        return forms.stream().filter(f -> f.months() == months && f.filled()).findFirst()
                .map(f -> match(plan, f)).orElseGet(ProgressResults::none);
    }

    static ProgressResults match(MeasurePlan plan, ProgressForm form) {
        List<PlannedMeasure> ms = plan.measures();
        Map<Integer, ProgressForm.Entry> out = new HashMap<>();
        for (ProgressForm.Entry e : form.entries()) {
            Integer i = byStatement(ms, e);
            if (i == null) {
                i = byNumber(ms, e);
            }
            if (i != null) {
                out.putIfAbsent(i, e);
            }
        }
        return new ProgressResults(out);
    }

    private static Integer byStatement(List<PlannedMeasure> ms, ProgressForm.Entry e) {
        String written = ThaiText.key(e.measure());
        for (int i = 0; i < ms.size(); i++) {
            if (!written.isEmpty() && written.contains(ThaiText.key(ms.get(i).statement()))) {
                return i;
            }
        }
        return null;
    }

    private static Integer byNumber(List<PlannedMeasure> ms, ProgressForm.Entry e) {
        try {
            int n = Integer.parseInt(ThaiText.toArabicDigits(e.number()).strip());
            if (n >= 1 && n <= ms.size() && ThaiText.key(e.topic()).startsWith(ThaiText.key(ms.get(n - 1).issue().label()))) {
                return n - 1;
            }
        } catch (NumberFormatException ignored) {
            // no number: the row stays unmatched
        }
        return null;
    }

    /** The filled row of measure {@code index} (0-based), if the form had one. */
    Optional<ProgressForm.Entry> of(int index) {
        return Optional.ofNullable(byMeasure.get(index)).filter(ProgressForm.Entry::filled);
    }

    boolean isEmpty() {
        return byMeasure.values().stream().noneMatch(ProgressForm.Entry::filled);
    }

    int matched() {
        return (int) byMeasure.values().stream().filter(ProgressForm.Entry::filled).count();
    }
}
