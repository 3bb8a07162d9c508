package ita.batch;

import ita.model.Agency;
import ita.text.ThaiText;
import java.util.Optional;

/**
 * The agencies a run writes, as {@code --province} and {@code --district} choose them. It chooses only what is
 * written: ranks and the statistics of provinces and districts are always computed on everything read, so an
 * agency is 21st of 46 in its province whatever the filter.
 */
record Selection(Optional<String> province, Optional<String> district) {

    Selection {
        province = province.map(p -> bare(p, "จังหวัด", "จ."));
        district = district.map(d -> bare(d, "อำเภอ", "อ."));
    }

    static Selection of(BatchSettings s) {
        return new Selection(s.province(), s.district());
    }

    boolean includes(Agency a) {
        return province.map(p -> p.equals(ThaiText.key(a.province()))).orElse(true)
                && district.map(d -> d.equals(ThaiText.key(a.district()))).orElse(true);
    }

    /** Names compared as keys, with or without their prefix: จ.นครสุวรรณ, จังหวัดนครสุวรรณ and นครสุวรรณ are one. */
    private static String bare(String name, String... prefixes) {
        String k = ThaiText.key(name);
        for (String p : prefixes) {
            if (k.startsWith(p) && k.length() > p.length()) {
                return k.substring(p.length());
            }
        }
        return k;
    }
}
