package ita.measures;

import ita.model.AgencyNames;
import ita.model.Finding;
import ita.model.ProgressForm;
import ita.model.ProgressForm.Column;
import ita.text.ThaiText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gathers the progress forms agencies gave back into one status per agency and fiscal year, and a line for each
 * problem a form has. Forms belong to one agency when their agency names (type and core name, however written)
 * and districts agree. A round is due when the office says it collects it, or else once any agency of the fiscal
 * year gave back a filled form of it: an office collecting the 6-month reports expects the 6-month form of every
 * agency, and the 12-month ones only later. The
 * office passes the agencies' workbooks as written together with those given back, so that an agency that gave
 * nothing back still shows, with its forms missing.
 */
public final class ProgressCollector {

    /** Links written in a result. */
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final String STATUSES = MeasureStatus.DONE.label() + ", " + MeasureStatus.IN_PROGRESS.label()
            + " or " + MeasureStatus.NOT_STARTED.label();

    /** The agencies in report order (province, district, name), and every problem found. */
    public record Result(List<AgencyProgress> agencies, List<Finding> findings) {
        public Result {
            agencies = List.copyOf(agencies);
            findings = List.copyOf(findings);
        }
    }

    private ProgressCollector() {
    }

    /** The forms of many agencies, the rounds due being those of which any filled form came back. */
    public static Result collect(List<ProgressForm> forms) {
        return collect(forms, OptionalInt.empty());
    }

    /**
     * @param round the round being collected (6 or 12): its form and those of earlier rounds are due of every
     *              agency, later ones are counted when given but not asked for; empty to take the rounds of which any
     *              filled form came back
     */
    public static Result collect(List<ProgressForm> forms, OptionalInt round) {
        if (round.isPresent() && round.getAsInt() != 6 && round.getAsInt() != 12) {
            throw new IllegalArgumentException("a progress round is 6 or 12 months, got " + round.getAsInt());
        }
        Map<String, List<ProgressForm>> byAgency = new LinkedHashMap<>();
        Map<Integer, Set<Integer>> due = new TreeMap<>();
        for (ProgressForm f : forms) {
            byAgency.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
            Set<Integer> rounds = due.computeIfAbsent(f.fiscalYear(), y -> new TreeSet<>());
            if (round.isPresent()) {
                rounds.add(6);
                if (round.getAsInt() == 12) {
                    rounds.add(12);
                }
            } else if (f.filled()) {
                rounds.add(f.months());
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<AgencyProgress> agencies = new ArrayList<>();
        byAgency.values().forEach(own -> agencies.add(agency(own, due.getOrDefault(own.get(0).fiscalYear(), Set.of()),
                findings)));
        agencies.sort(Comparator.comparing(AgencyProgress::province).thenComparing(AgencyProgress::district)
                .thenComparing(AgencyProgress::agencyName).thenComparingInt(AgencyProgress::fiscalYear));
        return new Result(agencies, findings);
    }

    /** The agency, its district and the fiscal year a form is of. */
    private static String key(ProgressForm f) {
        return ThaiText.key(AgencyNames.parse(f.agencyName()).fullName()) + "|" + ThaiText.key(district(f)) + "|"
                + f.fiscalYear();
    }

    /** "อำเภอทับคล้อ จังหวัดพิจิตร" → ทับคล้อ. */
    static String district(ProgressForm f) {
        String place = ThaiText.normalize(f.place());
        int p = place.indexOf("จังหวัด");
        String d = (p < 0 ? place : place.substring(0, p)).strip();
        return d.equals("กรุงเทพมหานคร") ? "" : AgencyNames.district(d);
    }

    /** "อำเภอทับคล้อ จังหวัดพิจิตร" → พิจิตร. */
    static String province(ProgressForm f) {
        String place = ThaiText.normalize(f.place());
        if (place.contains("กรุงเทพมหานคร")) {
            return "กรุงเทพมหานคร";
        }
        int p = place.indexOf("จังหวัด");
        return p < 0 ? "" : AgencyNames.province(place.substring(p));
    }

    private static AgencyProgress agency(List<ProgressForm> own, Set<Integer> due, List<Finding> findings) {
        ProgressForm first = own.get(0);
        String name = AgencyNames.parse(first.agencyName()).fullName();
        Map<Integer, ProgressForm> filled = new TreeMap<>();
        for (ProgressForm f : own) {
            if (!f.filled()) {
                continue;
            }
            ProgressForm kept = filled.putIfAbsent(f.months(), f);
            if (kept != null) {
                findings.add(Finding.warning("progress-form-twice", f.source(), "expected one filled " + f.months()
                        + "-month form of " + name + " " + f.fiscalYear() + " but found another in "
                        + kept.source().describe() + "; that one is used", "Give back one form per round."));
            } else {
                check(f, findings);
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int round : due) {
            if (!filled.containsKey(round)) {
                missing.add(round);
                ProgressForm blank = own.stream().filter(f -> f.months() == round).findFirst().orElse(first);
                findings.add(Finding.warning("progress-form-missing", blank.source(), "expected the " + round
                        + "-month form of " + name + " " + first.fiscalYear() + " filled in but "
                        + (blank.months() == round ? "found it as written, with no result" : "found none"),
                        "Ask the agency for its " + round + "-month report."));
            }
        }
        Optional<ProgressForm> reported = Optional.ofNullable(filled.getOrDefault(12, filled.get(6)));
        int planned = reported.map(f -> f.entries().size())
                .orElse(own.stream().mapToInt(f -> f.entries().size()).max().orElse(0));
        int[] counts = new int[MeasureStatus.values().length];
        int late = 0;
        if (reported.isPresent()) {
            ProgressForm f = reported.get();
            int lastMonth = f.months() == 6 ? 5 : 11;
            for (ProgressForm.Entry e : f.entries()) {
                MeasureStatus s = MeasureStatus.of(e);
                counts[s.ordinal()]++;
                OptionalInt end = FiscalMonths.periodEnd(e.period());
                if ((s == MeasureStatus.IN_PROGRESS || s == MeasureStatus.NOT_STARTED) && end.isPresent()
                        && end.getAsInt() <= lastMonth) {
                    late++;
                }
            }
        }
        Set<String> evidence = new LinkedHashSet<>();
        filled.values().forEach(f -> f.entries().forEach(e -> {
            if (!e.evidence().isBlank()) {
                evidence.add(e.evidence());
            }
            Matcher m = LINK.matcher(e.result());
            while (m.find()) {
                evidence.add(m.group());
            }
        }));
        return new AgencyProgress(name, district(first), province(first), first.fiscalYear(), reported, planned,
                counts[MeasureStatus.DONE.ordinal()], counts[MeasureStatus.IN_PROGRESS.ordinal()],
                counts[MeasureStatus.NOT_STARTED.ordinal()], counts[MeasureStatus.UNCLEAR.ordinal()], late, missing,
                List.copyOf(evidence), own);
    }

    /** A line for each half-filled or unclear entry of a filled form. */
    private static void check(ProgressForm f, List<Finding> findings) {
        boolean noStatus = !f.columns().isEmpty() && !f.columns().containsKey(Column.STATUS);
        if (noStatus) {
            findings.add(Finding.warning("progress-no-status", f.source(), "expected a column สถานะ but found none, so "
                    + "no measure can be counted as done", "Add the column สถานะ with " + STATUSES + "."));
            return;
        }
        for (int i = 0; i < f.entries().size(); i++) {
            ProgressForm.Entry e = f.entries().get(i);
            String measure = "measure " + (e.number().isBlank() ? String.valueOf(i + 1) : e.number());
            MeasureStatus s = MeasureStatus.of(e);
            if (s == MeasureStatus.UNCLEAR) {
                String guess = MeasureStatus.closest(e.status()).map(c -> " Did you mean " + c.label() + "?").orElse("");
                findings.add(Finding.warning("progress-status-unclear", f.where(e, Column.STATUS), "expected the status"
                        + " of " + measure + " to be " + STATUSES + " but found " + (e.status().isBlank()
                        ? "none beside its result" : "\"" + e.status() + "\""), (guess.isEmpty() ? ""
                        : guess.strip() + " ") + "Choose the status from the list in the cell."));
            } else if (s == MeasureStatus.DONE) {
                if (e.date().isBlank() && f.columns().containsKey(Column.DATE)) {
                    findings.add(Finding.warning("progress-done-without-date", f.where(e, Column.DATE),
                            "expected the date " + measure + " was done, as it is " + s.label() + ", but found none",
                            "Write the date in วันที่ดำเนินการ."));
                }
                if (e.result().isBlank()) {
                    findings.add(Finding.warning("progress-done-without-result", f.where(e, Column.RESULT),
                            "expected what was done for " + measure + ", as it is " + s.label() + ", but found nothing",
                            "Write it in ผลการดำเนินการ."));
                }
            } else if (s == MeasureStatus.NOT_STARTED && !e.result().isBlank()) {
                findings.add(Finding.warning("progress-result-not-started", f.where(e, Column.STATUS), "expected the "
                        + "status of " + measure + " to follow its result but found it still " + s.label(),
                        "Set สถานะ to " + MeasureStatus.DONE.label() + " or " + MeasureStatus.IN_PROGRESS.label() + "."));
            }
        }
    }
}
