package ita.analysis;

import ita.model.Agency;
import ita.model.AgencyType;
import ita.model.AgencyYear;
import ita.model.OitItemScore;
import ita.model.SourceRef;
import ita.model.Tool;
import ita.model.YearSource;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** The figures of the seed documents (see the seeds' README), as in-memory records. */
final class Seeds {

    static final Agency NA_SAI = agency("นาทราย", "พิบูลย์รักษ์", "อุดรธานี");
    static final Agency BA_TONG = agency("บาตง", "รือเสาะ", "นราธิวาส");
    static final Agency THAP_KHLO = agency("ทับคล้อ", "ทับคล้อ", "พิจิตร");

    /** Seed 000 item scores o1–o35 of 2567 (o22 completed as 100, which reproduces 68.45). */
    static final int[] SEED_000_ITEMS = {100, 100, 100, 0, 100, 100, 100, 0, 100, 100, 100, 0, 100, 50, 0, 50, 50,
            100, 0, 0, 100, 100, 100, 100, 100, 100, 100, 0, 100, 100, 100, 100, 100, 0, 100};

    private Seeds() {
    }

    static Agency agency(String core, String district, String province) {
        return new Agency(AgencyType.SAO.name() + "|" + core + "|" + district + "|" + province,
                AgencyType.SAO.prefix() + core, core, AgencyType.SAO, district, province, "");
    }

    static List<BigDecimal> scores(String... s) {
        return Arrays.stream(s).map(BigDecimal::new).toList();
    }

    static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    static AgencyYear.Builder year(Agency a, int fiscalYear, String total, String level, List<BigDecimal> indicators) {
        AgencyYear.Builder b = AgencyYear.builder().agency(a).fiscalYear(fiscalYear, YearSource.TITLE)
                .source(SourceRef.file(a.coreName() + "-" + fiscalYear + ".xlsx")).level(level);
        if (total != null) {
            b.total(d(total));
        }
        for (int i = 0; i < indicators.size(); i++) {
            b.indicator(i + 1, indicators.get(i));
        }
        return b;
    }

    /** Seed 000: 2567, reported 81.52 ต้องปรับปรุง, ten indicators and items o1–o35, no tool scores. */
    static AgencyYear seed000() {
        AgencyYear.Builder b = year(NA_SAI, 2567, "81.52", "ต้องปรับปรุง", scores("81.67", "83.13", "89.17", "72.71",
                "81.25", "84.20", "80.62", "71.41", "68.45", "76.67"));
        for (int i = 0; i < SEED_000_ITEMS.length; i++) {
            b.oitItem(new OitItemScore("o" + (i + 1), "", BigDecimal.valueOf(SEED_000_ITEMS[i]), ""));
        }
        return b.build();
    }

    /** Seed 002: 2565, 91.93, A, ten indicators. */
    static AgencyYear seed002() {
        return year(BA_TONG, 2565, "91.93", "A", scores("93.48", "89.45", "88.43", "84.98", "96.61", "90.65", "85.45",
                "79.45", "96.00", "100.00")).build();
    }

    /** Seed 003: 2565, 73.35, C, ten indicators and the three tool scores of its weighted table. */
    static AgencyYear seed003() {
        return year(THAP_KHLO, 2565, "73.35", "C", scores("100.00", "99.50", "100.00", "99.45", "100.00", "88.21",
                "66.15", "81.35", "74.21", "25.00"))
                .tool(Tool.IIT, d("99.80")).tool(Tool.EIT, d("78.57")).tool(Tool.OIT, d("49.60")).build();
    }
}
