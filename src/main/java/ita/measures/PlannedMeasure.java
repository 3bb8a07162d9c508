package ita.measures;

import ita.model.Tool;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One measure of a plan: the issue it answers, what in the agency's result it answers (its {@link Basis bases}:
 * the indicators below the threshold, the weak questions and the failed OIT items of the issue, each with its own
 * reference and analysis), what is done step by step and when, by whom, and how it is followed up.
 *
 * @param urgency        the most pressing class among the indicators behind it
 * @param tool           the tool of the most pressing indicator behind it: the group a progress report lists it in
 * @param catalogKey     the catalog row it comes from, e.g. "ind:7" or "issue:3@2567-2569", or "general:…" when the
 *                       catalog had no row and a general measure was used
 * @param topic          the measure's short name, e.g. การสื่อสารและการเผยแพร่ข้อมูลข่าวสาร
 * @param measure        what the measure is, as the catalog words it
 * @param target         what moves from what to what by when, from the agency's own figures
 * @param stepList       the steps in order, each with its months
 * @param responsible    the responsible unit(s), named as the agency's type names them
 * @param monitoring     who follows up and how, ending with the rounds it is reported in
 * @param reportingRound the rounds it is reported in, from the months of its steps
 */
public record PlannedMeasure(Issue issue, Urgency urgency, Tool tool, String catalogKey, String topic, String measure,
                             String target, List<PlannedStep> stepList, String responsible, String monitoring,
                             ReportingRound reportingRound, List<Basis> bases) {

    public PlannedMeasure {
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(catalogKey, "catalogKey");
        stepList = List.copyOf(stepList);
        bases = List.copyOf(bases);
        if (bases.isEmpty()) {
            throw new IllegalArgumentException("a measure needs at least one basis");
        }
        if (stepList.isEmpty()) {
            throw new IllegalArgumentException("a measure needs at least one step");
        }
    }

    /** What a basis is: an indicator, an IIT/EIT question or an OIT item. */
    public enum BasisKind { INDICATOR, QUESTION, ITEM }

    /**
     * What a measure answers: a reference to the ITA and the agency's own analysis of it.
     *
     * @param key     "ind7", "q:e6", "o:o15": the key of the caller's own analysis sentences
     * @param code    the canonical code: "7", "e6", "o15"
     * @param display the code as the result's year writes it: "7" for an indicator, "E6", "o15", "O36"
     */
    public record Basis(BasisKind kind, String key, String code, String display, String reference, String analysis) {
        public Basis {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(display, "display");
            Objects.requireNonNull(reference, "reference");
            Objects.requireNonNull(analysis, "analysis");
        }
    }

    /** The measure and its target, as the มาตรการ column shows them. */
    public String statement() {
        return target.isBlank() ? measure : measure + "\nเป้าหมาย: " + target;
    }

    /** The steps numbered, one a line, each with its months: "1. ตั้งคณะทำงาน… (ต.ค. 2567)". */
    public String steps() {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < stepList.size(); i++) {
            PlannedStep s = stepList.get(i);
            lines.add((i + 1) + ". " + s.text() + " (" + s.when() + ")");
        }
        return String.join("\n", lines);
    }

    public int startMonth() {
        return stepList.stream().mapToInt(PlannedStep::startMonth).min().orElseThrow();
    }

    public int endMonth() {
        return stepList.stream().mapToInt(PlannedStep::endMonth).max().orElseThrow();
    }

    private int fiscalYear() {
        return stepList.get(0).fiscalYear();
    }

    /** The real month of the first step. */
    public YearMonth start() {
        return FiscalMonths.yearMonth(fiscalYear(), startMonth());
    }

    public YearMonth end() {
        return FiscalMonths.yearMonth(fiscalYear(), endMonth());
    }

    /** From the first step to the last, e.g. "ต.ค. 2567 – มี.ค. 2568". */
    public String period() {
        return FiscalMonths.period(fiscalYear(), startMonth(), endMonth());
    }

    /** The numbers (1-based) of the steps done in a month (fiscal index). */
    public List<Integer> stepsIn(int month) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < stepList.size(); i++) {
            if (stepList.get(i).covers(month)) {
                out.add(i + 1);
            }
        }
        return out;
    }

    /** Every reference, one per line, e.g. "ตัวชี้วัดที่ 7 ประสิทธิภาพการสื่อสาร (66.15 คะแนน)". */
    public String itaReference() {
        return bases.stream().map(Basis::reference).collect(Collectors.joining("\n"));
    }

    /** Every analysis sentence, one per line. */
    public String analysis() {
        return bases.stream().map(Basis::analysis).collect(Collectors.joining("\n"));
    }

    /** What in the ITA the measure answers, in short: "ตัวชี้วัดที่ 10 ข้อ O36, O37 และ O42". */
    public String itaItems() {
        List<String> parts = new ArrayList<>();
        List<String> indicators = bases.stream().filter(b -> b.kind() == BasisKind.INDICATOR).map(Basis::display)
                .toList();
        if (!indicators.isEmpty()) {
            parts.add("ตัวชี้วัดที่ " + join(indicators));
        }
        List<String> codes = bases.stream().filter(b -> b.kind() != BasisKind.INDICATOR).map(Basis::display).toList();
        if (!codes.isEmpty()) {
            parts.add("ข้อ " + join(codes));
        }
        return String.join(" ", parts);
    }

    private static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " และ " + parts.get(parts.size() - 1);
    }

    /** The canonical codes of the bases of a kind: indicator numbers, question codes or item codes. */
    public List<String> codes(BasisKind kind) {
        return bases.stream().filter(b -> b.kind() == kind).map(Basis::code).toList();
    }
}
