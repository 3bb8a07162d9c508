package ita.measures;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a step is about, for the few things a plan must not ask for twice: agencies reading a plan notice a
 * borrowing manual, an E-Service or the anti-corruption plan proposed in two measures.
 */
public final class Subjects {

    private static final Map<String, Pattern> SUBJECTS = Map.of(
            "e-service", Pattern.compile("E-Service|บริการออนไลน์"),
            "anti-corruption-plan", Pattern.compile("แผนปฏิบัติการป้องกันการทุจริต"),
            "borrowing-manual", Pattern.compile("คู่มือ(?:การ)?ยืม|แนวปฏิบัติการยืม"),
            "risk-assessment", Pattern.compile("ประเมินความเสี่ยงการทุจริต"),
            "integrity-declaration", Pattern.compile("ประกาศเจตจำนงสุจริต"),
            "no-gift", Pattern.compile("ไม่รับของขวัญ|No Gift"),
            "satisfaction-survey", Pattern.compile("สำรวจความพึงพอใจ"));

    private Subjects() {
    }

    /** The subjects a text is about, by key. */
    public static Set<String> of(String text) {
        Set<String> out = new LinkedHashSet<>();
        SUBJECTS.forEach((k, p) -> {
            if (p.matcher(text).find()) {
                out.add(k);
            }
        });
        return out;
    }
}
