package ita.measures;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One measure of a plan. A measure answers one catalog row; when several weaknesses lead to the same row
 * (the failed items of one sub-indicator, say) they are its {@link Basis bases}, each with its own reference
 * and analysis, and the measure appears once.
 *
 * @param catalogKey the catalog row it comes from, e.g. "sub:9.2@2562-2565", or "general:…" when the catalog
 *                   had no row and a general measure was used
 * @param startMonth fiscal month index 0 (ต.ค.) – 11 (ก.ย.)
 * @param start      the real month of {@code startMonth}
 * @param period     e.g. "ต.ค. 2565 – ก.ย. 2566"
 */
public record PlannedMeasure(String catalogKey, String topic, List<Basis> bases, String measure, String steps,
                             String responsible, String period, int startMonth, int endMonth, YearMonth start,
                             YearMonth end, String monitoring, ReportingRound reportingRound) {

    public PlannedMeasure {
        Objects.requireNonNull(catalogKey, "catalogKey");
        bases = List.copyOf(bases);
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("a measure needs at least one basis");
        }
    }

    /** What a measure answers: a reference to the ITA and the agency's own analysis of it. */
    public record Basis(String key, String reference, String analysis) {
        public Basis {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(analysis, "analysis");
        }
    }

    /** Every reference, one per line, e.g. "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (66.15 คะแนน)". */
    public String itaReference() {
        return bases.stream().map(Basis::reference).collect(Collectors.joining("\n"));
    }

    /** Every analysis sentence, one per line. */
    public String analysis() {
        return bases.stream().map(Basis::analysis).collect(Collectors.joining("\n"));
    }

    PlannedMeasure withBasis(Basis more) {
        List<Basis> all = new java.util.ArrayList<>(bases);
        all.add(more);
        return new PlannedMeasure(catalogKey, topic, all, measure, steps, responsible, period, startMonth, endMonth,
                start, end, monitoring, reportingRound);
    }
}
