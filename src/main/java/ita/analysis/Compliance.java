package ita.analysis;

import ita.framework.Concept;
import ita.framework.FrameworkCatalog;
import ita.framework.OitItemDef;
import ita.framework.YearFramework;
import ita.model.Agency;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who a provincial office has to chase in a group's latest fiscal year: the agencies whose measures item or
 * measures-report item failed (O42/O43 to 2566, o34/o35 in 2567, and their successors, found through the framework's
 * concepts, never by code), the agencies that have results from earlier years but none this year, and those whose
 * total fell most.
 *
 * @param fiscalYear     the year checked
 * @param measuresFailed agencies with a failed measures or measures-report item, in report order
 * @param itemsChecked   agencies with a result this year whose score for at least one of the two items is known
 * @param itemsUnknown   agencies with a result this year but no score for either item (lists without OIT items)
 * @param absent         agencies of the group without a result this year, with their last result
 * @param fellMost       the largest falls of the total from the year before, largest first
 */
public record Compliance(int fiscalYear, List<MeasuresFailure> measuresFailed, int itemsChecked, int itemsUnknown,
                         List<Absence> absent, List<Mover> fellMost) {

    public Compliance {
        measuresFailed = List.copyOf(measuresFailed);
        absent = List.copyOf(absent);
        fellMost = List.copyOf(fellMost);
    }

    /**
     * One of the two items for one agency.
     *
     * @param concept {@link Concept#MEASURES} or {@link Concept#MEASURES_REPORT}
     * @param code    the item as the year writes it (O42, o34, O25)
     * @param score   its score, or null when the agency's record has none
     */
    public record ItemResult(String concept, String code, String title, BigDecimal score) {
        public ItemResult {
            Objects.requireNonNull(concept, "concept");
            Objects.requireNonNull(code, "code");
        }

        public boolean known() {
            return score != null;
        }

        public boolean failed() {
            return score != null && score.compareTo(BigDecimal.valueOf(100)) < 0;
        }
    }

    /** An agency whose measures or measures-report item failed, with both items as scored. */
    public record MeasuresFailure(Agency agency, BigDecimal total, List<ItemResult> items) {
        public MeasuresFailure {
            items = List.copyOf(items);
        }

        /** The item of one concept, if the year has one. */
        public Optional<ItemResult> item(String concept) {
            return items.stream().filter(i -> i.concept().equals(concept)).findFirst();
        }
    }

    /** An agency without a result in the year checked: its last result before it. */
    public record Absence(Agency agency, int lastYear, BigDecimal lastTotal, String lastLevel) {
    }

    /** The concepts checked, in the order tables show them. */
    public static final List<String> CONCEPTS = List.of(Concept.MEASURES, Concept.MEASURES_REPORT);

    /** Nothing to chase: for a group without any year. */
    static Compliance none(int fiscalYear) {
        return new Compliance(fiscalYear, List.of(), 0, 0, List.of(), List.of());
    }

    /**
     * The compliance of the given members in one fiscal year.
     *
     * @param members  the group's histories, in report order
     * @param fellMost the year's largest falls ({@link YearStatistics#fallers()})
     */
    static Compliance of(int fiscalYear, List<AgencyHistory> members, List<Mover> fellMost, FrameworkCatalog catalog) {
        YearFramework f = catalog.framework(fiscalYear);
        List<OitItemDef> defs = new ArrayList<>();
        for (String concept : CONCEPTS) {
            defs.addAll(f.itemsOf(concept));
        }
        return of(fiscalYear, members, fellMost, (i, year) -> items(year, defs));
    }

    /**
     * The same, with the two items of each member that has a record in the year given by {@code items} (the
     * member's index and record), as {@link #items} makes them.
     */
    static Compliance of(int fiscalYear, List<AgencyHistory> members, List<Mover> fellMost,
                         java.util.function.BiFunction<Integer, AgencyYear, List<ItemResult>> items) {
        List<MeasuresFailure> failed = new ArrayList<>();
        List<Absence> absent = new ArrayList<>();
        int checked = 0;
        int unknown = 0;
        for (int i = 0; i < members.size(); i++) {
            AgencyHistory h = members.get(i);
            Optional<AgencyYear> year = h.year(fiscalYear);
            if (year.isEmpty()) {
                h.before(fiscalYear).ifPresent(last -> absent.add(new Absence(h.agency(), last.fiscalYear(),
                        last.total(), last.level())));
                continue;
            }
            List<ItemResult> own = items.apply(i, year.get());
            if (own.stream().noneMatch(ItemResult::known)) {
                unknown++;
                continue;
            }
            checked++;
            if (own.stream().anyMatch(ItemResult::failed)) {
                failed.add(new MeasuresFailure(h.agency(), year.get().total(), own));
            }
        }
        return new Compliance(fiscalYear, failed, checked, unknown, absent, fellMost);
    }

    /** The record's scores for the measures items of its year ({@code defs}), in their order. */
    static List<ItemResult> items(AgencyYear year, List<OitItemDef> defs) {
        return defs.stream().map(d -> new ItemResult(d.concept(), d.displayCode(), d.title(), score(year, d.code())))
                .toList();
    }

    private static BigDecimal score(AgencyYear y, String code) {
        return y.oitItems().stream().filter(o -> o.code().equals(code)).map(OitItemScore::score).findFirst()
                .orElse(null);
    }

    /** How many agencies failed the item of one concept. */
    public long failedCount(String concept) {
        return measuresFailed.stream().filter(m -> m.item(concept).map(ItemResult::failed).orElse(false)).count();
    }
}
