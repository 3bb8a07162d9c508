package ita.report.summary;

import ita.analysis.AgencyBrief;
import ita.framework.YearFramework;
import ita.model.Agency;
import ita.report.ThaiFormat;
import ita.report.WriteOptions;
import ita.report.xlsx.Workbook;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What every sheet of one summary workbook needs. */
final class SummaryContext {

    final Workbook wb;
    final SummaryScope scope;
    final WriteOptions options;
    final SummaryStyleSheet styles = SummaryStyleSheet.STYLES;
    final ThaiFormat fmt;
    private final Map<String, AgencyBrief> byId = new HashMap<>();

    SummaryContext(Workbook wb, SummaryScope scope, WriteOptions options) {
        this.wb = wb;
        this.scope = scope;
        this.options = options;
        this.fmt = new ThaiFormat(options);
        scope.agencies().forEach(a -> byId.putIfAbsent(a.agency().id(), a));
    }

    Optional<AgencyBrief> analysis(Agency a) {
        return Optional.ofNullable(byId.get(a.id()));
    }

    Optional<AgencyBrief.Year> year(Agency a, int fiscalYear) {
        return analysis(a).flatMap(x -> x.year(fiscalYear));
    }

    YearFramework framework(int fiscalYear) {
        return options.catalog().framework(fiscalYear);
    }

    /** "ปีงบประมาณ พ.ศ. 2566" with the digits the options ask for. */
    String fiscalYear(int y) {
        return fmt.text("ปีงบประมาณ พ.ศ. " + y);
    }

    String year(int y) {
        return fmt.text(Integer.toString(y));
    }

    /** The columns naming an agency: name, type, district, and the province when several are covered. */
    List<String> agencyHeaders() {
        return scope.manyProvinces() ? List.of("หน่วยงาน", "ประเภท", "อำเภอ", "จังหวัด")
                : List.of("หน่วยงาน", "ประเภท", "อำเภอ");
    }

    int[] agencyWidths() {
        return scope.manyProvinces() ? new int[] {40, 10, 18, 16} : new int[] {40, 10, 18};
    }

    /** Writes the agency columns from {@code col}; returns the next column. */
    int agencyCells(SheetTable.Line row, int col, Agency a) {
        row.text(col++, a.name(), styles.text());
        row.text(col++, ThaiFormat.typeLabel(a), styles.centered());
        row.text(col++, a.district(), styles.text());
        if (scope.manyProvinces()) {
            row.text(col++, a.province(), styles.text());
        }
        return col;
    }

    /** Header and widths joined: the agency columns, then the given ones. */
    static int[] widths(int[] first, int... rest) {
        int[] out = new int[first.length + rest.length];
        System.arraycopy(first, 0, out, 0, first.length);
        System.arraycopy(rest, 0, out, first.length, rest.length);
        return out;
    }
}
